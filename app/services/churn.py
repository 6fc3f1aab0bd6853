"""顾客退出管理: marking a client churned, the value lost, and the churn rate.

Lifetime value is the sum of the client's order amounts except returned
orders: a returned order's money went back, so it was never earned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import Session

from app.models import ChurnRecord, Customer, Order, Tag, customer_tag
from app.models.db import Database
from app.models.enums import ChurnReason, DevStatus, OrderStatus
from app.services import followups
from app.services.errors import NotFoundError, ValidationError
from app.services.labels import label, parse_label


@dataclass(frozen=True)
class ChurnResult:
    record_id: int
    customer_id: int
    churned_on: date
    reason: ChurnReason
    lifetime_value: Decimal
    cancelled_follow_ups: int


@dataclass(frozen=True)
class ChurnRate:
    """Clients lost in [start, end] among those who were clients in that period."""

    start: date
    end: date
    churned: int
    base: int

    @property
    def rate(self) -> float:
        return self.churned / self.base if self.base else 0.0


def lifetime_value_query(customer_id: object) -> Select:
    """Σ amount of the client's orders, returned ones excluded (0 when none)."""
    return select(func.coalesce(func.sum(Order.amount), 0)).where(
        Order.customer_id == customer_id, Order.status != OrderStatus.RETURNED
    )


def _lifetime_value(session: Session, customer_id: int) -> Decimal:
    return Decimal(str(session.scalar(lifetime_value_query(customer_id)))).quantize(Decimal("0.01"))


def lifetime_value(db: Database, customer_id: int) -> Decimal:
    """What losing the client costs, shown in the churn dialog before confirming."""
    with db.session() as session:
        return _lifetime_value(session, customer_id)


def mark_churned(
    db: Database,
    customer_id: int,
    reason: ChurnReason | str,
    retention_actions: str | None,
    churned_on: date,
    notes: str | None = None,
) -> ChurnResult:
    """Record why the client left and set them churned, in one transaction.

    The follow-up plan then cancels the client's pending steps. That is a
    second transaction of the follow-up service; should it fail, the client
    is still churned and the plan's next sweep (``plan_new_clients``) cancels
    the steps of every churned client.
    """
    code = reason if isinstance(reason, ChurnReason) else parse_label(ChurnReason, str(reason))
    if code is None:
        message = f"reason must be one of {', '.join(ChurnReason)}"
        raise ValidationError.single("reason", "invalid_choice", message, reason)
    with db.session() as session, session.begin():
        customer = session.get(Customer, customer_id)
        if customer is None or customer.deleted_at is not None:
            raise NotFoundError("client", customer_id)
        if customer.dev_status == DevStatus.CHURNED:
            message = f"client {customer_id} is already churned"
            raise ValidationError.single("dev_status", "already_churned", message, customer_id)
        record = ChurnRecord(
            customer_id=customer_id,
            churned_on=churned_on,
            reason=code,
            retention_actions=(retention_actions or "").strip() or None,
            lifetime_value=_lifetime_value(session, customer_id),
            notes=(notes or "").strip() or None,
        )
        session.add(record)
        customer.dev_status = DevStatus.CHURNED
        session.flush()
        result = (record.id, record.lifetime_value)
    cancelled = followups.mark_churned(db, customer_id, churned_on, label(code))
    return ChurnResult(result[0], customer_id, churned_on, code, result[1], cancelled)


def joined_on() -> object:
    """When a client joined: 入网时间, else the day the dossier was created."""
    return func.coalesce(Customer.client_since, func.date(Customer.created_at))


def tagged(tag: str) -> object:
    """Clients carrying the tag ``tag``."""
    ids = (
        select(customer_tag.c.customer_id)
        .join(Tag, Tag.id == customer_tag.c.tag_id)
        .where(Tag.name == tag)
    )
    return Customer.id.in_(ids)


def churn_rate(db: Database, start: date, end: date, tag: str | None = None) -> ChurnRate:
    """Churned in the period ÷ clients in the period.

    A client counts in the base if they joined by ``end`` and had not already
    left before ``start``; churned counts those of them with a churn record
    dated in the period. Trashed clients are left out of both.
    """
    with db.session() as session:
        return read_churn_rate(session, start, end, tag)


def read_churn_rate(session: Session, start: date, end: date, tag: str | None = None) -> ChurnRate:
    """``churn_rate`` inside a session another operation holds (the Reports page)."""
    left_before = exists().where(
        ChurnRecord.customer_id == Customer.id, ChurnRecord.churned_on < start
    )
    left_during = exists().where(
        ChurnRecord.customer_id == Customer.id, ChurnRecord.churned_on.between(start, end)
    )
    base = [Customer.deleted_at.is_(None), joined_on() <= end, ~left_before]
    if tag:
        base.append(tagged(tag))
    query = select(func.count(), func.count().filter(left_during)).where(and_(*base))
    total, churned = session.execute(query).one()
    return ChurnRate(start, end, churned, total)
