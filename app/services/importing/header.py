"""Step 3: read the top of a sheet and find the header row.

Lists from colleagues start with title rows ("2024 展会客户名单"), blank rows
and merged banners. The header is the row, among the first ones, with the
most cells that look like known column names, then the most distinct text
cells; a row with a single cell is a banner, never a header. Rows of numbers
and dates are data. When nothing qualifies there is no header (row 0) and
columns are named by letter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from openpyxl.utils import get_column_letter

from app.services.importing.errors import EmptySheet
from app.services.importing.mapping import header_vocabulary, match_header
from app.services.importing.sources import SourceFile, sheet_info
from app.services.names import normalize_text

PREVIEW_ROWS = 30
_DATA_LIKE = set("0123456789-/.:年月日 +")


@dataclass(frozen=True)
class SheetPreview:
    """The first rows as read (``rows`` are (row number, values)), and the header guess."""

    sheet: str
    rows: list[tuple[int, list]]
    header_row: int  # 1-based; 0 when the sheet has no header row
    total_rows: int  # last used row number of the sheet
    width: int

    def headers(self, header_row: int | None = None) -> list[str]:
        """Header text per column (the letter where the header cell is empty)."""
        return header_texts(
            self.rows, self.header_row if header_row is None else header_row, self.width
        )


def column_name(index: int) -> str:
    return get_column_letter(index + 1)


def header_texts(rows: Sequence[tuple[int, list]], header_row: int, width: int) -> list[str]:
    values = next((v for n, v in rows if n == header_row), [])
    names = []
    for column in range(width):
        value = values[column] if column < len(values) else ""
        text = normalize_text(str(value)) if value not in (None, "") else ""
        names.append(text or column_name(column))
    return names


def _is_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    text = value.strip()
    return bool(text) and not set(text) <= _DATA_LIKE


def _score(values: Sequence[object], vocabulary: dict[str, str]) -> tuple[int, int] | None:
    filled = [v for v in values if v not in (None, "")]
    texts = {normalize_text(v) for v in filled if _is_text(v)}
    if len(filled) < 2 or any(isinstance(v, date | datetime | time | timedelta) for v in filled):
        return None
    known = {match_header(t, vocabulary)[0] for t in texts} - {None}
    if not known and len(texts) < 2:
        return None
    return len(known), len(texts)


def detect_header_row(rows: Iterable[tuple[int, list]], custom_fields: Iterable[str] = ()) -> int:
    """The 1-based number of the likeliest header row, or 0 for none."""
    vocabulary = header_vocabulary(custom_fields)
    best, best_score = 0, (0, 0)
    for number, values in rows:
        score = _score(values, vocabulary)
        if score is not None and score > best_score:
            best, best_score = number, score
    return best


def read_preview(
    source: SourceFile, sheet: str, *, rows: int = PREVIEW_ROWS, custom_fields: Iterable[str] = ()
) -> SheetPreview:
    """The first ``rows`` non-blank rows of ``sheet`` and the header row guessed from them."""
    info = sheet_info(source, sheet)
    top: list[tuple[int, list]] = []
    for number, values in source.rows(sheet):
        if any(v not in (None, "") for v in values):
            top.append((number, values))
            if len(top) >= rows:
                break
    if not top:
        raise EmptySheet(sheet)
    width = max(len(v) for _, v in top)
    header = detect_header_row(top, custom_fields)
    return SheetPreview(sheet, top, header, max(info.rows, top[-1][0]), width)
