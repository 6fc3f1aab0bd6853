"""Client lists as real .xlsx files that open cleanly in Excel, WPS, LibreOffice.

One client per row; a bold, frozen header with an autofilter; widths from
the kind of column; dates as date cells; phones and ids as text; no text can
become a formula (``cells.CellMaker``). Written with openpyxl's write-only
mode, 500 clients at a time (``list_values``), so memory stays flat for
100,000 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.models.db import Database
from app.services.exporting.cells import CellMaker
from app.services.exporting.columns import ExportColumn, export_columns
from app.services.exporting.list_values import list_values
from app.services.exporting.records import live_ids
from app.services.exporting.safe import safe_text
from app.services.importing.errors import TRADITIONAL
from app.services.names import has_cjk

Progress = Callable[[int, int], bool | None]
WIDTHS = {"id": 10, "date": 12, "datetime": 17, "number": 14, "text": 18, "longtext": 36}


def choose_columns(
    db: Database, keys: Sequence[str] | None = None, sections: Iterable[str] | None = None
) -> list[ExportColumn]:
    """The columns named by ``keys`` (in that order), or those of ``sections``, or all."""
    available = export_columns(db)
    if keys is not None:
        by_key = {c.key: c for c in available}
        unknown = [k for k in keys if k not in by_key]
        if unknown:
            raise KeyError(", ".join(unknown))
        return [by_key[k] for k in keys]
    if sections is not None:
        wanted = set(sections)
        return [c for c in available if c.group in wanted or c.key == "name"]
    return available


def sheet_title(language: str) -> str:
    """The client sheet's name: 客户, 客戶 (traditional) or Clients."""
    return "客戶" if language in TRADITIONAL else "客户" if language.startswith("zh") else "Clients"


def header_width(title: str, kind: str) -> float:
    """Wide enough for the title (CJK characters count double) and typical values."""
    text = sum(2 if has_cjk(ch) else 1 for ch in title) + 2
    return max(text, WIDTHS.get(kind, 18))


def start_sheet(
    book: Workbook, name: str, titles: Sequence[str], kinds: Sequence[str], rows: int | None
) -> WriteOnlyWorksheet:
    """A write-only sheet with a bold frozen header, widths and (knowing ``rows``) a filter."""
    sheet = book.create_sheet(name)
    for index, (title, kind) in enumerate(zip(titles, kinds, strict=True), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = header_width(title, kind)
    sheet.freeze_panes = "A2"
    if rows is not None and titles:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{rows + 1}"
    bold = Font(bold=True)
    header = []
    for title in titles:
        cell = WriteOnlyCell(sheet, value=safe_text(title))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    return sheet


def export_clients(
    db: Database,
    path: str | Path,
    *,
    ids: Sequence[int] | None = None,
    columns: Sequence[str] | None = None,
    sections: Iterable[str] | None = None,
    language: str = "zh_CN",
    progress: Progress | None = None,
) -> int:
    """Write the clients ``ids`` (in that order; None: every live client) to ``path``.

    ``columns`` are export column keys (``export_columns``); ``sections`` picks
    whole dossier sections instead. Returns the number of client rows written.
    """
    chosen = choose_columns(db, columns, sections)
    order = list(ids) if ids is not None else live_ids(db)
    book = Workbook(write_only=True)
    sheet = start_sheet(
        book,
        sheet_title(language),
        [c.title(language) for c in chosen],
        [c.kind for c in chosen],
        len(order),
    )
    make = CellMaker(sheet)
    written = 0
    for values in list_values(db, order, chosen, language):
        # Every column through the cell maker, numbers too: a number field can hold
        # text (a custom field, a restored backup), and "=…" text must stay text.
        made = [make.column(v) for v in values]
        rows = list(zip(*made, strict=True))
        for row in rows:
            sheet.append(row)
        before, written = written, written + len(rows)
        if progress is not None and written // 1000 > before // 1000:
            progress(written, len(order))
    book.save(Path(path))
    if progress is not None:
        progress(written, len(order))
    return written
