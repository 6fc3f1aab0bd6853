"""Whole dossiers read in chunks with Core, for exports of up to 100,000 clients.

``client_records(db, ids)`` yields one ``ClientRecord`` per id, in the order
given (the UI passes its filtered and sorted list), loading 500 clients and
their phones, e-mails, addresses, tags, custom values, family and
anniversaries with one query per table per chunk.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select

from app.models import (
    Address,
    Anniversary,
    Customer,
    CustomFieldDef,
    CustomFieldValue,
    Email,
    FamilyMember,
    Phone,
    Tag,
    customer_tag,
)
from app.models.db import Database
from app.services.almanac import CalendarDate
from app.services.importing.textforms import ADDRESS_PARTS

CHUNK = 500
PARTS = ("phones", "emails", "addresses", "tags", "custom", "family", "anniversaries")


@dataclass
class ClientRecord:
    row: dict[str, Any]  # every column of the customer table
    phones: list[tuple[str, str, str | None]] = field(default_factory=list)
    emails: list[tuple[str, str]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)
    family: list[dict[str, Any]] = field(default_factory=list)
    anniversaries: list[tuple[str, CalendarDate]] = field(default_factory=list)

    @property
    def birthday(self) -> CalendarDate | None:
        r = self.row
        if not r["birthday_calendar"] or not r["birth_month"] or not r["birth_day"]:
            return None
        calendar, month, day = r["birthday_calendar"], r["birth_month"], r["birth_day"]
        return CalendarDate(calendar, month, day, r["birth_year"], bool(r["birth_leap_month"]))


def live_ids(db: Database) -> list[int]:
    """Every live client, in list order (pinyin of the name)."""
    c = Customer.__table__.c
    query = select(c.id).where(c.deleted_at.is_(None)).order_by(c.name_sort, c.id)
    with db.engine.connect() as conn:
        return list(conn.execute(query).scalars())


def client_records(
    db: Database,
    ids: Sequence[int],
    parts: Iterable[str] = PARTS,
    columns: Iterable[str] | None = None,
) -> Iterator[ClientRecord]:
    """Records of the live clients among ``ids``, in that order.

    ``columns`` limits the customer columns read (a list of 100,000 clients with
    20 columns need not fetch all 80); ``parts`` the child rows loaded."""
    wanted = set(parts)
    table = Customer.__table__
    needed = set(columns) | {"id", "deleted_at"} if columns is not None else set(table.c.keys())
    selected = [c for c in table.c if c.name in needed]
    with db.engine.connect() as conn:
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start : start + CHUNK])
            records = _load(conn, chunk, wanted, selected)
            yield from (records[i] for i in chunk if i in records)


def _children(conn: Connection, table: Table, ids: list[int], *columns: str) -> list[tuple]:
    c = table.c
    order = [c.customer_id, c.position] if "position" in c else [c.customer_id, c.id]
    query = select(c.customer_id, *(c[n] for n in columns)).where(c.customer_id.in_(ids))
    return conn.execute(query.order_by(*order)).all()  # fetchall: row by row is 3x slower


def _load(
    conn: Connection, ids: list[int], wanted: set[str], columns: list
) -> dict[int, ClientRecord]:
    c = Customer.__table__.c
    # deleted_at is checked here, not in SQL: beside "id IN (…)" it can lead SQLite's
    # planner (statistics from an empty table) to walk every live client per chunk.
    keys = [column.name for column in columns]
    result = conn.execute(select(*columns).where(c.id.in_(ids))).all()
    rows = (dict(zip(keys, r, strict=True)) for r in result)
    records = {row["id"]: ClientRecord(row) for row in rows if row["deleted_at"] is None}
    ids = list(records)
    if "phones" in wanted:
        for cid, *phone in _children(conn, Phone.__table__, ids, "label", "original", "e164"):
            records[cid].phones.append(tuple(phone))
    if "emails" in wanted:
        for cid, label, address in _children(conn, Email.__table__, ids, "label", "address"):
            records[cid].emails.append((label, address))
    if "addresses" in wanted:
        for cid, label, *parts in _children(conn, Address.__table__, ids, "label", *ADDRESS_PARTS):
            records[cid].addresses.append(
                {"label": label, **dict(zip(ADDRESS_PARTS, parts, strict=True))}
            )
    if "family" in wanted:
        columns = ("relation", "name", "birth_year", "notes")
        for cid, *values in _children(conn, FamilyMember.__table__, ids, *columns):
            records[cid].family.append(dict(zip(columns, values, strict=True)))
    if "anniversaries" in wanted:
        columns = ("title", "calendar", "month", "day", "year", "leap_month")
        for cid, title, *date in _children(conn, Anniversary.__table__, ids, *columns):
            kind, month, day, year, leap = date
            records[cid].anniversaries.append(
                (title, CalendarDate(kind, month, day, year, bool(leap)))
            )
    if "tags" in wanted:
        link = customer_tag.c
        query = (
            select(link.customer_id, Tag.name)
            .join(Tag, Tag.id == link.tag_id)
            .where(link.customer_id.in_(ids))
            .order_by(link.customer_id, Tag.name)
        )
        for cid, name in conn.execute(query).all():
            records[cid].tags.append(name)
    if "custom" in wanted:
        v = CustomFieldValue.__table__.c
        query = (
            select(v.customer_id, CustomFieldDef.name, v.text_value, v.number_value, v.date_value)
            .join(CustomFieldDef, CustomFieldDef.id == v.field_id)
            .where(v.customer_id.in_(ids))
        )
        for cid, name, text, number, when in conn.execute(query).all():
            value = next((x for x in (text, number, when) if x is not None), None)
            records[cid].custom[name] = value
    return records
