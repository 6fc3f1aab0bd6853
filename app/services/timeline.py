"""One chronological history of a client, newest first, across every history table.

Each table is read with its own indexed query (newest first, cut at ``limit``)
and the sorted streams are merged, so a long history costs ``limit`` rows per
table, never the whole history.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from app.models import (
    Assessment,
    ChurnRecord,
    Complaint,
    FollowUp,
    Interaction,
    Order,
    Promotion,
    ServiceRequest,
)
from app.models.db import Database
from app.models.enums import ChurnReason, FollowUpStatus, Stage


class EntryKind(StrEnum):
    INTERACTION = "interaction"
    ORDER = "order"
    COMPLAINT = "complaint"
    SERVICE_REQUEST = "service_request"
    ASSESSMENT = "assessment"
    FOLLOW_UP = "follow_up"
    CHURN = "churn"
    PROMOTION = "promotion"


@dataclass(frozen=True)
class TimelineEntry:
    """One dated event of a client's history.

    ``status`` is the row's state as a code the UI can label (an order's
    ``OrderStatus``, a follow-up's ``FollowUpStatus``, a contact's ``Channel``,
    a churn's ``ChurnReason``, an assessment's band); ``has_time`` is False for
    rows dated by day only, which sort at the start of their day.
    """

    when: datetime
    kind: EntryKind
    title: str
    detail: str
    status: StrEnum | str | None
    record_id: int
    has_time: bool = False
    stage: Stage | None = None  # the A–D step of a contact or follow-up
    amount: Decimal | None = None  # an order's amount, a score, a churn's lost lifetime value


def _day(d: date) -> datetime:
    return datetime.combine(d, time.min)


def _join(*parts: object) -> str:
    return "\n".join(str(p) for p in parts if p)


def _interactions(cid: int) -> tuple[Select, Callable[[Any], TimelineEntry]]:
    query = select(Interaction).where(Interaction.customer_id == cid)
    query = query.order_by(Interaction.occurred_at.desc(), Interaction.id.desc())

    def entry(r: Interaction) -> TimelineEntry:
        detail = _join(r.problems, r.client_plans, r.interests, r.next_step)
        return TimelineEntry(
            r.occurred_at,
            EntryKind.INTERACTION,
            r.summary,
            detail,
            r.channel,
            r.id,
            has_time=True,
            stage=r.stage,
        )

    return query, entry


def _orders(cid: int) -> tuple[Select, Callable[[Any], TimelineEntry]]:
    query = select(Order).where(Order.customer_id == cid)
    query = query.order_by(Order.ordered_on.desc(), Order.id.desc())

    def entry(r: Order) -> TimelineEntry:
        quantity = r.quantity.normalize() if r.quantity is not None else None
        title = f"{r.product} × {quantity:f}" if quantity not in (None, 1) else r.product
        return TimelineEntry(
            _day(r.ordered_on),
            EntryKind.ORDER,
            title,
            r.contract_no or "",
            r.status,
            r.id,
            amount=r.amount,
        )

    return query, entry


def _complaints(cid: int) -> tuple[Select, Callable[[Any], TimelineEntry]]:
    query = select(Complaint).where(Complaint.customer_id == cid)
    query = query.order_by(Complaint.received_on.desc(), Complaint.id.desc())

    def entry(r: Complaint) -> TimelineEntry:
        detail = _join(r.details, r.resolution)
        return TimelineEntry(
            _day(r.received_on), EntryKind.COMPLAINT, r.subject, detail, r.status, r.id
        )

    return query, entry


def _service_requests(cid: int) -> tuple[Select, Callable[[Any], TimelineEntry]]:
    query = select(ServiceRequest).where(ServiceRequest.customer_id == cid)
    query = query.order_by(ServiceRequest.requested_on.desc(), ServiceRequest.id.desc())

    def entry(r: ServiceRequest) -> TimelineEntry:
        status = "done" if r.done_on else "open"
        return TimelineEntry(
            _day(r.requested_on),
            EntryKind.SERVICE_REQUEST,
            r.subject,
            r.details or "",
            status,
            r.id,
        )

    return query, entry


def _assessments(cid: int) -> tuple[Select, Callable[[Any], TimelineEntry]]:
    query = select(Assessment).where(Assessment.customer_id == cid)
    query = query.order_by(Assessment.taken_on.desc(), Assessment.id.desc())

    def entry(r: Assessment) -> TimelineEntry:
        return TimelineEntry(
            _day(r.taken_on),
            EntryKind.ASSESSMENT,
            f"{r.score:f}",
            r.notes or "",
            r.band,
            r.id,
            amount=r.score,
        )

    return query, entry


def _follow_ups(cid: int) -> tuple[Select, Callable[[Any], TimelineEntry]]:
    # A done follow-up happened when it was completed; the others are dated by
    # their due day (a pending one may lie in the future and then leads the list).
    done = (FollowUp.status == FollowUpStatus.DONE) & FollowUp.completed_at.is_not(None)
    when = func.coalesce(case((done, FollowUp.completed_at)), FollowUp.due_on)
    query = select(FollowUp).where(FollowUp.customer_id == cid)
    query = query.order_by(when.desc(), FollowUp.id.desc())

    def entry(r: FollowUp) -> TimelineEntry:
        completed = r.status == FollowUpStatus.DONE and r.completed_at is not None
        moment = r.completed_at if completed else _day(r.due_on)
        detail = _join(r.reason, r.suggested_action)
        return TimelineEntry(
            moment,
            EntryKind.FOLLOW_UP,
            r.purpose or "",
            detail,
            r.status,
            r.id,
            has_time=completed,
            stage=r.stage,
        )

    return query, entry


def _churn(cid: int) -> tuple[Select, Callable[[Any], TimelineEntry]]:
    query = select(ChurnRecord).where(ChurnRecord.customer_id == cid)
    query = query.order_by(ChurnRecord.churned_on.desc(), ChurnRecord.id.desc())

    def entry(r: ChurnRecord) -> TimelineEntry:
        return TimelineEntry(
            _day(r.churned_on),
            EntryKind.CHURN,
            r.notes or "",
            r.retention_actions or "",
            ChurnReason(r.reason),
            r.id,
            amount=r.lifetime_value,
        )

    return query, entry


def _promotions(cid: int) -> tuple[Select, Callable[[Any], TimelineEntry]]:
    query = select(Promotion).where(Promotion.customer_id == cid)
    query = query.order_by(Promotion.joined_on.desc(), Promotion.id.desc())

    def entry(r: Promotion) -> TimelineEntry:
        return TimelineEntry(
            _day(r.joined_on), EntryKind.PROMOTION, r.name, r.notes or "", None, r.id
        )

    return query, entry


_Source = Callable[[int], tuple[Select, Callable[[Any], TimelineEntry]]]
_SOURCES: dict[EntryKind, _Source] = {
    EntryKind.INTERACTION: _interactions,
    EntryKind.ORDER: _orders,
    EntryKind.COMPLAINT: _complaints,
    EntryKind.SERVICE_REQUEST: _service_requests,
    EntryKind.ASSESSMENT: _assessments,
    EntryKind.FOLLOW_UP: _follow_ups,
    EntryKind.CHURN: _churn,
    EntryKind.PROMOTION: _promotions,
}


def _stream(session: Session, source: _Source, cid: int, limit: int | None) -> list:
    query, entry = source(cid)
    if limit is not None:
        query = query.limit(limit)
    return [entry(row) for row in session.scalars(query)]


def timeline(
    db: Database, customer_id: int, limit: int | None = None, kinds: Iterable[EntryKind] = ()
) -> list[TimelineEntry]:
    """The client's history, newest first; at most ``limit`` entries; ``kinds`` narrows it."""
    wanted = set(kinds) or set(_SOURCES)
    with db.session() as session:
        streams = [
            _stream(session, source, customer_id, limit)
            for kind, source in _SOURCES.items()
            if kind in wanted
        ]
    merged = heapq.merge(*streams, key=lambda e: e.when, reverse=True)
    return list(itertools.islice(merged, limit))
