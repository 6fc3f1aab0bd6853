"""The values of an exported client list: 500 clients at a time, column by column.

A list of 100,000 clients × 20 columns is 2 million cells, and Python spent per
client or per cell is what an export costs beyond writing the file. So each
chunk is one query per table (customer columns as plain sqlite3 tuples, each
child table grouped by client in one pass), and each column gets one
converter, chosen once, that turns the chunk's whole column into values.

Values are what ``columns`` promises: dates stay dates, multi-valued parts
use the text forms of ``importing.textforms``, enum codes become labels in
the export's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Date, DateTime

from app.models import Customer
from app.models.db import Database
from app.models.enums import ContactLabel
from app.services.almanac import CalendarDate
from app.services.exporting import records as sql
from app.services.exporting.columns import BIRTHDAY_COLUMNS, ExportColumn, customer_columns
from app.services.fields import FIELDS
from app.services.importing import textforms as tf
from app.services.importing.dates import format_birthday
from app.services.importing.targets import CUSTOM_PREFIX
from app.services.labels import label as label_text

CHUNK = 500
_PARSE = {Date: date.fromisoformat, DateTime: datetime.fromisoformat}


class Chunk:
    """Some clients' customer rows, in the export's order, and their child rows.

    Child tables are read when a column first asks for them, once per chunk."""

    def __init__(self, conn: Connection, ids: list[int], names: list[str]) -> None:
        self.raw = conn.connection.driver_connection
        quoted = ", ".join(f'"{n}"' for n in names)
        query = f"SELECT {quoted} FROM {Customer.__tablename__} WHERE id IN ({{ids}})"
        # deleted_at (position 1) is checked here, not in SQL: beside "id IN (…)" it
        # can lead SQLite's planner to walk every live client per chunk.
        found = {row[0]: row for row in self._query(query, ids) if row[1] is None}
        rows = [found[i] for i in ids if i in found]
        # Column by column: one transposition in C instead of a pass per column.
        self.columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
        self.ids = list(self.columns[0])
        self.index = {name: position for position, name in enumerate(names)}
        self._children: dict[str, dict[int, list[tuple]]] = {}

    def _query(self, query: str, ids: list[int]) -> list[tuple]:
        return self.raw.execute(query.format(ids=",".join("?" * len(ids))), ids).fetchall()

    def column(self, name: str) -> Sequence[Any]:
        return self.columns[self.index[name]]

    def children(self, query: str) -> dict[int, list[tuple]]:
        """Client id → its rows of ``query`` (the client id left off), in order."""
        if query not in self._children:
            found: dict[int, list[tuple]] = {}
            for row in self._query(query, self.ids) if self.ids else ():
                rows = found.get(row[0])
                if rows is None:
                    found[row[0]] = [row[1:]]
                else:
                    rows.append(row[1:])
            self._children[query] = found
        return self._children[query]

    def per_client(self, query: str, text: Callable[[list[tuple]], Any]) -> list[Any]:
        """``text`` of each client's child rows; None for a client without any."""
        found = self.children(query)
        return [text(found[cid]) if cid in found else None for cid in self.ids]


Converter = Callable[[Chunk], list[Any]]


def converter(column: ExportColumn, language: str) -> Converter:
    """The function giving this column's values for a chunk, one per client."""
    key = column.key
    if key.startswith(CUSTOM_PREFIX):
        return _custom(key[len(CUSTOM_PREFIX) :])
    if key in _PARTS:
        query, text = _PARTS[key]
        return lambda chunk: chunk.per_client(query, lambda rows: text(rows, language))
    if key == "name":
        return lambda chunk: chunk.column("display_name")
    if key == "id":
        return lambda chunk: [str(cid) for cid in chunk.ids]
    if key == "birthday":
        return _birthdays
    spec = FIELDS.get(key)
    if spec is not None and spec.enum is not None:
        # A StrEnum member hashes as its code, so one dict serves members and codes.
        labels = {m.value: label_text(m, language) for m in spec.enum}
        return lambda chunk: [labels.get(v) for v in chunk.column(key)]
    if spec is not None and spec.kind == "bool":
        yes, no = ("是", "否") if language.startswith("zh") else ("Yes", "No")
        return lambda chunk: [yes if v else no for v in chunk.column(key)]
    parse = _PARSE.get(type(Customer.__table__.c[key].type))
    if parse is not None:
        return lambda chunk: [parse(v) if v is not None else None for v in chunk.column(key)]
    return lambda chunk: list(chunk.column(key))


