"""Create, read, update, trash, restore and purge clients.

One session per call; a call either writes everything it was given or, on a
``ValidationError``, nothing at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from app.models import Customer, CustomFieldValue, utcnow
from app.models.db import Database
from app.services.dossier_input import apply_input
from app.services.errors import NotFoundError, ValidationError
from app.services.followups import plan_client, replan_for_change, replan_for_changes

# Everything a dossier shows, loaded before the session closes so the
# detached object can be read freely by the UI and CLI.
_DOSSIER = (
    selectinload(Customer.phones),
    selectinload(Customer.emails),
    selectinload(Customer.addresses),
    selectinload(Customer.family),
    selectinload(Customer.anniversaries),
    selectinload(Customer.tags),
    selectinload(Customer.custom_values).selectinload(CustomFieldValue.field),
)


def create_customer(db: Database, data: Mapping[str, Any], today: date | None = None) -> int:
    """Create a client from a mapping of field → value; returns its id.

    Keys are the scalar fields of ``fields.FIELDS`` plus ``name`` (split into
    surname and given name), ``birthday`` and the collections ``phones``,
    ``emails``, ``addresses``, ``family``, ``anniversaries``, ``tags``, ``custom``.
    The client gets its first A–D step (planned as of ``today``) in the same
    transaction.
    """
    with db.session() as session, session.begin():
        customer = Customer(surname="", given_name="", display_name="")
        session.add(customer)
        errors = apply_input(session, customer, data)
        if errors:
            raise ValidationError(errors)  # leaving the block rolls back
        session.flush()
        plan_client(session, customer, today or date.today())
        return customer.id


def update_customer(
    db: Database, customer_id: int, changes: Mapping[str, Any], today: date | None = None
) -> None:
    """Change the given fields only; a given collection replaces the old one.

    A changed tier or status re-plans the follow-ups as of ``today``, in the
    same transaction.
    """
    with db.session() as session, session.begin():
        customer = _load(session, customer_id)
        old_tier, old_status = customer.tier, customer.dev_status
        errors = apply_input(session, customer, changes)
        if errors:
            raise ValidationError(errors)
        replan_for_change(session, customer, old_tier, old_status, today or date.today())


def get_customer(db: Database, customer_id: int, *, include_deleted: bool = False) -> Customer:
    """The whole dossier, detached from its session."""
    with db.session() as session:
        customer = _load(session, customer_id, include_deleted=include_deleted)
        session.expunge(customer)
        return customer


def _load(session: Session, customer_id: int, *, include_deleted: bool = False) -> Customer:
    query = select(Customer).where(Customer.id == customer_id).options(*_DOSSIER)
    if not include_deleted:
        query = query.where(Customer.deleted_at.is_(None))
    customer = session.scalars(query).one_or_none()
    if customer is None:
        raise NotFoundError("client", customer_id)
    return customer


def trash_customers(db: Database, ids: Iterable[int]) -> int:
    """Soft-delete: the client and its whole history go to Trash, restorable."""
    return _set_deleted(db, ids, trashed=True)


def restore_customers(db: Database, ids: Iterable[int]) -> int:
    return _set_deleted(db, ids, trashed=False)


def _set_deleted(db: Database, ids: Iterable[int], *, trashed: bool) -> int:
    ids = list(ids)
    with db.session() as session, session.begin():
        state = Customer.deleted_at.is_(None) if trashed else Customer.deleted_at.is_not(None)
        result = session.execute(
            update(Customer)
            .where(Customer.id.in_(ids), state)
            .values(deleted_at=utcnow() if trashed else None, updated_at=utcnow())
        )
        return result.rowcount


def purge_customers(db: Database, ids: Iterable[int]) -> int:
    """Remove trashed clients for good, with their history. Live clients are left alone."""
    ids = list(ids)
    with db.session() as session, session.begin():
        doomed = session.scalars(
            select(Customer).where(Customer.id.in_(ids), Customer.deleted_at.is_not(None))
        ).all()
        for customer in doomed:
            session.delete(customer)
        return len(doomed)


def count_customers(db: Database, *, deleted: bool = False) -> int:
    with db.session() as session:
        state = Customer.deleted_at.is_not(None) if deleted else Customer.deleted_at.is_(None)
        return session.scalar(select(func.count()).select_from(Customer).where(state)) or 0


SEGMENT_FIELDS = ("tier", "dev_status", "relationship_level", "value_orientation")


def set_segment(
    db: Database, ids: Iterable[int], field: str, value: object, today: date | None = None
) -> int:
    """Set tier, status, relationship level or value orientation of many clients at once.

    Goes through the ORM, one transaction, so validation and the search index
    apply as for one client; a tier or status change re-plans the follow-ups
    of every client it changed (as of ``today``) in the same transaction.
    """
    if field not in SEGMENT_FIELDS:
        raise ValidationError.single(field, "not_bulk", f"{field} cannot be set in bulk")
    ids = list(ids)
    with db.session() as session, session.begin():
        customers = session.scalars(
            select(Customer).where(Customer.id.in_(ids), Customer.deleted_at.is_(None))
        ).all()
        before = [(customer, customer.tier, customer.dev_status) for customer in customers]
        for customer in customers:
            errors = apply_input(session, customer, {field: value})
            if errors:
                raise ValidationError(errors)
        replan_for_changes(session, before, today or date.today())
        return len(customers)
