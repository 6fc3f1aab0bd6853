"""Keeping the plan: planning clients, moving, skipping, tier changes and churn.

Each public call is one transaction that also keeps the denormalised
``Customer.next_follow_up_on`` / ``last_contact_at`` in step. Nothing is
deleted: a step that is moved or dropped keeps its row with a status and a
reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, insert, select, update
from sqlalchemy.orm import Session

from app.models import Customer, FollowUp
from app.models.db import Database
from app.models.enums import DevStatus, FollowUpStatus, Stage, Tier
from app.services.errors import ValidationError
from app.services.followup_policy import next_step, read_policy
from app.services.followups import planning
from app.services.followups.briefing import briefing
from app.services.followups.contacts import parse_choice
from app.services.followups.planning import PENDING
from app.services.followups.queries import FollowUpRow, row_of
from app.services.followups.replan import plan_client, replan_for_change


@dataclass(frozen=True)
class PlanSweep:
    planned: int  # live clients that had no pending step and now have one
    cancelled: int  # pending steps of churned clients that were cancelled


def ensure_plan(db: Database, customer_id: int, today: date) -> FollowUpRow | None:
    """Make the client have exactly one pending step (none once churned).

    Call after a dossier edit; extra pending steps are cancelled, the earliest kept.
    """
    with db.session() as session, session.begin():
        customer = planning.live_customer(session, customer_id)
        return row_of(session, plan_client(session, customer, today))


def plan_new_clients(db: Database, today: date) -> PlanSweep:
    """Plan every live client without a pending step; cancel churned clients' steps.

    One transaction; the decision data is read with one aggregate query, so a
    freshly imported list of thousands of clients is planned in one pass.
    """
    with db.session() as session, session.begin():
        policy = read_policy(session)
        churned = select(Customer.id).where(Customer.dev_status == DevStatus.CHURNED)
        cancelled = session.execute(
            update(FollowUp)
            .where(FollowUp.status == PENDING, FollowUp.customer_id.in_(churned))
            .values(status=FollowUpStatus.CANCELLED, reason="客户已流失")
        ).rowcount
        session.execute(
            update(Customer)
            .where(
                Customer.dev_status == DevStatus.CHURNED, Customer.next_follow_up_on.is_not(None)
            )
            .values(next_follow_up_on=None, updated_at=Customer.updated_at)
        )
        unplanned = ~exists().where(planning.pending_clause(Customer.id))
        rows, ids = [], []
        for cid, state, last in planning.states(session, planning.live(), unplanned):
            step = next_step(policy, state, last or today, today)
            rows.append(planning.new_row(session, cid, step))
            ids.append(cid)
        if rows:
            session.execute(insert(FollowUp), rows)
            planning.sync_customers(session, ids)
        return PlanSweep(planned=len(rows), cancelled=cancelled)


def reschedule(
    db: Database, follow_up_id: int, due_on: date, reason: str, today: date
) -> FollowUpRow:
    """Move a pending step: the old row is cancelled with the reason, a copy is due."""
    if due_on < today:
        raise ValidationError.single("due_on", "in_past", "cannot reschedule into the past", due_on)
    with db.session() as session, session.begin():
        old = planning.pending_follow_up(session, follow_up_id)
        new = _move(session, old, due_on, reason.strip() or "改期")
        planning.sync_customers(session, [old.customer_id])
        return row_of(session, new)


def snooze(
    db: Database, follow_up_id: int, days: int, today: date, reason: str | None = None
) -> FollowUpRow:
    """Remind again ``days`` after the due date, or after today when already overdue."""
    if days < 1:
        raise ValidationError.single("days", "out_of_range", "snooze at least one day", days)
    with db.session() as session, session.begin():
        old = planning.pending_follow_up(session, follow_up_id)
        due = max(old.due_on, today) + timedelta(days=days)
        new = _move(session, old, due, reason or f"推迟 {days} 天")
        planning.sync_customers(session, [old.customer_id])
        return row_of(session, new)


def skip(db: Database, follow_up_id: int, reason: str, today: date) -> FollowUpRow | None:
    """Drop this step with a reason and plan the next one from today."""
    if not reason.strip():
        raise ValidationError.single("reason", "required", "say why the step is skipped")
    with db.session() as session, session.begin():
        follow_up = planning.pending_follow_up(session, follow_up_id)
        customer = planning.live_customer(session, follow_up.customer_id)
        follow_up.status, follow_up.reason = FollowUpStatus.SKIPPED, reason.strip()
        session.flush()
        policy = read_policy(session)
        following = planning.schedule_next(session, customer, policy, today, base=today)
        planning.sync_customers(session, [customer.id])
        return row_of(session, following)


def set_tier(db: Database, customer_id: int, tier: Tier | str, today: date) -> FollowUpRow | None:
    """Change the tier and re-plan the pending step by the new cadence.

    An overdue step stays as it is (it is due either way), and A does not
    depend on the tier; a future B, C or D is cancelled with the reason and
    planned again one new cadence after the last contact (``replan``).
    """
    parsed = parse_choice(Tier, tier)
    if parsed is None:
        raise ValidationError.single("tier", "invalid_choice", f"no tier {tier!r}", tier)
    with db.session() as session, session.begin():
        customer = planning.live_customer(session, customer_id)
        old_tier, customer.tier = customer.tier, parsed
        replan_for_change(session, customer, old_tier, customer.dev_status, today)
        pending = planning.pending_of(session, customer_id)
        return row_of(session, pending[0] if pending else None)


def mark_churned(db: Database, customer_id: int, today: date, reason: str = "") -> int:
    """Set the client churned (已流失) and cancel its pending steps; returns how many."""
    with db.session() as session, session.begin():
        customer = planning.live_customer(session, customer_id)
        customer.dev_status = DevStatus.CHURNED
        pending = planning.pending_of(session, customer_id)
        note = f"客户已流失（{today}）" + (f"：{reason.strip()}" if reason.strip() else "")
        planning.cancel(pending, note)
        session.flush()
        planning.sync_customers(session, [customer_id])
        return len(pending)


def _move(session: Session, old: FollowUp, due_on: date, reason: str) -> FollowUp:
    old.status, old.reason = FollowUpStatus.CANCELLED, f"改期到 {due_on}：{reason}"
    new = FollowUp(
        customer_id=old.customer_id,
        stage=old.stage,
        due_on=due_on,
        status=PENDING,
        purpose=old.purpose,
        suggested_action=old.suggested_action,
        # A C briefing is rebuilt so it reflects the dossier as it is now.
        briefing=briefing(session, old.customer_id) if old.stage == Stage.C else old.briefing,
        reason=f"由 {old.due_on} 改期：{reason}",
    )
    session.add(new)
    session.flush()
    return new
