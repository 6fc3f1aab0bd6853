"""The A–D plan at work: every live client has exactly one pending next step.

Logging a contact, completing, rescheduling, snoozing or skipping a follow-up,
a tier change and churn each run in one transaction that also keeps the
denormalised ``Customer.next_follow_up_on`` / ``last_contact_at`` in step.
Nothing is deleted: a follow-up that is moved or dropped keeps its row with a
status and a reason. The read side (rows for the Today page and the
calendar) is at the end of the module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, exists, func, insert, or_, select, union, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from app.models import Complaint, Customer, FamilyMember, FollowUp, Interaction
from app.models.db import Database
from app.models.enums import Channel, ComplaintStatus, DevStatus, FollowUpStatus, Stage, Tier
from app.services.errors import FieldError, NotFoundError, ValidationError
from app.services.followup_policy import (
    STAGES,
    FollowUpPolicy,
    NextStep,
    PlanState,
    next_step,
    read_policy,
)
from app.services.labels import label, parse_label

PENDING = FollowUpStatus.PENDING
_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit


@dataclass(frozen=True)
class ContactInput:
    """One logged contact, as the "log contact" dialog fills it in."""

    occurred_at: datetime
    channel: Channel | str = Channel.PHONE
    summary: str = ""
    stage: Stage | str | None = None  # None when completing: the follow-up's own stage
    problems: str | None = None  # problems the client raised
    client_plans: str | None = None  # the client's next plans
    interests: str | None = None  # interests noticed
    next_step: str | None = None  # what we promised to do next


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
class ContactResult:
    interaction_id: int
    next: FollowUpRow | None  # the pending next step afterwards (None once churned)


@dataclass(frozen=True)
class PlanSweep:
    planned: int  # live clients that had no pending step and now have one
    cancelled: int  # pending steps of churned clients that were cancelled


# --- writing --------------------------------------------------------------------


def ensure_plan(db: Database, customer_id: int, today: date) -> FollowUpRow | None:
    """Make the client have exactly one pending step (none once churned).

    Call after a dossier edit; extra pending steps are cancelled, the earliest kept.
    """
    with db.session() as session, session.begin():
        customer = _live_customer(session, customer_id)
        pending = _pending_of(session, customer_id)
        if customer.dev_status == DevStatus.CHURNED:
            _cancel(pending, "客户已流失")
            kept = None
        elif pending:
            _cancel(pending[1:], "重复的待办，已保留最早的一条")
            kept = pending[0]
        else:
            kept = _schedule_next(session, customer, read_policy(session), today)
        _sync_customers(session, [customer_id])
        return _row(session, kept)


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
        unplanned = ~exists().where(_pending_clause(Customer.id))
        rows, ids = [], []
        for cid, state, last in _states(session, _live(), unplanned):
            step = next_step(policy, state, last or today, today)
            briefing = _briefing(session, cid) if step.stage == Stage.C else None
            rows.append(_new_row(cid, step, briefing))
            ids.append(cid)
        if rows:
            session.execute(insert(FollowUp), rows)
            _sync_customers(session, ids)
        return PlanSweep(planned=len(rows), cancelled=cancelled)


def log_contact(
    db: Database, customer_id: int, contact: ContactInput, today: date
) -> ContactResult:
    """Record a contact; a staged one also completes the pending step it covers.

    A contact at stage S covers a pending step of stage S or earlier (logging
    the first visit completes the pending A), which is then done and the next
    step planned. Otherwise the pending step stays as it is.
    """
    clean = _clean_contact(contact, today)
    with db.session() as session, session.begin():
        customer = _live_customer(session, customer_id)
        interaction = _add_interaction(session, customer_id, clean, clean.stage)
        pending = _pending_of(session, customer_id)
        current = pending[0] if pending else None
        covers = clean.stage is not None and (
            current is None or STAGES.index(current.stage) <= STAGES.index(clean.stage)
        )
        if covers and current is not None:
            _mark_done(current, interaction)
        if covers or current is None:
            current = _schedule_next(session, customer, read_policy(session), today)
        _sync_customers(session, [customer_id])
        return ContactResult(interaction.id, _row(session, current))


def complete_follow_up(
    db: Database, follow_up_id: int, contact: ContactInput, today: date
) -> ContactResult:
    """Log the follow-up's contact and plan the next step, in one transaction."""
    clean = _clean_contact(contact, today)
    with db.session() as session, session.begin():
        follow_up = _pending_follow_up(session, follow_up_id)
        customer = _live_customer(session, follow_up.customer_id)
        interaction = _add_interaction(session, customer.id, clean, clean.stage or follow_up.stage)
        _mark_done(follow_up, interaction)
        following = _schedule_next(session, customer, read_policy(session), today)
        _sync_customers(session, [customer.id])
        return ContactResult(interaction.id, _row(session, following))


