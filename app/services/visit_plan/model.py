"""What a printed visit plan holds: plain dataclasses, one per 5W1H part of a visit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum

from app.models.enums import Channel, ContactLabel, DevStatus, OrderStatus, Stage, Tier
from app.services.care import CareRow


class GroupBy(StrEnum):
    TIME = "time"  # by day, then appointment time
    CITY = "city"  # by city, district and street: one area's visits together
    MANUAL = "manual"  # exactly the order the user gave


@dataclass(frozen=True)
class PlanPeriod:
    start: date
    end: date
    week: str | None = None  # "2026-W48" when the period is an ISO week

    @property
    def code(self) -> str:
        """2026-W48, 2026-11-24, or 2026-11-24…2026-11-30: for titles and file names."""
        if self.week:
            return self.week
        return str(self.start) if self.start == self.end else f"{self.start}…{self.end}"


@dataclass(frozen=True)
class PlanItem:
    """One visit as the UI list holds it; ``time`` None means "no appointment yet"."""

    customer_id: int
    day: date
    time: time | None = None
    follow_up_id: int | None = None  # None for a client added by hand


@dataclass(frozen=True)
class Why:
    stage: Stage | None
    purpose: str | None
    due_on: date | None
    tier: Tier
    dev_status: DevStatus


@dataclass(frozen=True)
class TalkingPoint:
    topic: str  # "problems", "client_plans" or "interests": what the last contact noted
    text: str


@dataclass(frozen=True)
class LastContact:
    occurred_at: datetime
    channel: Channel
    summary: str
    next_step: str | None  # what we promised


@dataclass(frozen=True)
class OpenOrder:
    ordered_on: date
    product: str
    amount: Decimal
    status: OrderStatus
    contract_no: str | None


@dataclass(frozen=True)
class OpenComplaint:
    received_on: date
    subject: str
    details: str | None


@dataclass(frozen=True)
class What:
    talking_points: tuple[TalkingPoint, ...]
    last_contact: LastContact | None
    open_orders: tuple[OpenOrder, ...]
    open_complaints: tuple[OpenComplaint, ...]


@dataclass(frozen=True)
class Who:
    name: str
    position: str | None
    company: str | None
    phones: tuple[tuple[ContactLabel, str], ...]
    assistant_name: str | None
    assistant_phone: str | None


@dataclass(frozen=True)
class When:
    day: date
    time: time | None  # the appointment, when one is made


@dataclass(frozen=True)
class Where:
    address: str | None
    city: str | None
    district: str | None
    directions: str | None


@dataclass(frozen=True)
class How:
    interests: str | None
    consumption_habits: str | None
    favourite_colour: str | None
    food_taste: str | None
    taboos: str | None
    superstitions: str | None
    family: tuple[str, ...]
    care: tuple[CareRow, ...]  # birthdays and anniversaries from the period start on
    retention: str | None  # D: the retention action or gift idea of the step
    loyalty_points: int
    club_member: bool


@dataclass(frozen=True)
class VisitEntry:
    item: PlanItem
    why: Why
    what: What
    who: Who
    when: When
    where: Where
    how: How


@dataclass(frozen=True)
class VisitGroup:
    """Entries that sit together: one day (time order) or one area (city order)."""

    day: date | None
    area: str | None
    entries: tuple[VisitEntry, ...]


@dataclass(frozen=True)
class VisitPlan:
    period: PlanPeriod
    group_by: GroupBy
    groups: tuple[VisitGroup, ...]

    @property
    def entries(self) -> list[VisitEntry]:
        return [entry for group in self.groups for entry in group.entries]
