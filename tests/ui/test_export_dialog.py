"""The export dialog and the File menu's other exports, on the real main window."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from app.models import Customer
from app.models.db import open_database
from app.models.enums import Tier
from app.services.client_list import ListFilter, list_ids
from app.services.customers import count_customers
from app.services.demo import generate_demo
from app.services.exporting import export_all
from app.ui import export_dialog as export_module
from app.ui.client_list.page import ClientsPage
from app.ui.export_dialog import ExportDialog
from app.ui.main_window import MainWindow
from app.ui.workspace import install_workspace

from .conftest import TODAY

pytestmark = pytest.mark.demo_clients(60)
WAIT = 10_000


@pytest.fixture
def page(window: MainWindow, qtbot) -> ClientsPage:
    window.show_page("clients")
    clients = window.page("clients")
    assert isinstance(clients, ClientsPage)
    qtbot.waitUntil(lambda: clients.model.loaded and not clients.model.loading, timeout=WAIT)
    return clients


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """Answer every save dialog with ``tmp_path / name``; returns the list of paths given."""
    given = []

    def answer(name: str):
        path = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
        given.append(path)
        return path

    return answer


def _open(window: MainWindow, qtbot) -> ExportDialog:
    window.export_action.trigger()  # Ctrl+E
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()  # owned by the window: closed with it
    return dialog


def _export(dialog: ExportDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.busy, timeout=WAIT)


def _names(database, ids: list[int]) -> dict[int, tuple[str, str | None]]:
    with database.session() as session:
        rows = session.execute(
            select(Customer.id, Customer.display_name, Customer.company).where(Customer.id.in_(ids))
        )
        return {cid: (name, company) for cid, name, company in rows}


def test_the_list_as_shown_goes_out_with_its_filter_and_order(
    window, page, qtbot, database, save_to
):
    flt = ListFilter(tiers=frozenset({Tier.CLOSE, Tier.LOOSE}))
    page.filter_bar.set_filter(flt)
    page.apply_filter()
    page.model.set_query(sort="company", descending=True)
    qtbot.waitUntil(lambda: page.model.complete and not page.model.loading, timeout=WAIT)
    expected = list_ids(database, flt, "company", True, today=TODAY)
    assert 0 < len(expected) < 60 and page.model.ids == expected

    dialog = _open(window, qtbot)
    assert dialog.scope_buttons["list"].isChecked()
    assert f"({len(expected)})" in dialog.scope_buttons["list"].text()
    for key, item in dialog.tree.items.items():  # untick everything but three columns
        on = key in ("name", "company", "phone")
        item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    path = save_to("list.xlsx")
    _export(dialog, qtbot)

    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0] == ("Full name", "Phone", "Company")  # dossier order, English titles
    names = _names(database, expected)
    assert [(r[0], r[2]) for r in rows[1:]] == [names[cid] for cid in expected]
    assert all(r[1] is None or isinstance(r[1], str) for r in rows[1:])  # phones as text
    assert f"Exported {len(expected)} clients" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)  # closed and deleted

    again = _open(window, qtbot)  # the columns are remembered
    assert again.tree.columns() == ["name", "phone", "company"]


def test_the_selection_or_everyone(window, page, qtbot, database, save_to):
    page.table.selectRow(3)
    chosen = page.selected_ids()
    dialog = _open(window, qtbot)
    dialog.scope_buttons["selection"].setChecked(True)
    assert dialog.ids() == chosen
    dialog.scope_buttons["all"].setChecked(True)
    assert dialog.ids() is None
    path = save_to("everyone.xlsx")
    _export(dialog, qtbot)
    sheet = load_workbook(path).active
    assert sheet.max_row == 61 and sheet.freeze_panes == "A2"


def test_stop_leaves_no_file(window, page, qtbot, monkeypatch, save_to):
    started = threading.Event()

    def slow_export(db, path, *, ids, columns, language, progress):
        started.set()
        while True:  # a long export: reports progress until told to stop
            progress(1000, 100_000)
            threading.Event().wait(0.01)

    monkeypatch.setattr(export_module, "export_clients", slow_export)
    dialog = _open(window, qtbot)
    path = save_to("stopped.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 100_000, timeout=WAIT)
    assert dialog.stop_button.isVisible() and not dialog.tree.isEnabled()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.busy, timeout=WAIT)
    assert dialog.isVisible() and dialog.export_button.isVisible() and dialog.tree.isEnabled()
    assert not path.exists()


def test_vcards_of_the_selection(window, page, qtbot, database, save_to):
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = page.selected_ids()
    window.findChild(QAction, "exportVCardAction").trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog.vcard_version() == "3.0" and not dialog.tree.isEnabled()
    dialog.scope_buttons["selection"].setChecked(True)
    path = save_to("two.vcf")
    _export(dialog, qtbot)
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2
    for name, _company in _names(database, chosen).values():
        assert f"FN:{name}" in text


def test_whole_notebook_and_template_from_the_file_menu(window, qtbot, save_to):
    notebook = save_to("all.xlsx")
    window.findChild(QAction, "exportNotebookAction").trigger()
    qtbot.waitUntil(notebook.exists, timeout=WAIT)
    qtbot.waitUntil(lambda: "whole notebook" in window.statusBar().currentMessage(), timeout=WAIT)
    book = load_workbook(notebook)
    assert "customer" in book.sheetnames
    assert book["customer"].max_row == 61

    template = save_to("template.xlsx")
    window.findChild(QAction, "importTemplateAction").trigger()
    qtbot.waitUntil(lambda: "import template" in window.statusBar().currentMessage(), timeout=WAIT)
    header = next(load_workbook(template).active.iter_rows(max_row=1, values_only=True))
    assert header[:2] == ("Full name", "English name") and "Mobile phone" not in header


def test_a_list_not_read_yet_still_lists_every_client_in_order(database, qtbot):
    page = ClientsPage(database, today=lambda: TODAY)  # never shown: no id query ran
    qtbot.addWidget(page)
    assert not page.model.loaded
    model = page.model
    expected = list_ids(database, model.list_filter, model.sort_key, model.descending, today=TODAY)
    assert len(expected) == 60 and page.listed_ids() == expected


def test_a_whole_notebook_comes_back_into_an_empty_one(qtbot, english, tmp_path, monkeypatch):
    other = open_database(tmp_path / "other.sqlite3")
    try:
        generate_demo(other, 12, seed=3, today=TODAY)
        export_all(other, tmp_path / "handover.xlsx", now=datetime(2026, 11, 22, 9, 0))
    finally:
        other.dispose()
    empty = open_database(tmp_path / "new.sqlite3")  # a new notebook for the successor
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    path = str(tmp_path / "handover.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    try:
        window = MainWindow(empty)
        install_workspace(window, today=lambda: TODAY)
        qtbot.addWidget(window)
        window.findChild(QAction, "restoreNotebookAction").trigger()
        qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage() or bool(warnings))
        assert warnings == [] and count_customers(empty) == 12
        window.findChild(QAction, "restoreNotebookAction").trigger()  # not into a full one
        qtbot.waitUntil(lambda: bool(warnings), timeout=WAIT)
        assert "empty database" in warnings[0] and count_customers(empty) == 12
    finally:
        empty.dispose()
