"""The dossier editor, driven through its real widgets on a real SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.models import Customer, FollowUp, Interaction, Order
from app.models.db import Database, open_database
from app.models.enums import CalendarKind, Channel, FollowUpStatus, OrderStatus, Stage, Tier
from app.services import attachments
from app.services.customers import (
    count_customers,
    create_customer,
    get_customer,
    update_customer,
)
from app.services.demo import generate_demo
from app.services.fields import FIELDS
from app.services.labels import label
from app.ui import i18n, settings
from app.ui.dossier import open_dossier, open_new_client, open_windows
from app.ui.dossier.birthday import BirthdayEditor
from app.ui.dossier.editors import (
    BoolEditor,
    DecimalEditor,
    EnumEditor,
    LongTextEditor,
    TextEditor,
)
from app.ui.dossier.pickers import DateEditor, MonthDayEditor, StarRatingEditor
from app.ui.dossier.rows import RowsEditor
from app.ui.dossier.window import DossierWindow
from app.ui.operations import Changed, announce, bus

TODAY = date(2024, 5, 20)
Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    settings.use_settings_file(tmp_path / "settings.ini")
    yield
    settings.use_settings_file(None)


@pytest.fixture
def language(qapp, request) -> Iterator[str]:
    """English unless a test is parametrised indirectly with another language."""
    code = getattr(request, "param", "en")
    settings.LANGUAGE.set(code)
    i18n.install_translator(qapp, code)
    yield code
    i18n.install_translator(qapp, "en")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "dossier.sqlite3")
    generate_demo(database, 5, seed=11, today=TODAY)
    yield database
    database.dispose()


@pytest.fixture
def no_message_boxes(monkeypatch) -> list[str]:
    """Any warning box fails the test's expectations: errors belong next to the fields."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def announced() -> Iterator[list]:
    changes: list = []
    bus.changed.connect(changes.append)
    yield changes
    bus.changed.disconnect(changes.append)


@pytest.fixture(autouse=True)
def close_leftovers(monkeypatch) -> Iterator[None]:
    """Close what a test left open, discarding edits, so no question ever blocks.

    The windows delete themselves when closed; the ones already gone are skipped.
    """
    yield
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    for window in open_windows() + _opened:
        if shiboken6.isValid(window):
            window.close()
    _opened.clear()


_opened: list[DossierWindow] = []


def _open(qtbot, db: Database, customer_id: int | None) -> DossierWindow:
    window = DossierWindow(db, customer_id, today=TODAY)
    _opened.append(window)
    with qtbot.waitActive(window):  # shortcuts act only in the active window
        window.show()
        window.activateWindow()
    return window


def _type(qtbot, editor, text: str) -> None:
    """Replace a line edit's text the way a user does: select all, then type.

    Chinese arrives from the input method as a committed string (QTest can only
    type ASCII keys), which is what this sends for non-ASCII text.
    """
    line = editor.line
    line.setFocus()
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:
        commit = QInputMethodEvent()
        commit.setCommitString(text)
        QApplication.sendEvent(line, commit)


