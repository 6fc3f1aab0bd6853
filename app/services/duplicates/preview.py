"""What merging two clients would ask and do: the conflicting fields, the rows that move.

Shared by the preview (which writes nothing) and the merge itself, so both see
the same conflicts and the same contacts to add.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    Assessment,
    Attachment,
    ChurnRecord,
    Complaint,
    Customer,
    CustomFieldValue,
    FollowUp,
    Interaction,
    LoyaltyEntry,
    Order,
    Promotion,
    ServiceRequest,
)
from app.models.db import Database
from app.services.dossier_input import birthday_of
from app.services.duplicates.briefs import ClientBrief, briefs
from app.services.errors import NotFoundError, ValidationError
from app.services.fields import FIELDS

Choice = Literal["keep", "other"]
CUSTOM_PREFIX = "custom:"  # conflict keys of custom fields: "custom:<field name>"
MERGE_FIELDS = (*FIELDS, "birthday")

# History rows that move wholesale to the kept client, by the name the summary uses.
HISTORY: dict[str, type] = {
    "interactions": Interaction,
    "follow_ups": FollowUp,
    "assessments": Assessment,
    "orders": Order,
    "complaints": Complaint,
    "service_requests": ServiceRequest,
    "promotions": Promotion,
    "churn_records": ChurnRecord,
    "loyalty_entries": LoyaltyEntry,
    "attachments": Attachment,
}


@dataclass(frozen=True)
class FieldConflict:
    """A field the two dossiers fill differently; ``default`` is the side kept unless chosen."""

    key: str  # a key of fields.FIELDS, "birthday", or CUSTOM_PREFIX + a custom field's name
    keep_value: Any
    other_value: Any
    default: Choice


@dataclass(frozen=True)
class MergePreview:
    keep: ClientBrief
    other: ClientBrief
    conflicts: list[FieldConflict]
    moves: dict[str, int]  # history rows of ``other`` that will move, by HISTORY name
    additions: dict[str, int]  # phones, emails, … and tags the kept client will gain


def _empty(value: object) -> bool:
    # 0 stars and "not a club member" are the defaults, not information.
    return value is None or value == "" or value is False or value == 0


def _custom_values(customer: Customer) -> dict[str, Any]:
    return {
        v.field.name: next(
            (x for x in (v.text_value, v.number_value, v.date_value) if x is not None), None
        )
        for v in customer.custom_values
    }


def _field_values(customer: Customer) -> dict[str, Any]:
    values = {key: getattr(customer, key) for key in FIELDS}
    values["birthday"] = birthday_of(customer)
    values.update((CUSTOM_PREFIX + k, v) for k, v in _custom_values(customer).items())
    return values


def conflicts(keep: Customer, other: Customer) -> list[FieldConflict]:
    """Fields where the other client has a value the kept one lacks or contradicts."""
    mine, theirs = _field_values(keep), _field_values(other)
    return [
        FieldConflict(key, mine.get(key), value, "other" if _empty(mine.get(key)) else "keep")
        for key, value in theirs.items()
        if not _empty(value) and value != mine.get(key)
    ]


# Contacts are copied, not moved, so the trashed client stays a whole dossier if
# restored; rows the kept client already has (same number, address, text) are skipped.
UNIONS: dict[str, tuple[Callable[[Customer], list], Callable[[Any], object]]] = {
    "phones": (lambda c: c.phones, lambda p: p.e164 or "".join(filter(str.isdigit, p.original))),
    "emails": (lambda c: c.emails, lambda e: e.address.lower()),
    "addresses": (lambda c: c.addresses, lambda a: (a.one_line(), a.postcode)),
    "family": (lambda c: c.family, lambda f: (f.relation, f.name, f.birth_year)),
    "anniversaries": (
        lambda c: c.anniversaries,
        lambda a: (a.title, a.calendar, a.year, a.month, a.day, a.leap_month),
    ),
    "tags": (lambda c: c.tags, lambda t: t.id),
}


def new_items(keep: Customer, other: Customer) -> dict[str, list]:
    """The other client's contacts and tags the kept client does not have yet."""
    result = {}
    for name, (items, key) in UNIONS.items():
        have = {key(item) for item in items(keep)}
        fresh = []
        for item in items(other):
            if key(item) not in have:
                have.add(key(item))
                fresh.append(item)
        result[name] = fresh
    return result


def load_pair(session: Session, keep_id: int, other_id: int) -> tuple[Customer, Customer]:
    """Both live clients with their contacts, tags and custom values loaded."""
    if keep_id == other_id:
        raise ValidationError.single("other_id", "same_client", "a client cannot merge with itself")
    query = select(Customer).where(Customer.id.in_([keep_id, other_id]))
    query = query.where(Customer.deleted_at.is_(None)).options(
        *(selectinload(getattr(Customer, name)) for name in UNIONS),
        selectinload(Customer.custom_values).selectinload(CustomFieldValue.field),
    )
    found = {c.id: c for c in session.scalars(query)}
    for ident in (keep_id, other_id):
        if ident not in found:
            raise NotFoundError("client", ident)
    return found[keep_id], found[other_id]


def _history_counts(session: Session, customer_id: int) -> dict[str, int]:
    return {
        name: session.scalar(
            select(func.count()).select_from(model).where(model.customer_id == customer_id)
        )
        or 0
        for name, model in HISTORY.items()
    }


def merge_preview(db: Database, keep_id: int, other_id: int) -> MergePreview:
    """What merging ``other_id`` into ``keep_id`` would ask and do; writes nothing."""
    with db.session() as session:
        keep, other = load_pair(session, keep_id, other_id)
        pair = briefs(session, {keep_id, other_id})
        return MergePreview(
            keep=pair[keep_id],
            other=pair[other_id],
            conflicts=conflicts(keep, other),
            moves=_history_counts(session, other_id),
            additions={k: len(v) for k, v in new_items(keep, other).items()},
        )
