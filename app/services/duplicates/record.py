"""What a merge changed, written down as it happens so the merge can be undone.

:class:`MergeLog` collects, during the merge, every value it is about to
replace and every row it adds or moves; :meth:`MergeLog.record` turns that into
a :class:`~app.models.MergeRecord` (JSON) once the rows have ids. Values are
stored as JSON text and read back by their column's type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Column, select
from sqlalchemy.orm import Session

from app.models import Customer, CustomFieldValue, MergeRecord

# Every column of a client is put back on undo, its updated_at included (as an
# undone import does): an undo leaves the client as it was, so an older merge
# of the same client can be undone next.
CLIENT_COLUMNS = tuple(
    c.key for c in Customer.__table__.columns if c.key not in ("id", "created_at")
)
CUSTOM_COLUMNS = ("text_value", "number_value", "date_value", "updated_at")
FOLLOW_UP_COLUMNS = ("status", "reason", "updated_at")


def to_json(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    return value


def from_json(column: Column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type.python_type
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is Decimal or issubclass(kind, Enum):
        return kind(value)
    return value


def values_of(row: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: to_json(getattr(row, key)) for key in keys}


def put_back(row: Any, values: dict[str, Any]) -> None:
    """Set ``row``'s columns to the recorded ``values`` (updated_at as recorded, not now)."""
    columns = type(row).__table__.columns
    for key, value in values.items():
        setattr(row, key, from_json(columns[key], value))


@dataclass
class MergeLog:
    keep: dict[str, Any]  # the kept client's columns before the merge
    other: dict[str, Any]  # the merged-in client's, before it went to Trash
    custom_changed: list[dict[str, Any]] = field(default_factory=list)  # {"id", *CUSTOM_COLUMNS}
    custom_added: list[CustomFieldValue] = field(default_factory=list)
    copied: dict[str, list[Any]] = field(default_factory=dict)  # copies of contacts, by UNIONS name
    tags: list[int] = field(default_factory=list)  # tags linked to the kept client
    moved: dict[str, list[int]] = field(default_factory=dict)  # history row ids, by HISTORY name
    settled: list[dict[str, Any]] = field(default_factory=list)  # {"id", *FOLLOW_UP_COLUMNS}

    @classmethod
    def start(cls, keep: Customer, other: Customer) -> MergeLog:
        return cls(values_of(keep, CLIENT_COLUMNS), values_of(other, CLIENT_COLUMNS))

    def custom_replaced(self, row: CustomFieldValue) -> None:
        self.custom_changed.append({"id": row.id, **values_of(row, CUSTOM_COLUMNS)})

    def follow_up_settled(self, follow_up: Any) -> None:
        self.settled.append({"id": follow_up.id, **values_of(follow_up, FOLLOW_UP_COLUMNS)})

    def record(self, session: Session, keep_id: int, other_id: int) -> MergeRecord:
        """The record of this merge, added to ``session``; call after the merge's last flush."""
        query = select(Customer.id, Customer.updated_at).where(Customer.id.in_([keep_id, other_id]))
        stamps = {ident: stamp for ident, stamp in session.execute(query)}
        changes = {
            "keep": self.keep,
            "other": self.other,
            "custom_changed": self.custom_changed,
            "custom_added": [row.id for row in self.custom_added],
            "copied": {name: [row.id for row in rows] for name, rows in self.copied.items()},
            "tags": self.tags,
            "moved": self.moved,
            "settled": self.settled,
        }
        record = MergeRecord(
            keep_id=keep_id,
            other_id=other_id,
            keep_updated_at=stamps[keep_id],
            other_updated_at=stamps[other_id],
            changes=changes,
        )
        session.add(record)
        session.flush()
        return record
