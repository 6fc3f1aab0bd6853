"""The client list at any size: ids in SQL order first, rows fetched in batches.

The list view (Anki's browser pattern) asks for the ordered ids of everything
that passes the filters — one indexed query — and then loads only the rows
that scroll into view, a batch at a time. Sorting is ORDER BY, never Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from app.models import Customer, Tag, customer_tag
from app.models.db import Database
from app.models.enums import DevStatus, Tier
from app.services.client_rows import (
    BANDS,
    INDEXED,
    RANKED,
    SORT_COLUMNS,
    BandThresholds,
    ClientRow,
    ListFilter,
)
from app.services.intent import read_thresholds
from app.services.search import fewest_matches, match_conditions, terms_of, unindexed_matches

EVERYONE = ListFilter()  # no filter: every live client
DEFAULT_BANDS = BandThresholds()  # until the user changes them (AppSetting intent_bands)

TIER_RANK = case({t.value: i for i, t in enumerate(Tier)}, value=Customer.tier, else_=99)
STATUS_RANK = case({s.value: i for i, s in enumerate(DevStatus)}, value=Customer.dev_status)

# Sortable columns: key → SQL expression (ranked enums by rank, not spelling).
SORT_KEYS: dict[str, ColumnElement] = {
    key: getattr(Customer, column) for key, column in SORT_COLUMNS.items()
} | {"tier": TIER_RANK, "status": STATUS_RANK}


def _birthday_ids(db: Database, days: int, today: date) -> frozenset[int]:
    """Clients whose birthday (solar or lunar) falls from today to today + days.

    As the care reminders see them: live clients that have not churned.
    """
    from app.services.care import Occasion, care_between  # lunar calendar: on first use

    window = care_between(db, today, today + timedelta(days=days))
    return frozenset(r.customer_id for r in window if r.occasion == Occasion.BIRTHDAY)


def _resolved(db: Database, flt: ListFilter, today: date) -> ListFilter:
    if flt.birthday_days and flt.birthday_ids is None:
        return replace(flt, birthday_ids=_birthday_ids(db, flt.birthday_days, today))
    return flt


def _band_condition(band: str, thresholds: BandThresholds) -> ColumnElement:
    score = Customer.intent_score
    if band == "high":
        return score >= thresholds.high
    if band == "medium":
        return and_(score >= thresholds.medium, score < thresholds.high)
    return score < thresholds.medium


def _conditions(
    flt: ListFilter, today: date, thresholds: BandThresholds = DEFAULT_BANDS
) -> list[ColumnElement]:
    c = Customer
    conds = [c.deleted_at.is_not(None) if flt.trashed else c.deleted_at.is_(None)]
    matched = match_conditions(flt.text)
    if matched is not None:
        conds += matched
    if flt.tiers:
        conds.append(c.tier.in_([t.value for t in flt.tiers]))
    if flt.statuses:
        conds.append(c.dev_status.in_([s.value for s in flt.statuses]))
    if flt.levels:
        conds.append(c.relationship_level.in_([lv.value for lv in flt.levels]))
    if flt.tags:
        tagged = (
            select(customer_tag.c.customer_id)
            .join(Tag, Tag.id == customer_tag.c.tag_id)
            .where(Tag.name.in_(flt.tags))
        )
        conds.append(c.id.in_(tagged))
    if flt.intent_bands:
        bands = [b for b in BANDS if b in flt.intent_bands]
        conds.append(or_(*(_band_condition(b, thresholds) for b in bands)))
    if flt.overdue:
        conds.append(c.next_follow_up_on < today)
    if flt.birthday_ids is not None:
        conds.append(c.id.in_(sorted(flt.birthday_ids)))
    return conds


def ids_query(
    flt: ListFilter,
    sort: str = "name",
    descending: bool = False,
    today: date | None = None,
    thresholds: BandThresholds = DEFAULT_BANDS,
) -> Select:
    """The ordered SELECT of ids; ``flt.birthday_days`` needs :func:`list_ids` to resolve."""
    key = SORT_KEYS[sort]
    # NULLs last in both directions: an unknown intent is not the lowest intent.
    order = [key.is_(None), key.desc() if descending else key.asc()]
    where = _conditions(flt, today or date.today(), thresholds)
    return select(Customer.id).where(*where).order_by(*order, _tie(descending))


def _tie(descending: bool) -> ColumnElement:
    return Customer.id.desc() if descending else Customer.id.asc()


def _whole_list_queries(sort: str, descending: bool) -> list[Select]:
    """The unfiltered live list as consecutive pieces, each read straight off an index.

    Sorting 100k rows costs a scan of the wide table plus a temporary B-tree
    (150–250 ms); walking the sort column's index, which holds the row id,
    costs a third of that. So: no ``deleted_at`` test on the row (the few
    trashed ids are excluded by id instead), non-NULL values in index order
    then the NULLs, and tiers/statuses one value after another.
    """
    trashed = aliased(Customer)
    live = Customer.id.not_in(select(trashed.id).where(trashed.deleted_at.is_not(None)))
    ids, tie = select(Customer.id).where(live), _tie(descending)
    if sort in RANKED:
        column, members = getattr(Customer, SORT_COLUMNS[sort]), RANKED[sort]
        codes = [m.value for m in (reversed(members) if descending else members)]
        pieces = [ids.where(column == code).order_by(tie) for code in codes]
        return [*pieces, ids.where(column.not_in(codes)).order_by(tie)]  # unknown codes last
    key = SORT_KEYS[sort]
    ordered = ids.where(key.is_not(None)).order_by(key.desc() if descending else key.asc(), tie)
    return [ordered, ids.where(key.is_(None)).order_by(tie)]


def list_ids(
    db: Database,
    flt: ListFilter = EVERYONE,
    sort: str = "name",
    descending: bool = False,
    *,
    today: date | None = None,
) -> list[int]:
    """Every matching id, in display order."""
    today = today or date.today()
    flt = _resolved(db, flt, today)
    with db.session() as session:
        if flt.narrows() or flt.trashed or sort not in INDEXED:
            queries = [ids_query(flt, sort, descending, today, _thresholds(session, flt))]
        else:
            queries = _whole_list_queries(sort, descending)
        ids: list[int] = []
        # Core rows in chunks: one fetch of 100k rows (or the ORM's buffering of
        # them) holds the GIL ~100 ms at a stretch and starves a GUI thread that
        # calls this from a worker; between chunks the GIL changes hands.
        connection = session.connection().execution_options(yield_per=FETCH_CHUNK)
        for query in queries:
            for part in connection.execute(query).scalars().partitions():
                ids.extend(part)
        return ids


FETCH_CHUNK = 2000
PREVIEW_ROWS = 500
PREVIEW_FROM = 2000  # matches; fewer come back whole about as fast as a preview
_WALKABLE = INDEXED - set(RANKED)


def first_ids(
    db: Database,
    flt: ListFilter = EVERYONE,
    sort: str = "name",
    descending: bool = False,
    *,
    limit: int | None = None,
) -> list[int] | None:
    """The first ``limit`` ids of :func:`list_ids`, when they can be had much faster.

    A search matching 30,000 clients costs a row lookup per match before the
    first one can be shown; the head of the same order, read off the sort
    column's index, takes a few ms, so the list can show it while the rest is
    read. None when there is no such shortcut (other filters, an unindexed or
    ranked sort, few matches, the Trash).
    """
    if flt.trashed or sort not in _WALKABLE or replace(flt, text="") != ListFilter():
        return None
    with db.session() as session:
        terms = terms_of(flt.text)
        if flt.text and (not terms or fewest_matches(session, terms, PREVIEW_FROM) < PREVIEW_FROM):
            return None
        key = SORT_KEYS[sort]
        stmt = (
            select(Customer.id)
            .where((Customer.deleted_at + 0).is_(None), key.is_not(None), *unindexed_matches(terms))
            .order_by(key.desc() if descending else key.asc(), _tie(descending))
            .limit(limit or PREVIEW_ROWS)
        )
        return list(session.scalars(stmt))


def _thresholds(session: Session, flt: ListFilter) -> BandThresholds:
    return read_thresholds(session) if flt.intent_bands else DEFAULT_BANDS


def load_rows(db: Database, ids: Iterable[int]) -> dict[int, ClientRow]:
    """The rows of these ids (a batch of the visible window), keyed by id."""
    wanted = list(ids)
    if not wanted:
        return {}
    c = Customer
    with db.session() as session:
        tags: dict[int, list[str]] = {}
        for cid, name in session.execute(
            select(customer_tag.c.customer_id, Tag.name)
            .join(Tag, Tag.id == customer_tag.c.tag_id)
            .where(customer_tag.c.customer_id.in_(wanted))
            .order_by(Tag.name)
        ):
            tags.setdefault(cid, []).append(name)
        rows = session.execute(
            select(
                c.id,
                c.display_name,
                c.company,
                c.position,
                c.tier,
                c.dev_status,
                c.intent_score,
                c.last_contact_at,
                c.next_follow_up_on,
                c.primary_phone,
                c.city,
                c.deleted_at,
            ).where(c.id.in_(wanted))
        )
        return {
            r.id: ClientRow(
                r.id,
                r.display_name,
                r.company,
                r.position,
                r.tier,
                r.dev_status,
                float(r.intent_score) if r.intent_score is not None else None,
                r.last_contact_at,
                r.next_follow_up_on,
                r.primary_phone,
                r.city,
                tuple(tags.get(r.id, ())),
                r.deleted_at,
            )
            for r in rows
        }


def count(db: Database, flt: ListFilter, *, today: date | None = None) -> int:
    today = today or date.today()
    flt = _resolved(db, flt, today)
    with db.session() as session:
        where = _conditions(flt, today, _thresholds(session, flt))
        stmt = select(func.count()).select_from(Customer).where(*where)
        return session.scalar(stmt) or 0
