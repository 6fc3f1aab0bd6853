"""The numbers of each chart, as plain frozen dataclasses the charts and the UI read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.models.enums import DevStatus, Tier
from app.services.churn import ChurnRate
from app.services.intent import BandThresholds
from app.services.reports.filters import Drilldown, ReportFilter


@dataclass(frozen=True)
class Slice:
    """One bar or slice of a count chart; ``key`` is the code (``strategic``, ``price`` …)."""

    key: str
    count: int
    drill: Drilldown | None  # None: the client list cannot select these clients


@dataclass(frozen=True)
class Distribution:
    slices: tuple[Slice, ...]
    joined: tuple[date | None, date | None] | None = None  # the period, when it selects clients

    @property
    def total(self) -> int:
        return sum(s.count for s in self.slices)


@dataclass(frozen=True)
class IntentBin:
    low: int  # score ≥ low …
    high: int  # … and < high (the last bin includes 100)
    band: str
    by_tier: dict[Tier, int]
    drill: Drilldown
    tier_drills: dict[Tier, Drilldown]

    @property
    def count(self) -> int:
        return sum(self.by_tier.values())


@dataclass(frozen=True)
class IntentHistogram:
    bins: tuple[IntentBin, ...]
    thresholds: BandThresholds
    unassessed: int  # clients without a score (with a period: not assessed in it)


@dataclass(frozen=True)
class FunnelStage:
    status: DevStatus
    at_stage: int  # clients at this status now
    reached: int  # at this status or further along
    conversion: float | None  # reached ÷ the previous stage's reached; None for the first
    drill: Drilldown


@dataclass(frozen=True)
class Funnel:
    stages: tuple[FunnelStage, ...]
    churned: int  # churned clients are outside the funnel
    joined: tuple[date | None, date | None] | None = None


@dataclass(frozen=True)
class ChurnReport:
    reasons: tuple[Slice, ...]
    rate: ChurnRate
    lost_value: Decimal  # Σ lifetime value of the churn records counted


@dataclass(frozen=True)
class MonthSales:
    month: date  # its first day
    amount: Decimal
    orders: int


@dataclass(frozen=True)
class SalesByMonth:
    months: tuple[MonthSales, ...]

    @property
    def total(self) -> Decimal:
        return sum((m.amount for m in self.months), Decimal(0))


@dataclass(frozen=True)
class TopClient:
    customer_id: int
    name: str
    amount: Decimal
    cumulative_share: float  # of all sales in the period, this client and those above
    drill: Drilldown


@dataclass(frozen=True)
class TopClients:
    clients: tuple[TopClient, ...]
    total: Decimal  # every client's sales in the period
    clients_with_sales: int
    clients_for_80: int  # the fewest clients that make 80% of sales (the Pareto point)


@dataclass(frozen=True)
class WeekFollowUps:
    week: date  # Monday
    done: int
    overdue: int  # still pending after its due date


@dataclass(frozen=True)
class FollowUpWeeks:
    weeks: tuple[WeekFollowUps, ...]
    overdue_drill: Drilldown  # every overdue client: the list has no due-week filter


@dataclass(frozen=True)
class Report:
    filter: ReportFilter
    today: date
    tiers: Distribution
    intent: IntentHistogram
    funnel: Funnel
    churn: ChurnReport
    sales: SalesByMonth
    top_clients: TopClients
    follow_ups: FollowUpWeeks
    sources: Distribution
