"""Merging two clients into one, in one transaction, writing down what it changed.

The other client's whole history moves to the kept one, its contacts and tags
are added, the chosen field values applied, and it goes to Trash (with a note).
A :class:`~app.models.MergeRecord` keeps every value replaced and every row
added or moved, so :func:`~app.services.duplicates.undo.undo_merge` can put
both clients back as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import Assessment, Customer, CustomFieldValue, FollowUp, Interaction, utcnow
from app.models.db import Database
from app.models.enums import DevStatus, FollowUpStatus
from app.services.dossier_input import apply_input
from app.services.duplicates.preview import (
    CUSTOM_PREFIX,
    HISTORY,
    MERGE_FIELDS,
    UNIONS,
    Choice,
    conflicts,
    load_pair,
    new_items,
)
from app.services.duplicates.record import MergeLog
from app.services.errors import FieldError, ValidationError
from app.services.phones import format_phone


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    other_id: int
    moved: dict[str, int]
    added: dict[str, int]
    merge_id: int  # the MergeRecord: what undo_merge takes
    keep_name: str  # display names once merged, for a notice offering the undo
    other_name: str


def merge_customers(
    db: Database, keep_id: int, other_id: int, choices: Mapping[str, Choice] | None = None
) -> MergeResult:
    """Merge ``other_id`` into ``keep_id`` in one transaction; ``other_id`` goes to Trash.

    ``choices`` maps conflicting fields (see :func:`merge_preview`) to "keep" or
    "other"; a field not named takes its conflict's default. Every history row
    moves, contacts and tags are added, the list columns are recomputed.
    """
    choices = dict(choices or {})
    with db.session() as session, session.begin():
        keep, other = load_pair(session, keep_id, other_id)
        found = conflicts(keep, other)
        _check_choices(choices)
        picked = {c.key: c.other_value for c in found if choices.get(c.key, c.default) == "other"}
        log = MergeLog.start(keep, other)
        _apply_values(session, keep, other, picked, log)
        added = _add_contacts(keep, other, log)
        _move_history(session, keep_id, other_id, log)
        _settle_plan(session, keep, other_id, log)
        _recompute(session, keep, other)
        other.deleted_at = utcnow()
        note = f"已合并到 #{keep_id}（merged into #{keep_id}）"
        other.notes = f"{other.notes}\n{note}" if other.notes else note
        session.flush()  # the after_flush hook re-indexes both clients for search
        record = log.record(session, keep_id, other_id)
        moved = {name: len(ids) for name, ids in log.moved.items()}
        return MergeResult(
            keep_id, other_id, moved, added, record.id, keep.display_name, other.display_name
        )


def _check_choices(choices: Mapping[str, str]) -> None:
    errors = [
        FieldError(key, "unknown_field", f"no such field: {key}", value)
        for key, value in choices.items()
        if key not in MERGE_FIELDS and not key.startswith(CUSTOM_PREFIX)
    ]
    errors += [
        FieldError(key, "invalid_choice", "choose 'keep' or 'other'", value)
        for key, value in choices.items()
        if value not in ("keep", "other")
    ]
    if errors:
        raise ValidationError(errors)


def _apply_values(
    session: Session, keep: Customer, other: Customer, picked: Mapping[str, Any], log: MergeLog
) -> None:
    scalars = {k: v for k, v in picked.items() if not k.startswith(CUSTOM_PREFIX)}
    errors = apply_input(session, keep, scalars)  # re-derives display name and sort key
    if errors:
        raise ValidationError(errors)
    mine = {v.field.name: v for v in keep.custom_values}
    for theirs in other.custom_values:
        if CUSTOM_PREFIX + theirs.field.name not in picked:
            continue
        row = mine.get(theirs.field.name)
        if row is None:
            row = CustomFieldValue(field=theirs.field)
            keep.custom_values.append(row)
            log.custom_added.append(row)
        else:
            log.custom_replaced(row)
        row.text_value, row.number_value, row.date_value = (
            theirs.text_value,
            theirs.number_value,
            theirs.date_value,
        )


def _copy(row: Any) -> Any:
    table = type(row).__table__
    skip = {"id", "customer_id", "created_at", "updated_at"}
    return type(row)(**{c.key: getattr(row, c.key) for c in table.columns if c.key not in skip})


def _add_contacts(keep: Customer, other: Customer, log: MergeLog) -> dict[str, int]:
    fresh = new_items(keep, other)
    for name, items in fresh.items():
        collection = UNIONS[name][0](keep)
        for item in items:
            if name == "tags":  # a tag is shared, not owned: link the same row
                collection.append(item)
                log.tags.append(item.id)
                continue
            copy = _copy(item)
            if hasattr(copy, "position"):
                copy.position = len(collection)
            collection.append(copy)
            log.copied.setdefault(name, []).append(copy)
    return {name: len(items) for name, items in fresh.items()}


def _move_history(session: Session, keep_id: int, other_id: int, log: MergeLog) -> None:
    for name, model in HISTORY.items():
        moved = session.scalars(
            update(model)
            .where(model.customer_id == other_id)
            # A change of owner, not an edit of the row: its updated_at stays, so
            # undo can tell rows written after the merge from those it moved.
            .values(customer_id=keep_id, updated_at=model.updated_at)
            .returning(model.id)  # the ids undo moves back, without a SELECT first
            .execution_options(synchronize_session=False)
        )
        log.moved[name] = sorted(moved)


def _settle_plan(session: Session, keep: Customer, other_id: int, log: MergeLog) -> None:
    """One pending A–D step per client (followups.py): keep the earliest, cancel the rest."""
    pending = list(
        session.scalars(
            select(FollowUp)
            .where(FollowUp.customer_id == keep.id, FollowUp.status == FollowUpStatus.PENDING)
            .order_by(FollowUp.due_on, FollowUp.id)
        )
    )
    churned = keep.dev_status == DevStatus.CHURNED
    for follow_up in pending if churned else pending[1:]:
        log.follow_up_settled(follow_up)
        follow_up.status = FollowUpStatus.CANCELLED
        follow_up.reason = f"与 #{other_id} 合并后的重复待办，已保留最早的一条"


def _recompute(session: Session, keep: Customer, other: Customer) -> None:
    """The list columns summarise history and contacts, which both just changed."""
    session.flush()
    keep.next_follow_up_on = session.scalar(
        select(func.min(FollowUp.due_on)).where(
            FollowUp.customer_id == keep.id, FollowUp.status == FollowUpStatus.PENDING
        )
    )
    logged = session.scalar(
        select(func.max(Interaction.occurred_at)).where(Interaction.customer_id == keep.id)
    )
    keep.last_contact_at = _latest(keep.last_contact_at, other.last_contact_at, logged)
    latest = session.scalar(
        select(Assessment.score)
        .where(Assessment.customer_id == keep.id)
        .order_by(Assessment.taken_on.desc(), Assessment.id.desc())
        .limit(1)
    )
    keep.intent_score = next(
        (s for s in (latest, keep.intent_score, other.intent_score) if s is not None), None
    )
    # The ledger moved with the history; adding the balances also keeps points that
    # were loaded without ledger lines (demo data, imports).
    keep.loyalty_points = (keep.loyalty_points or 0) + (other.loyalty_points or 0)
    phones = sorted(keep.phones, key=lambda p: p.position)
    keep.primary_phone = format_phone(phones[0].e164, phones[0].original) if phones else None
    cities = [a.city for a in sorted(keep.addresses, key=lambda a: a.position) if a.city]
    keep.city = cities[0] if cities else keep.city or other.city
    other.next_follow_up_on = other.last_contact_at = other.intent_score = None
    other.loyalty_points = 0


def _latest(*values: datetime | date | None) -> Any:
    present = [v for v in values if v is not None]
    return max(present) if present else None
