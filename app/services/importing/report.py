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
from app.services.importing.errors import TRADITIONAL

# Texts by language: 简体, 繁體 (Taiwan wording: 列 is a row, 欄 a column), English.
_SHEET = ("导入问题", "匯入問題", "Import problems")
_HEADERS = (
    ("行号", "列", "值", "处理", "原因"),
    ("列號", "欄", "值", "處理", "原因"),
    ("Row", "Column", "Value", "Action", "Reason"),
)
_ACTIONS = {
    DROPPED: ("未导入此值", "未匯入此值", "value left out"),
    ALTERED: ("已修改后导入", "已修改後匯入", "imported altered"),
    REJECTED: ("整行未导入", "整列未匯入", "row not imported"),
    SKIPPED: ("重复，已跳过", "重複，已略過", "duplicate, skipped"),
}
_WIDTHS = (8, 18, 40, 16, 60)


def write_error_report(
    problems: Iterable[CellProblem], path: str | Path, language: str = "zh_CN"
) -> int:
    """Write the report to ``path``; returns the number of problem lines."""
    text = 1 if language in TRADITIONAL else 0 if language.startswith("zh") else 2
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_SHEET[text])
    for index, width in enumerate(_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in _HEADERS[text]:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for p in sorted(problems, key=lambda p: p.row):
        action = _ACTIONS[p.action][text]
        sheet.append([p.row, safe_text(p.column), safe_text(p.value), action, p.reason(language)])
        count += 1
    book.save(Path(path))
    return count
