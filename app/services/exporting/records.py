"""Whole dossiers read in chunks with Core, for exports of up to 100,000 clients.

``client_records(db, ids)`` yields one ``ClientRecord`` per id, in the order
given (the UI passes its filtered and sorted list), loading 500 clients and
their phones, e-mails, addresses, tags, custom values, family and
anniversaries with one query per table per chunk.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, select

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


def _raw(conn: Connection, sql: str, ids: list[int]) -> list[tuple]:
    """Plain tuples from sqlite3 for ``sql`` with its ``{ids}`` list filled in.

    SQLAlchemy's result rows cost ~25 µs a client over the queries of an
    export; the list needs only the stored values (enum codes, floats, texts).
    """
    marks = ",".join("?" * len(ids))
    return conn.connection.driver_connection.execute(sql.format(ids=marks), ids).fetchall()


def _children_sql(table: Table, *columns: str) -> str:
    order = "position" if "position" in table.c else "id"
    names = ", ".join(f'"{n}"' for n in ("customer_id", *columns))
    where = "customer_id IN ({ids})"
    return f'SELECT {names} FROM "{table.name}" WHERE {where} ORDER BY customer_id, {order}'


# One query per child table for a chunk of clients, rows grouped by client.
PHONES = _children_sql(Phone.__table__, "label", "original", "e164")
EMAILS = _children_sql(Email.__table__, "label", "address")
ADDRESSES = _children_sql(Address.__table__, "label", *ADDRESS_PARTS)
FAMILY_COLUMNS = ("relation", "name", "birth_year", "notes")
FAMILY = _children_sql(FamilyMember.__table__, *FAMILY_COLUMNS)
ANNIVERSARIES = _children_sql(
    Anniversary.__table__, "title", "calendar", "month", "day", "year", "leap_month"
)
TAGS = (
    f"SELECT l.customer_id, t.name FROM {customer_tag.name} l JOIN {Tag.__tablename__} t "
    "ON t.id = l.tag_id WHERE l.customer_id IN ({ids}) ORDER BY l.customer_id, t.name"
)
CUSTOM = (
    f"SELECT v.customer_id, d.name, v.text_value, v.number_value, v.date_value "
    f"FROM {CustomFieldValue.__tablename__} v JOIN {CustomFieldDef.__tablename__} d "
    "ON d.id = v.field_id WHERE v.customer_id IN ({ids}) ORDER BY v.customer_id"
)
_PARSE = {Date: date.fromisoformat, DateTime: datetime.fromisoformat}


def _customers(conn: Connection, ids: list[int], columns: list) -> list[dict[str, Any]]:
    names = [c.name for c in columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f"SELECT {quoted} FROM {Customer.__tablename__} WHERE id IN ({{ids}})"
    rows = [dict(zip(names, r, strict=True)) for r in _raw(conn, sql, ids)]
    for column in columns:
        parse = _PARSE.get(type(column.type))
        if parse is not None:
            for row in rows:
                if row[column.name] is not None:
                    row[column.name] = parse(row[column.name])
    return rows


def _load(
    conn: Connection, ids: list[int], wanted: set[str], columns: list
) -> dict[int, ClientRecord]:
    # deleted_at is checked here, not in SQL: beside "id IN (…)" it can lead SQLite's
    # planner (statistics from an empty table) to walk every live client per chunk.
    rows = _customers(conn, ids, columns)
    records = {row["id"]: ClientRecord(row) for row in rows if row["deleted_at"] is None}
    ids = list(records)
    if "phones" in wanted:
        for cid, *phone in _raw(conn, PHONES, ids):
            records[cid].phones.append(tuple(phone))
    if "emails" in wanted:
        for cid, label, address in _raw(conn, EMAILS, ids):
            records[cid].emails.append((label, address))
    if "addresses" in wanted:
        for cid, label, *parts in _raw(conn, ADDRESSES, ids):
            records[cid].addresses.append(
                {"label": label, **dict(zip(ADDRESS_PARTS, parts, strict=True))}
            )
    if "family" in wanted:
        for cid, *values in _raw(conn, FAMILY, ids):
            records[cid].family.append(dict(zip(FAMILY_COLUMNS, values, strict=True)))
    if "anniversaries" in wanted:
        for cid, title, kind, month, day, year, leap in _raw(conn, ANNIVERSARIES, ids):
            records[cid].anniversaries.append(
                (title, CalendarDate(kind, month, day, year, bool(leap)))
            )
    if "tags" in wanted:
        for cid, name in _raw(conn, TAGS, ids):
            records[cid].tags.append(name)
    if "custom" in wanted:
        for cid, name, text, number, when in _raw(conn, CUSTOM, ids):
            day = date.fromisoformat(when) if when is not None else None
            records[cid].custom[name] = next(
                (x for x in (text, number, day) if x is not None), None
            )
    return records
