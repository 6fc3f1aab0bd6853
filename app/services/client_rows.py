"""What the client list shows and how it is asked for, without SQLAlchemy.

The filter, the row and the sortable columns are plain values: the window
builds its list page from them before the ORM has loaded (see
:mod:`app.services.list_snapshot`); :mod:`app.services.client_list` turns them
into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from app.models.enums import DevStatus, RelationshipLevel, Tier

BANDS = ("high", "medium", "low")

# Sortable columns: list key → the ``customer`` column it orders by. Tier and
# status sort by their rank in the enum, not by their codes' spelling; tags
# are shown but not sortable.
SORT_COLUMNS = {
    "name": "name_sort",
    "company": "company",
    "position": "position",
    "tier": "tier",
    "status": "dev_status",
    "intent": "intent_score",
    "last_contact": "last_contact_at",
    "next_follow_up": "next_follow_up_on",
    "phone": "primary_phone",
    "city": "city",
    "created": "created_at",
    "deleted": "deleted_at",
}
RANKED = {"tier": tuple(Tier), "status": tuple(DevStatus)}
# Sort keys with an index of their own; position, phone and created have none.
INDEXED = frozenset(
    {"name", "company", "tier", "status", "intent", "last_contact", "next_follow_up", "city"}
)


@dataclass(frozen=True)
class BandThresholds:
    """A score ≥ ``high`` is high, ≥ ``medium`` medium, anything lower low."""

    high: float = 70.0
    medium: float = 40.0

    def band(self, score: float) -> str:
        return "high" if score >= self.high else "medium" if score >= self.medium else "low"


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
    birthday_days: int = 0  # a birthday from today to today + this many days; 0: off
    birthday_ids: frozenset[int] | None = None  # precomputed; overrides birthday_days
    trashed: bool = False  # the Trash page lists deleted clients instead

    def with_text(self, text: str) -> ListFilter:
        return replace(self, text=text)

    def narrows(self) -> bool:
        """True when anything but the live/trashed switch limits the list."""
        return replace(self, trashed=False) != ListFilter()

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
            "birthday_days": self.birthday_days,
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
            birthday_days=int(data.get("birthday_days", 0)),
        )


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