def list_values(
    db: Database, ids: Sequence[int], columns: Sequence[ExportColumn], language: str
) -> Iterator[list[list[Any]]]:
    """Per chunk of the live clients among ``ids`` (in that order), each column's values."""
    converters = [converter(c, language) for c in columns]
    wanted = {name for c in columns for name in customer_columns(c)} - {"id", "deleted_at"}
    names = ["id", "deleted_at", *sorted(wanted)]
    with db.engine.connect() as conn:
        for start in range(0, len(ids), CHUNK):
            chunk = Chunk(conn, list(ids[start : start + CHUNK]), names)
            yield [convert(chunk) for convert in converters]


def _anniversaries(rows: list[tuple], _language: str) -> str:
    days = (
        (title, format_birthday(CalendarDate(kind, month, day, year, bool(leap))))
        for title, kind, month, day, year, leap in rows
    )
    return "; ".join(f"{t}: {d.isoformat() if isinstance(d, date) else d}" for t, d in days)


# Most clients have one phone, e-mail and address, with the label a reader
# assumes: that text alone, without building what ``textforms`` needs for a list.


def _phones(rows: list[tuple], language: str) -> str:
    if len(rows) == 1 and rows[0][0] == tf.auto_phone_label(rows[0][2]):
        return rows[0][1]
    return tf.format_phones(rows, language)


def _emails(rows: list[tuple], language: str) -> str:
    if len(rows) == 1 and rows[0][0] == ContactLabel.WORK:
        return rows[0][1]
    return tf.format_emails(rows, language)


def _addresses(rows: list[tuple], language: str) -> str:
    parts = [dict(zip(tf.ADDRESS_PARTS, row[1:], strict=True)) for row in rows]
    if len(rows) == 1 and rows[0][0] == ContactLabel.WORK:
        return tf.format_address(parts[0])
    return tf.format_addresses(
        [{"label": row[0], **p} for row, p in zip(rows, parts, strict=True)], language
    )


_PARTS: dict[str, tuple[str, Callable[[list[tuple], str], Any]]] = {
    "phone": (sql.PHONES, _phones),
    "email": (sql.EMAILS, _emails),
    "address": (sql.ADDRESSES, _addresses),
    "family": (
        sql.FAMILY,
        lambda rows, _: tf.format_family(
            [dict(zip(sql.FAMILY_COLUMNS, r, strict=True)) for r in rows]
        ),
    ),
    "anniversaries": (sql.ANNIVERSARIES, _anniversaries),
    "tags": (sql.TAGS, lambda rows, _: "; ".join(name for (name,) in rows)),
}


def _birthdays(chunk: Chunk) -> list[date | str | None]:
    out: list[date | str | None] = []
    columns = (chunk.column(name) for name in BIRTHDAY_COLUMNS)  # calendar, y, m, d, leap
    for kind, year, month, day, leap in zip(*columns, strict=True):
        if kind == "solar" and year and year >= 1900:  # the common case, fast
            out.append(date(year, month, day))
        elif kind and month and day:
            out.append(format_birthday(CalendarDate(kind, month, day, year, bool(leap))))
        else:
            out.append(None)
    return out


def _custom(name: str) -> Converter:
    def values(chunk: Chunk) -> list[Any]:
        found = chunk.children(sql.CUSTOM)
        out = []
        for cid in chunk.ids:
            value = None
            for field, text, number, when in found.get(cid, ()):
                if field == name:
                    value = next((x for x in (text, number) if x is not None), None)
                    if value is None and when is not None:
                        value = date.fromisoformat(when)
            out.append(value)
        return out

    return values
