"""Session-level pieces of the A–D plan, shared by every write of the package.

They run inside a transaction some public operation already holds: reading a
client's plan state, adding the next step by the policy, cancelling steps,
and recomputing the denormalised ``Customer`` list columns.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from app.models import Customer, FollowUp, Interaction
from app.models.enums import DevStatus, FollowUpStatus, Stage
from app.services.errors import NotFoundError, ValidationError
from app.services.followup_policy import FollowUpPolicy, NextStep, PlanState, next_step
from app.services.followups.briefing import briefing

PENDING = FollowUpStatus.PENDING
CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


def live_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise NotFoundError("client", customer_id)
    return customer


def pending_follow_up(session: Session, follow_up_id: int) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFoundError("follow-up", follow_up_id)
    live_customer(session, follow_up.customer_id)
    if follow_up.status != PENDING:
        message = f"follow-up {follow_up_id} is {follow_up.status.value}, not pending"
        raise ValidationError.single("status", "not_pending", message, follow_up.status)
    return follow_up


def pending_clause(customer_id: object) -> object:
    return and_(FollowUp.customer_id == customer_id, FollowUp.status == PENDING)


def pending_of(session: Session, customer_id: int) -> list[FollowUp]:
    query = select(FollowUp).where(pending_clause(customer_id))
    return list(session.scalars(query.order_by(FollowUp.due_on, FollowUp.id)))


def live() -> object:
    return and_(Customer.deleted_at.is_(None), Customer.dev_status != DevStatus.CHURNED)


def cancel(follow_ups: list[FollowUp], reason: str) -> None:
    for follow_up in follow_ups:
        follow_up.status, follow_up.reason = FollowUpStatus.CANCELLED, reason


def states(session: Session, *where: object) -> list[tuple[int, PlanState, date | None]]:
    """(client id, plan state, date of the last contact) for the clients matching ``where``."""
    i = Interaction
    mine = i.customer_id == Customer.id
    # The codes A < B < C < D sort as letters, so MAX is the furthest stage logged.
    logged = select(func.max(i.stage)).where(mine, i.stage.is_not(None)).scalar_subquery()
    touches = select(func.count(i.id)).where(mine, i.stage == Stage.B).scalar_subquery()
    last = select(func.max(i.occurred_at)).where(mine).scalar_subquery()
    retained = (
        select(func.count(FollowUp.id))
        .where(
            FollowUp.customer_id == Customer.id,
            FollowUp.stage == Stage.D,
            FollowUp.status.in_([FollowUpStatus.DONE, FollowUpStatus.SKIPPED]),
        )
        .scalar_subquery()
    )
    query = select(Customer.id, Customer.tier, Customer.dev_status, logged, touches, last, retained)
    result = []
    for cid, tier, status, stage, n_touches, last_at, n_retained in session.execute(
        query.where(*where).order_by(Customer.id)
    ):
        state = PlanState(tier, status, stage and Stage(stage), n_touches, n_retained)
        result.append((cid, state, last_at.date() if last_at else None))
    return result


def schedule_next(
    session: Session,
    customer: Customer,
    policy: FollowUpPolicy,
    today: date,
    base: date | None = None,
) -> FollowUp | None:
    """Add the next pending step by the policy; ``base`` defaults to the last contact."""
    session.flush()  # the state query must see this operation's changes
    [(cid, state, last)] = states(session, Customer.id == customer.id)
    step = next_step(policy, state, base or last or today, today)
    if step is None:
        return None
    follow_up = FollowUp(**new_row(session, cid, step))
    session.add(follow_up)
    session.flush()
    return follow_up


def new_row(session: Session, customer_id: int, step: NextStep) -> dict:
    """The columns of a new pending step; a C step carries its briefing."""
    return {
        "customer_id": customer_id,
        "stage": step.stage,
        "due_on": step.due_on,
        "status": PENDING,
        "purpose": step.purpose,
        "suggested_action": step.suggested_action,
        "briefing": briefing(session, customer_id) if step.stage == Stage.C else None,
    }


def sync_customers(session: Session, ids: list[int]) -> None:
    """Recompute the list columns from the history they summarise."""
    next_due = select(func.min(FollowUp.due_on)).where(pending_clause(Customer.id))
    last = select(func.max(Interaction.occurred_at)).where(Interaction.customer_id == Customer.id)
    for start in range(0, len(ids), CHUNK):
        session.execute(
            update(Customer)
            .where(Customer.id.in_(ids[start : start + CHUNK]))
            .values(
                next_follow_up_on=next_due.scalar_subquery(),
                last_contact_at=last.scalar_subquery(),
                updated_at=Customer.updated_at,  # derived columns: not an edit of the dossier
            )
            .execution_options(synchronize_session=False)
        )