def _ctrl(qtbot, window, key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def _pick(combo_editor, data) -> None:
    _pick_combo(combo_editor.combo, data)


# The form ---------------------------------------------------------------------


def test_every_dossier_field_has_the_right_widget(qtbot, db, language) -> None:
    window = _open(qtbot, db, 1)
    editors = window.form.editors
    kinds = {
        "text": TextEditor,
        "longtext": LongTextEditor,
        "enum": EnumEditor,
        "date": DateEditor,
        "decimal": DecimalEditor,
        "monthday": MonthDayEditor,
        "bool": BoolEditor,
        "int": StarRatingEditor,  # the only int field is the star rating
    }
    for key, spec in FIELDS.items():
        assert isinstance(editors[key], kinds[spec.kind]), key
        assert window.form.labels[key].text() == spec.label("en") + ":"
    for key in ("phones", "emails", "addresses", "family", "anniversaries"):
        assert isinstance(editors[key], RowsEditor)
    assert isinstance(editors["birthday"], BirthdayEditor)
    assert {"tags", "card"} <= set(editors)
    tabs = [window.form.tabText(i) for i in range(window.form.count())]
    assert tabs == [
        "Basic", "Business", "Personal", "Logistics", "History", "Segmentation", "Custom fields",
    ]  # fmt: skip
    # Tier and status always have a value; the other enumerations may be left empty.
    assert editors["tier"].combo.findData(None) == -1
    assert editors["gender"].combo.findData(None) == 0


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_labels_and_choices_speak_chinese(qtbot, db, language) -> None:
    window = _open(qtbot, db, 1)
    assert window.form.labels["company"].text() == "公司："
    assert window.form.labels["birthday"].text() == "生日："
    tier = window.form.editors["tier"].combo
    assert [tier.itemText(i) for i in range(tier.count())] == [
        "战略级",
        "死党级",
        "紧密型",
        "松散型",
    ]
    assert window.form.tabText(0) == "基本细节"
    assert window.header.weapon_titles["superstitions"].text() == "迷信"


def test_edits_across_tabs_are_saved_and_read_back(
    qtbot, db, language, announced, no_message_boxes
) -> None:
    window = _open(qtbot, db, 2)
    editors = window.form.editors
    _type(qtbot, editors["company"], "华夏投资有限公司")
    editors["interests"].text.setPlainText("书法\n钓鱼")
    editors["delivery_preference"].text.setPlainText("优先配送 上午送达")
    _pick(editors["tier"], "strategic")
    _pick_combo(editors["fiscal_year_start"].month, 4)
    _type(qtbot, editors["client_since"], "2019-03-08")
    _type(qtbot, editors["annual_sales"], "1,200,000.50")
    editors["club_member"].box.setChecked(True)
    qtbot.mouseClick(editors["star_rating"].buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editors["phones"].add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, editors["phones"].rows[-1].cells["number"], "010-6552 8888")
    _type(qtbot, editors["tags"], "VIP、高尔夫")
    assert window.isWindowModified()
    assert "华夏投资有限公司" in window.header.company.text()  # the header follows live

    _ctrl(qtbot, window, Qt.Key.Key_S)

    assert not window.isWindowModified()
    assert not no_message_boxes
    c = get_customer(db, 2)
    assert c.company == "华夏投资有限公司"
    assert c.interests == "书法\n钓鱼"
    assert c.delivery_preference == "优先配送 上午送达"
    assert c.tier is Tier.STRATEGIC
    assert c.fiscal_year_start == "04-01"
    assert c.client_since == date(2019, 3, 8)
    assert c.annual_sales == Decimal("1200000.50")
    assert (c.club_member, c.star_rating) == (True, 4)
    assert c.phones[-1].original == "010-6552 8888"
    assert sorted(t.name for t in c.tags) == ["VIP", "高尔夫"]
    assert any(ch.kinds == Changed.CLIENTS and ch.client_ids == {2} for ch in announced)


def test_invalid_email_is_marked_next_to_the_field_and_nothing_is_saved(
    qtbot, db, language, no_message_boxes
) -> None:
    window = _open(qtbot, db, 3)
    before = get_customer(db, 3)
    editors = window.form.editors
    _type(qtbot, editors["company"], "不该保存的公司")
    emails = editors["emails"]
    qtbot.mouseClick(emails.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, emails.rows[-1].cells["address"], "wang at example")

    assert window.save() is False

    cell = window.form.cells["emails"]
    assert cell.error.isVisible()
    assert cell.error.text() == "Not an email address (name@example.com)."
    assert emails.rows[-1].property("invalid") is True
    assert window.form.currentWidget() is window.form.pages["basic"]  # shown where it is
    assert not no_message_boxes  # in place, not in a message box
    assert get_customer(db, 3).company == before.company
    assert window.isWindowModified()  # the typing is kept for the user to fix
    _type(qtbot, emails.rows[-1].cells["address"], "wang@example.com")
    assert window.save() is True
    assert not cell.error.isVisible()
    assert get_customer(db, 3).emails[-1].address == "wang@example.com"


def test_an_impossible_date_is_marked_in_place(qtbot, db, language) -> None:
    window = _open(qtbot, db, 3)
    _type(qtbot, window.form.editors["client_since"], "2023-02-30")
    assert window.save() is False
    assert window.form.cells["client_since"].error.text() == "Not a real date."
    assert window.form.currentWidget() is window.form.pages["business"]


# Undo and closing -------------------------------------------------------------


def test_ctrl_z_undoes_and_ctrl_shift_z_redoes_field_edits(qtbot, db, language) -> None:
    window = _open(qtbot, db, 1)
    editors = window.form.editors
    original = editors["company"].value()
    _type(qtbot, editors["company"], "新公司")
    _type(qtbot, editors["position"], "总经理")
    assert window.undo_stack.count() == 2  # one step per field, not per keystroke

    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert editors["position"].value() != "总经理"
    assert editors["company"].value() == "新公司"
    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert editors["company"].value() == original
    assert not window.isWindowModified()
    _ctrl(qtbot, window, Qt.Key.Key_Z, shift=True)
    assert editors["company"].value() == "新公司"
    assert window.isWindowModified()


def test_undo_reaches_other_tabs_and_row_editors(qtbot, db, language) -> None:
    window = _open(qtbot, db, 1)
    phones = window.form.editors["phones"]
    count = len(phones.value())
    qtbot.mouseClick(phones.rows[0].remove, Qt.MouseButton.LeftButton)
    assert len(phones.value()) == count - 1
    window.form.setCurrentWidget(window.form.pages["segment"])
    window.undo_action.trigger()
    assert len(phones.value()) == count
    assert window.form.currentWidget() is window.form.pages["basic"]  # shows what it undid


@pytest.mark.parametrize(
    ("answer", "stays_open", "saved"),
    [(Button.Cancel, True, False), (Button.Discard, False, False), (Button.Save, False, True)],
)
def test_closing_with_unsaved_changes_asks(
    qtbot, db, language, monkeypatch, answer, stays_open, saved
) -> None:
    asked: list[str] = []

    def question(parent, title, text, buttons, default):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    window = _open(qtbot, db, 4)
    _type(qtbot, window.form.editors["company"], "改过的公司")

    _ctrl(qtbot, window, Qt.Key.Key_W)

    assert len(asked) == 1 and window.header.name.text() in asked[0]
    assert window.isVisible() is stays_open
    assert (get_customer(db, 4).company == "改过的公司") is saved


def test_closing_without_changes_does_not_ask(qtbot, db, language, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    window = _open(qtbot, db, 4)
    window.close()
    assert not window.isVisible()


def test_closing_the_main_window_asks_each_open_dossier(qtbot, db, language, monkeypatch) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    dossier = open_dossier(main, db, 5)
    assert open_dossier(main, db, 5) is dossier  # one window per client
    _type(qtbot, dossier.form.editors["nickname"], "老王")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Cancel)
    assert main.close() is False
    assert main.isVisible() and dossier.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Discard)
    assert main.close() is True
    assert dossier not in open_windows()


