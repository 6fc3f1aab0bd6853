"""The 5W1H of each visit, read from the live dossiers in a few set-wise queries."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models import Complaint, Customer, FollowUp, Interaction, Order
from app.models.enums import ComplaintStatus, ContactLabel, FollowUpStatus, OrderStatus, Stage
from app.services.care import CareRow
from app.services.visit_plan.model import (
    How,
    LastContact,
    OpenComplaint,
    OpenOrder,
    PlanItem,
    TalkingPoint,
    VisitEntry,
    What,
    When,
    Where,
    Who,
    Why,
)

_OPEN_ORDERS = (OrderStatus.ORDERED, OrderStatus.SHIPPED)


class Facts:
    """What the entries need, read in a few set-wise queries over one session."""

    def __init__(self, session: Session, ids: list[int], follow_up_ids: list[int]) -> None:
        query = (
            select(Customer)
            .where(Customer.id.in_(ids), Customer.deleted_at.is_(None))
            .options(
                selectinload(Customer.phones),
                selectinload(Customer.addresses),
                selectinload(Customer.family),
            )
        )
        self.customers = {c.id: c for c in session.scalars(query)}
        self.follow_ups = {
            f.id: f for f in session.scalars(select(FollowUp).where(FollowUp.id.in_(follow_up_ids)))
        }
        # A client added by hand is visited for its pending step, when it has one.
        self.pending: dict[int, FollowUp] = {}
        pending = select(FollowUp).where(
            FollowUp.customer_id.in_(ids), FollowUp.status == FollowUpStatus.PENDING
        )
        for f in session.scalars(pending.order_by(FollowUp.due_on.desc(), FollowUp.id.desc())):
            self.pending[f.customer_id] = f  # the earliest is written last and kept
        newest = (
            func.row_number()
            .over(
                partition_by=Interaction.customer_id,
                order_by=(Interaction.occurred_at.desc(), Interaction.id.desc()),
            )
            .label("n")
        )
        ranked = select(Interaction.id, newest).where(Interaction.customer_id.in_(ids)).subquery()
        last = select(Interaction).join(ranked, ranked.c.id == Interaction.id)
        self.last = {i.customer_id: i for i in session.scalars(last.where(ranked.c.n == 1))}
        orders = select(Order).where(Order.customer_id.in_(ids), Order.status.in_(_OPEN_ORDERS))
        self.orders: dict[int, list[Order]] = {}
        for o in session.scalars(orders.order_by(Order.ordered_on, Order.id)):
            self.orders.setdefault(o.customer_id, []).append(o)
        complaints = select(Complaint).where(
            Complaint.customer_id.in_(ids), Complaint.status == ComplaintStatus.OPEN
        )
        self.complaints: dict[int, list[Complaint]] = {}
        for k in session.scalars(complaints.order_by(Complaint.received_on, Complaint.id)):
            self.complaints.setdefault(k.customer_id, []).append(k)


def visit_entry(item: PlanItem, facts: Facts, care: dict[int, list[CareRow]]) -> VisitEntry:
    """The visit of ``item`` answering 5W1H from the facts read for it."""
    c = facts.customers[item.customer_id]
    step = facts.follow_ups.get(item.follow_up_id) or facts.pending.get(c.id)
    why = Why(
        step.stage if step else None,
        step.purpose if step else None,
        step.due_on if step else None,
        c.tier,
        c.dev_status,
    )
    last = facts.last.get(c.id)
    points = (
        ()
        if last is None
        else tuple(
            TalkingPoint(topic, text)
            for topic, text in (
                ("problems", last.problems),
                ("client_plans", last.client_plans),
                ("interests", last.interests),
            )
            if text
        )
    )
    what = What(
        points,
        last and LastContact(last.occurred_at, last.channel, last.summary, last.next_step),
        tuple(
            OpenOrder(o.ordered_on, o.product, o.amount, o.status, o.contract_no)
            for o in facts.orders.get(c.id, ())
        ),
        tuple(
            OpenComplaint(k.received_on, k.subject, k.details)
            for k in facts.complaints.get(c.id, ())
        ),
    )
    phones = tuple((p.label, p.original) for p in sorted(c.phones, key=lambda p: p.position))
    who = Who(c.display_name, c.position, c.company, phones, c.assistant_name, c.assistant_phone)
    own = facts.follow_ups.get(item.follow_up_id)
    if item.time is None and own is not None and own.appointment_at is not None:
        # The time agreed earlier (kept with the follow-up) is the visit's time.
        item = replace(item, day=own.appointment_at.date(), time=own.appointment_at.time())
    when = When(item.day, item.time)
    return VisitEntry(item, why, what, who, when, _where(c), _how(c, step, care.get(c.id, [])))


def _where(c: Customer) -> Where:
    addresses = sorted(c.addresses, key=lambda a: a.position)
    # The work address is where a visit goes; a home address only when it is all there is.
    chosen = next((a for a in addresses if a.label == ContactLabel.WORK), None)
    chosen = chosen or (addresses[0] if addresses else None)
    if chosen is None:
        return Where(None, c.city, None, c.visit_directions)
    return Where(
        chosen.one_line() or None, chosen.city or c.city, chosen.district, c.visit_directions
    )


def _how(c: Customer, step: FollowUp | None, care: list[CareRow]) -> How:
    family = tuple(
        " ".join(p for p in (m.relation, m.name) if p)
        + (f"（{m.birth_year}）" if m.birth_year else "")
        + (f"：{m.notes}" if m.notes else "")
        for m in c.family
    )
    return How(
        interests=c.interests,
        consumption_habits=c.consumption_habits,
        favourite_colour=c.favourite_colour,
        food_taste=c.food_taste,
        taboos=c.taboos,
        superstitions=c.superstitions,
        family=family,
        care=tuple(care),
        retention=step.suggested_action if step and step.stage == Stage.D else None,
        loyalty_points=c.loyalty_points or 0,
        club_member=bool(c.club_member),
    )
