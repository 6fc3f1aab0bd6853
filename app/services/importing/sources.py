"""Step 1 of an import: open a file and list the sheets it offers.

``open_source(path)`` sniffs the content (not the extension), refuses what it
cannot read with a clear ``ImportProblem``, and returns a ``SourceFile``:
an .xlsx/.xlsm read with python-calamine, or a CSV in UTF-8, UTF-8 with BOM,
UTF-16 or GBK/GB18030. Both hand out rows as ``(row_number, values)`` with
1-based row numbers as the spreadsheet shows them and values in absolute
column positions, so problems can be reported as "row 7, column C".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Self

from app.services.importing.errors import SheetNotFound, TooManyRows
from app.services.importing.sniff import sniff

DEFAULT_ROW_LIMIT = 200_000


@dataclass(frozen=True)
class SheetInfo:
    """A sheet the user may pick: visible worksheets only, never charts."""

    name: str
    rows: int  # last used row number; ``row_limit + 1`` when over the limit
    too_large: bool = False


class SourceFile(Protocol):
    path: Path
    kind: str  # "xlsx" or "csv"
    date1904: bool
    encoding: str | None  # CSV only
    row_limit: int
    sheets: list[SheetInfo]

    def rows(
        self, sheet: str, *, fill_merged_after: int | None = None
    ) -> Iterator[tuple[int, list]]:
        """Every row of ``sheet``. With ``fill_merged_after``, merged areas starting
        below that row give their value to each cell they cover."""
        ...

    def close(self) -> None: ...


class Closing:
    """``with open_source(path) as source:`` closes the file (Windows keeps it locked)."""

    def close(self) -> None:
        """Nothing to release by default."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def sheet_info(source: SourceFile, sheet: str) -> SheetInfo:
    """The sheet by name; refuses one that is missing or over the row limit."""
    for info in source.sheets:
        if info.name == sheet:
            if info.too_large:
                raise TooManyRows(source.row_limit)
            return info
    raise SheetNotFound(sheet)


def open_source(path: str | Path, *, row_limit: int = DEFAULT_ROW_LIMIT) -> SourceFile:
    """Open an .xlsx/.xlsm or CSV file for import; raises ``ImportProblem`` subclasses."""
    from app.services.importing.csv_source import CsvSource
    from app.services.importing.xlsx_source import XlsxSource

    path = Path(path)
    kind = sniff(path)
    if kind == "csv":
        return CsvSource(path, row_limit=row_limit)
    return XlsxSource(path, row_limit=row_limit)
