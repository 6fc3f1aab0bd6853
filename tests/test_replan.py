"""Tier and status changes made anywhere keep the A–D plan right, in the same
transaction: a new client gets its A, a tier change re-plans by the new cadence,
a status change re-plans the stage, churn cancels, and a refusal changes nothing."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from app.models import Customer, FollowUp
from app.models.enums import FollowUpStatus, Stage, Tier
from app.services.customers import create_customer, set_segment, update_customer
from app.services.errors import ValidationError
from app.services.followup_policy import FollowUpPolicy
from app.services.followups import (
    ContactInput,
    complete_follow_up,
    follow_up_row,
    pending_step,
    replan,
)

DAY0 = date(2026, 3, 2)
ACTIONS = FollowUpPolicy().retention_actions


def statuses(db, customer_id: int) -> list[str]:
    with db.session() as s:
        query = select(FollowUp.status).where(FollowUp.customer_id == customer_id)
        return [str(v) for v in s.scalars(query.order_by(FollowUp.id))]


def next_due(db, customer_id: int) -> date | None:
    with db.session() as s:
        return s.get(Customer, customer_id).next_follow_up_on


def client_in_b(db, tier: str) -> tuple[int, int]:
    """A client whose A was logged on DAY0: (client id, id of the pending B)."""
    cid = create_customer(db, {"name": "周杰", "tier": tier}, today=DAY0)
    contact = ContactInput(datetime.combine(DAY0, time(9)), "visit", "首次拜访")
    b = complete_follow_up(db, pending_step(db, cid).id, contact, DAY0).next
    return cid, b.id


def test_a_new_client_gets_its_step_when_created(db):
    new = create_customer(db, {"name": "王伟"}, today=DAY0)
    a = pending_step(db, new)
    assert (a.stage, a.due_on) == (Stage.A, DAY0 + timedelta(days=3))
    assert next_due(db, new) == a.due_on
    cooperating = create_customer(
        db, {"name": "钱进", "tier": "loyal", "dev_status": "cooperating"}, today=DAY0
    )
    d = pending_step(db, cooperating)
    assert (d.stage, d.due_on, d.suggested_action) == (Stage.D, DAY0 + timedelta(14), ACTIONS[0])
    churned = create_customer(db, {"name": "吴刚", "dev_status": "churned"}, today=DAY0)
    assert pending_step(db, churned) is None and next_due(db, churned) is None


def test_a_refused_creation_plans_nothing(db):
    with pytest.raises(ValidationError):
        create_customer(db, {"name": "王伟", "tier": "vip"}, today=DAY0)
    with db.session() as s:
        assert s.scalar(select(func.count(FollowUp.id))) == 0
        assert s.scalar(select(func.count(Customer.id))) == 0


def test_update_customer_replans_a_tier_change(db):
    cid, b = client_in_b(db, "loose")
    assert follow_up_row(db, b).due_on == DAY0 + timedelta(days=90)
    update_customer(db, cid, {"tier": "strategic"}, today=DAY0 + timedelta(days=1))
    moved = pending_step(db, cid)
    assert (moved.stage, moved.due_on) == (Stage.B, DAY0 + timedelta(days=7))
    old = follow_up_row(db, b)
    assert old.status == FollowUpStatus.CANCELLED and "松散型调整为战略级" in old.reason
    assert next_due(db, cid) == DAY0 + timedelta(days=7)
    # Other edits, or an overdue step, leave the plan alone.
    update_customer(db, cid, {"company": "华信贸易"}, today=DAY0 + timedelta(days=1))
    update_customer(db, cid, {"tier": "close"}, today=DAY0 + timedelta(days=8))
    assert pending_step(db, cid).id == moved.id
    assert statuses(db, cid) == ["done", "cancelled", "pending"]


def test_update_customer_replans_a_status_change(db):
    cid = create_customer(db, {"name": "赵敏", "tier": "close"}, today=DAY0)
    a = pending_step(db, cid)
    update_customer(db, cid, {"dev_status": "cooperating"}, today=DAY0 + timedelta(days=5))
    d = pending_step(db, cid)
    assert (d.stage, d.due_on) == (Stage.D, DAY0 + timedelta(days=35))
    assert "未开发调整为已合作" in follow_up_row(db, a.id).reason
    # Corrected back to interested (past A, before C): keeping in touch again.
    update_customer(db, cid, {"dev_status": "interested"}, today=DAY0 + timedelta(days=5))
    b = pending_step(db, cid)
    assert (b.stage, b.due_on) == (Stage.B, DAY0 + timedelta(days=35))


def test_churn_by_edit_cancels_and_reactivation_plans_again(db):
    cid, b = client_in_b(db, "loyal")
    update_customer(db, cid, {"dev_status": "churned"}, today=DAY0 + timedelta(days=2))
    assert pending_step(db, cid) is None and next_due(db, cid) is None
    assert follow_up_row(db, b).reason == replan.CHURNED_REASON
    update_customer(db, cid, {"dev_status": "developed"}, today=DAY0 + timedelta(days=20))
    again = pending_step(db, cid)
    # B one loyal cadence after the last contact, which is already past: due now.
    assert (again.stage, again.due_on) == (Stage.B, DAY0 + timedelta(days=20))
    assert statuses(db, cid) == ["done", "cancelled", "pending"]


def test_set_segment_replans_every_changed_client_in_one_go(db):
    moved = [client_in_b(db, "loose") for _ in range(3)]
    already = create_customer(db, {"name": "李娜", "tier": "strategic"}, today=DAY0)
    fresh = create_customer(db, {"name": "孙丽", "tier": "close"}, today=DAY0)
    ids = [cid for cid, _b in moved] + [already, fresh]
    assert set_segment(db, ids, "tier", "strategic", today=DAY0) == 5
    for cid, b in moved:
        step = pending_step(db, cid)
        assert (step.stage, step.due_on) == (Stage.B, DAY0 + timedelta(days=7))
        assert follow_up_row(db, b).status == FollowUpStatus.CANCELLED
    # Unchanged tier, or an A that does not depend on it: the same steps.
    assert statuses(db, already) == statuses(db, fresh) == ["pending"]

    assert set_segment(db, ids, "dev_status", "churned", today=DAY0) == 5
    with db.session() as s:
        pending = select(func.count(FollowUp.id)).where(FollowUp.status == "pending")
        assert s.scalar(pending) == 0
        planned = select(func.count(Customer.id)).where(Customer.next_follow_up_on.is_not(None))
        assert s.scalar(planned) == 0


def test_set_segment_refused_changes_neither_tiers_nor_plans(db):
    ids = [client_in_b(db, "loose")[0] for _ in range(2)]
    before = [pending_step(db, cid) for cid in ids]
    with pytest.raises(ValidationError):
        set_segment(db, ids, "tier", "vip", today=DAY0)
    assert [pending_step(db, cid) for cid in ids] == before


def test_a_failing_replan_leaves_the_tier_unchanged(db, monkeypatch):
    cid, b = client_in_b(db, "loose")

    def broken(*_args, **_kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(replan.planning, "new_row", broken)
    with pytest.raises(RuntimeError):
        update_customer(db, cid, {"tier": "strategic"}, today=DAY0)
    with db.session() as s:
        assert s.get(Customer, cid).tier == Tier.LOOSE
    assert pending_step(db, cid).id == b
    assert statuses(db, cid) == ["done", "pending"]
