"""A client as read from one row (or one vCard), and what was wrong with its cells.

``ClientDraft`` holds cleaned values only; the writer turns it into rows.
``CellProblem`` is one line of the error report: which row and column, the
value as found, and what happened to it (dropped, altered, or the whole row
rejected).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.services.almanac import CalendarDate
from app.services.importing.errors import TRADITIONAL

DROPPED = "dropped"  # the value was not imported; the rest of the row was
ALTERED = "altered"  # imported in a changed form (shortened, recovered)
REJECTED = "rejected"  # the whole row was not imported
SKIPPED = "skipped"  # a duplicate left out as the user chose

# code → (简体, 繁體 (Taiwan wording), English); ``{detail}`` is filled per problem.
PROBLEM_TEXT = {
    "invalid_date": (
        "不是有效日期：{detail}",
        "不是有效日期：{detail}",
        "not a valid date: {detail}",
    ),
    "invalid_number": ("不是有效数字", "不是有效數字", "not a valid number"),
    "invalid_choice": (
        "不是可选的值之一：{detail}",
        "不是可選的值之一：{detail}",
        "not one of the choices: {detail}",
    ),
    "invalid_email": ("不是有效的电子邮箱", "不是有效的電子郵件地址", "not a valid e-mail address"),
    "invalid_phone": ("不是电话号码", "不是電話號碼", "not a phone number"),
    "invalid_value": ("无法识别：{detail}", "無法辨識：{detail}", "not understood: {detail}"),
    "truncated": (
        "太长，已截短为 {detail} 个字符",
        "太長，已截短為 {detail} 個字元",
        "too long, shortened to {detail} characters",
    ),
    "recovered_digits": (
        "已从科学计数法恢复为数字 {detail}",
        "已從科學記號還原為數字 {detail}",
        "digits recovered from {detail}",
    ),
    "no_name": (
        "没有姓名，整行未导入",
        "沒有姓名，整列未匯入",
        "no name: the row was not imported",
    ),
    "duplicate_skipped": (
        "与已有客户重复（{detail}），按设置跳过",
        "與現有客戶重複（{detail}），依設定略過",
        "duplicate of an existing client ({detail}), skipped as chosen",
    ),
    "duplicate_in_file": (
        "与文件中第 {detail} 行重复，按设置跳过",
        "與檔案中第 {detail} 列重複，依設定略過",
        "duplicate of row {detail} of this file, skipped as chosen",
    ),
}


@dataclass(frozen=True)
class CellProblem:
    row: int  # as the spreadsheet numbers it (card number for vCards)
    column: str  # letter and header, e.g. "C 手机"
    value: str
    code: str
    action: str  # DROPPED, ALTERED, REJECTED or SKIPPED
    detail: str = ""
    index: int | None = None  # 0-based sheet column, for marking the cell; None: whole row

    def reason(self, language: str = "zh_CN") -> str:
        zh, hant, en = PROBLEM_TEXT[self.code]
        text = hant if language in TRADITIONAL else zh if language.startswith("zh") else en
        return text.format(detail=self.detail)


@dataclass
class ClientDraft:
    """Everything one row says about one client, cleaned."""

    row: int
    fields: dict[str, Any] = field(default_factory=dict)  # scalar Customer column → value
    surname: str = ""
    given_name: str = ""
    birthday: CalendarDate | None = None
    phones: list[tuple[str, str, str | None]] = field(
        default_factory=list
    )  # label, as typed, E.164
    emails: list[tuple[str, str]] = field(default_factory=list)  # label, address
    addresses: list[dict[str, Any]] = field(default_factory=list)  # label + the five parts
    tags: list[str] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)  # custom field name → typed value
    family: list[dict[str, Any]] = field(default_factory=list)
    anniversaries: list[tuple[str, CalendarDate]] = field(default_factory=list)  # title, date
    problems: list[CellProblem] = field(default_factory=list)
    duplicate_keys: list[tuple[str, str]] | None = None  # filled in by ``duplicates``

    @property
    def has_name(self) -> bool:
        return bool(self.surname or self.given_name)