def reschedule(
    db: Database, follow_up_id: int, due_on: date, reason: str, today: date
) -> FollowUpRow:
    """Move a pending step: the old row is cancelled with the reason, a copy is due."""
    if due_on < today:
        raise ValidationError.single("due_on", "in_past", "cannot reschedule into the past", due_on)
    with db.session() as session, session.begin():
        old = _pending_follow_up(session, follow_up_id)
        new = _move(session, old, due_on, reason.strip() or "改期")
        _sync_customers(session, [old.customer_id])
        return _row(session, new)


def snooze(
    db: Database, follow_up_id: int, days: int, today: date, reason: str | None = None
) -> FollowUpRow:
    """Remind again ``days`` after the due date, or after today when already overdue."""
    if days < 1:
        raise ValidationError.single("days", "out_of_range", "snooze at least one day", days)
    with db.session() as session, session.begin():
        old = _pending_follow_up(session, follow_up_id)
        due = max(old.due_on, today) + timedelta(days=days)
        new = _move(session, old, due, reason or f"推迟 {days} 天")
        _sync_customers(session, [old.customer_id])
        return _row(session, new)


def skip(db: Database, follow_up_id: int, reason: str, today: date) -> FollowUpRow | None:
    """Drop this step with a reason and plan the next one from today."""
    if not reason.strip():
        raise ValidationError.single("reason", "required", "say why the step is skipped")
    with db.session() as session, session.begin():
        follow_up = _pending_follow_up(session, follow_up_id)
        customer = _live_customer(session, follow_up.customer_id)
        follow_up.status, follow_up.reason = FollowUpStatus.SKIPPED, reason.strip()
        session.flush()
        following = _schedule_next(session, customer, read_policy(session), today, base=today)
        _sync_customers(session, [customer.id])
        return _row(session, following)


def set_tier(db: Database, customer_id: int, tier: Tier | str, today: date) -> FollowUpRow | None:
    """Change the tier and re-plan the pending step by the new cadence.

    An overdue step stays as it is (it is due either way), and A does not
    depend on the tier; a future B, C or D is cancelled with the reason and
    planned again one new cadence after the last contact.
    """
    parsed = _parse(Tier, tier)
    if parsed is None:
        raise ValidationError.single("tier", "invalid_choice", f"no tier {tier!r}", tier)
    tier = parsed
    with db.session() as session, session.begin():
        customer = _live_customer(session, customer_id)
        old_tier, customer.tier = customer.tier, tier
        session.flush()
        pending = _pending_of(session, customer_id)
        replan = pending and pending[0].stage != Stage.A and pending[0].due_on >= today
        if replan and old_tier != tier:
            _cancel(pending, f"等级由{label(old_tier)}调整为{label(tier)}，按新节奏重排")
            pending = [_schedule_next(session, customer, read_policy(session), today)]
        _sync_customers(session, [customer_id])
        return _row(session, pending[0] if pending else None)


def mark_churned(db: Database, customer_id: int, today: date, reason: str = "") -> int:
    """Set the client churned (已流失) and cancel its pending steps; returns how many."""
    with db.session() as session, session.begin():
        customer = _live_customer(session, customer_id)
        customer.dev_status = DevStatus.CHURNED
        pending = _pending_of(session, customer_id)
        _cancel(
            pending, f"客户已流失（{today}）" + (f"：{reason.strip()}" if reason.strip() else "")
        )
        session.flush()
        _sync_customers(session, [customer_id])
        return len(pending)


# --- helpers of the writing side ----------------------------------------------------


def _live_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise NotFoundError("client", customer_id)
    return customer


