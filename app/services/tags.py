"""Tags: list with counts, add to and remove from many clients at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from app.models import Customer, Tag, customer_tag
from app.models.db import Database
from app.services.errors import ValidationError
from app.services.names import normalize_text


@dataclass(frozen=True)
class TagCount:
    id: int
    name: str
    count: int


def list_tags(db: Database) -> list[TagCount]:
    """Every tag with the number of live clients carrying it."""
    live = (
        select(customer_tag.c.tag_id, func.count().label("n"))
        .join(Customer, Customer.id == customer_tag.c.customer_id)
        .where(Customer.deleted_at.is_(None))
        .group_by(customer_tag.c.tag_id)
        .subquery()
    )
    stmt = (
        select(Tag.id, Tag.name, func.coalesce(live.c.n, 0))
        .outerjoin(live, live.c.tag_id == Tag.id)
        .order_by(Tag.name)
    )
    with db.session() as session:
        return [TagCount(*row) for row in session.execute(stmt)]


def tag_names(db: Database) -> list[str]:
    """Every tag name, for completion: no usage counts, so it stays instant at 100k."""
    with db.session() as session:
        return list(session.scalars(select(Tag.name).order_by(Tag.name)))


def _tag_id(session, name: str) -> int:
    clean = normalize_text(name)
    if not clean:
        raise ValidationError.single("tag", "required", "a tag needs a name")
    tag = session.scalar(select(Tag).where(Tag.name == clean))
    if tag is None:
        tag = Tag(name=clean)
        session.add(tag)
        session.flush()
    return tag.id


def add_tag(db: Database, customer_ids: Iterable[int], name: str) -> int:
    """Tag many clients in one transaction; returns how many gained the tag."""
    ids = set(customer_ids)
    with db.session() as session, session.begin():
        tag_id = _tag_id(session, name)
        have = set(
            session.scalars(
                select(customer_tag.c.customer_id).where(customer_tag.c.tag_id == tag_id)
            )
        )
        new = sorted(ids - have)
        if new:
            session.execute(
                insert(customer_tag), [{"customer_id": i, "tag_id": tag_id} for i in new]
            )
        return len(new)


def remove_tag(db: Database, customer_ids: Iterable[int], name: str) -> int:
    ids = list(customer_ids)
    with db.session() as session, session.begin():
        tag = session.scalar(select(Tag).where(Tag.name == normalize_text(name)))
        if tag is None:
            return 0
        result = session.execute(
            delete(customer_tag).where(
                customer_tag.c.tag_id == tag.id, customer_tag.c.customer_id.in_(ids)
            )
        )
        return result.rowcount
