"""The import wizard driven like a user would: a real workbook in, clients in the database."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from sqlalchemy import func, select

from app.models import Customer, ImportBatch
from app.services.customers import create_customer, get_customer
from app.services.importing import DuplicatePolicy, list_batches, list_presets
from app.ui.import_history import ImportHistoryDialog
from app.ui.import_wizard import open_import_wizard
from app.ui.import_wizard.progress_page import ImportJob
from app.ui.import_wizard.wizard import (
    DUPLICATES,
    FILE,
    HEADER,
    MAPPING,
    PREVIEW,
    PROGRESS,
    RESULT,
    ImportWizard,
)
from app.ui.operations import Changed, bus
from tests.importing.helpers import fingerprint

HEADER_ROW = ["客户姓名", "手机号码", "单位", "职务", "出生日期", "电子邮箱", "喜好"]
INTERESTS = 6  # the 喜好 column: not recognised, mapped by hand in the tests


def _client_list(path: Path) -> Path:
    """A list as colleagues send them: a merged title row, a blank row, then the header;
    phones typed as numbers (floats), dates written every which way."""
    book = Workbook()
    sheet = book.active
    sheet.title = "展会客户"
    sheet.append(["2024 春季展会客户名单"])
    sheet.merge_cells("A1:G1")
    sheet.append([])
    sheet.append(HEADER_ROW)
    rows = [
        ["欧阳娜娜", 13812345678.0, "华为", "经理", "1985-03-02", "nana@huawei.com", "围棋"],
        ["张伟", 13900001111.0, "腾讯", "总监", "1985/3/2", "", "钓鱼"],  # already a client
        ["李娜", 1.3712345678e10, "阿里巴巴", "", "1990年12月25日", "不是邮箱", ""],
        ["王芳", 13600002222.0, "", "", "03/02/1985", "", "摄影"],
        ["司马光", "", "宋史馆", "", "农历八月十五", "", ""],
        ["", 13500003333.0, "无名公司", "", "", "", ""],  # no name: rejected
    ]
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def existing(database) -> int:
    return create_customer(database, {"name": "张伟", "phones": ["13900001111"], "notes": "老客户"})


def _open(qtbot, database, path: Path) -> ImportWizard:
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.open_file(path)
    qtbot.waitUntil(wizard.file_page.isComplete)
    return wizard


def _next(qtbot, wizard: ImportWizard, page: int, button=QWizard.WizardButton.NextButton) -> None:
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == page
    task = getattr(wizard.page(page), "task", None)
    if task is not None:  # the page reads or writes in the background
        qtbot.waitUntil(lambda: not task.busy)


def _to_duplicates(qtbot, wizard: ImportWizard) -> None:
    _next(qtbot, wizard, HEADER)
    _next(qtbot, wizard, MAPPING)
    combo = wizard.mapping_page.target_combo(INTERESTS)
    combo.setCurrentIndex(combo.findData("interests"))
    _next(qtbot, wizard, PREVIEW)
    _next(qtbot, wizard, DUPLICATES)


def _count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Customer))


def test_a_messy_workbook_comes_in_end_to_end(
    qtbot, database, english, tmp_path, monkeypatch, existing
):
    wizard = _open(qtbot, database, _client_list(tmp_path / "展会.xlsx"))
    assert wizard.file_page.sheet_combo.currentData() == "展会客户"

    _next(qtbot, wizard, HEADER)  # the title and blank rows are skipped
    assert wizard.state.header_row == 3
    grid = wizard.header_page.grid
    header_line = [r for r in range(grid.rowCount()) if grid.verticalHeaderItem(r).text() == "3"]
    assert grid.item(header_line[0], 0).font().bold()
    assert grid.item(header_line[0], 0).text() == "客户姓名"

    _next(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    assert page.target_combo(0).currentData() == "name"
    assert page.target_combo(1).currentData() == "phone:mobile"
    assert page.target_combo(INTERESTS).currentData() == ""  # 喜好 is not guessed
    combo = page.target_combo(INTERESTS)
    combo.setCurrentIndex(combo.findData("interests"))
    assert wizard.state.mapping[INTERESTS] == "interests"
    assert page.date_combo.isVisibleTo(page)  # 03/02/1985 reads two ways
    page.date_combo.setCurrentIndex(page.date_combo.findData("dmy"))
    assert "1985-02-03" in page.date_combo.currentText()

    _next(qtbot, wizard, PREVIEW)
    table = wizard.preview_page.table
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert titles[:4] == ["Row", "Status", "Name", "Phones"]
    assert table.item(0, 2).text() == "欧阳娜娜"
    assert "138" in table.item(0, 3).text() and "E" not in table.item(0, 3).text()
    assert table.item(1, 1).text() == f"Already here: 张伟 #{existing}"
    email = titles.index("E-mails")
    assert "not a valid e-mail" in table.item(2, email).toolTip()  # 李娜's 不是邮箱, marked
    assert table.item(2, email).background().color().alpha() > 0
    assert table.item(5, 1).text() == "Not imported: no name"

    _next(qtbot, wizard, DUPLICATES)
    duplicates = wizard.duplicates_page
    assert [m.row for m in duplicates.matches] == [5]
    row_choice = duplicates.action_combo(5)
    row_choice.setCurrentIndex(row_choice.findData(DuplicatePolicy.FILL_EMPTY.value))
    assert wizard.state.policy == DuplicatePolicy.SKIP  # for the others; this row fills in

    changes = []
    bus.changed.connect(changes.append)
    try:
        _next(qtbot, wizard, PROGRESS, QWizard.WizardButton.CommitButton)
        qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    finally:
        bus.changed.disconnect(changes.append)
    assert [label.text() for label in wizard.result_page.numbers] == ["4", "1", "0", "1"]
    assert changes and changes[0].kinds == Changed.MEMBERSHIP | Changed.CLIENTS

    assert _count(database) == 5
    with database.session() as session:
        clients = {c.display_name: c for c in session.scalars(select(Customer))}
        by_name = {n: get_customer(database, c.id) for n, c in clients.items()}
    nana = by_name["欧阳娜娜"]
    assert (nana.surname, nana.given_name, nana.interests) == ("欧阳", "娜娜", "围棋")
    assert nana.phones[0].e164 == "+8613812345678"
    assert (nana.birth_year, nana.birth_month, nana.birth_day) == (1985, 3, 2)
    assert by_name["李娜"].phones[0].e164 == "+8613712345678"
    assert (by_name["李娜"].birth_month, by_name["李娜"].birth_day) == (12, 25)
    assert by_name["李娜"].emails == []  # left out, and reported
    assert (by_name["王芳"].birth_month, by_name["王芳"].birth_day) == (2, 3)  # day first
    sima = by_name["司马光"]
    assert (sima.surname, sima.birthday_calendar.value, sima.birth_month) == ("司马", "lunar", 8)
    zhang = by_name["张伟"]  # filled in, nothing overwritten
    assert (zhang.id, zhang.company, zhang.notes, zhang.interests) == (
        existing,
        "腾讯",
        "老客户",
        "钓鱼",
    )

    report = tmp_path / "problems.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    qtbot.mouseClick(wizard.result_page.report_button, Qt.MouseButton.LeftButton)
    assert list(load_workbook(report).active.iter_rows(values_only=True)) == [
        ("Row", "Column", "Value", "Action", "Reason"),
        (6, "F 电子邮箱", "不是邮箱", "value left out", "not a valid e-mail address"),
        (9, "A 客户姓名", None, "row not imported", "no name: the row was not imported"),
    ]


def test_undo_from_the_result_page(qtbot, database, english, tmp_path, monkeypatch, existing):
    before = _count(database)
    wizard = _open(qtbot, database, _client_list(tmp_path / "list.xlsx"))
    _to_duplicates(qtbot, wizard)
    _next(qtbot, wizard, PROGRESS, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    assert _count(database) == before + 4
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.MouseButton.LeftButton)
    assert _count(database) == before
    assert not wizard.result_page.undo_button.isEnabled()
    assert "4 clients removed" in wizard.result_page.undone.text()
    assert list_batches(database)[0].undone_at is not None


def test_stopping_at_the_first_batch_changes_nothing(
    qtbot, database, english, tmp_path, monkeypatch, existing
):
    wizard = _open(qtbot, database, _client_list(tmp_path / "list.xlsx"))
    _to_duplicates(qtbot, wizard)
    before = fingerprint(database)
    real = ImportJob.report

    def stop_at_first(job: ImportJob, done: int, total: int) -> bool:
        job.stop.request()  # as if Stop were pressed while the first batch was written
        return real(job, done, total)

    monkeypatch.setattr(ImportJob, "report", stop_at_first)
    _next(qtbot, wizard, PROGRESS, QWizard.WizardButton.CommitButton)
    page = wizard.progress_page
    qtbot.waitUntil(lambda: not page.running)
    assert wizard.currentId() == PROGRESS
    assert "Nothing in the database was changed" in page.message.text()
    assert page.back_button.isVisible() and not page.stop_button.isVisible()
    assert fingerprint(database) == before
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(ImportBatch)) == 0

    monkeypatch.setattr(ImportJob, "report", real)  # back to the choices, and this time import
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == DUPLICATES
    _next(qtbot, wizard, PROGRESS, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    assert wizard.result_page.numbers[0].text() == "4"


def test_the_header_row_can_be_corrected(qtbot, database, english, tmp_path):
    wizard = _open(qtbot, database, _client_list(tmp_path / "list.xlsx"))
    _next(qtbot, wizard, HEADER)
    page, grid = wizard.header_page, wizard.header_page.grid
    assert wizard.state.header_row == 3 and "found automatically" in page.hint.text()
    row_of = {grid.verticalHeaderItem(r).text(): r for r in range(grid.rowCount())}
    cell = grid.visualItemRect(grid.item(row_of["4"], 1)).center()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert wizard.state.header_row == 4 and wizard.state.headers[0] == "欧阳娜娜"
    assert grid.item(row_of["4"], 0).font().bold() and not grid.item(row_of["3"], 0).font().bold()
    page.no_header.setChecked(True)
    assert wizard.state.header_row == 0 and wizard.state.headers[:2] == ["A", "B"]
    page.no_header.setChecked(False)  # back to the row that was found
    assert wizard.state.header_row == 3
    _next(qtbot, wizard, MAPPING)
    assert wizard.mapping_page.target_combo(0).currentData() == "name"


def test_presets_save_and_apply_a_mapping(qtbot, database, english, tmp_path, monkeypatch):
    wizard = _open(qtbot, database, _client_list(tmp_path / "list.xlsx"))
    _next(qtbot, wizard, HEADER)
    _next(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    combo = page.target_combo(INTERESTS)
    combo.setCurrentIndex(combo.findData("interests"))
    page.presets.save_as("展会名单")
    assert [p.name for p in list_presets(database)] == ["展会名单"]
    combo.setCurrentIndex(0)  # "don't import"
    page.target_combo(3).setCurrentIndex(page.target_combo(3).findData("industry"))
    page.presets.apply()
    assert page.target_combo(INTERESTS).currentData() == "interests"
    assert page.target_combo(3).currentData() == "position"


def test_a_mapping_without_a_name_cannot_go_on(qtbot, database, english, tmp_path):
    wizard = _open(qtbot, database, _client_list(tmp_path / "list.xlsx"))
    _next(qtbot, wizard, HEADER)
    _next(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    page.target_combo(0).setCurrentIndex(0)
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "name" in page.status.text()
    page.target_combo(2).setCurrentIndex(page.target_combo(2).findData("name"))
    page.target_combo(0).setCurrentIndex(page.target_combo(0).findData("name"))
    assert "Only one column" in page.status.text()


def test_a_legacy_xls_is_refused_in_the_ui_language(qtbot, database, chinese, realworld):
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.file_page.open_file(realworld / "xlsx" / "poi__chinese-provinces.xls")
    qtbot.waitUntil(lambda: not wizard.file_page.task.busy)
    assert "另存为" in wizard.file_page.status.text()  # how to convert it, in Chinese
    assert not wizard.file_page.isComplete()


def test_a_wps_workbook_goes_through_the_wizard(qtbot, database, english, realworld):
    path = realworld / "xlsx" / "calamine__issue_530_wps_chinese.xlsx"
    wizard = _open(qtbot, database, path)
    assert wizard.file_page.sheet_combo.currentData() == "出勤分类组织汇总表"
    _next(qtbot, wizard, HEADER)
    assert wizard.state.header_row == 4  # below the report's three title lines
    assert wizard.state.headers[2:6] == ["领域", "平台", "小微", "节点组织"]
    _next(qtbot, wizard, MAPPING)
    page = wizard.mapping_page
    assert not page.isComplete()  # nothing there is a name: the user must say
    page.target_combo(5).setCurrentIndex(page.target_combo(5).findData("name"))
    page.target_combo(4).setCurrentIndex(page.target_combo(4).findData("company"))
    _next(qtbot, wizard, PREVIEW)
    assert wizard.preview_page.table.item(0, 2).text() == "基础能力"
    _next(qtbot, wizard, DUPLICATES)
    _next(qtbot, wizard, PROGRESS, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    with database.session() as session:
        client = session.scalars(select(Customer)).one()
    assert (client.display_name, client.company) == ("基础能力", "技术中心")


def test_a_vcard_file_skips_the_sheet_pages(qtbot, database, english, tmp_path, existing):
    path = tmp_path / "phone.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:欧阳;娜娜;;;\r\nFN:欧阳娜娜\r\n"
        "TEL;TYPE=CELL:138 1234 5678\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:张;伟;;;\r\nFN:张伟\r\n"
        "TEL;TYPE=CELL:13900001111\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    wizard = _open(qtbot, database, path)
    assert not wizard.file_page.sheet_combo.isVisibleTo(wizard.file_page)
    _next(qtbot, wizard, PREVIEW)
    assert wizard.preview_page.table.item(0, 2).text() == "欧阳娜娜"
    _next(qtbot, wizard, DUPLICATES)
    _next(qtbot, wizard, PROGRESS, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    assert [label.text() for label in wizard.result_page.numbers] == ["1", "0", "1", "0"]


def test_history_lists_imports_and_undoes_one(qtbot, database, english, tmp_path, monkeypatch):
    wizard = open_import_wizard(None, database, tmp_path / "missing.xlsx")
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: not wizard.file_page.task.busy)
    assert wizard.currentId() == FILE and not wizard.file_page.isComplete()
    wizard.file_page.open_file(_client_list(tmp_path / "list.xlsx"))
    qtbot.waitUntil(wizard.file_page.isComplete)
    _to_duplicates(qtbot, wizard)
    _next(qtbot, wizard, PROGRESS, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT)
    wizard.close()

    dialog = ImportHistoryDialog(database)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "list.xlsx"
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert _count(database) == 0
    assert "Undone" in dialog.table.item(0, dialog.table.columnCount() - 1).text()
    assert not dialog.undo_button.isEnabled()


def test_closing_during_the_import_stops_it_first(
    qtbot, database, english, tmp_path, monkeypatch, existing
):
    wizard = _open(qtbot, database, _client_list(tmp_path / "list.xlsx"))
    _to_duplicates(qtbot, wizard)
    before = fingerprint(database)
    started = threading.Event()
    real = ImportJob.report

    def slow(job: ImportJob, done: int, total: int) -> bool:
        started.set()
        time.sleep(0.2)  # the window is closed while this batch is being written
        return real(job, done, total)

    monkeypatch.setattr(ImportJob, "report", slow)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set)
    wizard.reject()  # Esc, Cancel or the window's X
    assert not wizard.progress_page.running and wizard.state.result is None
    assert fingerprint(database) == before


def test_file_menu_opens_the_wizard_and_it_speaks_the_chosen_language(window, qtbot):
    window.import_action.trigger()  # Ctrl+I
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    names = [a.objectName() for a in window.file_menu.actions()]
    for name in ("importVCardAction", "importHistoryAction", "exportVCardAction"):
        assert name in names
    window.findChild(QAction, "languageAction_zh_CN").trigger()
    try:
        qtbot.waitUntil(lambda: wizard.windowTitle() == "导入客户")  # LanguageChange
        assert wizard.file_page.title() == "选择文件"
        assert window.findChild(QAction, "importHistoryAction").text() == "导入记录(&H)…"
    finally:
        window.findChild(QAction, "languageAction_en").trigger()
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Import clients")
    window.import_action.trigger()  # the open wizard comes back, not a second one
    assert len(window.findChildren(ImportWizard)) == 1