def _pending_follow_up(session: Session, follow_up_id: int) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFoundError("follow-up", follow_up_id)
    _live_customer(session, follow_up.customer_id)
    if follow_up.status != PENDING:
        message = f"follow-up {follow_up_id} is {follow_up.status.value}, not pending"
        raise ValidationError.single("status", "not_pending", message, follow_up.status)
    return follow_up


def _pending_clause(customer_id: object) -> object:
    return and_(FollowUp.customer_id == customer_id, FollowUp.status == PENDING)


def _pending_of(session: Session, customer_id: int) -> list[FollowUp]:
    query = select(FollowUp).where(_pending_clause(customer_id))
    return list(session.scalars(query.order_by(FollowUp.due_on, FollowUp.id)))


def _live() -> object:
    return and_(Customer.deleted_at.is_(None), Customer.dev_status != DevStatus.CHURNED)


def _cancel(follow_ups: list[FollowUp], reason: str) -> None:
    for follow_up in follow_ups:
        follow_up.status, follow_up.reason = FollowUpStatus.CANCELLED, reason


def _mark_done(follow_up: FollowUp, interaction: Interaction) -> None:
    follow_up.status = FollowUpStatus.DONE
    follow_up.completed_at = interaction.occurred_at
    follow_up.interaction = interaction


def _add_interaction(
    session: Session, customer_id: int, contact: ContactInput, stage: Stage | None
) -> Interaction:
    interaction = Interaction(
        customer_id=customer_id,
        occurred_at=contact.occurred_at,
        channel=contact.channel,
        stage=stage,
        summary=contact.summary,
        problems=contact.problems,
        client_plans=contact.client_plans,
        interests=contact.interests,
        next_step=contact.next_step,
    )
    session.add(interaction)
    session.flush()
    return interaction


def _clean_contact(contact: ContactInput, today: date) -> ContactInput:
    """Codes or labels (电话, B·保持联系) become enums; blank texts become None."""
    errors = []
    if not isinstance(contact.occurred_at, datetime):
        errors.append(_error("occurred_at", "invalid", "give a date and time", contact.occurred_at))
    elif contact.occurred_at.date() > today:
        message = "cannot log a contact that has not happened yet"
        errors.append(_error("occurred_at", "in_future", message, contact.occurred_at))
    channel = _parse(Channel, contact.channel)
    if channel is None:
        errors.append(_error("channel", "invalid_choice", "unknown channel", contact.channel))
    stage = None
    if contact.stage not in (None, ""):
        stage = _parse(Stage, contact.stage)
        if stage is None:
            errors.append(_error("stage", "invalid_choice", "stage is A, B, C or D", contact.stage))
    if errors:
        raise ValidationError(errors)

    def text(value: str | None) -> str | None:
        return (value or "").strip() or None

    return replace(
        contact,
        channel=channel,
        stage=stage,
        summary=(contact.summary or "").strip(),
        problems=text(contact.problems),
        client_plans=text(contact.client_plans),
        interests=text(contact.interests),
        next_step=text(contact.next_step),
    )


def _states(session: Session, *where: object) -> list[tuple[int, PlanState, date | None]]:
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


def _schedule_next(
    session: Session,
    customer: Customer,
    policy: FollowUpPolicy,
    today: date,
    base: date | None = None,
) -> FollowUp | None:
    """Add the next pending step by the policy; ``base`` defaults to the last contact."""
    session.flush()  # the state query must see this operation's changes
    [(cid, state, last)] = _states(session, Customer.id == customer.id)
    step = next_step(policy, state, base or last or today, today)
    if step is None:
        return None
    briefing = _briefing(session, cid) if step.stage == Stage.C else None
    follow_up = FollowUp(**_new_row(cid, step, briefing))
    session.add(follow_up)
    session.flush()
    return follow_up


def _new_row(customer_id: int, step: NextStep, briefing: str | None) -> dict:
    return {
        "customer_id": customer_id,
        "stage": step.stage,
        "due_on": step.due_on,
        "status": PENDING,
        "purpose": step.purpose,
        "suggested_action": step.suggested_action,
        "briefing": briefing,
    }


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
        briefing=_briefing(session, old.customer_id) if old.stage == Stage.C else old.briefing,
        reason=f"由 {old.due_on} 改期：{reason}",
    )
    session.add(new)
    session.flush()
    return new