# Creating ---------------------------------------------------------------------


def test_a_new_client_is_created_on_save(qtbot, db, language, announced) -> None:
    window = open_new_client(None, db)
    assert window.save() is False  # no name yet
    assert window.form.cells["surname"].error.text() == "A client needs a name."
    _type(qtbot, window.form.editors["surname"], "欧阳")
    _type(qtbot, window.form.editors["given_name"], "娜娜")

    assert window.save() is True

    assert window.customer_id is not None and count_customers(db) == 6
    c = get_customer(db, window.customer_id)
    assert (c.display_name, c.tier) == ("欧阳娜娜", Tier.LOOSE)
    assert any(ch.kinds == Changed.MEMBERSHIP for ch in announced)
    assert "欧阳娜娜" in window.windowTitle()


# Birthday, card, history -------------------------------------------------------


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_lunar_birthday_with_leap_month_round_trips(qtbot, db, language) -> None:
    window = _open(qtbot, db, 1)
    birthday = window.form.editors["birthday"]
    _pick_combo(birthday.calendar, "lunar")
    birthday.year.setValue(2020)  # 2020 has a leap fourth month (闰四月)
    _pick_index(birthday.month, 3)
    _pick_index(birthday.day, 14)
    birthday.leap.setChecked(True)

    preview = birthday.preview.text()
    assert "农历闰四月十五" in preview
    assert "鼠" in preview  # 生肖 of lunar 2020
    assert "双子座" in preview  # 闰四月十五 2020 is 6 June 2020

    assert window.save() is True
    c = get_customer(db, 1)
    assert c.birthday_calendar is CalendarKind.LUNAR
    assert (c.birth_year, c.birth_month, c.birth_day, c.birth_leap_month) == (2020, 4, 15, True)
    reopened = _open(qtbot, db, 1)
    again = reopened.form.editors["birthday"]
    assert again.leap.isChecked() and again.leap.isVisibleTo(again)
    assert "农历闰四月十五" in again.preview.text()
    assert "鼠" in reopened.header.weapon_texts["superstitions"].full_text


