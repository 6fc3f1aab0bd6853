"""Keeps the search index (``customer_fts``) in step with writes.

Every ORM flush that touches a client, its phones, emails or addresses
re-indexes those clients in the same transaction (an ``after_flush`` hook), so
no write path can forget it. Bulk loaders that bypass the ORM (demo data,
imports) call :func:`reindex` themselves with the ids they wrote.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, event, select, text
from sqlalchemy.orm import Session

from app.models import FTS_TABLE, Address, Customer, Email, Phone
from app.services.search_entries import (
    KEY_LENGTH,
    IndexSource,
    index_entries,
    index_text,
    phone_digits,
)

__all__ = [
    "KEY_LENGTH",
    "IndexSource",
    "drop",
    "index_entries",
    "index_text",
    "load_sources",
    "phone_digits",
    "rebuild_all",
    "reindex",
    "write_index",
]

BATCH = 500  # ids per IN (...) list; SQLite allows 32766 variables, keep it modest


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    batch: list[int] = []
    for ident in ids:
        batch.append(ident)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def load_sources(conn: Connection, ids: list[int]) -> list[IndexSource]:
    c = Customer.__table__.c
    rows = conn.execute(
        select(
            c.id,
            c.surname,
            c.given_name,
            c.display_name,
            c.english_name,
            c.nickname,
            c.company,
            c.wechat_id,
            c.notes,
            c.city,
        ).where(c.id.in_(ids))
    )
    sources = {r.id: IndexSource(**r._asdict()) for r in rows}
    p = Phone.__table__.c
    for cid, original, e164 in conn.execute(
        select(p.customer_id, p.original, p.e164).where(p.customer_id.in_(ids))
    ):
        sources[cid].phones.append((original, e164))
    e = Email.__table__.c
    for cid, address in conn.execute(
        select(e.customer_id, e.address).where(e.customer_id.in_(ids))
    ):
        sources[cid].emails.append(address)
    return list(sources.values())


def write_index(conn: Connection, sources: list[IndexSource]) -> None:
    """Replace the index rows of these clients (ids that vanished lose theirs)."""
    ids = [s.id for s in sources]
    drop(conn, ids)
    if not sources:
        return
    conn.execute(
        text(f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (:id, :body)"),
        [{"id": s.id, "body": index_text(s)} for s in sources],
    )


def drop(conn: Connection, ids: list[int]) -> None:
    conn.execute(
        text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({','.join(str(int(i)) for i in ids)})")
    )


def reindex(conn: Connection, ids: Iterable[int]) -> None:
    """Rebuild the index of these clients from their rows."""
    for batch in _chunks(ids):
        sources = load_sources(conn, batch)
        found = {s.id for s in sources}
        gone = [i for i in batch if i not in found]
        if gone:
            drop(conn, gone)
        write_index(conn, sources)


def rebuild_all(conn: Connection) -> int:
    """Rebuild the whole index (after a restore from an old backup, say)."""
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    ids = list(conn.execute(select(Customer.__table__.c.id)).scalars())
    reindex(conn, ids)
    return len(ids)


_OWNED = (Phone, Email, Address)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: object) -> None:
    touched: set[int] = set()
    purged: set[int] = set()
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Customer):
            touched.add(obj.id)
        elif isinstance(obj, _OWNED) and obj.customer_id is not None:
            touched.add(obj.customer_id)
    for obj in session.deleted:
        if isinstance(obj, Customer):
            purged.add(obj.id)
        elif isinstance(obj, _OWNED) and obj.customer_id is not None:
            touched.add(obj.customer_id)
    conn = session.connection()
    if purged:
        drop(conn, sorted(purged))
    if touched - purged:
        reindex(conn, sorted(touched - purged))
