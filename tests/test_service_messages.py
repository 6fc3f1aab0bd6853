"""Import and export messages in traditional Chinese: every one has its own text.

A zh_TW user must not get the simplified text (or mainland wording such as
导入/文件/数据库) from the importer's refusals, cell problems or error report.
"""

from __future__ import annotations

import pytest
import python_calamine

from app.services.importing import CellProblem, undo_import, write_error_report
from app.services.importing import errors as errors_module
from app.services.importing.draft import ALTERED, DROPPED, PROBLEM_TEXT, REJECTED, SKIPPED
from app.services.importing.errors import ImportProblem, UndoNotPossible

# Simplified forms whose traditional form differs; none may show in a zh_TW text.
SIMPLIFIED_ONLY = set(
    "这个无导请选择为后档户设码读数据库损坏载获实内绝扩图隐过较对应软没与们还时间删识别记错误"
    "经确认长项预览写网纯压缩讯销复单击页签简体旧计学连该将处现义关开发动机样么门问题号级规则见"
)
# Mainland word → the word a Taiwan user expects.
TAIWAN_WORDS = {"导入": "匯入", "导出": "匯出", "文件": "檔案", "数据库": "資料庫", "撤销": "復原"}

# Names from the user (sheets, columns) are passed through as given: ASCII here.
SAMPLES = {
    "LegacyFormat": ("xls",),
    "PasswordProtected": (),
    "CorruptFile": ("bad zip",),
    "UnsafeFile": ("<!ENTITY",),
    "NotASpreadsheet": (".xlsx", ("ZIP 压缩包", "a zip archive")),
    "NoDataSheet": (),
    "SheetNotFound": ("Sheet2",),
    "EmptySheet": ("Sheet1",),
    "TooManyRows": (200_000,),
    "NoNameColumn": (),
    "ImportCancelled": (),
    "DatabaseNotEmpty": (),
    "NotAFullWorkbook": ("no customer sheet",),
    "UndoNotPossible": (3, "它已经被撤销过了。", "it was undone already."),
    "UnknownTarget": ("custom:Channel",),
    "NotAVCard": (),
    "NoSuchColumn": ("Mobile",),
}


def _problem_classes() -> list[type[ImportProblem]]:
    return [
        value
        for value in vars(errors_module).values()
        if isinstance(value, type)
        and issubclass(value, ImportProblem)
        and value is not ImportProblem
    ]


def _assert_traditional(simplified: str, traditional: str) -> None:
    assert traditional
    if SIMPLIFIED_ONLY & set(simplified):  # some texts are written alike in both
        assert traditional != simplified
    assert not SIMPLIFIED_ONLY & set(traditional), traditional
    for mainland, taiwan in TAIWAN_WORDS.items():
        if mainland in simplified:
            assert taiwan in traditional, (mainland, traditional)


def test_every_refusal_has_its_own_traditional_text():
    classes = _problem_classes()
    assert sorted(c.__name__ for c in classes) == sorted(SAMPLES)  # a new class needs a sample
    for cls in classes:
        problem = cls(*SAMPLES[cls.__name__])
        assert problem.message("zh_CN") == problem.zh and problem.message("en") == problem.en
        for language in ("zh_TW", "zh_HK"):
            assert problem.message(language) == problem.hant
        _assert_traditional(problem.zh, problem.hant)


def test_what_a_file_looks_like_is_said_in_traditional_words():
    problem = errors_module.NotASpreadsheet(".xlsx", ("PNG 图片", "a PNG picture"))
    assert "PNG 圖片" in problem.message("zh_TW")


def test_undo_refusals_from_the_real_undo_read_in_traditional(db):
    with pytest.raises(UndoNotPossible) as info:
        undo_import(db, 999)
    assert info.value.message("zh_TW") == "無法復原第 999 次匯入：找不到這次匯入。"
    later = UndoNotPossible(2, "之后的第 5 次导入修改了其中一些客户，请先撤销那一次。", "…")
    assert (
        later.message("zh_TW")
        == "無法復原第 2 次匯入：之後的第 5 次匯入修改了其中一些客戶，請先復原那一次。"
    )


def test_every_cell_problem_has_a_traditional_reason():
    for code, texts in PROBLEM_TEXT.items():
        assert len(texts) == 3, code
        problem = CellProblem(4, "C 手机", "x", code, DROPPED, detail="12")
        _assert_traditional(problem.reason("zh_CN"), problem.reason("zh_TW"))
        assert "12" in problem.reason("zh_TW") or "{detail}" not in texts[1]


def test_the_error_report_in_traditional_chinese(tmp_path):
    problems = [
        CellProblem(2, "C 邮箱", "bad@", "invalid_email", DROPPED),
        CellProblem(3, "A 姓名", "", "no_name", REJECTED),
        CellProblem(4, "D 备注", "…", "truncated", ALTERED, detail="20000"),
        CellProblem(5, "A 姓名", "张伟", "duplicate_in_file", SKIPPED, detail="2"),
    ]
    path = tmp_path / "report.xlsx"
    assert write_error_report(problems, path, "zh_TW") == 4
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["匯入問題"]
    rows = book.get_sheet_by_index(0).to_python()
    assert rows[0] == ["列號", "欄", "值", "處理", "原因"]
    assert [r[3] for r in rows[1:]] == ["未匯入此值", "整列未匯入", "已修改後匯入", "重複，已略過"]
    assert rows[1][4] == "不是有效的電子郵件地址"
    for row in rows:
        assert not SIMPLIFIED_ONLY & set("".join(str(v) for v in (row[0], row[3], row[4])))
