"""The whole client list and its first rows, read with sqlite3 before the ORM loads.

Importing SQLAlchemy and mapping the models takes about half a second, three
times as long as showing a bare window. At start-up the window needs only the
live clients' ids in the saved order and the values of the rows on screen, so
those are read here with plain SQL, read-only, and the ORM loads once the
window is up. The order is exactly :func:`app.services.client_list.list_ids`'s
(the tests compare them for every sort key and direction): the same index
walks, non-NULL values first, ranked enums one value after another.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.models.enums import DevStatus, Tier
from app.services.client_rows import INDEXED, RANKED, SORT_COLUMNS, ClientRow

LIVE = "id NOT IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL)"
ROW_COLUMNS = (
    "id, display_name, company, position, tier, dev_status, intent_score, "
    "last_contact_at, next_follow_up_on, primary_phone, city, deleted_at"
)


@dataclass(frozen=True)
class ListSnapshot:
    """Every live client's id in display order, and the rows of the first ones."""

    sort: str
    descending: bool
    ids: list[int]
    rows: dict[int, ClientRow]


def read_snapshot(
    path: Path, sort: str = "name", descending: bool = False, first: int = 200
) -> ListSnapshot | None:
    """The unfiltered live list of the database file at ``path`` sorted by ``sort``,
    with the rows of its first ``first`` clients; None when the file can't be read
    this way (missing, locked, not a Rapport database) or holds no live client —
    the caller then goes the ordinary way."""
    if sort not in SORT_COLUMNS:
        return None
    try:
        uri = f"{path.as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as conn:
            # One read transaction: ids and rows from the same state of the file,
            # whatever another process (a CLI import) commits meanwhile.
            conn.execute("BEGIN")
            ids: list[int] = []
            for query, params in _id_queries(sort, descending):
                ids.extend(row[0] for row in conn.execute(query, params))
            if not ids:
                return None
            return ListSnapshot(sort, descending, ids, _rows(conn, ids[:first]))
    except (sqlite3.Error, ValueError):  # unreadable, or a value this release can't read
        return None


def _id_queries(sort: str, descending: bool) -> list[tuple[str, Sequence[str]]]:
    column, tie = SORT_COLUMNS[sort], "id DESC" if descending else "id"
    direction = "DESC" if descending else "ASC"
    if sort in RANKED:
        members = RANKED[sort]
        codes = [m.value for m in (reversed(members) if descending else members)]
        pieces = [
            (f"SELECT id FROM customer WHERE {LIVE} AND {column} = ? ORDER BY {tie}", [code])
            for code in codes
        ]
        marks = ", ".join("?" * len(codes))
        rest = f"SELECT id FROM customer WHERE {LIVE} AND {column} NOT IN ({marks}) ORDER BY {tie}"
        return [*pieces, (rest, codes)]
    if sort in INDEXED:  # walk the column's index, then the NULLs
        return [
            (
                f"SELECT id FROM customer WHERE {LIVE} AND {column} IS NOT NULL "
                f"ORDER BY {column} {direction}, {tie}",
                [],
            ),
            (f"SELECT id FROM customer WHERE {LIVE} AND {column} IS NULL ORDER BY {tie}", []),
        ]
    return [
        (
            f"SELECT id FROM customer WHERE deleted_at IS NULL "
            f"ORDER BY {column} IS NULL, {column} {direction}, {tie}",
            [],
        )
    ]


def _rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, ClientRow]:
    marks = ", ".join("?" * len(ids))
    tags: dict[int, list[str]] = {}
    tag_query = (
        "SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        f"WHERE ct.customer_id IN ({marks}) ORDER BY t.name"
    )
    for cid, name in conn.execute(tag_query, ids):
        tags.setdefault(cid, []).append(name)
    rows = conn.execute(f"SELECT {ROW_COLUMNS} FROM customer WHERE id IN ({marks})", ids)
    return {
        r[0]: ClientRow(
            r[0],
            r[1],
            r[2],
            r[3],
            Tier(r[4]),
            DevStatus(r[5]),
            float(r[6]) if r[6] is not None else None,
            _datetime(r[7]),
            date.fromisoformat(r[8]) if r[8] else None,
            r[9],
            r[10],
            tuple(tags.get(r[0], ())),
            _datetime(r[11]),
        )
        for r in rows
    }


def _datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
