"""One search box: names, pinyin, initials, company, phone digits, email, notes.

Queries of three characters or more go to the FTS5 trigram index (any
substring). Trigrams cannot answer one or two characters — yet 张伟 and zw are
exactly what people type — so short terms go to ``search_key``, a B-tree of
two-character prefixes of names, name suffixes, pinyin and initials. Several
words must all match. Neither path scans the client table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Select, bindparam, case, column, func, literal, select, table
from sqlalchemy.orm import Session

from app.models import FTS_TABLE, Customer, search_key
from app.models.db import Database
from app.services.names import normalize_text
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
    text = normalize_text(query).lower()
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
    return select(search_key.c.customer_id).where(search_key.c.key == term[:KEY_LENGTH])


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


def search_customers(db: Database, query: str, *, limit: int = 200) -> list[SearchHit]:
    """Best matches first: exact name, then name prefix, then by name."""
    conditions = match_conditions(query)
    if conditions is None:
        return []
    text = normalize_text(query)
    rank = case(
        (Customer.display_name == text, 0),
        (Customer.display_name.startswith(text, autoescape=True), 1),
        else_=2,
    )
    stmt = (
        select(
            Customer.id,
            Customer.display_name,
            Customer.company,
            Customer.primary_phone,
            Customer.city,
        )
        .where(Customer.deleted_at.is_(None), *conditions)
        .order_by(rank, Customer.name_sort, Customer.id)
        .limit(limit)
    )
    with db.session() as session:
        return [SearchHit(*row) for row in session.execute(stmt)]


def count_matches(session: Session, query: str) -> int:
    ids = matching_ids_query(query)
    if ids is None:
        return 0
    return session.scalar(select(func.count()).select_from(ids.subquery())) or 0
