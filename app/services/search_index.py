"""Keeps the search index (``customer_fts`` and ``search_key``) in step with writes.

Every ORM flush that touches a client, its phones, emails or addresses
re-indexes those clients in the same transaction (an ``after_flush`` hook), so
no write path can forget it. Bulk loaders that bypass the ORM (demo data,
imports) call :func:`reindex` themselves with the ids they wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, event, insert, select, text
from sqlalchemy.orm import Session

from app.models import FTS_TABLE, Address, Customer, Email, Phone, search_key
from app.services.names import fold_text, has_cjk, is_cjk, normalize_text
from app.services.pinyin import name_pinyin, phrase_pinyin

KEY_LENGTH = 2  # search_key serves queries of one or two characters only
BATCH = 500  # ids per IN (...) list; SQLite allows 32766 variables, keep it modest

_NON_DIGIT = re.compile(r"\D")


@dataclass
class IndexSource:
    """What the index is built from, for one client."""

    id: int
    surname: str = ""
    given_name: str = ""
    display_name: str = ""
    english_name: str | None = None
    nickname: str | None = None
    company: str | None = None
    wechat_id: str | None = None
    notes: str | None = None
    city: str | None = None
    phones: list[tuple[str, str | None]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def phone_digits(original: str, e164: str | None) -> list[str]:
    """Digit strings a phone fragment may be found in: as typed, national, E.164."""
    out = {_NON_DIGIT.sub("", original)}
    if e164:
        full = e164.lstrip("+")
        out.add(full)
        if full.startswith("86"):
            national = full[2:]
            out.add(national)
            if not national.startswith("1"):  # landlines are dialled with a trunk 0
                out.add("0" + national)
    return sorted(d for d in out if d)


def index_body(src: IndexSource) -> str:
    """The FTS text: one line per searchable value (trigrams never span a newline query)."""
    full, initials = name_pinyin(src.surname, src.given_name)
    lines = [src.display_name, src.english_name, src.nickname, full, initials]
    if src.company:
        lines += [src.company, *phrase_pinyin(src.company)]
    lines += [src.wechat_id, src.city, src.notes]
    for original, e164 in src.phones:
        lines += phone_digits(original, e164)
    lines += src.emails
    return "\n".join(fold_text(x).lower() for x in lines if x)


def index_keys(src: IndexSource) -> set[str]:
    """One- and two-character prefixes that answer one- and two-character queries."""
    full, initials = name_pinyin(src.surname, src.given_name)
    words = [full, initials, src.english_name, src.nickname]
    name = normalize_text(src.display_name).replace(" ", "")
    if has_cjk(name):
        # Every suffix, so 伟 and 小贤 find 张伟 and 曾小贤.
        words += [name[i:] for i in range(len(name)) if is_cjk(name[i])]
    else:
        words += [*name.lower().split(), name]
    if src.company:
        company = normalize_text(src.company)
        words += [company, *phrase_pinyin(company)]
    keys = set()
    for word in words:
        if word:
            clean = fold_text(word).lower().replace(" ", "")
            # Both lengths, so every short query is one exact index lookup.
            keys.update(clean[:n] for n in range(1, KEY_LENGTH + 1) if len(clean) >= n)
    return keys


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
        [{"id": s.id, "body": index_body(s)} for s in sources],
    )
    keys = [{"customer_id": s.id, "key": k} for s in sources for k in index_keys(s)]
    if keys:
        conn.execute(insert(search_key), keys)


def drop(conn: Connection, ids: list[int]) -> None:
    conn.execute(delete(search_key).where(search_key.c.customer_id.in_(ids)))
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
    conn.execute(delete(search_key))
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
