"""The Today page on a real database: what it lists, the one-click actions, the badge,
the contact dialog, and the one place "today" comes from."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from sqlalchemy import func, select

from app.models import FollowUp, Interaction
from app.models.enums import Channel, FollowUpStatus, Stage
from app.services.customers import create_customer
from app.services.followup_policy import FollowUpPolicy, save_policy
from app.services.followups import (
    ContactInput,
    agenda,
    complete_follow_up,
    follow_up_row,
    overdue_count,
    pending_step,
)
from app.ui.contact_dialog import ContactDialog
from app.ui.followups.page import FollowUpsPage
from app.ui.operations import Changed, perform
from app.ui.today import clock, dialogs
from app.ui.today.page import ROW_LIMIT, TodayPage
from app.ui.today.rows import CareRowWidget, FollowUpRowWidget
from tests.ui.conftest import TODAY


def today_page(window) -> TodayPage:
    page = window.page("today")
    assert isinstance(page, TodayPage)
    return page


def row_for(page: TodayPage, customer_id: int) -> FollowUpRowWidget | None:
    found = [w for w in page.follow_up_rows() if w.row.customer_id == customer_id]
    return found[0] if found else None


def badge(window) -> str:
    return window.navigation.item(0).text()


def contact(summary: str = "电话沟通，约了下次拜访") -> ContactInput:
    return ContactInput(datetime.combine(TODAY, time(9, 30)), Channel.PHONE, summary)


@pytest.fixture
def hand_made(database):
    """Two clients whose A is due today and one whose A is a week overdue."""
    three_days_ago = TODAY - timedelta(days=3)
    due = [
        create_customer(database, {"name": "王晓明", "tier": "close"}, today=three_days_ago),
        create_customer(database, {"name": "李华", "tier": "strategic"}, today=three_days_ago),
    ]
    late = create_customer(
        database, {"name": "赵磊", "tier": "loyal"}, today=TODAY - timedelta(days=10)
    )
    return due, late


@pytest.mark.demo_clients(300)
def test_the_page_lists_the_agenda_of_a_seeded_database(qtbot, database, hand_made, window):
    page = today_page(window)
    page.reload()  # the hand-made clients were added after the window was built
    view = agenda(database, TODAY, days=7, limit=ROW_LIMIT)
    assert view.overdue_total > ROW_LIMIT  # 300 demo clients: the list is cut, the count is not
    expected = [r.id for r in (*view.overdue, *view.due_today, *view.upcoming)]
    assert [w.row.id for w in page.follow_up_rows()] == expected
    assert page.sections["overdue"].more.isVisibleTo(page)
    assert str(view.overdue_total - ROW_LIMIT) in page.sections["overdue"].more.text()

    (wang, _li), late = hand_made
    names = [w.row.customer_name for w in page.sections["dueToday"].row_widgets()]
    assert names.index("李华") < names.index("王晓明")  # strategic before close on one day
    assert row_for(page, wang).when.text() == "Today"
    assert row_for(page, late).when.text() == "7 days overdue"
    assert f"{view.overdue_total} overdue" in page.summary.text()
    assert badge(window) == f"Today ({overdue_count(database, TODAY)})"


def test_logging_a_contact_removes_the_row_and_shows_the_next_step_in_the_calendar(
    qtbot, database, hand_made, window, monkeypatch
):
    (wang, _li), _late = hand_made
    page = today_page(window)
    page.reload()
    row = row_for(page, wang)
    asked = []

    def fill_in(parent, name, today, **kw):
        asked.append((name, today, kw["follow_up"].stage))
        return contact()

    monkeypatch.setattr(dialogs, "ask_contact", fill_in)
    row.log_button.click()
    assert asked == [("王晓明", TODAY, Stage.A)]
    assert row_for(page, wang) is None  # reloaded through the bus
    next_step = pending_step(database, wang)
    assert (next_step.stage, next_step.due_on) == (Stage.B, TODAY + timedelta(days=30))
    assert page.notice.isVisibleTo(page) and "B · keep in touch" in page.notice.label.text()
    with database.session() as s:
        assert s.scalar(select(func.count(Interaction.id))) == 1

    page.notice.action_button.click()
    assert window.current_page_key() == "follow_ups"
    calendar = window.page("follow_ups")
    assert isinstance(calendar, FollowUpsPage)
    assert calendar.selected_day() == next_step.due_on
    assert next_step.id in [r.id for r in calendar.panel.list.rows()]
    assert calendar.panel.list.current_row().id == next_step.id


def test_cancelled_dialogs_change_nothing(qtbot, database, hand_made, window, monkeypatch):
    (wang, _li), _late = hand_made
    page = today_page(window)
    page.reload()
    before = pending_step(database, wang)
    monkeypatch.setattr(dialogs, "ask_contact", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "ask_new_date", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "ask_skip_reason", lambda *a, **k: None)
    row = row_for(page, wang)
    for button in (row.log_button, row.reschedule_button, row.skip_button):
        button.click()
    assert pending_step(database, wang) == before
    with database.session() as s:
        assert s.scalar(select(func.count(FollowUp.id))) == 3


def test_reschedule_snooze_and_skip_from_the_rows(qtbot, database, hand_made, window, monkeypatch):
    (wang, li), late = hand_made
    page = today_page(window)
    page.reload()
    assert badge(window) == "Today (1)"

    monkeypatch.setattr(dialogs, "ask_new_date", lambda p, row, t: (TODAY + timedelta(10), "出差"))
    old = row_for(page, wang).row
    row_for(page, wang).reschedule_button.click()
    moved = pending_step(database, wang)
    assert moved.due_on == TODAY + timedelta(days=10) and "出差" in moved.reason
    assert follow_up_row(database, old.id).status == FollowUpStatus.CANCELLED
    assert row_for(page, wang) is None  # beyond the coming seven days

    menu = row_for(page, late).snooze_button.menu()
    assert [a.text() for a in menu.actions()] == ["Tomorrow", "3 days later", "A week later"]
    menu.actions()[1].trigger()  # overdue: three days from today
    assert pending_step(database, late).due_on == TODAY + timedelta(days=3)
    assert overdue_count(database, TODAY) == 0 and badge(window) == "Today"
    assert row_for(page, late).when.text() == "Wed, Nov 25"

    monkeypatch.setattr(dialogs, "ask_skip_reason", lambda parent, row: "电话打不通")
    skipped = row_for(page, li).row
    row_for(page, li).skip_button.click()
    assert follow_up_row(database, skipped.id).status == FollowUpStatus.SKIPPED
    assert follow_up_row(database, skipped.id).reason == "电话打不通"
    again = pending_step(database, li)
    assert (again.stage, again.due_on) == (Stage.A, TODAY + timedelta(days=3))
    assert row_for(page, li).row.id == again.id


def test_the_badge_follows_writes_made_elsewhere(qtbot, database, window):
    assert badge(window) == "Today"
    late = create_customer(database, {"name": "赵磊"}, today=TODAY - timedelta(days=10))
    assert badge(window) == "Today"  # written behind the window's back: F5 catches up
    window.refresh_requested.emit()
    assert badge(window) == "Today (1)" and row_for(today_page(window), late) is not None
    step = pending_step(database, late)
    perform(
        window, lambda: complete_follow_up(database, step.id, contact(), TODAY), Changed.HISTORY
    )
    assert overdue_count(database, TODAY) == 0 and badge(window) == "Today"
    assert row_for(today_page(window), late) is None


def test_care_rows_show_age_zodiac_and_the_lunar_date(qtbot, database, window, monkeypatch):
    lunar = create_customer(
        database,
        {"name": "周芳", "birthday": {"calendar": "lunar", "month": 10, "day": 15, "year": 1980}},
        today=TODAY,
    )
    solar = create_customer(database, {"name": "孙伟", "birthday": "1990-11-25"}, today=TODAY)
    page = today_page(window)
    page.reload()
    rows = {w.care.customer_id: w for w in page.sections["care"].row_widgets()}
    assert isinstance(rows[lunar], CareRowWidget)
    lunar_text = rows[lunar].detail.text()
    assert "turning 46" in lunar_text and "Monkey" in lunar_text and "农历十月十五" in lunar_text
    assert rows[lunar].when.text() == "Tomorrow"  # 2026-11-23 is 农历十月十五
    assert "turning 36" in rows[solar].detail.text() and "农历" not in rows[solar].detail.text()

    monkeypatch.setattr(dialogs, "ask_contact", lambda p, n, t, **k: contact("生日祝福"))
    rows[lunar].findChild(QPushButton, "greetButton").click()
    with database.session() as s:
        assert s.scalar(select(Interaction.summary)) == "生日祝福"
    assert pending_step(database, lunar).stage == Stage.A  # a greeting completes no step


def test_the_page_speaks_chinese(qtbot, database, hand_made, chinese, monkeypatch):
    page = TodayPage(database, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    (_wang, _li), late = hand_made
    assert page.title.text() == "今天 · 11月22日 星期日"
    assert row_for(page, late).when.text() == "逾期 7 天"
    detail = row_for(page, late).detail.text()  # the stored purpose says the stage
    assert "首次接触：按最高服务标准接待或拜访" in detail and "A·初次接触" not in detail
    assert page.sections["overdue"].heading.text() == "已逾期  (1)"


def test_switching_the_language_rewrites_the_pages(qtbot, database, hand_made, window):
    window._choose_language("zh_CN")  # as the View › Language menu does
    qtbot.waitUntil(lambda: today_page(window).title.text().startswith("今天"))
    assert today_page(window).title.text() == "今天 · 11月22日 星期日"
    assert window.navigation.item(0).text() == "今日 (1)"
    calendar = window.page("follow_ups")
    assert calendar.period_label.text() == "2026年11月"
    assert calendar.panel.log_button.text() == "记录联系"


def test_the_date_comes_from_one_place(qtbot, database, english, monkeypatch):
    cid = create_customer(database, {"name": "陈静"}, today=TODAY)  # A due TODAY + 3
    monkeypatch.setattr(clock, "today", lambda: TODAY + timedelta(days=5))
    page = TodayPage(database)
    qtbot.addWidget(page)
    page.show()
    assert row_for(page, cid).when.text() == "2 days overdue"
    assert "Friday, November 27" in page.title.text()


# The contact dialog -------------------------------------------------------------------


def test_the_contact_dialog_checks_its_fields_and_returns_the_contact(qtbot, english):
    dialog = ContactDialog(None, "王伟", TODAY, stage=Stage.B, channel=Channel.WECHAT)
    qtbot.addWidget(dialog)
    assert dialog.stage.currentData() == "B" and dialog.channel.currentData() == "wechat"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and dialog.contact() is None
    assert dialog.errors["summary"].isVisibleTo(dialog)
    assert dialog.errors["summary"].text() == "Write a few words about the contact."

    dialog.summary.setPlainText("  聊了新厂房的进度 ")
    dialog.texts["client_plans"].setPlainText("明年扩产")
    dialog.next_step.setText("寄产品目录")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1 and not dialog.errors["summary"].isVisibleTo(dialog)
    got = dialog.contact()
    assert (got.summary, got.client_plans, got.next_step) == (
        "聊了新厂房的进度",
        "明年扩产",
        "寄产品目录",
    )
    assert (got.channel, got.stage, got.problems) == (Channel.WECHAT, Stage.B, None)
    assert got.occurred_at.date() == TODAY


def test_completing_a_c_step_shows_its_briefing(qtbot, database, english):
    save_policy(database, FollowUpPolicy(touches_before_meeting=0))
    cid = create_customer(
        database, {"name": "李娜", "taboos": "忌送钟", "food_taste": "清淡"}, today=TODAY
    )
    step = pending_step(database, cid)
    c = complete_follow_up(database, step.id, contact("首次拜访"), TODAY).next
    assert c.stage == Stage.C
    dialog = ContactDialog(None, "李娜", TODAY, follow_up=c)
    qtbot.addWidget(dialog)
    assert dialog.stage.currentData() == "C"
    assert dialog.note.isVisibleTo(dialog) and "忌讳：忌送钟" in dialog.note_text.text()
    assert "Completing C · second meeting" in dialog.heading.text()
