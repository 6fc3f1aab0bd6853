"""The A–D plan on a real SQLite file: every due date of every tier, re-planning,
churn, the atomic completion, and the Today-page queries."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import delete, func, select

from app.cli import main
from app.models import Complaint, Customer, FollowUp, Interaction
from app.models.enums import Channel, DevStatus, FollowUpStatus, Stage, Tier
from app.services import followups
from app.services.customers import create_customer, trash_customers
from app.services.demo import generate_demo
from app.services.errors import NotFoundError, ValidationError
from app.services.followup_policy import FollowUpPolicy, save_policy
from app.services.followups import (
    ContactInput,
    agenda,
    complete_follow_up,
    ensure_plan,
    follow_up_row,
    follow_ups_between,
    log_contact,
    mark_churned,
    overdue_count,
    pending_counts,
    pending_step,
    plan_new_clients,
    reschedule,
    set_tier,
    skip,
    snooze,
)

DAY0 = date(2026, 3, 2)
CADENCE = {Tier.STRATEGIC: 7, Tier.LOYAL: 14, Tier.CLOSE: 30, Tier.LOOSE: 90}
ACTIONS = FollowUpPolicy().retention_actions


def contact(on: date, summary: str = "聊了近况", **kw) -> ContactInput:
    return ContactInput(datetime.combine(on, time(10, 30)), Channel.PHONE, summary, **kw)


def follow_up_rows(db, customer_id: int) -> list[FollowUp]:
    with db.session() as s:
        query = select(FollowUp).where(FollowUp.customer_id == customer_id)
        return list(s.scalars(query.order_by(FollowUp.id)))


def customer_columns(db, customer_id: int) -> tuple[date | None, datetime | None]:
    with db.session() as s:
        c = s.get(Customer, customer_id)
        return c.next_follow_up_on, c.last_contact_at


@pytest.mark.parametrize("tier", list(Tier))
def test_walk_a_to_d_for_each_tier(db, tier):
    cid = create_customer(
        db, {"name": "王伟", "tier": tier, "company": "华信贸易有限公司"}, today=DAY0
    )
    step = ensure_plan(db, cid, DAY0)
    assert (step.stage, step.due_on) == (Stage.A, DAY0 + timedelta(days=3))
    assert step.customer_name == "王伟" and step.company == "华信贸易有限公司"

    c = CADENCE[tier]
    expected = [(Stage.B, f"第 {n} 次") for n in (1, 2, 3)] + [(Stage.C, "第二次见面")]
    expected += [(Stage.D, action) for action in (*ACTIONS, ACTIONS[0])]
    for stage, words in expected:
        today = step.due_on  # each contact happens on its due date
        result = complete_follow_up(db, step.id, contact(today), today)
        step = result.next
        assert (step.stage, step.due_on) == (stage, today + timedelta(days=c))
        assert words in step.purpose
        assert customer_columns(db, cid) == (step.due_on, datetime.combine(today, time(10, 30)))
        if stage == Stage.D:
            assert step.suggested_action == words
    rows = follow_up_rows(db, cid)
    assert [r.status for r in rows] == [FollowUpStatus.DONE] * 9 + [FollowUpStatus.PENDING]
    with db.session() as s:
        stages = s.scalars(select(Interaction.stage).order_by(Interaction.id)).all()
    assert "".join(stages) == "ABBBCDDDD"
    assert all(r.interaction_id is not None for r in rows[:-1])


def test_c_carries_a_briefing_from_the_dossier(db):
    cid = create_customer(
        db,
        {
            "name": "李娜",
            "tier": "loyal",
            "interests": "高尔夫、茶道",
            "food_taste": "清淡",
            "taboos": "忌送钟",
            "family": [{"relation": "儿子", "name": "小明", "birth_year": 2015}],
        },
        today=DAY0,
    )
    with db.session() as s, s.begin():
        s.add(Complaint(customer_id=cid, received_on=date(2026, 2, 1), subject="交货延迟"))
    save_policy(db, FollowUpPolicy(touches_before_meeting=1))
    step = ensure_plan(db, cid, DAY0)
    step = complete_follow_up(db, step.id, contact(DAY0), DAY0).next
    assert step.stage == Stage.B and step.briefing is None
    last = contact(DAY0, "谈到新厂房", next_step="寄产品目录", client_plans="明年扩产")
    step = complete_follow_up(db, step.id, last, DAY0).next
    assert step.stage == Stage.C
    for fact in (
        "兴趣爱好：高尔夫、茶道",
        "口味：清淡",
        "忌讳：忌送钟",
        "家人：儿子 小明（2015年生）",
        "上次联系（2026-03-02 电话）：谈到新厂房",
        "客户的打算：明年扩产",
        "答应的下一步：寄产品目录",
        "未解决的抱怨：交货延迟（2026-02-01）",
    ):
        assert fact in step.briefing


def test_a_developed_or_cooperating_client_starts_later_in_the_plan(db):
    developed = create_customer(
        db, {"name": "赵敏", "tier": "close", "dev_status": "developed"}, today=DAY0
    )
    cooperating = create_customer(
        db, {"name": "钱进", "tier": "close", "dev_status": "cooperating"}, today=DAY0
    )
    b = ensure_plan(db, developed, DAY0)
    d = ensure_plan(db, cooperating, DAY0)
    assert (b.stage, b.due_on) == (Stage.B, DAY0 + timedelta(days=30))
    assert (d.stage, d.due_on, d.suggested_action) == (Stage.D, DAY0 + timedelta(30), ACTIONS[0])


def test_ensure_plan_keeps_exactly_one_pending_step(db):
    cid = create_customer(db, {"name": "孙丽"}, today=DAY0)
    first = ensure_plan(db, cid, DAY0)
    assert ensure_plan(db, cid, DAY0 + timedelta(days=1)).id == first.id
    with db.session() as s, s.begin():
        s.add(FollowUp(customer_id=cid, stage=Stage.A, due_on=DAY0 + timedelta(days=9)))
    assert ensure_plan(db, cid, DAY0).id == first.id
    statuses = [r.status for r in follow_up_rows(db, cid)]
    assert statuses == [FollowUpStatus.PENDING, FollowUpStatus.CANCELLED]


def test_tier_change_replans_the_future_step(db):
    cid = create_customer(db, {"name": "周杰", "tier": "loose"}, today=DAY0)
    a = ensure_plan(db, cid, DAY0)
    # A does not depend on the tier: nothing to re-plan yet.
    assert set_tier(db, cid, Tier.STRATEGIC, DAY0).id == a.id
    b = complete_follow_up(db, a.id, contact(DAY0), DAY0).next
    assert b.due_on == DAY0 + timedelta(days=7)
    moved = set_tier(db, cid, "close", DAY0 + timedelta(days=2))
    assert (moved.stage, moved.due_on) == (Stage.B, DAY0 + timedelta(days=30))
    old = follow_up_row(db, b.id)
    assert old.status == FollowUpStatus.CANCELLED and "战略级调整为紧密型" in old.reason
    assert customer_columns(db, cid)[0] == DAY0 + timedelta(days=30)
    # An overdue step is due whatever the cadence: it stays.
    late = DAY0 + timedelta(days=40)
    assert set_tier(db, cid, "死党级", late).id == moved.id
    with db.session() as s:
        assert s.get(Customer, cid).tier == Tier.LOYAL
    with pytest.raises(ValidationError) as err:
        set_tier(db, cid, "vip", late)
    assert err.value.fields == ["tier"]


def test_churn_cancels_and_stops_the_plan(db):
    cid = create_customer(db, {"name": "吴刚", "tier": "loyal"}, today=DAY0)
    step = ensure_plan(db, cid, DAY0)
    assert mark_churned(db, cid, DAY0, "价格") == 1
    row = follow_up_row(db, step.id)
    assert row.status == FollowUpStatus.CANCELLED and "流失" in row.reason and "价格" in row.reason
    assert ensure_plan(db, cid, DAY0) is None
    assert plan_new_clients(db, DAY0).planned == 0
    assert customer_columns(db, cid)[0] is None
    # A win-back call is still logged, but plans nothing.
    result = log_contact(db, cid, contact(DAY0, stage=Stage.D), DAY0)
    assert result.next is None and pending_step(db, cid) is None


def test_complete_is_atomic(db, monkeypatch):
    cid = create_customer(db, {"name": "郑爽"}, today=DAY0)
    step = ensure_plan(db, cid, DAY0)

    def broken(*_args, **_kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(followups.planning, "schedule_next", broken)
    with pytest.raises(RuntimeError):
        complete_follow_up(db, step.id, contact(DAY0), DAY0)
    with db.session() as s:
        assert s.scalar(select(func.count(Interaction.id))) == 0
        assert s.scalar(select(func.count(FollowUp.id))) == 1
    assert follow_up_row(db, step.id).status == FollowUpStatus.PENDING
    assert customer_columns(db, cid) == (step.due_on, None)


def test_log_contact_completes_the_step_it_covers(db):
    cid = create_customer(db, {"name": "冯晓", "tier": "strategic"}, today=DAY0)
    a = ensure_plan(db, cid, DAY0)
    # An unstaged note leaves the plan alone.
    note = log_contact(db, cid, contact(DAY0, "发了节日短信"), DAY0)
    assert note.next.id == a.id
    visit = log_contact(db, cid, contact(DAY0, "首次拜访", stage="A·初次接触"), DAY0)
    assert (visit.next.stage, visit.next.due_on) == (Stage.B, DAY0 + timedelta(days=7))
    assert follow_up_row(db, a.id).status == FollowUpStatus.DONE
    # A B touch while a C is pending does not cover it.
    save_policy(db, FollowUpPolicy(touches_before_meeting=1))
    c = complete_follow_up(db, visit.next.id, contact(DAY0), DAY0).next
    assert c.stage == Stage.C
    assert log_contact(db, cid, contact(DAY0, stage="B"), DAY0).next.id == c.id


def test_reschedule_snooze_and_skip_keep_every_row(db):
    cid = create_customer(db, {"name": "陈晨", "tier": "close"}, today=DAY0)
    a = ensure_plan(db, cid, DAY0)
    moved = reschedule(db, a.id, date(2026, 3, 20), "客户出差", DAY0)
    assert (moved.stage, moved.due_on) == (Stage.A, date(2026, 3, 20))
    assert "客户出差" in moved.reason and "客户出差" in follow_up_row(db, a.id).reason
    assert customer_columns(db, cid)[0] == date(2026, 3, 20)
    # Snoozing an overdue step counts from today.
    later = snooze(db, moved.id, 3, date(2026, 3, 25))
    assert later.due_on == date(2026, 3, 28) and "推迟 3 天" in later.reason
    after_skip = skip(db, later.id, "电话打不通", date(2026, 3, 28))
    assert (after_skip.stage, after_skip.due_on) == (Stage.A, date(2026, 3, 31))
    statuses = [r.status for r in follow_up_rows(db, cid)]
    assert statuses == ["cancelled", "cancelled", "skipped", "pending"]
    with pytest.raises(ValidationError) as err:
        skip(db, after_skip.id, "  ", DAY0)
    assert err.value.fields == ["reason"]
    with pytest.raises(ValidationError):
        reschedule(db, after_skip.id, DAY0 - timedelta(days=1), "x", DAY0)


def test_refusals_leave_data_unchanged(db):
    cid = create_customer(db, {"name": "褚英"}, today=DAY0)
    step = ensure_plan(db, cid, DAY0)
    future = contact(DAY0 + timedelta(days=1))
    with pytest.raises(ValidationError) as err:
        complete_follow_up(db, step.id, ContactInput(future.occurred_at, "传真"), DAY0)
    assert set(err.value.fields) == {"occurred_at", "channel"}
    complete_follow_up(db, step.id, contact(DAY0), DAY0)
    with pytest.raises(ValidationError) as err:
        complete_follow_up(db, step.id, contact(DAY0), DAY0)
    assert err.value.errors[0].code == "not_pending"
    with pytest.raises(NotFoundError):
        complete_follow_up(db, 999, contact(DAY0), DAY0)
    trash_customers(db, [cid])
    with pytest.raises(NotFoundError):
        ensure_plan(db, cid, DAY0)
    with db.session() as s:
        assert s.scalar(select(func.count(Interaction.id))) == 1


def test_plan_new_clients_plans_everyone_once(db):
    ids = [create_customer(db, {"name": f"客户{n}", "tier": "close"}, today=DAY0) for n in range(4)]
    ensure_plan(db, ids[0], DAY0)
    log_contact(db, ids[1], contact(DAY0 - timedelta(days=10), stage="A"), DAY0)  # plans B
    with db.session() as s, s.begin():
        # Rows written behind the services' back, as a bulk import's Core writers do:
        # a churned status that cancelled nothing, and two clients with no step yet.
        s.get(Customer, ids[1]).dev_status = DevStatus.CHURNED
        s.execute(delete(FollowUp).where(FollowUp.customer_id.in_(ids[2:])))
        s.add(Interaction(customer_id=ids[2], occurred_at=datetime(2026, 2, 20, 9), stage="B"))
        s.get(Customer, ids[2]).dev_status = DevStatus.DEVELOPED
    sweep = plan_new_clients(db, DAY0)
    assert (sweep.planned, sweep.cancelled) == (2, 1)
    b = pending_step(db, ids[2])
    assert (b.stage, b.due_on, b.purpose) == (
        Stage.B,
        date(2026, 3, 22),
        "保持联系（晃）：第 2 次轻触",
    )
    assert pending_step(db, ids[3]).due_on == DAY0 + timedelta(days=3)
    assert pending_step(db, ids[1]) is None
    assert customer_columns(db, ids[2])[0] == date(2026, 3, 22)
    assert customer_columns(db, ids[1])[0] is None
    assert plan_new_clients(db, DAY0) == followups.PlanSweep(0, 0)


def test_agenda_badge_and_calendar(db):
    names = ["甲", "乙", "丙", "丁"]
    ids = [create_customer(db, {"name": f"王{n}", "tier": "loose"}, today=DAY0) for n in names]
    strategic = create_customer(db, {"name": "张三", "tier": "strategic"}, today=DAY0)
    for cid in [*ids, strategic]:
        ensure_plan(db, cid, DAY0)  # all A, due DAY0 + 3
    reschedule(db, pending_step(db, ids[0]).id, DAY0 + timedelta(days=5), "改约", DAY0)
    reschedule(db, pending_step(db, ids[1]).id, DAY0 + timedelta(days=9), "改约", DAY0)
    today = DAY0 + timedelta(days=4)
    view = agenda(db, today, days=7, limit=2)
    assert [r.customer_name for r in view.overdue] == ["张三", "王丙"]  # strategic first
    assert view.overdue_total == 3 and overdue_count(db, today) == 3
    assert view.due_today == [] and view.due_today_total == 0
    assert [r.customer_name for r in view.upcoming] == ["王甲", "王乙"]
    assert view.upcoming_total == 2
    assert agenda(db, DAY0 + timedelta(days=5)).due_today[0].customer_name == "王甲"
    # The calendar shows cancelled rows only on request.
    month = follow_ups_between(db, date(2026, 3, 1), date(2026, 3, 31))
    assert len(month) == 5 and {r.status for r in month} == {"pending"}
    every = follow_ups_between(db, DAY0, DAY0 + timedelta(days=3), statuses=tuple(FollowUpStatus))
    assert len(every) == 5
    assert pending_counts(db, DAY0, DAY0 + timedelta(days=9)) == {
        DAY0 + timedelta(days=3): 3,
        DAY0 + timedelta(days=5): 1,
        DAY0 + timedelta(days=9): 1,
    }
    trash_customers(db, [strategic])
    assert overdue_count(db, today) == 2


def test_agenda_agrees_with_plain_python_on_demo_data(db):
    today = date(2026, 3, 1)
    generate_demo(db, 2000, seed=3, today=today)
    with db.session() as s, s.begin():  # leave some clients without a step, one churned
        dropped = s.scalars(select(FollowUp).where(FollowUp.id % 7 == 0)).all()
        for f in dropped:
            f.status = FollowUpStatus.CANCELLED
        s.get(Customer, dropped[0].customer_id).dev_status = DevStatus.CHURNED
    sweep = plan_new_clients(db, today)
    assert sweep.planned == len(dropped) - 1
    with db.session() as s:
        customers = {c.id: c for c in s.scalars(select(Customer))}
        pending = [f for f in s.scalars(select(FollowUp)) if f.status == "pending"]
    live = {cid for cid, c in customers.items() if c.dev_status != DevStatus.CHURNED}
    assert sorted(f.customer_id for f in pending) == sorted(live)  # exactly one each
    assert all(customers[f.customer_id].next_follow_up_on == f.due_on for f in pending)

    for when in (today, today + timedelta(days=20), today + timedelta(days=95)):
        view = agenda(db, when, days=7, limit=5000)
        overdue, due_today, upcoming = _plain_agenda(pending, customers, when, 7)
        assert [r.id for r in view.overdue] == overdue
        assert [r.id for r in view.due_today] == due_today
        assert [r.id for r in view.upcoming] == upcoming
        assert view.overdue_total == len(overdue) == overdue_count(db, when)
        assert (view.due_today_total, view.upcoming_total) == (len(due_today), len(upcoming))
    assert view.overdue_total > 1000
    assert agenda(db, today, limit=10).overdue_total == agenda(db, today, limit=5000).overdue_total


def _plain_agenda(pending, customers, when: date, days: int) -> tuple[list[int], ...]:
    """The Today page's three lists of follow-up ids, worked out over every row."""
    tiers = list(Tier)
    order = sorted(
        (
            f.due_on,
            tiers.index(customers[f.customer_id].tier),
            customers[f.customer_id].name_sort,
            f.id,
        )
        for f in pending
    )
    end = when + timedelta(days=days)
    return (
        [key[-1] for key in order if key[0] < when],
        [key[-1] for key in order if key[0] == when],
        [key[-1] for key in order if when < key[0] <= end],
    )


def test_cli_today_prints_the_agenda(db, capsys):
    cid = create_customer(
        db, {"name": "王伟", "company": "华信", "birthday": "1980-03-06"}, today=DAY0
    )
    ensure_plan(db, cid, DAY0)  # A due 03-05
    assert main(["--db", db.url, "today", "--date", "2026-03-05", "--days", "3"]) == 0
    out = capsys.readouterr().out
    assert "overdue: 0" in out and "today: 1" in out
    assert "2026-03-05  A  王伟" in out and "首次接触" in out
    assert "birthdays and anniversaries: 1" in out and "2026-03-06  王伟" in out
