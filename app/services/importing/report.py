"""The error report: one line per rejected, skipped or altered cell, as an .xlsx.

Row number, column, the value as found, what happened and why — so the
account manager can fix the source list and import the missing rows again.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from app.services.exporting.safe import safe_text
from app.services.importing.draft import ALTERED, DROPPED, REJECTED, SKIPPED, CellProblem

_HEADERS = {
    "zh": ("行号", "列", "值", "处理", "原因"),
    "en": ("Row", "Column", "Value", "Action", "Reason"),
}
_ACTIONS = {
    DROPPED: ("未导入此值", "value left out"),
    ALTERED: ("已修改后导入", "imported altered"),
    REJECTED: ("整行未导入", "row not imported"),
    SKIPPED: ("重复，已跳过", "duplicate, skipped"),
}
_WIDTHS = (8, 18, 40, 16, 60)


def write_error_report(
    problems: Iterable[CellProblem], path: str | Path, language: str = "zh_CN"
) -> int:
    """Write the report to ``path``; returns the number of problem lines."""
    zh = language.startswith("zh")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("导入问题" if zh else "Import problems")
    for index, width in enumerate(_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in _HEADERS["zh" if zh else "en"]:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for p in sorted(problems, key=lambda p: p.row):
        action = _ACTIONS[p.action][0 if zh else 1]
        sheet.append([p.row, safe_text(p.column), safe_text(p.value), action, p.reason(language)])
        count += 1
    book.save(Path(path))
    return count
