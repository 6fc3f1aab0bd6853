"""Why a file cannot be imported, in words an account manager understands.

Every problem has a stable ``code`` the UI can translate, and carries the
message in simplified Chinese, traditional Chinese (Taiwan wording: 匯入,
檔案, 資料庫, 欄) and English; ``str()`` gives simplified and English.
Raising one of these never leaves anything written.
"""

from __future__ import annotations

import re

from app.services.errors import ServiceError

TRADITIONAL = ("zh_TW", "zh_HK", "zh_Hant")


class ImportProblem(ServiceError):
    """Base of every refusal by the importers and exporters."""

    code = "import_problem"

    def __init__(self, zh: str, hant: str, en: str, **details: object) -> None:
        self.zh = zh
        self.hant = hant
        self.en = en
        self.details = details
        super().__init__(f"{zh} / {en}")

    def message(self, language: str = "zh_CN") -> str:
        if language in TRADITIONAL:
            return self.hant
        return self.zh if language.startswith("zh") else self.en


class LegacyFormat(ImportProblem):
    """.xls / .et (binary, pre-2007) or .ods: ask for an .xlsx instead."""

    code = "legacy_format"

    def __init__(self, kind: str) -> None:
        super().__init__(
            f"这是 {kind} 格式的文件，无法直接导入。请用 Excel 或 WPS 打开，"
            "选择“文件 → 另存为”，保存为 Excel 工作簿 (.xlsx) 后再导入。",
            f"這是 {kind} 格式的檔案，無法直接匯入。請用 Excel 或 WPS 開啟，"
            "選擇「檔案 → 另存新檔」，儲存為 Excel 活頁簿 (.xlsx) 後再匯入。",
            f"This file is in the {kind} format, which cannot be imported directly. Open it in "
            "Excel or WPS, choose File → Save As, pick Excel Workbook (.xlsx), "
            "and import the saved file.",
            kind=kind,
        )


class PasswordProtected(ImportProblem):
    code = "password_protected"

    def __init__(self) -> None:
        super().__init__(
            "此工作簿设有打开密码，无法读取。请在 Excel 中打开它，"
            "在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存，然后再导入。",
            "此活頁簿設有開啟密碼，無法讀取。請在 Excel 中開啟它，"
            "在「檔案 → 資訊 → 保護活頁簿 → 以密碼加密」中清除密碼並儲存，然後再匯入。",
            "This workbook is protected with a password and cannot be read. Open it in "
            "Excel, remove the password under File → Info → Protect Workbook → Encrypt "
            "with Password, save, and import again.",
        )


class CorruptFile(ImportProblem):
    code = "corrupt_file"

    def __init__(self, detail: str) -> None:
        super().__init__(
            "文件已损坏或不完整（可能没有下载完）。请重新获取文件后再试。",
            "檔案已損毀或不完整（可能沒有下載完成）。請重新取得檔案後再試。",
            "The file is damaged or incomplete (perhaps a download did not finish). "
            "Get a fresh copy and try again.",
            detail=detail,
        )


class UnsafeFile(ImportProblem):
    """XML entity definitions: Office never writes them; entity bombs use them."""

    code = "unsafe_file"

    def __init__(self, detail: str) -> None:
        super().__init__(
            "文件中含有不安全的 XML 内容（实体定义），为安全起见已拒绝读取。",
            "檔案中含有不安全的 XML 內容（實體定義），為了安全起見已拒絕讀取。",
            "The file contains unsafe XML content (entity definitions) and was refused for safety.",
            detail=detail,
        )


# What a non-spreadsheet looks like, as ``sniff`` words it (simplified) → traditional.
_LOOKS_LIKE_HANT = {
    "PDF 文档": "PDF 文件",
    "PNG 图片": "PNG 圖片",
    "JPEG 图片": "JPEG 圖片",
    "GIF 图片": "GIF 圖片",
    "RAR 压缩包": "RAR 壓縮檔",
    "7z 压缩包": "7z 壓縮檔",
    "ZIP 压缩包": "ZIP 壓縮檔",
    "旧版 Office 文档": "舊版 Office 文件",
    "Word 文档": "Word 文件",
    "网页 (HTML)": "網頁 (HTML)",
    "空文件": "空白檔案",
    "纯文本": "純文字",
    "未知格式": "未知格式",
}


class NotASpreadsheet(ImportProblem):
    """The content is not what the extension says (a picture named .xlsx, say)."""

    code = "not_a_spreadsheet"

    def __init__(self, extension: str, looks_like: tuple[str, str]) -> None:
        zh, en = looks_like
        hant = _LOOKS_LIKE_HANT.get(zh, en)  # a kind not listed yet: English beats simplified
        super().__init__(
            f"文件扩展名是 {extension}，但内容不是电子表格（看起来是{zh}）。请确认选对了文件。",
            f"檔案副檔名是 {extension}，但內容不是試算表（看起來是{hant}）。請確認選對了檔案。",
            f"The file is named {extension} but is not a spreadsheet (it looks like "
            f"{en}). Check that you picked the right file.",
            extension=extension,
            looks_like=en,
        )


class NoDataSheet(ImportProblem):
    code = "no_data_sheet"

    def __init__(self) -> None:
        super().__init__(
            "工作簿中没有可见的数据工作表（隐藏的工作表和图表不会被导入）。",
            "活頁簿中沒有可見的資料工作表（隱藏的工作表和圖表不會被匯入）。",
            "The workbook has no visible data sheet (hidden sheets and charts are not imported).",
        )


