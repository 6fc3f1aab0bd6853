"""Why a file cannot be imported, in words an account manager understands.

Every problem has a stable ``code`` the UI can translate, and carries the
message in simplified Chinese and English; ``str()`` gives both. Raising one
of these never leaves anything written.
"""

from __future__ import annotations

from app.services.errors import ServiceError


class ImportProblem(ServiceError):
    """Base of every refusal by the importers and exporters."""

    code = "import_problem"

    def __init__(self, zh: str, en: str, **details: object) -> None:
        self.zh = zh
        self.en = en
        self.details = details
        super().__init__(f"{zh} / {en}")

    def message(self, language: str = "zh_CN") -> str:
        return self.zh if language.startswith("zh") else self.en


class LegacyFormat(ImportProblem):
    """.xls / .et (binary, pre-2007) or .ods: ask for an .xlsx instead."""

    code = "legacy_format"

    def __init__(self, kind: str) -> None:
        super().__init__(
            f"这是 {kind} 格式的文件，无法直接导入。请用 Excel 或 WPS 打开，"
            "选择“文件 → 另存为”，保存为 Excel 工作簿 (.xlsx) 后再导入。",
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
            "This workbook is protected with a password and cannot be read. Open it in "
            "Excel, remove the password under File → Info → Protect Workbook → Encrypt "
            "with Password, save, and import again.",
        )


class CorruptFile(ImportProblem):
    code = "corrupt_file"

    def __init__(self, detail: str) -> None:
        super().__init__(
            "文件已损坏或不完整（可能没有下载完）。请重新获取文件后再试。",
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
            "The file contains unsafe XML content (entity definitions) and was refused for safety.",
            detail=detail,
        )


class NotASpreadsheet(ImportProblem):
    """The content is not what the extension says (a picture named .xlsx, say)."""

    code = "not_a_spreadsheet"

    def __init__(self, extension: str, looks_like: tuple[str, str]) -> None:
        zh, en = looks_like
        super().__init__(
            f"文件扩展名是 {extension}，但内容不是电子表格（看起来是{zh}）。请确认选对了文件。",
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
            "The workbook has no visible data sheet (hidden sheets and charts are not imported).",
        )


class SheetNotFound(ImportProblem):
    code = "sheet_not_found"

    def __init__(self, sheet: str) -> None:
        super().__init__(
            f"找不到工作表“{sheet}”。", f"There is no sheet named {sheet!r}.", sheet=sheet
        )


class EmptySheet(ImportProblem):
    code = "empty_sheet"

    def __init__(self, sheet: str) -> None:
        super().__init__(
            f"工作表“{sheet}”是空的，没有可导入的数据。",
            f"The sheet {sheet!r} is empty: there is nothing to import.",
            sheet=sheet,
        )


class TooManyRows(ImportProblem):
    code = "too_many_rows"

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"工作表超过 {limit:,} 行，超出一次导入的上限。请把它拆成几个较小的文件分别导入。",
            f"The sheet has more than {limit:,} rows, over the limit for one import. "
            "Split it into smaller files and import them one by one.",
            limit=limit,
        )


class NoNameColumn(ImportProblem):
    code = "no_name_column"

    def __init__(self) -> None:
        super().__init__(
            "没有任何一列对应到“姓名”（或“姓”/“名”）。每位客户都需要姓名，请在列对应中指定。",
            "No column is mapped to the name (or surname / given name). Every client "
            "needs a name: choose the name column in the mapping.",
        )


class ImportCancelled(ImportProblem):
    code = "cancelled"

    def __init__(self) -> None:
        super().__init__(
            "导入已取消，数据库没有任何改动。",
            "The import was cancelled; nothing in the database was changed.",
        )


class DatabaseNotEmpty(ImportProblem):
    code = "database_not_empty"

    def __init__(self) -> None:
        super().__init__(
            "完整工作簿只能导入到空的数据库中（这里已有客户数据）。请新建一个数据库后再导入。",
            "A full workbook can only be imported into an empty database (this one "
            "already has clients). Create a new database and import it there.",
        )


class NotAFullWorkbook(ImportProblem):
    code = "not_a_full_workbook"

    def __init__(self, detail: str) -> None:
        super().__init__(
            "这不是由本软件导出的完整工作簿，或者其中的数据不完整。",
            "This is not a full workbook exported by Rapport, or its data is incomplete.",
            detail=detail,
        )


class UndoNotPossible(ImportProblem):
    code = "undo_not_possible"

    def __init__(self, batch_id: int, reason_zh: str, reason_en: str) -> None:
        super().__init__(
            f"无法撤销第 {batch_id} 次导入：{reason_zh}",
            f"Import {batch_id} cannot be undone: {reason_en}",
            batch_id=batch_id,
        )


class UnknownTarget(ImportProblem):
    code = "unknown_target"

    def __init__(self, key: str) -> None:
        super().__init__(
            f"列对应中的“{key}”不是客户档案中的字段（自定义字段可能已被删除）。",
            f"{key!r} in the column mapping is not a dossier field (a custom field may "
            "have been removed).",
            key=key,
        )


class NotAVCard(ImportProblem):
    code = "not_a_vcard"

    def __init__(self) -> None:
        super().__init__(
            "文件中没有任何名片（vCard）。请确认选的是 .vcf 通讯录文件。",
            "The file holds no contact cards (vCard). Check that you picked a .vcf file.",
        )


class NoSuchColumn(ImportProblem):
    code = "no_such_column"

    def __init__(self, column: str) -> None:
        super().__init__(
            f"文件中没有“{column}”这一列。",
            f"The file has no column {column!r}.",
            column=column,
        )
