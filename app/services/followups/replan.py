"""Keeping the plan right when a client's tier or development status changes.

Session-level, so whoever changes a tier or status — ``followups.set_tier``,
``customers.update_customer``, the bulk ``customers.set_segment`` — re-plans
in the same transaction, and ``create_customer`` gives a new client its A.

The rules: a churned client has no pending step. A step whose stage no
longer fits (a not-developed client marked cooperating should be retained,
not met for the first time) is replaced by the one the policy proposes. On
a tier change a future B, C or D is planned again by the new cadence; an
overdue step stays (it is due either way) and A does not depend on the tier.
Replaced steps are cancelled with the reason, never deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Customer, FollowUp
from app.models.enums import DevStatus, Stage, Tier
from app.services.followup_policy import NextStep, next_step, read_policy
from app.services.followups import planning
from app.services.labels import label

CHURNED_REASON = "客户已流失"


def plan_client(session: Session, customer: Customer, today: date) -> FollowUp | None:
    """Give the client exactly one pending step (none once churned); returns it.

    Extra pending steps are cancelled, the earliest kept.
    """
    session.flush()
    pending = planning.pending_of(session, customer.id)
    if customer.dev_status == DevStatus.CHURNED:
        planning.cancel(pending, CHURNED_REASON)
        kept = None
    elif pending:
        planning.cancel(pending[1:], "重复的待办，已保留最早的一条")
        kept = pending[0]
    else:
        kept = planning.schedule_next(session, customer, read_policy(session), today)
    planning.sync_customers(session, [customer.id])
    return kept


def replan_for_change(
    session: Session, customer: Customer, old_tier: Tier, old_status: DevStatus, today: date
) -> bool:
    """Re-plan one client whose tier and status were ``old_*``; True if a step changed."""
    return replan_for_changes(session, [(customer, old_tier, old_status)], today) == 1


def replan_for_changes(
    session: Session, changes: Iterable[tuple[Customer, Tier, DevStatus]], today: date
) -> int:
    """Re-plan every (client, old tier, old status) that changed; returns how many did.

    The plan state of all of them is read with one query per few hundred
    clients, so a bulk tier change of thousands stays one quick transaction.
    """
    changed = {
        customer.id: (customer, Tier(old_tier), DevStatus(old_status))
        for customer, old_tier, old_status in changes
        if customer.tier != old_tier or customer.dev_status != old_status
    }
    if not changed:
        return 0
    session.flush()  # the state query must see the new tier and status
    policy = read_policy(session)
    ids = sorted(changed)
    touched: list[int] = []
    for start in range(0, len(ids), planning.CHUNK):
        chunk = ids[start : start + planning.CHUNK]
        pending = _pending_by_client(session, chunk)
        for cid, state, last in planning.states(session, Customer.id.in_(chunk)):
            customer, old_tier, old_status = changed[cid]
            steps = pending.get(cid, [])
            proposed = next_step(policy, state, last or today, today)
            if proposed is None:  # churned
                if steps:
                    planning.cancel(steps, CHURNED_REASON)
                    touched.append(cid)
                continue
            reason = _why_replan(customer, old_tier, old_status, steps, proposed, today)
            if reason is None:
                continue
            planning.cancel(steps, reason)
            session.add(FollowUp(**planning.new_row(session, cid, proposed)))
            touched.append(cid)
    session.flush()
    planning.sync_customers(session, touched)
    return len(touched)


def _why_replan(
    customer: Customer,
    old_tier: Tier,
    old_status: DevStatus,
    steps: list[FollowUp],
    proposed: NextStep,
    today: date,
) -> str | None:
    """Why the pending step gives way to ``proposed``; None when it stays."""
    if not steps:
        return ""  # nothing to cancel: the client simply gets its step
    current = steps[0]
    if current.stage != proposed.stage:
        if customer.dev_status != old_status:
            return f"开发状态由{label(old_status)}调整为{label(customer.dev_status)}，按新阶段重排"
        return f"计划阶段应为{label(proposed.stage)}，重排"
    future = current.stage != Stage.A and current.due_on >= today
    if customer.tier != old_tier and future:
        return f"等级由{label(old_tier)}调整为{label(customer.tier)}，按新节奏重排"
    return None


def _pending_by_client(session: Session, ids: list[int]) -> dict[int, list[FollowUp]]:
    query = select(FollowUp).where(
        FollowUp.customer_id.in_(ids), FollowUp.status == planning.PENDING
    )
    found: dict[int, list[FollowUp]] = {}
    for follow_up in session.scalars(query.order_by(FollowUp.due_on, FollowUp.id)):
        found.setdefault(follow_up.customer_id, []).append(follow_up)
    return found
