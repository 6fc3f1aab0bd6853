"""Workbooks (.xlsx, .xlsm) read with python-calamine.

calamine reads cached formula values (not formula text), inline strings,
``t="d"`` date cells, the 1904 date system, phonetic runs without the
furigana, and WPS packages with backslash member names. What it does not
tell — the 1904 flag for bare serial numbers, row counts before loading — comes
from ``xlsx_parts``. Hidden, very hidden and chart sheets are not offered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import python_calamine as calamine

from app.services.importing.errors import (
    CorruptFile,
    NoDataSheet,
    PasswordProtected,
    UnsafeFile,
)
from app.services.importing.sources import Closing, SheetInfo, sheet_info
from app.services.importing.xlsx_parts import count_rows, read_workbook_parts

T = TypeVar("T")


def calamine_call(call: Callable[[], T]) -> T:
    """Run a calamine call, turning its failures into clear problems."""
    try:
        return call()
    except calamine.WorkbookClosed:
        raise  # reading after close(): the caller's mistake, not the file's
    except calamine.PasswordError:
        raise PasswordProtected() from None
    except calamine.XmlError as exc:
        if "entity" in str(exc).lower():
            raise UnsafeFile(str(exc)) from None
        raise CorruptFile(str(exc)) from None
    except calamine.CalamineError as exc:
        raise CorruptFile(str(exc)) from None
    except BaseException as exc:
        # A Rust panic surfaces as pyo3's PanicException (a BaseException).
        if type(exc).__name__ == "PanicException":
            raise CorruptFile(str(exc)) from None
        raise


class XlsxSource(Closing):
    kind = "xlsx"
    encoding = None

    def __init__(self, path: Path, *, row_limit: int) -> None:
        self.path = path
        self.row_limit = row_limit
        parts = read_workbook_parts(path)
        self.date1904 = parts.date1904
        self._book = calamine_call(lambda: calamine.CalamineWorkbook.from_path(str(path)))
        self._loaded: tuple[str, calamine.CalamineSheet] | None = None
        self.sheets: list[SheetInfo] = []
        for meta in self._book.sheets_metadata:
            if (
                meta.typ != calamine.SheetTypeEnum.WorkSheet
                or meta.visible != calamine.SheetVisibleEnum.Visible
            ):
                continue
            member = parts.sheet_parts.get(meta.name)
            rows = count_rows(path, member, row_limit) if member else 0
            self.sheets.append(SheetInfo(meta.name, rows, too_large=rows > row_limit))
        if not self.sheets:
            raise NoDataSheet()

    def _sheet(self, name: str) -> calamine.CalamineSheet:
        # Loading parses the whole sheet; the wizard reads the same one several times.
        if self._loaded is None or self._loaded[0] != name:
            self._loaded = None
            self._loaded = (name, calamine_call(lambda: self._book.get_sheet_by_name(name)))
        return self._loaded[1]

    def rows(
        self, sheet: str, *, fill_merged_after: int | None = None
    ) -> Iterator[tuple[int, list]]:
        sheet_info(self, sheet)
        data = self._sheet(sheet)
        if data.start is None:
            return
        first_column = data.start[1]  # calamine drops empty leading columns, not rows
        ranges = (data.merged_cell_ranges or []) if fill_merged_after is not None else []
        merges = _Merges(ranges, fill_merged_after or 0)
        for index, values in enumerate(data.iter_rows()):
            if index >= self.row_limit:
                return
            if first_column:
                values = [""] * first_column + values
            if merges:
                merges.fill(index, values)
            yield index + 1, values

    def close(self) -> None:
        self._loaded = None
        self._book.close()


class _Merges:
    """Merged areas below the header: every covered cell shows the area's value.

    That is what a reader sees (a company merged over its three contacts
    belongs to each of them); banners above the header are left alone.
    """

    def __init__(self, ranges: list, fill_after: int) -> None:
        self.by_top: dict[int, list[tuple[int, int, int, int]]] = {}
        for (top, left), (bottom, right) in ranges:
            if top + 1 > fill_after and (bottom > top or right > left):
                self.by_top.setdefault(top, []).append((top, left, bottom, right))
        self.active: list[tuple[int, int, int, object]] = []  # bottom, left, right, value

    def __bool__(self) -> bool:
        return bool(self.by_top or self.active)

    def fill(self, index: int, values: list) -> None:
        for _top, left, bottom, right in self.by_top.pop(index, ()):
            value = values[left] if left < len(values) else ""
            self.active.append((bottom, left, right, value))
        self.active = [m for m in self.active if m[0] >= index]
        for _bottom, left, right, value in self.active:
            if len(values) <= right:
                values.extend([""] * (right + 1 - len(values)))
            for column in range(left, right + 1):
                if values[column] == "":
                    values[column] = value
