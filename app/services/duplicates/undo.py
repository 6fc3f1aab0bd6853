"""Undoing a merge: both clients back as they were before it, in one transaction.

The merge's :class:`~app.models.MergeRecord` says what to put back: the kept
client's values (custom fields and list columns included), the contacts and
tags added to it, the history rows moved to it, the follow-ups the merge
cancelled, and the other client's columns (Trash, notes).

Undo is refused, with nothing written, when it would throw a later change
away: the merge was undone already, either client or one of its rows was
written after the merge, or either client took part in a later merge (undo
that one first). Undoing restores ``updated_at`` too, so merges of the same
clients can be undone newest first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, or_, select, update
from sqlalchemy.orm import Session

from app.models import (
    Address,
    Anniversary,
    Customer,
    CustomFieldValue,
    Email,
    FamilyMember,
    FollowUp,
    MergeRecord,
    Phone,
    customer_tag,
    utcnow,
)
from app.models.db import Database
from app.services.duplicates.preview import HISTORY
from app.services.duplicates.record import put_back
from app.services.errors import FieldError, NotFoundError, ValidationError

COPIES: dict[str, type] = {
    "phones": Phone,
    "emails": Email,
    "addresses": Address,
    "family": FamilyMember,
    "anniversaries": Anniversary,
}
# Every table whose rows belong to one client: a row written after the merge means
# the client changed since (the client's own updated_at misses history rows).
OWNED = (*HISTORY.values(), *COPIES.values(), CustomFieldValue)
CHUNK = 500  # ids per IN (...): well under SQLite's variable limit


@dataclass(frozen=True)
class UndoneMerge:
    keep_id: int
    other_id: int


class _Changed(Exception):
    """A recorded row is gone or moved: some later write touched the merged clients."""


def undo_merge(db: Database, merge_id: int) -> UndoneMerge:
    """Put both clients of merge ``merge_id`` back as they were before it."""
    with db.session() as session, session.begin():
        record = session.get(MergeRecord, merge_id)
        if record is None:
            raise NotFoundError("merge", merge_id)
        if record.undone_at is not None:
            message = "这次合并已经撤销过了（this merge was undone already）"
            raise ValidationError.single("merge_id", "already_undone", message, merge_id)
        keep, other = session.get(Customer, record.keep_id), session.get(Customer, record.other_id)
        if keep is None or other is None:  # cannot be: purging either deletes the record
            raise NotFoundError("client", record.keep_id if keep is None else record.other_id)
        _refuse_later_changes(session, record, keep, other)
        changes = record.changes
        try:
            _remove_additions(session, keep, changes)
            _move_back(session, record, changes["moved"])
            _restore_rows(session, FollowUp, changes["settled"])
            _restore_rows(session, CustomFieldValue, changes["custom_changed"])
        except _Changed:
            raise _changed_error("keep_id", keep.id) from None  # rolls everything back
        put_back(keep, changes["keep"])
        put_back(other, changes["other"])
        record.undone_at = utcnow()
        session.flush()  # the after_flush hook re-indexes both clients for search
        return UndoneMerge(record.keep_id, record.other_id)


def _changed_error(field: str, ident: int) -> ValidationError:
    message = (
        f"客户 #{ident} 在合并之后又有改动，这次合并不能再撤销"
        f"（client #{ident} changed after the merge, so it can no longer be undone）"
    )
    return ValidationError.single(field, "changed_since_merge", message, ident)


def _refuse_later_changes(
    session: Session, record: MergeRecord, keep: Customer, other: Customer
) -> None:
    errors: list[FieldError] = []
    for field, customer, stamp in (
        ("keep_id", keep, record.keep_updated_at),
        ("other_id", other, record.other_updated_at),
    ):
        if _merged_later(session, record, customer.id):
            message = (
                f"客户 #{customer.id} 之后又参与了另一次合并，请先撤销那一次"
                f"（client #{customer.id} was merged again later; undo that merge first）"
            )
            errors.append(FieldError(field, "merged_later", message, customer.id))
        elif customer.updated_at != stamp or _rows_written(session, customer.id, record.created_at):
            errors += _changed_error(field, customer.id).errors
    if errors:
        raise ValidationError(errors)


def _rows_written(session: Session, customer_id: int, since: Any) -> bool:
    """Whether a row of this client was added or edited after ``since``."""
    for model in OWNED:
        written = exists().where(model.customer_id == customer_id, model.updated_at > since)
        if session.scalar(select(written)):
            return True
    tag = customer_tag.c
    return bool(
        session.scalar(
            select(exists().where(tag.customer_id == customer_id, tag.updated_at > since))
        )
    )


def _merged_later(session: Session, record: MergeRecord, customer_id: int) -> bool:
    m = MergeRecord
    later = exists().where(
        m.id > record.id,
        m.undone_at.is_(None),
        or_(m.keep_id == customer_id, m.other_id == customer_id),
    )
    return bool(session.scalar(select(later)))


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _remove_additions(session: Session, keep: Customer, changes: dict[str, Any]) -> None:
    """Delete the contact copies and custom values the merge added; unlink its tags."""
    for name, ids in changes["copied"].items():
        _delete_rows(session, COPIES[name], ids, keep.id)
    _delete_rows(session, CustomFieldValue, changes["custom_added"], keep.id)
    added = set(changes["tags"])
    linked = [tag for tag in keep.tags if tag.id in added]
    if len(linked) != len(added):
        raise _Changed
    for tag in linked:
        keep.tags.remove(tag)


def _delete_rows(session: Session, model: type, ids: list[int], owner: int) -> None:
    rows = [
        row
        for chunk in _chunks(ids)
        for row in session.scalars(
            select(model).where(model.id.in_(chunk), model.customer_id == owner)
        )
    ]
    if len(rows) != len(ids):
        raise _Changed
    for row in rows:
        session.delete(row)  # through the ORM: the search hook sees a phone or email go


def _move_back(session: Session, record: MergeRecord, moved: dict[str, list[int]]) -> None:
    for name, ids in moved.items():
        model = HISTORY[name]
        count = 0
        for chunk in _chunks(ids):
            count += session.execute(
                update(model)
                .where(model.id.in_(chunk), model.customer_id == record.keep_id)
                .values(customer_id=record.other_id, updated_at=model.updated_at)
                .execution_options(synchronize_session=False)
            ).rowcount
        if count != len(ids):
            raise _Changed


def _restore_rows(session: Session, model: type, entries: list[dict[str, Any]]) -> None:
    for entry in entries:
        row = session.get(model, entry["id"])
        if row is None:
            raise _Changed
        put_back(row, {key: value for key, value in entry.items() if key != "id"})