def _pick_combo(combo, data) -> None:
    _pick_index(combo, combo.findData(data))


def _pick_index(combo, index: int) -> None:
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _png(path: Path, colour: str) -> bytes:
    image = QImage(90, 54, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path))
    return path.read_bytes()


def test_business_card_is_stored_in_the_database_and_replaced(
    qtbot, db, language, tmp_path
) -> None:
    window = _open(qtbot, db, 2)
    card = window.form.editors["card"]
    first = _png(tmp_path / "名片.png", "#336699")
    assert card.load_file(tmp_path / "名片.png")
    assert not card.image.pixmap().isNull()
    assert window.save() is True
    stored = attachments.latest_attachment(db, 2, "card")
    assert stored is not None and stored.filename == "名片.png"
    assert attachments.get_attachment_content(db, stored.id) == first

    second = _png(tmp_path / "new.png", "#993333")
    assert card.load_file(tmp_path / "new.png")
    assert window.save() is True
    cards = attachments.list_attachments(db, 2, "card")
    assert len(cards) == 1
    assert attachments.get_attachment_content(db, cards[0].id) == second
    reopened = _open(qtbot, db, 2)
    assert reopened.form.editors["card"].value().content == second

    (tmp_path / "notes.png").write_bytes(b"not an image")
    assert not card.load_file(tmp_path / "notes.png")
    assert card.value().content == second


def test_history_tab_lists_every_kind_newest_first(qtbot, db, language) -> None:
    with db.session() as session, session.begin():
        session.add_all(
            [
                Interaction(
                    customer_id=1,
                    occurred_at=datetime(2024, 5, 1, 10),
                    channel=Channel.VISIT,
                    summary="拜访",
                ),
                Order(
                    customer_id=1,
                    ordered_on=date(2024, 5, 10),
                    product="服务器",
                    amount=Decimal(5000),
                    status=OrderStatus.PAID,
                ),
                FollowUp(
                    customer_id=1,
                    stage=Stage.B,
                    due_on=date(2024, 4, 1),
                    status=FollowUpStatus.SKIPPED,
                ),
            ]
        )
    window = _open(qtbot, db, 1)
    tree = window.history.tree
    rows = [
        [tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())
    ]
    dates = [row[0] for row in rows]
    assert dates == sorted(dates, reverse=True)
    kinds = [row[1] for row in rows]
    assert {"Contact", "Order", "Follow-up"} <= set(kinds)
    order = rows[kinds.index("Order")]
    assert (order[2], order[3], order[4]) == ("服务器", "Paid", "5,000.00")
    assert rows[[r[2] for r in rows].index("服务器")][:2] == ["2024-05-10", "Order"]