def _sync_customers(session: Session, ids: list[int]) -> None:
    """Recompute the list columns from the history they summarise."""
    next_due = select(func.min(FollowUp.due_on)).where(_pending_clause(Customer.id))
    last = select(func.max(Interaction.occurred_at)).where(Interaction.customer_id == Customer.id)
    for start in range(0, len(ids), _CHUNK):
        session.execute(
            update(Customer)
            .where(Customer.id.in_(ids[start : start + _CHUNK]))
            .values(
                next_follow_up_on=next_due.scalar_subquery(),
                last_contact_at=last.scalar_subquery(),
                updated_at=Customer.updated_at,  # derived columns: not an edit of the dossier
            )
            .execution_options(synchronize_session=False)
        )


def _briefing(session: Session, customer_id: int) -> str:
    """What to recall at the second meeting, so the client feels like an old friend."""
    c = session.get(Customer, customer_id)
    lines = [
        f"{title}：{value}"
        for title, value in (
            ("兴趣爱好", c.interests),
            ("口味", c.food_taste),
            ("喜欢的颜色", c.favourite_colour),
            ("忌讳", c.taboos),
            ("消费习惯", c.consumption_habits),
        )
        if value
    ]
    family = session.scalars(
        select(FamilyMember)
        .where(FamilyMember.customer_id == customer_id)
        .order_by(FamilyMember.id)
    ).all()
    if family:
        lines.append("家人：" + "；".join(_family_text(m) for m in family))
    last = session.scalars(
        select(Interaction)
        .where(Interaction.customer_id == customer_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
    ).first()
    if last is not None:
        when = f"{last.occurred_at:%Y-%m-%d} {label(last.channel)}"
        lines.append(f"上次联系（{when}）：{last.summary or '（无摘要）'}")
        if last.client_plans:
            lines.append(f"客户的打算：{last.client_plans}")
        if last.next_step:
            lines.append(f"答应的下一步：{last.next_step}")
    complaints = session.scalars(
        select(Complaint)
        .where(Complaint.customer_id == customer_id, Complaint.status == ComplaintStatus.OPEN)
        .order_by(Complaint.received_on)
    ).all()
    if complaints:
        lines.append(
            "未解决的抱怨：" + "；".join(f"{k.subject}（{k.received_on}）" for k in complaints)
        )
    return "\n".join(lines) or "档案里还没有可回顾的细节：这次见面多留心记下喜好与家人。"


def _family_text(member: FamilyMember) -> str:
    text = " ".join(p for p in (member.relation, member.name) if p)
    if member.birth_year:
        text += f"（{member.birth_year}年生）"
    return text + (f"，{member.notes}" if member.notes else "")


def _parse(enum_cls: type[StrEnum], value: object) -> StrEnum | None:
    """A member, its code or any of its labels (电话, B·保持联系)."""
    try:
        return enum_cls(value)
    except ValueError:
        return parse_label(enum_cls, str(value or ""))


def _error(field: str, code: str, message: str, value: object) -> FieldError:
    return FieldError(field, code, message, value)


# --- reading: the Today page, the calendar, the navigation badge --------------------


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


def _rows(session: Session, *where: object, limit: int | None = None) -> list[FollowUpRow]:
    query = select(*_COLUMNS).join(Customer, Customer.id == FollowUp.customer_id)
    query = query.where(*where).order_by(*_ORDER).limit(limit)
    return [FollowUpRow(*row) for row in session.execute(query)]


def _row(session: Session, follow_up: FollowUp | None) -> FollowUpRow | None:
    return None if follow_up is None else _rows(session, FollowUp.id == follow_up.id)[0]


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
        lists = [_rows(session, *_DUE, due(FollowUp.due_on), limit=limit) for due in sections]
        full = any(len(rows) == limit for rows in lists)
        totals = _count_live(session, *sections) if full else [len(rows) for rows in lists]
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
        return _rows(
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
        rows = _rows(session, _pending_clause(customer_id), limit=1)
        return rows[0] if rows else None


def follow_up_row(db: Database, follow_up_id: int) -> FollowUpRow:
    with db.session() as session:
        rows = _rows(session, FollowUp.id == follow_up_id)
        if not rows:
            raise NotFoundError("follow-up", follow_up_id)
        return rows[0]