class SheetNotFound(ImportProblem):
    code = "sheet_not_found"

    def __init__(self, sheet: str) -> None:
        super().__init__(
            f"找不到工作表“{sheet}”。",
            f"找不到工作表「{sheet}」。",
            f"There is no sheet named {sheet!r}.",
            sheet=sheet,
        )


class EmptySheet(ImportProblem):
    code = "empty_sheet"

    def __init__(self, sheet: str) -> None:
        super().__init__(
            f"工作表“{sheet}”是空的，没有可导入的数据。",
            f"工作表「{sheet}」是空的，沒有可匯入的資料。",
            f"The sheet {sheet!r} is empty: there is nothing to import.",
            sheet=sheet,
        )


class TooManyRows(ImportProblem):
    code = "too_many_rows"

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"工作表超过 {limit:,} 行，超出一次导入的上限。请把它拆成几个较小的文件分别导入。",
            f"工作表超過 {limit:,} 列，超出一次匯入的上限。請把它拆成幾個較小的檔案分別匯入。",
            f"The sheet has more than {limit:,} rows, over the limit for one import. "
            "Split it into smaller files and import them one by one.",
            limit=limit,
        )


class NoNameColumn(ImportProblem):
    code = "no_name_column"

    def __init__(self) -> None:
        super().__init__(
            "没有任何一列对应到“姓名”（或“姓”/“名”）。每位客户都需要姓名，请在列对应中指定。",
            "沒有任何一欄對應到「姓名」（或「姓」/「名」）。每位客戶都需要姓名，請在欄位對應中指定。",
            "No column is mapped to the name (or surname / given name). Every client "
            "needs a name: choose the name column in the mapping.",
        )


class ImportCancelled(ImportProblem):
    code = "cancelled"

    def __init__(self) -> None:
        super().__init__(
            "导入已取消，数据库没有任何改动。",
            "匯入已取消，資料庫沒有任何變更。",
            "The import was cancelled; nothing in the database was changed.",
        )


class DatabaseNotEmpty(ImportProblem):
    code = "database_not_empty"

    def __init__(self) -> None:
        super().__init__(
            "完整工作簿只能导入到空的数据库中（这里已有客户数据）。请新建一个数据库后再导入。",
            "完整活頁簿只能匯入到空的資料庫中（這裡已有客戶資料）。請新增一個資料庫後再匯入。",
            "A full workbook can only be imported into an empty database (this one "
            "already has clients). Create a new database and import it there.",
        )


class NotAFullWorkbook(ImportProblem):
    code = "not_a_full_workbook"

    def __init__(self, detail: str) -> None:
        super().__init__(
            "这不是由本软件导出的完整工作簿，或者其中的数据不完整。",
            "這不是由本軟體匯出的完整活頁簿，或者其中的資料不完整。",
            "This is not a full workbook exported by Rapport, or its data is incomplete.",
            detail=detail,
        )


# Why an import cannot be undone, as ``undo`` words it (simplified) → traditional.
_UNDO_REASONS_HANT = [
    (re.compile(r"^找不到这次导入。$"), "找不到這次匯入。"),
    (re.compile(r"^它已经被撤销过了。$"), "它已經復原過了。"),
    (
        re.compile(r"^之后的第 (\d+) 次导入修改了其中一些客户，请先撤销那一次。$"),
        r"之後的第 \1 次匯入修改了其中一些客戶，請先復原那一次。",
    ),
]


def _undo_reason_hant(reason_zh: str) -> str:
    for pattern, hant in _UNDO_REASONS_HANT:
        if pattern.match(reason_zh):
            return pattern.sub(hant, reason_zh)
    return reason_zh  # a reason not listed yet: simplified beats none


class UndoNotPossible(ImportProblem):
    code = "undo_not_possible"

    def __init__(
        self, batch_id: int, reason_zh: str, reason_en: str, reason_hant: str | None = None
    ) -> None:
        hant = reason_hant if reason_hant is not None else _undo_reason_hant(reason_zh)
        super().__init__(
            f"无法撤销第 {batch_id} 次导入：{reason_zh}",
            f"無法復原第 {batch_id} 次匯入：{hant}",
            f"Import {batch_id} cannot be undone: {reason_en}",
            batch_id=batch_id,
        )


class UnknownTarget(ImportProblem):
    code = "unknown_target"

    def __init__(self, key: str) -> None:
        super().__init__(
            f"列对应中的“{key}”不是客户档案中的字段（自定义字段可能已被删除）。",
            f"欄位對應中的「{key}」不是客戶資料中的欄位（自訂欄位可能已被刪除）。",
            f"{key!r} in the column mapping is not a dossier field (a custom field may "
            "have been removed).",
            key=key,
        )


class NotAVCard(ImportProblem):
    code = "not_a_vcard"

    def __init__(self) -> None:
        super().__init__(
            "文件中没有任何名片（vCard）。请确认选的是 .vcf 通讯录文件。",
            "檔案中沒有任何名片（vCard）。請確認選的是 .vcf 通訊錄檔案。",
            "The file holds no contact cards (vCard). Check that you picked a .vcf file.",
        )


class NoSuchColumn(ImportProblem):
    code = "no_such_column"

    def __init__(self, column: str) -> None:
        super().__init__(
            f"文件中没有“{column}”这一列。",
            f"檔案中沒有「{column}」這一欄。",
            f"The file has no column {column!r}.",
            column=column,
        )