def test_header_shows_the_eight_weapons(qtbot, db, language) -> None:
    window = _open(qtbot, db, 1)
    editors = window.form.editors
    editors["superstitions"].text.setPlainText("喜欢数字8")
    editors["taboos"].text.setPlainText("忌讳数字4")
    _type(qtbot, editors["birthplace"], "温州")
    texts = {key: label.full_text for key, label in window.header.weapon_texts.items()}
    assert texts["superstitions"].startswith("喜欢数字8；忌讳数字4")
    assert "温州" in texts["background"]
    assert texts["category"].startswith(label(Tier(editors["tier"].value()), "en"))
    assert texts["identity"].startswith(editors["position"].value())
    assert len(texts) == 8


def test_a_client_from_the_db_reads_back_unchanged(qtbot, db, language) -> None:
    """Loading and saving without edits writes nothing and leaves nothing dirty."""
    window = _open(qtbot, db, 3)
    assert window.form.changes() == {}
    assert not window.form.card_changed()
    with db.session() as session:
        stamp = session.get(Customer, 3).updated_at
    assert window.save() is True
    with db.session() as session:
        assert session.get(Customer, 3).updated_at == stamp


# Living with the rest of the app ------------------------------------------------


def test_geometry_and_tab_are_remembered(qtbot, db, language) -> None:
    first = _open(qtbot, db, 1)
    # The offscreen screen is barely wider than the form's minimum: vary the height.
    default = first.height()
    first.resize(first.width(), default - 60)
    chosen = first.height()
    first.form.setCurrentWidget(first.form.pages["logistics"])
    first.close()
    second = _open(qtbot, db, 2)
    assert second.height() == chosen != default
    assert second.form.currentWidget() is second.form.pages["logistics"]


def test_the_language_switches_while_the_dossier_is_open(qtbot, qapp, db, language) -> None:
    window = _open(qtbot, db, 1)
    assert window.form.labels["taboos"].text() == "Taboos:"
    settings.LANGUAGE.set("zh_CN")
    i18n.install_translator(qapp, "zh_CN")  # posts LanguageChange to every window
    qtbot.waitUntil(lambda: window.form.labels["taboos"].text() == "忌讳：")
    assert window.form.tabText(4) == "商业记录"
    assert window.history.tree.headerItem().text(0) == "日期"
    tier = window.form.editors["tier"].combo
    assert tier.itemText(tier.findData("strategic")) == "战略级"


def test_writes_elsewhere_show_up_unless_the_user_is_editing(qtbot, db, language) -> None:
    window = _open(qtbot, db, 1)
    update_customer(db, 1, {"position": "董事长"})
    announce(Changed.CLIENTS, [1])
    assert window.form.editors["position"].value() == "董事长"  # clean: reloaded

    _type(qtbot, window.form.editors["nickname"], "Boss")
    update_customer(db, 1, {"position": "顾问"})
    announce(Changed.CLIENTS, [1])
    assert window.form.editors["position"].value() == "董事长"  # dirty: the user's view stays
    assert window.form.editors["nickname"].value() == "Boss"
    assert window.save() is True  # saving sends only what the user changed
    c = get_customer(db, 1)
    assert (c.nickname, c.position) == ("Boss", "顾问")


def test_ctrl_p_saves_then_opens_the_dossier_sheet_preview(qtbot, db, monkeypatch) -> None:
    from app.ui.printing import dossier_preview

    cid = create_customer(db, {"name": "打印测试"})
    opened = []
    monkeypatch.setattr(
        dossier_preview,
        "open_print_preview",
        lambda parent, database, customer_id, today: opened.append((customer_id, today())),
    )
    window = _open(qtbot, db, cid)
    _type(qtbot, window.form.editors["company"], "印务公司")
    window.print_action.trigger()
    assert opened == [(cid, window.today)]
    assert get_customer(db, cid).company == "印务公司"  # saved before printing
