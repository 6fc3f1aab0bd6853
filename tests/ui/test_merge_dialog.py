"""The merge dialog and the duplicates list, driven through their real widgets."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from app.models import Interaction, Order
from app.services.customers import create_customer, get_customer, trash_customers
from app.services.duplicates import merge_preview
from app.ui.merge import (
    MERGED,
    ChoiceButton,
    DuplicatesDialog,
    MergeDialog,
    open_merge,
)
from app.ui.operations import bus


def _add_history(database, cid: int, contacts: int, orders: int) -> None:
    with database.session() as s, s.begin():
        for i in range(contacts):
            s.add(
                Interaction(customer_id=cid, occurred_at=datetime(2026, 1, 1 + i), summary="拜访")
            )
        for _ in range(orders):
            s.add(Order(customer_id=cid, ordered_on=datetime(2026, 2, 1).date(), product="茶叶"))


@pytest.fixture
def pair(database):
    keep = create_customer(
        database,
        {
            "name": "王芳",
            "company": "华为技术有限公司",
            "position": "采购经理",
            "phones": ["13812345678"],
        },
    )
    other = create_customer(
        database,
        {
            "name": "王芳",
            "company": "华为技术",
            "position": "采购总监",
            "food_taste": "川菜",
            "phones": ["+86 138 1234 5678"],
            "tags": ["VIP"],
        },
    )
    _add_history(database, keep, contacts=1, orders=0)
    _add_history(database, other, contacts=2, orders=3)
    return keep, other


def _dialog(qtbot, database, keep: int, other: int) -> MergeDialog:
    dialog = MergeDialog(database, merge_preview(database, keep, other))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _radio(dialog, name: str) -> ChoiceButton:
    button = dialog.findChild(ChoiceButton, name)
    assert button is not None, name
    return button


def test_choosing_the_others_value_for_one_field_merges_with_it(qtbot, database, english, pair):
    keep, other = pair
    dialog = _dialog(qtbot, database, keep, other)
    assert _radio(dialog, "keep_position").isChecked()  # both filled: keep's by default
    assert _radio(dialog, "other_food_taste").isChecked()  # keep's is empty: the other's
    assert _radio(dialog, "keep_food_taste").text() == "(empty)"
    assert "Contacts 2 · " in dialog.summary.text() and " · Orders 3" in dialog.summary.text()
    assert "Tags 1" in dialog.summary.text()

    qtbot.mouseClick(_radio(dialog, "other_position"), Qt.MouseButton.LeftButton)
    assert dialog.choices()["position"] == "other"
    with qtbot.waitSignal(bus.changed) as announced:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == MergeDialog.DialogCode.Accepted
    assert announced.args[0].kinds == MERGED
    assert announced.args[0].client_ids == {keep, other}
    kept = get_customer(database, keep)
    assert (kept.position, kept.company, kept.food_taste) == (
        "采购总监",
        "华为技术有限公司",
        "川菜",
    )
    assert [t.name for t in kept.tags] == ["VIP"]
    assert dialog.result_.moved["interactions"] == 2 and dialog.result_.moved["orders"] == 3
    with database.session() as s:
        assert s.query(Interaction).filter_by(customer_id=keep).count() == 3
    assert get_customer(database, other, include_deleted=True).deleted_at is not None


def test_use_all_and_swap_sides(qtbot, database, english, pair):
    keep, other = pair
    dialog = _dialog(qtbot, database, keep, other)
    qtbot.mouseClick(dialog.findChild(QPushButton, "otherUseAll"), Qt.MouseButton.LeftButton)
    assert set(dialog.choices().values()) == {"other"}

    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert (dialog.preview.keep.id, dialog.preview.other.id) == (other, keep)
    assert set(dialog.choices().values()) == {"keep"}  # now the fuller dossier is kept
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert get_customer(database, other).position == "采购总监"
    assert get_customer(database, keep, include_deleted=True).deleted_at is not None


def test_cancel_writes_nothing(qtbot, database, english, pair):
    keep, other = pair
    dialog = _dialog(qtbot, database, keep, other)
    qtbot.mouseClick(_radio(dialog, "other_position"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == MergeDialog.DialogCode.Rejected
    assert get_customer(database, keep).position == "采购经理"
    assert get_customer(database, other).deleted_at is None


def test_long_values_are_elided_with_the_whole_text_in_the_tooltip(qtbot, database, english):
    long_note = "第一行, " + "很长的备注" * 40 + "\n第二行"
    keep = create_customer(database, {"name": "李娜"})
    other = create_customer(database, {"name": "李娜", "notes": long_note})
    dialog = _dialog(qtbot, database, keep, other)
    note = _radio(dialog, "other_notes")
    assert note.text().endswith("…") and "第二行" not in note.text()
    assert note.toolTip() == long_note
    assert note.width() < dialog.width() // 2  # the two columns share the width


def test_a_client_gone_meanwhile_is_explained_not_merged(
    qtbot, database, english, pair, monkeypatch
):
    keep, other = pair
    trash_customers(database, [other])
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert open_merge(None, database, keep, other) is None
    assert "no longer exists" in warnings[0]


def test_merge_dialog_speaks_chinese(qtbot, database, chinese, pair):
    keep, other = pair
    dialog = _dialog(qtbot, database, keep, other)
    assert dialog.windowTitle() == "合并客户"
    assert dialog.merge_button.text() == "合并"
    assert _radio(dialog, "keep_food_taste").text() == "（空）"
    assert "联系记录 2 · " in dialog.summary.text() and " · 订单 3" in dialog.summary.text()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "职位" in labels and "口味" in labels


# --- the duplicates list -----------------------------------------------------------------


@pytest.fixture
def duplicates(database, pair):
    a = create_customer(database, {"name": "甲", "emails": ["x@y.cn"]})
    b = create_customer(database, {"name": "乙", "emails": ["X@Y.cn"]})
    c = create_customer(database, {"name": "丙", "emails": ["X@y.CN"]})
    return pair, (a, b, c)


def _dialog_list(qtbot, database) -> DuplicatesDialog:
    dialog = DuplicatesDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.loader.wait()  # the search runs off the GUI thread
    return dialog


def _select(dialog: DuplicatesDialog, *items) -> None:
    dialog.tree.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for item in items:
        index = dialog.tree.indexFromItem(item)
        dialog.tree.selectionModel().select(index, flags)


def test_the_list_shows_groups_and_enables_merge_for_a_pair(qtbot, database, english, duplicates):
    (keep, other), trio = duplicates
    dialog = _dialog_list(qtbot, database)
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    assert dialog.status.text() == "Groups found: 2"
    pair_group, trio_group = tree.topLevelItem(0), tree.topLevelItem(1)  # more reasons first
    assert "Same phone: 138 1234 5678" in pair_group.text(0)
    assert "Same name and company" in pair_group.text(0)
    assert trio_group.childCount() == 3

    _select(dialog, pair_group)
    assert dialog.selected_pair() == (keep, other) and dialog.merge_button.isEnabled()
    _select(dialog, trio_group)
    assert dialog.selected_pair() is None and not dialog.merge_button.isEnabled()
    _select(dialog, trio_group.child(2), trio_group.child(0))
    assert dialog.selected_pair() == (trio[0], trio[2]) and dialog.merge_button.isEnabled()
    _select(dialog, pair_group.child(0), trio_group.child(0))
    assert dialog.selected_pair() is None


def test_merging_from_the_list_removes_the_group(qtbot, database, english, duplicates, monkeypatch):
    (keep, _other), _trio = duplicates

    def choose_and_merge(dialog: MergeDialog) -> int:  # stands in for the modal exec()
        _radio(dialog, "other_position").click()
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", choose_and_merge)
    dialog = _dialog_list(qtbot, database)
    _select(dialog, dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert get_customer(database, keep).position == "采购总监"
    dialog.loader.wait()
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).childCount() == 3


def test_the_list_follows_writes_elsewhere(qtbot, database, english, duplicates):
    _pair, trio = duplicates
    dialog = _dialog_list(qtbot, database)
    from app.ui.operations import Changed, perform

    perform(None, lambda: trash_customers(database, trio[:2]), Changed.MEMBERSHIP, trio[:2])
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=2000)


# --- undoing a merge from the notice -------------------------------------------------------


def _merge_choosing_the_others_position(monkeypatch) -> None:
    def choose_and_merge(dialog: MergeDialog) -> int:  # stands in for the modal exec()
        _radio(dialog, "other_position").click()
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", choose_and_merge)


def test_undo_in_the_duplicates_list_brings_both_clients_back(
    qtbot, database, english, duplicates, monkeypatch
):
    (keep, other), _trio = duplicates
    _merge_choosing_the_others_position(monkeypatch)
    dialog = _dialog_list(qtbot, database)
    _select(dialog, dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.isVisible() and dialog.notice.action_button.isVisible()
    assert dialog.notice.label.text() == (
        f"Merged 王芳 #{other} into 王芳 #{keep}; 王芳 #{other} is in Trash."
    )
    dialog.loader.wait()
    assert dialog.tree.topLevelItemCount() == 1

    with qtbot.waitSignal(bus.changed) as announced:
        qtbot.mouseClick(dialog.notice.action_button, Qt.MouseButton.LeftButton)

    assert announced.args[0].kinds == MERGED
    assert announced.args[0].client_ids == {keep, other}
    assert get_customer(database, keep).position == "采购经理"
    assert get_customer(database, other).position == "采购总监"  # live again
    with database.session() as s:
        assert s.query(Interaction).filter_by(customer_id=other).count() == 2
    assert dialog.notice.label.text().startswith("Merge undone:")
    assert not dialog.notice.action_button.isVisible()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2, timeout=3000)  # the pair again


@pytest.mark.demo_clients(30)
def test_undo_on_the_clients_page_and_its_refusal(qtbot, window, database, monkeypatch):
    from app.services.customers import update_customer
    from app.ui.client_list.page import ClientsPage

    keep, other = (
        create_customer(database, {"name": "李娜", "position": position, "phones": [phone]})
        for position, phone in (("经理", "13811112222"), ("总监", "13811113333"))
    )
    _merge_choosing_the_others_position(monkeypatch)
    window.show_page("clients")
    page = window.page("clients")
    assert isinstance(page, ClientsPage)
    page.merge([keep, other])
    assert page.notice.isVisible() and page.notice.action_button.isVisible()
    assert "Merged 李娜" in page.notice.label.text()
    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    assert get_customer(database, keep).position == "经理"
    assert get_customer(database, other).deleted_at is None

    page.merge([keep, other])  # again; this time the kept client is edited meanwhile
    update_customer(database, keep, {"notes": "合并后又改过"})
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    assert warnings == [
        f"李娜 #{keep} was changed after the merge (edited, restored from Trash or given new "
        "history); undoing the merge would lose that."
    ]
    assert get_customer(database, other, include_deleted=True).deleted_at is not None


def test_a_refused_undo_is_explained_in_chinese(qtbot, database, chinese, pair, monkeypatch):
    from app.services.duplicates import merge_customers
    from app.ui.merge import offer_undo, undo_now
    from app.ui.notice_bar import NoticeBar

    keep, other = pair
    result = merge_customers(database, keep, other)
    notice = NoticeBar()
    qtbot.addWidget(notice)
    offer_undo(notice, None, database, result)
    assert (
        notice.label.text()
        == f"已将 王芳 #{other} 合并到 王芳 #{keep}，王芳 #{other} 已移入回收站。"
    )
    assert undo_now(notice, None, database, result)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert not undo_now(notice, None, database, result)
    assert warnings == ["这次合并已经撤销过了。"]
