"""The Clients and Trash pages driven through their real widgets on a demo database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton
from sqlalchemy import select

from app.models import Customer
from app.models.enums import Tier
from app.services import client_list
from app.services.client_list import ListFilter, list_ids
from app.services.customers import count_customers, trash_customers, update_customer
from app.services.views import delete_view, list_views
from app.ui import workspace as workspace_module
from app.ui.client_list import bulk_actions, first_run
from app.ui.client_list import page as page_module
from app.ui.client_list import trash_page as trash_module
from app.ui.client_list.filter_bar import BIRTHDAY_DAYS
from app.ui.client_list.first_run import FirstRunChoice
from app.ui.client_list.page import ClientsPage
from app.ui.client_list.trash_page import TrashPage
from app.ui.main_window import MainWindow
from app.ui.operations import Changed, announce, perform

from .conftest import TODAY

pytestmark = pytest.mark.demo_clients(300)
WAIT = 10_000
DEMO = FirstRunChoice.DEMO


def clients_page(window: MainWindow, qtbot) -> ClientsPage:
    window.show_page("clients")
    page = window.page("clients")
    assert isinstance(page, ClientsPage)
    qtbot.waitUntil(lambda: page.model.loaded and not page.model.loading, timeout=WAIT)
    return page


def settled(page, qtbot) -> None:
    qtbot.waitUntil(lambda: not page.model.loading, timeout=WAIT)


def select_rows(page, rows: list[int]) -> list[int]:
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)
    return [page.model.id_at(r) for r in rows]


def live(database, ids: list[int]) -> list[Customer]:
    with database.session() as s:
        return list(s.scalars(select(Customer).where(Customer.id.in_(ids)).order_by(Customer.id)))


def test_typing_pinyin_initials_filters_as_you_type(window, qtbot, database):
    page = clients_page(window, qtbot)
    assert page.model.rowCount() == 300
    target = live(database, [page.model.id_at(150)])[0]
    initials = "".join(syllable[0] for syllable in target.name_sort.split())  # 张伟 → zw
    qtbot.keyClicks(page.search, initials)
    qtbot.waitUntil(lambda: page.model.list_filter.text == initials, timeout=WAIT)
    settled(page, qtbot)
    assert page.model.ids == list_ids(database, ListFilter(text=initials), today=TODAY)
    assert target.id in page.model.ids and page.model.rowCount() < 300
    assert (
        window.findChild(object, "clientCountLabel")
        .text()
        .startswith(f"{page.model.rowCount()} client")
    )
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # clears the search
    qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=WAIT)


def test_chips_combine_with_each_other(window, qtbot, database):
    page = clients_page(window, qtbot)
    page.filter_bar.tier.menu().aboutToShow.emit()  # fills the menu as opening it does
    strategic = next(a for a in page.filter_bar.tier.menu().actions() if a.text() == "Strategic")
    strategic.trigger()
    settled(page, qtbot)
    flt = ListFilter(tiers=frozenset({Tier.STRATEGIC}))
    assert page.model.ids == list_ids(database, flt, today=TODAY) and page.model.ids
    assert page.filter_bar.tier.text().startswith("Tier: Strategic")
    qtbot.mouseClick(page.filter_bar.overdue, Qt.MouseButton.LeftButton)
    settled(page, qtbot)
    flt = ListFilter(tiers=frozenset({Tier.STRATEGIC}), overdue=True)
    assert page.model.ids == list_ids(database, flt, today=TODAY)
    qtbot.mouseClick(page.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    settled(page, qtbot)
    assert page.model.rowCount() == 300


def test_birthday_chip(window, qtbot, database):
    page = clients_page(window, qtbot)
    qtbot.mouseClick(page.filter_bar.birthday, Qt.MouseButton.LeftButton)
    settled(page, qtbot)
    flt = ListFilter(birthday_days=BIRTHDAY_DAYS)
    assert page.model.ids == list_ids(database, flt, today=TODAY)
    assert 0 < page.model.rowCount() < 300


def test_bulk_set_tier_updates_database_and_rows(window, qtbot, database):
    page = clients_page(window, qtbot)
    ids = select_rows(page, [0, 1, 2])
    assert window.findChild(object, "clientCountLabel").text() == "300 clients / 3 selected"
    action = next(a for a in page.bulk.tier_menu.actions() if a.data() == "strategic")
    action.trigger()
    settled(page, qtbot)
    assert {c.tier for c in live(database, ids)} == {Tier.STRATEGIC}
    tier = page.model.column_of("tier")
    assert all(page.model.data(page.model.index(page.model.row_of(i), tier)) == "Strategic"
               for i in ids)  # fmt: skip
    assert sorted(page.selected_ids()) == sorted(ids)  # the selection survived the refresh


def test_add_and_remove_a_tag_in_bulk(window, qtbot, database, monkeypatch):
    page = clients_page(window, qtbot)
    ids = select_rows(page, [5, 6])
    monkeypatch.setattr(bulk_actions, "ask_tag", lambda *args: "重点跟进")
    page.bulk.add_tag_action.trigger()
    settled(page, qtbot)
    assert all("重点跟进" in page.model.client_row(page.model.row_of(i)).tags for i in ids)
    page.bulk.remove_tag_action.trigger()
    settled(page, qtbot)
    assert all("重点跟进" not in page.model.client_row(page.model.row_of(i)).tags for i in ids)


def test_delete_key_moves_to_trash_and_undo_restores(window, qtbot, database):
    page = clients_page(window, qtbot)
    ids = select_rows(page, [3, 4])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settled(page, qtbot)
    assert all(c.deleted_at is not None for c in live(database, ids))
    assert page.model.rowCount() == 298 and not set(ids) & set(page.model.ids)
    assert window.navigation.currentItem().text() == "Clients"
    assert any(window.navigation.item(r).text() == "Trash (2)"
               for r in range(window.navigation.count()))  # fmt: skip
    assert page.notice.isVisible() and "2 clients" in page.notice.label.text()
    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    settled(page, qtbot)
    assert all(c.deleted_at is None for c in live(database, ids))
    assert page.model.rowCount() == 300


def trash_page(window: MainWindow, qtbot) -> TrashPage:
    window.show_page("trash")
    page = window.page("trash")
    assert isinstance(page, TrashPage)
    qtbot.waitUntil(lambda: page.model.loaded and not page.model.loading, timeout=WAIT)
    return page


def test_restore_from_trash_brings_the_history_back(window, qtbot, database):
    victims = list_ids(database, ListFilter(), "intent", True, today=TODAY)[:3]
    with database.session() as s:
        history = {c.id: len(c.interactions) for c in s.scalars(
            select(Customer).where(Customer.id.in_(victims)))}  # fmt: skip
    trash_customers(database, victims)
    page = trash_page(window, qtbot)
    assert sorted(page.model.ids) == sorted(victims)
    select_rows(page, [0, 1, 2])
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    settled(page, qtbot)
    assert page.model.rowCount() == 0
    with database.session() as s:
        for cid, count in history.items():
            customer = s.get(Customer, cid)
            assert customer.deleted_at is None and len(customer.interactions) == count
    clients = clients_page(window, qtbot)
    assert set(victims) <= set(clients.model.ids)


def test_purge_asks_and_only_then_deletes_for_good(window, qtbot, database, monkeypatch):
    victims = list_ids(database, ListFilter(), today=TODAY)[:2]
    trash_customers(database, victims)
    page = trash_page(window, qtbot)
    asked = []
    monkeypatch.setattr(trash_module, "confirm_purge", lambda *a, **k: asked.append(a) or False)
    select_rows(page, [0])
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and len(live(database, victims)) == 2  # refused: nothing removed
    monkeypatch.setattr(trash_module, "confirm_purge", lambda *a, **k: True)
    gone = select_rows(page, [0])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settled(page, qtbot)
    assert [c.id for c in live(database, victims)] == [v for v in victims if v not in gone]
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    settled(page, qtbot)
    assert live(database, victims) == [] and page.model.rowCount() == 0


def test_save_as_view_adds_a_page_under_clients(window, qtbot, database, monkeypatch):
    page = clients_page(window, qtbot)
    qtbot.mouseClick(page.filter_bar.overdue, Qt.MouseButton.LeftButton)
    settled(page, qtbot)
    monkeypatch.setattr(page_module, "ask_view_name", lambda *a: "逾期客户")
    qtbot.mouseClick(page.save_view_button, Qt.MouseButton.LeftButton)
    [view] = list_views(database)
    assert view.name == "逾期客户" and view.filter == ListFilter(overdue=True)
    keys = [window.navigation.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(window.navigation.count())]  # fmt: skip
    assert keys[keys.index("clients") + 1] == f"view:{view.id}"
    window.show_page(f"view:{view.id}")
    view_page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: view_page.model.loaded and not view_page.model.loading, timeout=WAIT)
    assert view_page.model.ids == list_ids(database, ListFilter(overdue=True), today=TODAY)
    assert view_page.filter_bar.overdue.isChecked()
    perform(window, lambda: delete_view(database, view.id), Changed.VIEWS)  # its menu's action
    assert window.page(f"view:{view.id}") is None and window.current_page_key() != ""


def test_enter_and_double_click_open_the_dossier(window, qtbot, monkeypatch):
    page = clients_page(window, qtbot)
    opened = []

    def entry(name: str):
        return lambda *args: opened.append((name, args[-1]))  # (parent, db[, client id])

    monkeypatch.setattr(page_module, "dossier_entry", entry)
    [cid] = select_rows(page, [7])
    page.table.setCurrentIndex(page.model.index(7, 0))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [("open_dossier", cid)]
    cell = page.table.visualRect(page.model.index(2, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # Qt 6's
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # needs both
    assert opened[-1] == ("open_dossier", page.model.id_at(2))
    window.findChild(QAction, "newClientAction").setEnabled(True)
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened[-1][0] == "open_new_client"


def test_columns_sort_and_widths_are_remembered(window, qtbot, database, qapp):
    page = clients_page(window, qtbot)
    menu = page.table.column_menu()
    city = next(a for a in menu.actions() if a.data() == "city")
    city.trigger()  # show the City column
    header = page.table.horizontalHeader()
    company = page.model.column_of("company")
    header.resizeSection(company, 321)
    inside = QPoint(header.sectionViewportPosition(company) + 10, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    settled(page, qtbot)
    assert page.model.sort_key == "company"
    assert page.model.ids == list_ids(database, ListFilter(), "company", today=TODAY)
    again = ClientsPage(database, today=lambda: TODAY)
    qtbot.addWidget(again)
    assert "city" in again.table.visible_columns()
    assert again.model.sort_key == "company"
    assert again.table.horizontalHeader().sectionSize(company) == 321


@pytest.mark.demo_clients(0)
def test_first_launch_offers_demo_clients_once(window, qtbot, database, monkeypatch):
    asked = []
    monkeypatch.setattr(first_run, "ask_first_run", lambda parent: asked.append(1) or DEMO)
    choice = first_run.offer_demo_data(window, database, lambda: None, lambda: TODAY)
    assert choice == DEMO and count_customers(database) == first_run.DEMO_CLIENTS
    page = clients_page(window, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == first_run.DEMO_CLIENTS, timeout=WAIT)
    assert first_run.offer_demo_data(window, database, lambda: None) is None and asked == [1]


@pytest.mark.demo_clients(0)
def test_cancelling_the_demo_leaves_the_database_empty(window, qtbot, database, monkeypatch):
    from app.services import demo

    # Report progress every 10 clients, so the click lands long before 3,000 are
    # made even on a loaded machine (with one report per 2,000 it raced the end).
    monkeypatch.setattr(demo, "BATCH", 10)

    def cancel_soon() -> None:
        dialog = window.findChild(QProgressDialog, "demoProgress")
        if dialog is None:
            QTimer.singleShot(5, cancel_soon)
        else:
            qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, cancel_soon)
    assert not first_run.load_demo(window, database, 3000, TODAY)
    assert count_customers(database) == 0


@pytest.mark.demo_clients(0)
def test_first_launch_can_ask_for_an_import_instead(window, database, monkeypatch):
    imports = []
    monkeypatch.setattr(first_run, "ask_first_run", lambda parent: FirstRunChoice.IMPORT)
    first_run.offer_demo_data(window, database, lambda: imports.append(1))
    assert imports == [1] and count_customers(database) == 0


def test_a_change_announced_elsewhere_updates_the_row(window, qtbot, database):
    page = clients_page(window, qtbot)
    cid = page.model.id_at(4)
    company = page.model.column_of("company")
    assert page.model.data(page.model.index(4, company)) != "新名字有限公司"
    update_customer(database, cid, {"company": "新名字有限公司"})
    announce(Changed.CLIENTS, [cid])  # what the dossier editor's save does
    settled(page, qtbot)
    assert page.model.data(page.model.index(page.model.row_of(cid), company)) == "新名字有限公司"


def test_f5_rereads_and_ctrl_f_focuses_the_search(window, qtbot, database):
    page = clients_page(window, qtbot)
    trash_customers(database, [page.model.id_at(0)])  # behind the page's back
    window.refresh_action.trigger()
    settled(page, qtbot)
    assert page.model.rowCount() == 299
    window.show_page("today")
    window.findChild(QAction, "findClientAction").trigger()
    assert window.current_page_key() == "clients" and page.search.hasFocus()


def test_switching_language_retranslates_headers_chips_and_counts(window, qtbot, qapp):
    page = clients_page(window, qtbot)
    window.findChild(QAction, "languageAction_zh_CN").trigger()
    try:
        qtbot.waitUntil(lambda: page.filter_bar.overdue.text() == "跟进逾期")  # LanguageChange
        name = page.model.headerData(page.model.column_of("name"), Qt.Orientation.Horizontal)
        tier = page.model.data(page.model.index(0, page.model.column_of("tier")))
        assert name == "姓名" and tier in {"战略级", "死党级", "紧密型", "松散型"}
        assert window.findChild(QLabel, "clientCountLabel").text() == "共 300 位客户"
    finally:
        window.findChild(QAction, "languageAction_en").trigger()
    qtbot.waitUntil(lambda: page.filter_bar.overdue.text() == "Follow-up overdue")


def test_merge_two_selected_and_find_duplicates_open_the_merge_dialogs(window, qtbot, monkeypatch):
    page = clients_page(window, qtbot)
    opened = []

    def entry(name: str):
        return lambda *args: opened.append((name, args[2:]))  # (parent, db, …)

    monkeypatch.setattr(page_module, "merge_entry", entry)
    monkeypatch.setattr(workspace_module, "merge_entry", entry)
    ids = select_rows(page, [1, 2])
    page.merge(page.selected_ids())
    window.findChild(QAction, "duplicatesAction").trigger()
    assert opened == [("open_merge", tuple(ids)), ("open_duplicates", ())]


def test_selection_beyond_a_preview_survives_a_sort(window, qtbot, monkeypatch):
    monkeypatch.setattr(client_list, "PREVIEW_ROWS", 50)  # the first 50 rows come first
    page = clients_page(window, qtbot)
    [far] = select_rows(page, [200])
    page.table.selectionModel().setCurrentIndex(
        page.model.index(200, 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    previews = []
    page.model.ids_previewed.connect(lambda: previews.append(page.model.rowCount()))
    page.table.horizontalHeader().setSortIndicator(
        page.model.column_of("city"), Qt.SortOrder.DescendingOrder
    )
    settled(page, qtbot)
    assert previews == [50] and page.model.rowCount() == 300
    assert page.selected_ids() == [far]
    assert page.table.currentIndex().row() == page.model.row_of(far)
