"""The read side of the plan: rows for the Today page, the calendar, the badge.

Every query returns plain ``FollowUpRow`` values; none writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select, union
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from app.models import Customer, FollowUp
from app.models.db import Database
from app.models.enums import DevStatus, FollowUpStatus, Stage, Tier
from app.services.errors import NotFoundError
from app.services.followups.planning import PENDING, pending_clause


@dataclass(frozen=True)
class FollowUpRow:
    """Everything a Today-page or calendar row shows about one follow-up."""

    id: int
    customer_id: int
    customer_name: str
    company: str | None
    phone: str | None
    tier: Tier
    dev_status: DevStatus
    stage: Stage
    due_on: date
    status: FollowUpStatus
    purpose: str | None
    briefing: str | None  # C: what to remember about the client
    suggested_action: str | None  # D: the retention idea
    reason: str | None  # why it was moved, skipped or cancelled
    completed_at: datetime | None


@dataclass(frozen=True)
class Agenda:
    """The Today page's follow-ups; each list holds at most ``limit`` rows, the
    totals count them all."""

    today: date
    overdue: list[FollowUpRow]
    due_today: list[FollowUpRow]
    upcoming: list[FollowUpRow]  # after today, up to and including today + days
    overdue_total: int
    due_today_total: int
    upcoming_total: int


_COLUMNS = (
    FollowUp.id,
    FollowUp.customer_id,
    Customer.display_name,
    Customer.company,
    Customer.primary_phone,
    Customer.tier,
    Customer.dev_status,
    FollowUp.stage,
    FollowUp.due_on,
    FollowUp.status,
    FollowUp.purpose,
    FollowUp.briefing,
    FollowUp.suggested_action,
    FollowUp.reason,
    FollowUp.completed_at,
)
# Within a day, the strictest tier first, then by name as the list sorts it.
_TIER_RANK = case(
    {tier.value: rank for rank, tier in enumerate(Tier)}, value=Customer.tier, else_=9
)
_ORDER = (FollowUp.due_on, _TIER_RANK, Customer.name_sort, FollowUp.id)


def _plus(column):
    """``+column``: the same value, but SQLite will not pick that column's index.

    Without statistics SQLite takes the status and deleted_at indexes for
    narrow, yet nearly every follow-up is pending and nearly every client
    live: hiding them lets a date-limited list walk the due_on index in order.
    """
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


# Pending steps of live clients, for queries narrowed by due date.
_DUE = (
    _plus(FollowUp.status) == PENDING,
    _plus(Customer.deleted_at).is_(None),
    Customer.dev_status != DevStatus.CHURNED,
)


def rows(session: Session, *where: object, limit: int | None = None) -> list[FollowUpRow]:
    query = select(*_COLUMNS).join(Customer, Customer.id == FollowUp.customer_id)
    query = query.where(*where).order_by(*_ORDER).limit(limit)
    return [FollowUpRow(*row) for row in session.execute(query)]


def row_of(session: Session, follow_up: FollowUp | None) -> FollowUpRow | None:
    return None if follow_up is None else rows(session, FollowUp.id == follow_up.id)[0]


def _count_live(session: Session, *tests: Callable[[Any], Any]) -> list[int]:
    """How many pending steps of live clients pass each test of the due date.

    One pass over follow_up alone, less the steps of the few trashed or
    churned clients (found through their indexes): joining every counted row
    to the wide customer table is three times slower at 100k clients.
    """

    def counts(due_on: Any) -> list[Any]:
        return [func.count(case((test(due_on), 1))) for test in tests]

    def any_test(due_on: Any) -> Any:
        return or_(*(test(due_on) for test in tests))

    every = select(*counts(FollowUp.due_on)).where(
        FollowUp.status == PENDING, any_test(FollowUp.due_on)
    )
    gone = union(
        select(Customer.id).where(Customer.deleted_at.is_not(None)),
        select(Customer.id).where(Customer.dev_status == DevStatus.CHURNED),
    )
    theirs = select(*counts(FollowUp.due_on)).where(
        FollowUp.customer_id.in_(gone),
        _plus(FollowUp.status) == PENDING,
        any_test(_plus(FollowUp.due_on)),
    )
    everyone, not_live = session.execute(every).one(), session.execute(theirs).one()
    return [a - b for a, b in zip(everyone, not_live, strict=True)]


def agenda(db: Database, today: date, days: int = 7, limit: int = 200) -> Agenda:
    """Pending steps of live clients: overdue, due today, and due in the next ``days``."""
    week_end = today + timedelta(days=days)
    sections = (
        lambda due_on: due_on < today,
        lambda due_on: due_on == today,
        lambda due_on: due_on.between(today + timedelta(days=1), week_end),
    )
    with db.session() as session:
        lists = [rows(session, *_DUE, due(FollowUp.due_on), limit=limit) for due in sections]
        full = any(len(found) == limit for found in lists)
        totals = _count_live(session, *sections) if full else [len(found) for found in lists]
    return Agenda(today, *lists, *totals)


def overdue_count(db: Database, today: date) -> int:
    """The navigation badge: pending steps of live clients due before today."""
    with db.session() as session:
        return _count_live(session, lambda due_on: due_on < today)[0]


def follow_ups_between(
    db: Database,
    start: date,
    end: date,
    statuses: tuple[FollowUpStatus, ...] = (PENDING, FollowUpStatus.DONE, FollowUpStatus.SKIPPED),
    limit: int | None = None,
) -> list[FollowUpRow]:
    """Follow-ups due from ``start`` to ``end`` inclusive, for a week or month view.

    Cancelled rows (moved or dropped steps) are left out unless asked for.
    """
    with db.session() as session:
        return rows(
            session,
            FollowUp.due_on.between(start, end),
            _plus(FollowUp.status).in_(statuses),
            _plus(Customer.deleted_at).is_(None),
            limit=limit,
        )


def pending_counts(db: Database, start: date, end: date) -> dict[date, int]:
    """Pending steps per day, for a month grid over a large client base."""
    query = (
        select(FollowUp.due_on, func.count(FollowUp.id))
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(*_DUE, FollowUp.due_on.between(start, end))
        .group_by(FollowUp.due_on)
    )
    with db.session() as session:
        return dict(session.execute(query).all())


def pending_step(db: Database, customer_id: int) -> FollowUpRow | None:
    """A client's next step, for the dossier header."""
    with db.session() as session:
        found = rows(session, pending_clause(customer_id), limit=1)
        return found[0] if found else None


def follow_up_row(db: Database, follow_up_id: int) -> FollowUpRow:
    with db.session() as session:
        found = rows(session, FollowUp.id == follow_up_id)
        if not found:
            raise NotFoundError("follow-up", follow_up_id)
        return found[0]
