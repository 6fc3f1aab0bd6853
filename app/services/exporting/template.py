"""The import template: a blank client list, and a sheet saying how to fill it in.

Every importable column with its title in the chosen language; the notes
sheet gives each column's form in 简体, 繁體 (Taiwan wording) or English.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from app.models.db import Database
from app.services.exporting.columns import ExportColumn, export_columns
from app.services.exporting.safe import safe_text
from app.services.exporting.xlsx_export import sheet_title, start_sheet
from app.services.fields import FIELDS
from app.services.importing.errors import TRADITIONAL
from app.services.labels import label

# Texts by language: (简体, 繁體, English).
_NOTES_SHEET = ("填写说明", "填寫說明", "How to fill in")
_NOTES_TITLES = (("列", "写法"), ("欄", "寫法"), ("Column", "How to write it"))
_HINTS = {
    "name": (
        "全名，如 欧阳娜娜；复姓会自动识别",
        "全名，如 歐陽娜娜；複姓會自動辨識",
        "Full name; Chinese compound surnames are recognised",
    ),
    "phone": (
        "多个号码用分号隔开，可在括号中注明类型，如 138 1234 5678; 010-6552 8888 (办公)",
        "多個號碼用分號隔開，可在括號中註明類型，如 138 1234 5678; 010-6552 8888 (辦公)",
        "Several numbers separated by ';', a kind in brackets: 010-6552 8888 (Office)",
    ),
    "email": (
        "多个邮箱用分号隔开",
        "多個電子郵件地址用分號隔開",
        "Several addresses separated by ';'",
    ),
    "address": (
        "一行一个地址，如 广东省 深圳市 南山区 科技园路1号",
        "一行一個地址，如 廣東省 深圳市 南山區 科技園路1號",
        "One address per line, province city district street",
    ),
    "birthday": (
        "1985-03-02、1985年3月2日、03-02（不含年份）或 农历八月十五",
        "1985-03-02、1985年3月2日、03-02（不含年份）或 農曆八月十五",
        "1985-03-02, 03-02 without a year, or a lunar date such as 农历八月十五",
    ),
    "tags": (
        "多个标签用分号或顿号隔开",
        "多個標籤用分號或頓號隔開",
        "Several tags separated by ';'",
    ),
    "family": (
        "如 女儿 小欧 (2012)；多人用分号隔开",
        "如 女兒 小歐 (2012)；多人用分號隔開",
        "e.g. daughter Ann (2012); ';' between people",
    ),
    "anniversaries": (
        "如 结婚纪念日: 2010-05-20",
        "如 結婚紀念日: 2010-05-20",
        "e.g. Wedding: 2010-05-20",
    ),
}
_KIND_HINTS = {
    "date": ("日期，如 2020-05-01", "日期，如 2020-05-01", "A date, e.g. 2020-05-01"),
    "number": ("数字，可写 120万", "數字，可寫 120萬", "A number"),
}


def text_index(language: str) -> int:
    """Which of (简体, 繁體, English) a language reads."""
    return 1 if language in TRADITIONAL else 0 if language.startswith("zh") else 2


def write_import_template(db: Database, path: str | Path, language: str = "zh_CN") -> None:
    """A blank list with every importable column, and a sheet explaining the formats."""
    chosen = [c for c in export_columns(db) if c.importable]
    which = text_index(language)
    book = Workbook(write_only=True)
    titles = [c.title(language) for c in chosen]
    start_sheet(book, sheet_title(language), titles, [c.kind for c in chosen], None)
    notes = start_sheet(
        book, _NOTES_SHEET[which], list(_NOTES_TITLES[which]), ["text", "longtext"], None
    )
    for column in chosen:
        hint = _hint(column, language, which)
        notes.append([safe_text(column.title(language)), safe_text(hint)])
    book.save(Path(path))


def _hint(column: ExportColumn, language: str, which: int) -> str:
    spec = FIELDS.get(column.key)
    if spec is not None and spec.enum is not None:
        return "、".join(label(m, language) for m in spec.enum)
    hint = _HINTS.get(column.key) or _KIND_HINTS.get(column.kind)
    return hint[which] if hint else ""
