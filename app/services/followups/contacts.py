"""Logging a contact: the interaction, and the step it completes, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy.orm import Session

from app.models import FollowUp, Interaction
from app.models.db import Database
from app.models.enums import Channel, FollowUpStatus, Stage
from app.services.errors import FieldError, ValidationError
from app.services.followup_policy import STAGES, read_policy
from app.services.followups import planning
from app.services.followups.queries import FollowUpRow, row_of
from app.services.labels import parse_label


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
class ContactResult:
    interaction_id: int
    next: FollowUpRow | None  # the pending next step afterwards (None once churned)


def log_contact(
    db: Database, customer_id: int, contact: ContactInput, today: date
) -> ContactResult:
    """Record a contact; a staged one also completes the pending step it covers.

    A contact at stage S covers a pending step of stage S or earlier (logging
    the first visit completes the pending A), which is then done and the next
    step planned. Otherwise the pending step stays as it is.
    """
    clean = clean_contact(contact, today)
    with db.session() as session, session.begin():
        customer = planning.live_customer(session, customer_id)
        interaction = _add_interaction(session, customer_id, clean, clean.stage)
        pending = planning.pending_of(session, customer_id)
        current = pending[0] if pending else None
        covers = clean.stage is not None and (
            current is None or STAGES.index(current.stage) <= STAGES.index(clean.stage)
        )
        if covers and current is not None:
            _mark_done(current, interaction)
        if covers or current is None:
            current = planning.schedule_next(session, customer, read_policy(session), today)
        planning.sync_customers(session, [customer_id])
        return ContactResult(interaction.id, row_of(session, current))


def complete_follow_up(
    db: Database, follow_up_id: int, contact: ContactInput, today: date
) -> ContactResult:
    """Log the follow-up's contact and plan the next step, in one transaction."""
    clean = clean_contact(contact, today)
    with db.session() as session, session.begin():
        follow_up = planning.pending_follow_up(session, follow_up_id)
        customer = planning.live_customer(session, follow_up.customer_id)
        interaction = _add_interaction(session, customer.id, clean, clean.stage or follow_up.stage)
        _mark_done(follow_up, interaction)
        following = planning.schedule_next(session, customer, read_policy(session), today)
        planning.sync_customers(session, [customer.id])
        return ContactResult(interaction.id, row_of(session, following))


def clean_contact(contact: ContactInput, today: date) -> ContactInput:
    """Codes or labels (电话, B·保持联系) become enums; blank texts become None.

    Raises ValidationError naming every bad field, for the dialog to mark.
    """
    errors = []
    if not isinstance(contact.occurred_at, datetime):
        message = "give a date and time"
        errors.append(FieldError("occurred_at", "invalid", message, contact.occurred_at))
    elif contact.occurred_at.date() > today:
        message = "cannot log a contact that has not happened yet"
        errors.append(FieldError("occurred_at", "in_future", message, contact.occurred_at))
    channel = parse_choice(Channel, contact.channel)
    if channel is None:
        errors.append(FieldError("channel", "invalid_choice", "unknown channel", contact.channel))
    stage = None
    if contact.stage not in (None, ""):
        stage = parse_choice(Stage, contact.stage)
        if stage is None:
            message = "stage is A, B, C or D"
            errors.append(FieldError("stage", "invalid_choice", message, contact.stage))
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


def parse_choice(enum_cls: type[StrEnum], value: object) -> StrEnum | None:
    """A member, its code or any of its labels (电话, B·保持联系)."""
    try:
        return enum_cls(value)
    except ValueError:
        return parse_label(enum_cls, str(value or ""))


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


def _mark_done(follow_up: FollowUp, interaction: Interaction) -> None:
    follow_up.status = FollowUpStatus.DONE
    follow_up.completed_at = interaction.occurred_at
    follow_up.interaction = interaction
