"""One search box: names, pinyin, initials, company, phone digits, email, notes.

Queries of three characters or more go to the FTS5 trigram index (any
substring). Trigrams cannot answer one or two characters — yet 张伟 and zw are
exactly what people type — so short terms look up the client's short keys
(one- and two-character prefixes of names, name suffixes, pinyin and
initials), stored in the same index as one padded trigram each (see
``app.models.search``). Several words must all match. Neither path scans the
client table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    case,
    column,
    func,
    literal,
    not_,
    or_,
    select,
    table,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from app.models import FTS_TABLE, Customer, padded_key
from app.models.db import Database
from app.services.names import fold_text, normalize_text
from app.services.search_index import KEY_LENGTH

_PHONEISH = re.compile(r"^[\d\s+()\-]+$")
MIN_DIGITS = 3


@dataclass(frozen=True)
class SearchHit:
    id: int
    display_name: str
    company: str | None
    primary_phone: str | None
    city: str | None


def terms_of(query: str) -> list[str]:
    """Split a query into terms; a phone written with spaces stays one term."""
    text = fold_text(query).lower()
    if not text:
        return []
    if _PHONEISH.match(text):
        digits = re.sub(r"\D", "", text)
        return [digits] if len(digits) >= MIN_DIGITS else []
    return text.split()


_FTS = table(FTS_TABLE, column("rowid"), column(FTS_TABLE))


def _fts_ids(term: str) -> Select:
    """Ids whose index text contains ``term`` (three characters or more)."""
    quoted = '"' + term.replace('"', '""') + '"'  # a phrase: no FTS operators from users
    match = _FTS.c[FTS_TABLE].op("MATCH")(bindparam("fts", quoted, unique=True))
    return select(_FTS.c.rowid).where(match)


def _key_ids(term: str) -> Select:
    """Ids with a name, pinyin, initials or company starting with a short ``term``."""
    return _fts_ids(padded_key(term[:KEY_LENGTH]))


def match_conditions(query: str) -> list | None:
    """WHERE conditions on ``Customer.id`` for ``query``; None when it matches everything.

    The client list adds these to its own filters and ORDER BY.
    """
    terms = terms_of(query)
    if not terms:
        return None if not normalize_text(query) else [literal(False)]
    return [Customer.id.in_(_fts_ids(t) if len(t) >= 3 else _key_ids(t)) for t in terms]


def matching_ids_query(query: str) -> Select | None:
    """A SELECT of the ids of live clients matching ``query`` (None: match all)."""
    conditions = match_conditions(query)
    if conditions is None:
        return None
    return select(Customer.id).where(Customer.deleted_at.is_(None), *conditions)


WALK_FROM = 2000  # matches; fewer are sorted outright, more are read in name order


def search_customers(db: Database, query: str, *, limit: int = 200) -> list[SearchHit]:
    """Best matches first: exact name, then name prefix, then by name.

    Ranking every match costs a row lookup per match (30+ ms for the 27,000
    clients "chen" finds at 100k). So when a query matches many clients, the
    exact and prefix matches come from the name index's range, and the rest by
    walking the ``name_sort`` index until ``limit`` are found — with thousands
    of matches that stops early. Few matches are simply sorted.
    """
    terms = terms_of(query)
    conditions = match_conditions(query)
    if conditions is None:
        return []
    text = normalize_text(query)
    with db.session() as session:
        if not terms or fewest_matches(session, terms, WALK_FROM) < WALK_FROM:
            rows = session.execute(_ranked(conditions, text, limit))
            return [SearchHit(*row) for row in rows]
        starts = _starts_with(text)
        hits = _hits_in_order(
            session, list(session.scalars(_prefix_ids(terms, starts, text, limit)))
        )
        if len(hits) < limit:
            rest = _walk_by_name(terms, not_(starts), limit - len(hits))
            hits += [SearchHit(*row) for row in session.execute(rest)]
        return hits


_HIT_COLUMNS = (
    Customer.id,
    Customer.display_name,
    Customer.company,
    Customer.primary_phone,
    Customer.city,
)


def _ranked(conditions: list, text: str, limit: int) -> Select:
    rank = case(
        (Customer.display_name == text, 0),
        (Customer.display_name.startswith(text, autoescape=True), 1),
        else_=2,
    )
    return (
        select(*_HIT_COLUMNS)
        .where(Customer.deleted_at.is_(None), *conditions)
        .order_by(rank, Customer.name_sort, Customer.id)
        .limit(limit)
    )


def fewest_matches(session: Session, terms: list[str], cap: int | None = None) -> int:
    """The smallest per-term match count: an upper bound of the matches, index-only.

    Counting stops at ``cap``: callers only ask whether it is below a threshold,
    and "163.com" alone has 17,000 matches to count (~8 ms) otherwise.
    """
    counts = (
        session.scalar(select(func.count()).select_from(_term_ids(t).limit(cap).subquery())) or 0
        for t in terms
    )
    return min(counts)


def _term_ids(term: str) -> Select:
    return _fts_ids(term) if len(term) >= 3 else _key_ids(term)


def _starts_with(text: str) -> ColumnElement[bool]:
    """Names beginning with ``text`` as ranges of the name index.

    Like the ranked query's LIKE, Latin prefixes ignore case: "anna" finds
    "Anna Schmidt" ("ANNA", "anna", "Anna"…: the spellings names are written in).
    """
    spellings = sorted({text, text.lower(), text.upper(), text.capitalize(), text.title()})
    name = Customer.display_name
    return or_(*(and_(name >= s, name < s + "\U0010ffff") for s in spellings))


def _prefix_ids(terms: list[str], starts: ColumnElement[bool], text: str, limit: int) -> Select:
    """Exact then prefix matches, found and sorted within the live-name index.

    Thousands of clients share a surname ("王"): the index holds display name
    and name_sort, so ranking them reads no row; only the ``limit`` ids kept
    are looked up afterwards (:func:`_hits_in_order`).
    """
    exact_first = case((Customer.display_name == text, 0), else_=1)
    return (
        select(Customer.id)
        .where(Customer.deleted_at.is_(None), starts, *unindexed_matches(terms))
        .order_by(exact_first, Customer.name_sort, Customer.id)
        .limit(limit)
    )


def _hits_in_order(session: Session, ids: list[int]) -> list[SearchHit]:
    if not ids:
        return []
    found = {
        row.id: SearchHit(*row)
        for row in session.execute(select(*_HIT_COLUMNS).where(Customer.id.in_(ids)))
    }
    return [found[i] for i in ids if i in found]


def _walk_by_name(terms: list[str], condition: ColumnElement[bool], limit: int) -> Select:
    """Matches in ``name_sort`` order, read off that index until ``limit`` are found.

    (``deleted_at + 0``, like the id below, keeps its index from leading instead.)
    """
    return (
        select(*_HIT_COLUMNS)
        .where((Customer.deleted_at + 0).is_(None), condition, *unindexed_matches(terms))
        .order_by(Customer.name_sort, Customer.id)
        .limit(limit)
    )


def unindexed_matches(terms: list[str]) -> list[ColumnElement[bool]]:
    """``id + 0 IN (…)``: a match test SQLite can't drive the query by.

    Driven by the matches, it would look up and sort every one of them; this
    way a name index leads and the matches are only checked against.
    """
    return [(Customer.id + 0).in_(_term_ids(t)) for t in terms]


def count_matches(session: Session, query: str) -> int:
    ids = matching_ids_query(query)
    if ids is None:
        return 0
    return session.scalar(select(func.count()).select_from(ids.subquery())) or 0
