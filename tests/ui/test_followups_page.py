"""The Follow-ups page: month grid counts, the day and week lists, navigation, actions,
.ics export, and the follow-up policy dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QDialogButtonBox

from app.models.enums import FollowUpStatus, Tier
from app.services.customers import create_customer
from app.services.followup_policy import load_policy
from app.services.followups import follow_ups_between, pending_counts, pending_step
from app.ui.followups import export
from app.ui.followups.page import MODE, FollowUpsPage
from app.ui.operations import bus
from app.ui.policy_dialog import PolicyDialog
from app.ui.today import dialogs
from tests.ui.conftest import TODAY


@pytest.fixture
def page(qtbot, database, english) -> FollowUpsPage:
    widget = FollowUpsPage(database, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.demo_clients(300)
def test_the_grid_counts_and_the_day_list_match_the_services(database, page):
    start, end = page.grid.visible_range()
    assert start <= date(2026, 11, 1) and end >= date(2026, 11, 30)
    assert page.grid.counts == pending_counts(database, start, end)
    assert sum(page.grid.counts.values()) > 0
    assert page.period_label.text() == "November 2026"
    assert page.selected_day() == TODAY
    listed = [row.id for row in page.panel.list.rows()]
    assert listed == [row.id for row in follow_ups_between(database, TODAY, TODAY)]
    busiest = max(page.grid.counts, key=page.grid.counts.get)
    page.go_to(busiest)
    assert len(page.panel.list.rows()) == page.grid.counts[busiest]
    assert f"{page.grid.counts[busiest]} follow-ups" in page.panel.title.text()


@pytest.mark.demo_clients(300)
def test_week_and_month_navigation(database, page):
    page.set_mode("week")
    assert MODE.get() == "week"
    assert page.period() == (date(2026, 11, 16), date(2026, 11, 22))  # Monday to Sunday
    assert page.period_label.text() == "Nov 16 – Nov 22"
    week = follow_ups_between(database, *page.period())
    assert [r.id for r in page.panel.list.rows()] == [r.id for r in week]
    headings = page.panel.list.topLevelItemCount() - len(week)
    assert headings == len({r.due_on for r in week})  # a heading per day with steps
    page.step(1)
    assert page.period() == (date(2026, 11, 23), date(2026, 11, 29))
    page.set_mode("month")
    page.step(1)
    assert page.selected_day() == date(2026, 12, 29)
    assert page.period_label.text() == "December 2026"
    assert page.shown_period() == (date(2026, 12, 1), date(2026, 12, 31))
    page.today_button.click()
    assert page.selected_day() == TODAY


def test_row_actions_act_on_the_selected_pending_step(database, page, monkeypatch):
    cid = create_customer(database, {"name": "王伟", "tier": "close"}, today=TODAY)
    step = pending_step(database, cid)
    page.go_to(step.due_on)
    assert not page.panel.skip_button.isEnabled()  # nothing selected yet
    assert page.panel.list.select_follow_up(step.id)
    assert page.panel.skip_button.isEnabled() and page.panel.log_button.isEnabled()
    monkeypatch.setattr(dialogs, "ask_skip_reason", lambda parent, row: "客户换了联系人")
    page.panel.skip_button.click()
    rows = {row.id: row for row in page.panel.list.rows()}
    assert rows[step.id].status == FollowUpStatus.SKIPPED  # kept, greyed, with its reason
    page.panel.list.select_follow_up(step.id)
    assert not page.panel.skip_button.isEnabled() and page.panel.dossier_button.isEnabled()
    following = pending_step(database, cid)
    assert following.due_on == TODAY + timedelta(days=3) and following.id in rows


def test_export_calendar_writes_the_period_shown(database, page, monkeypatch, tmp_path):
    for name in ("王伟", "李娜"):
        create_customer(database, {"name": name, "birthday": "1985-11-30"}, today=TODAY)
    target = tmp_path / "out"
    asked = []
    monkeypatch.setattr(
        export, "ask_period", lambda parent, start, end: asked.append((start, end)) or (start, end)
    )
    monkeypatch.setattr(export, "ask_path", lambda parent, start, end: str(target) + ".ics")
    page.export_button.click()
    assert asked == [(date(2026, 11, 1), date(2026, 11, 30))]
    events = Calendar.from_ical((tmp_path / "out.ics").read_bytes()).walk("VEVENT")
    uids = sorted(str(e["UID"]) for e in events)
    assert len(uids) == 4 and sum(uid.startswith("followup-") for uid in uids) == 2
    assert sum(uid.startswith("birthday-") for uid in uids) == 2

    monkeypatch.setattr(export, "ask_path", lambda *a: None)  # cancelled: nothing written
    (tmp_path / "out.ics").unlink()
    page.export_button.click()
    assert not (tmp_path / "out.ics").exists()


# The policy dialog ----------------------------------------------------------------------


def test_the_policy_dialog_validates_and_saves(qtbot, database, english):
    dialog = PolicyDialog(None, database)
    qtbot.addWidget(dialog)
    assert dialog.first_contact.value() == 3
    assert dialog.cadence["keep_in_touch_days", Tier.LOYAL].value() == 14
    dialog.first_contact.setValue(5)
    dialog.cadence["retention_days", Tier.LOOSE].setValue(60)
    dialog.tier_boxes[Tier.CLOSE].setChecked(True)
    dialog.festival_boxes["new_year"].setChecked(False)
    dialog.actions.setPlainText("  \n")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.errors["retention_actions"].isVisibleTo(dialog)
    assert dialog.result() == 0 and load_policy(database).first_contact_days == 3

    dialog.actions.setPlainText("邀请参加品鉴会\n\n送一份节日礼盒")
    with qtbot.waitSignal(bus.changed) as announced:
        save.click()
    assert dialog.result() == 1 and not dialog.errors["retention_actions"].isVisibleTo(dialog)
    policy = load_policy(database)
    assert policy.first_contact_days == 5 and policy.retention_days[Tier.LOOSE] == 60
    assert policy.retention_actions == ("邀请参加品鉴会", "送一份节日礼盒")
    assert set(policy.greeting_tiers) == {Tier.STRATEGIC, Tier.LOYAL, Tier.CLOSE}
    assert "new_year" not in policy.greeting_festivals
    assert announced.args[0].kinds.name == "SETTINGS"
    # The next client is planned by the saved numbers.
    cid = create_customer(database, {"name": "新客户"}, today=TODAY)
    assert pending_step(database, cid).due_on == TODAY + timedelta(days=5)


def test_restore_defaults_refills_the_dialog(qtbot, database, english):
    dialog = PolicyDialog(None, database)
    qtbot.addWidget(dialog)
    dialog.touches.setValue(9)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.touches.value() == 3
    assert dialog.actions.toPlainText().count("\n") == 3  # four default actions


@pytest.mark.demo_clients(120)
def test_a_hidden_page_loads_when_first_shown(qtbot, database, english):
    """Built at start-up behind another page, it queries nothing until shown."""
    widget = FollowUpsPage(database, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.go_to(TODAY + timedelta(days=3))  # navigating while hidden: still nothing read
    assert widget.grid.counts == {} and widget.panel.list.rows() == []
    widget.show()
    qtbot.waitExposed(widget)
    start, end = widget.grid.visible_range()
    assert widget.grid.counts == pending_counts(database, start, end)
    due = follow_ups_between(database, TODAY + timedelta(days=3), TODAY + timedelta(days=3))
    assert [r.id for r in widget.panel.list.rows()] == [r.id for r in due]
