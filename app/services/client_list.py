"""The client list at any size: ids in SQL order first, rows fetched in batches.

The list view (Anki's browser pattern) asks for the ordered ids of everything
that passes the filters — one indexed query — and then loads only the rows
that scroll into view, a batch at a time. Sorting is ORDER BY, never Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.sql import ColumnElement

from app.models import Customer, Tag, customer_tag
from app.models.db import Database
from app.models.enums import DevStatus, RelationshipLevel, Tier
from app.services.search import match_conditions

# Intent bands by score; the Reports issue makes the thresholds a setting.
INTENT_BANDS: dict[str, tuple[float, float]] = {
    "high": (70, 101),
    "medium": (40, 70),
    "low": (0, 40),
}

TIER_RANK = case({t.value: i for i, t in enumerate(Tier)}, value=Customer.tier, else_=99)
STATUS_RANK = case({s.value: i for i, s in enumerate(DevStatus)}, value=Customer.dev_status)

# Sortable columns: key → SQL expression. Tags are shown but not sortable.
SORT_KEYS: dict[str, ColumnElement] = {
    "name": Customer.name_sort,
    "company": Customer.company,
    "position": Customer.position,
    "tier": TIER_RANK,
    "status": STATUS_RANK,
    "intent": Customer.intent_score,
    "last_contact": Customer.last_contact_at,
    "next_follow_up": Customer.next_follow_up_on,
    "phone": Customer.primary_phone,
    "city": Customer.city,
    "created": Customer.created_at,
    "deleted": Customer.deleted_at,
}


@dataclass(frozen=True)
class ListFilter:
    """What the list shows; every part is optional and they combine with AND."""

    text: str = ""
    tiers: frozenset[Tier] = frozenset()
    statuses: frozenset[DevStatus] = frozenset()
    levels: frozenset[RelationshipLevel] = frozenset()
    tags: frozenset[str] = frozenset()  # any of these tag names
    intent_bands: frozenset[str] = frozenset()
    overdue: bool = False  # a follow-up due before ``today``
    birthday_ids: frozenset[int] | None = None  # precomputed by the care service
    trashed: bool = False  # the Trash page lists deleted clients instead

    def with_text(self, text: str) -> ListFilter:
        return replace(self, text=text)

    def to_json(self) -> dict:
        """For saved views."""
        return {
            "text": self.text,
            "tiers": sorted(t.value for t in self.tiers),
            "statuses": sorted(s.value for s in self.statuses),
            "levels": sorted(lv.value for lv in self.levels),
            "tags": sorted(self.tags),
            "intent_bands": sorted(self.intent_bands),
            "overdue": self.overdue,
        }

    @classmethod
    def from_json(cls, data: dict) -> ListFilter:
        return cls(
            text=data.get("text", ""),
            tiers=frozenset(Tier(v) for v in data.get("tiers", [])),
            statuses=frozenset(DevStatus(v) for v in data.get("statuses", [])),
            levels=frozenset(RelationshipLevel(v) for v in data.get("levels", [])),
            tags=frozenset(data.get("tags", [])),
            intent_bands=frozenset(data.get("intent_bands", [])),
            overdue=bool(data.get("overdue", False)),
        )


def _conditions(flt: ListFilter, today: date) -> list[ColumnElement]:
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
        bands = [INTENT_BANDS[b] for b in flt.intent_bands]
        conds.append(or_(*(and_(c.intent_score >= lo, c.intent_score < hi) for lo, hi in bands)))
    if flt.overdue:
        conds.append(c.next_follow_up_on < today)
    if flt.birthday_ids is not None:
        conds.append(c.id.in_(sorted(flt.birthday_ids)))
    return conds


def ids_query(
    flt: ListFilter, sort: str = "name", descending: bool = False, today: date | None = None
) -> Select:
    key = SORT_KEYS[sort]
    # NULLs last in both directions: an unknown intent is not the lowest intent.
    order = [key.is_(None), key.desc() if descending else key.asc()]
    tie = Customer.id.desc() if descending else Customer.id.asc()
    return select(Customer.id).where(*_conditions(flt, today or date.today())).order_by(*order, tie)


def list_ids(
    db: Database,
    flt: ListFilter = ListFilter(),
    sort: str = "name",
    descending: bool = False,
    *,
    today: date | None = None,
) -> list[int]:
    """Every matching id, in display order."""
    with db.session() as session:
        return list(session.scalars(ids_query(flt, sort, descending, today)))


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    company: str | None
    position: str | None
    tier: Tier
    status: DevStatus
    intent: float | None
    last_contact: datetime | None
    next_follow_up: date | None
    phone: str | None
    city: str | None
    tags: tuple[str, ...] = field(default_factory=tuple)
    deleted_at: datetime | None = None


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
    with db.session() as session:
        stmt = (
            select(func.count())
            .select_from(Customer)
            .where(*_conditions(flt, today or date.today()))
        )
        return session.scalar(stmt) or 0
