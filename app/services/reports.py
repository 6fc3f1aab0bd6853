"""The numbers behind every chart of the Reports page, each one SQL aggregation.

Nothing loads the client base into Python: each chart is one GROUP BY (two
for top clients), so the page costs about the same at 1,000 or 100,000
clients. ``build_report`` runs them all in one session for a page refresh.

The filter's period applies to what happened in it (orders, churn, follow-ups
due, assessments taken); for the charts of the client base as it is (tiers,
funnel, sources) it selects the clients who joined in the period. The tag
applies everywhere. Trashed clients are never counted.

Each bar carries a ``Drilldown``: the client-list filter (a dict for
``client_list.ListFilter.from_json``) that opens the clients behind it, and
whether the list can show exactly them or only a wider set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Integer, Select, and_, case, cast, func, select
from sqlalchemy.orm import Session

from app.models import Assessment, ChurnRecord, Customer, FollowUp, Order
from app.models.db import Database
from app.models.enums import ChurnReason, DevStatus, FollowUpStatus, OrderStatus, Source, Tier
from app.services.churn import ChurnRate, joined_on, read_churn_rate, tagged
from app.services.intent import BandThresholds, read_thresholds

FUNNEL = (DevStatus.NOT_DEVELOPED, DevStatus.DEVELOPED, DevStatus.INTERESTED, DevStatus.COOPERATING)
INTENT_BIN = 10  # points per histogram bar: 0–10 … 90–100
WEEKS_SHOWN = 12  # follow-up weeks when no period is chosen
UNKNOWN = "unknown"  # the key of clients with no source


@dataclass(frozen=True)
class ReportFilter:
    """One period (either end open) and one tag, for the whole page."""

    start: date | None = None
    end: date | None = None
    tag: str | None = None

    @property
    def has_period(self) -> bool:
        return self.start is not None or self.end is not None

    def period(self, column: object) -> list:
        conds = []
        if self.start is not None:
            conds.append(column >= self.start)
        if self.end is not None:
            conds.append(column <= self.end)
        return conds

    def clients(self) -> list:
        """Live clients carrying the tag."""
        return [Customer.deleted_at.is_(None), *([tagged(self.tag)] if self.tag else [])]

    @property
    def joined(self) -> tuple[date | None, date | None] | None:
        """What the charts of the client base say about the period."""
        return (self.start, self.end) if self.has_period else None

    def cohort(self) -> list:
        """Live clients carrying the tag who joined in the period."""
        return [*self.clients(), *self.period(joined_on())]


@dataclass(frozen=True)
class Drilldown:
    filter: dict  # for client_list.ListFilter.from_json
    exact: bool  # False: the list shows a wider set (the band of a bin, every churned client …)
    customer_id: int | None = None  # a single client: open the dossier instead


def _drill(flt: ReportFilter, exact: bool, **parts: list | bool) -> Drilldown:
    if flt.tag:
        parts["tags"] = [flt.tag]
    return Drilldown(parts, exact)


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


# --- the queries, each inside a session ---------------------------------------------


def _tiers(session: Session, flt: ReportFilter) -> Distribution:
    counts = dict(
        session.execute(
            select(Customer.tier, func.count()).where(*flt.cohort()).group_by(Customer.tier)
        ).all()
    )
    exact = not flt.has_period
    return Distribution(
        tuple(Slice(t.value, counts.get(t, 0), _drill(flt, exact, tiers=[t.value])) for t in Tier),
        flt.joined,
    )


def _latest_scores(flt: ReportFilter) -> Select:
    """(customer id, score) per client: now, or the last assessment taken in the period."""
    if not flt.has_period:
        return select(Customer.id, Customer.intent_score.label("score")).where(
            Customer.intent_score.is_not(None)
        )
    ranked = (
        select(
            Assessment.customer_id.label("id"),
            Assessment.score.label("score"),
            func.row_number()
            .over(
                partition_by=Assessment.customer_id,
                order_by=(Assessment.taken_on.desc(), Assessment.id.desc()),
            )
            .label("n"),
        )
        .where(*flt.period(Assessment.taken_on))
        .subquery()
    )
    return select(ranked.c.id, ranked.c.score).where(ranked.c.n == 1)


def _intent(session: Session, flt: ReportFilter) -> IntentHistogram:
    scores = _latest_scores(flt).subquery()
    last = 100 // INTENT_BIN - 1
    bin_no = case((scores.c.score >= 100, last), else_=cast(scores.c.score / INTENT_BIN, Integer))
    rows = session.execute(
        select(bin_no, Customer.tier, func.count())
        .join(Customer, Customer.id == scores.c.id)
        .where(*flt.clients())
        .group_by(bin_no, Customer.tier)
    ).all()
    counts = {(int(b), tier): n for b, tier, n in rows}
    thresholds = read_thresholds(session)
    bins = []
    for b in range(last + 1):
        low = b * INTENT_BIN
        band = thresholds.band(low)
        bins.append(
            IntentBin(
                low=low,
                high=low + INTENT_BIN,
                band=band,
                by_tier={t: counts.get((b, t), 0) for t in Tier},
                drill=_drill(flt, False, intent_bands=[band]),
                tier_drills={
                    t: _drill(flt, False, tiers=[t.value], intent_bands=[band]) for t in Tier
                },
            )
        )
    assessed = sum(counts.values())
    clients = session.scalar(select(func.count()).select_from(Customer).where(*flt.clients()))
    return IntentHistogram(tuple(bins), thresholds, clients - assessed)


def _funnel(session: Session, flt: ReportFilter) -> Funnel:
    counts = dict(
        session.execute(
            select(Customer.dev_status, func.count())
            .where(*flt.cohort())
            .group_by(Customer.dev_status)
        ).all()
    )
    stages, previous = [], None
    for i, status in enumerate(FUNNEL):
        further = FUNNEL[i:]
        reached = sum(counts.get(s, 0) for s in further)
        conversion = None if previous is None else (reached / previous if previous else 0.0)
        drill = _drill(flt, not flt.has_period, statuses=[s.value for s in further])
        stages.append(FunnelStage(status, counts.get(status, 0), reached, conversion, drill))
        previous = reached
    return Funnel(tuple(stages), counts.get(DevStatus.CHURNED, 0), flt.joined)


def _churn(session: Session, flt: ReportFilter, today: date) -> ChurnReport:
    rows = session.execute(
        select(ChurnRecord.reason, func.count(), func.sum(ChurnRecord.lifetime_value))
        .join(Customer, Customer.id == ChurnRecord.customer_id)
        .where(*flt.clients(), *flt.period(ChurnRecord.churned_on))
        .group_by(ChurnRecord.reason)
    ).all()
    counts = {reason: (n, value) for reason, n, value in rows}
    churned = _drill(flt, False, statuses=[DevStatus.CHURNED.value])
    reasons = tuple(Slice(r.value, counts.get(r, (0, 0))[0], churned) for r in ChurnReason)
    lost = sum((Decimal(str(v or 0)) for _n, v in counts.values()), Decimal(0))
    start = flt.start or (flt.end or today) - timedelta(days=364)  # a year when open
    rate = read_churn_rate(session, start, flt.end or today, flt.tag)
    return ChurnReport(reasons, rate, lost.quantize(Decimal("0.01")))


def _sold(flt: ReportFilter) -> list:
    """Orders that count as sales: not returned, in the period, of live tagged clients."""
    return [Order.status != OrderStatus.RETURNED, *flt.clients(), *flt.period(Order.ordered_on)]


def _money(value: object) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def _sales(session: Session, flt: ReportFilter) -> SalesByMonth:
    month = func.strftime("%Y-%m", Order.ordered_on)
    rows = session.execute(
        select(month, func.sum(Order.amount), func.count())
        .join(Customer, Customer.id == Order.customer_id)
        .where(*_sold(flt))
        .group_by(month)
    ).all()
    found = {date.fromisoformat(m + "-01"): (amount, n) for m, amount, n in rows}
    if not found and (flt.start is None or flt.end is None):
        return SalesByMonth(())  # no data and no range to show
    first = (flt.start or min(found)).replace(day=1)
    last = (flt.end or max(found)).replace(day=1)
    months = []
    while first <= last:  # every month of the range, the quiet ones too
        amount, n = found.get(first, (0, 0))
        months.append(MonthSales(first, _money(amount), n))
        first = (first + timedelta(days=32)).replace(day=1)
    return SalesByMonth(tuple(months))


def _top_clients(session: Session, flt: ReportFilter, limit: int) -> TopClients:
    per_client = (
        select(Order.customer_id.label("id"), func.sum(Order.amount).label("total"))
        .join(Customer, Customer.id == Order.customer_id)
        .where(*_sold(flt))
        .group_by(Order.customer_id)
        .subquery()
    )
    order = (per_client.c.total.desc(), per_client.c.id)
    # One CTE, used twice, so SQLite aggregates the orders once.
    ranked = select(
        per_client.c.id,
        per_client.c.total,
        func.sum(per_client.c.total).over(order_by=order).label("running"),
        func.sum(per_client.c.total).over().label("grand"),
        func.count().over().label("clients"),
    ).cte("ranked")
    # A client is needed for 80% while the clients above them make less than 80%.
    needed = (
        select(func.count())
        .select_from(ranked)
        .where(ranked.c.running - ranked.c.total < 0.8 * ranked.c.grand)
        .scalar_subquery()
    )
    rows = session.execute(
        select(ranked, Customer.display_name, needed.label("needed"))
        .join(Customer, Customer.id == ranked.c.id)
        .order_by(ranked.c.total.desc(), ranked.c.id)
        .limit(limit)
    ).all()
    if not rows:
        return TopClients((), _money(0), 0, 0)
    grand = float(rows[0].grand)
    top = tuple(
        TopClient(
            r.id,
            r.display_name,
            _money(r.total),
            float(r.running) / grand,
            Drilldown({}, True, r.id),
        )
        for r in rows
    )
    return TopClients(top, _money(grand), rows[0].clients, rows[0].needed)


def _weeks_range(flt: ReportFilter, today: date) -> tuple[date, date]:
    def monday(day: date) -> date:
        return day - timedelta(days=day.weekday())

    last = monday(flt.end or (today if flt.start is None else max(flt.start, today)))
    first = monday(flt.start) if flt.start else last - timedelta(weeks=WEEKS_SHOWN - 1)
    return first, last


def _follow_ups(session: Session, flt: ReportFilter, today: date) -> FollowUpWeeks:
    first, last = _weeks_range(flt, today)
    week = func.date(FollowUp.due_on, "weekday 0", "-6 days")  # the Monday of its week
    overdue = and_(
        FollowUp.status == FollowUpStatus.PENDING,
        FollowUp.due_on < today,
        Customer.dev_status != DevStatus.CHURNED,
    )
    rows = session.execute(
        select(
            week,
            func.count().filter(FollowUp.status == FollowUpStatus.DONE),
            func.count().filter(overdue),
        )
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(*flt.clients(), FollowUp.due_on.between(first, last + timedelta(days=6)))
        .group_by(week)
    ).all()
    found = {date.fromisoformat(w): (done, late) for w, done, late in rows}
    weeks = []
    while first <= last:
        done, late = found.get(first, (0, 0))
        weeks.append(WeekFollowUps(first, done, late))
        first += timedelta(weeks=1)
    return FollowUpWeeks(tuple(weeks), _drill(flt, False, overdue=True))


def _sources(session: Session, flt: ReportFilter) -> Distribution:
    counts = dict(
        session.execute(
            select(Customer.source, func.count()).where(*flt.cohort()).group_by(Customer.source)
        ).all()
    )
    keys = [*Source, None]
    return Distribution(
        tuple(Slice(s.value if s else UNKNOWN, counts.get(s, 0), None) for s in keys), flt.joined
    )


# --- public: one session per call ----------------------------------------------------


def build_report(db: Database, flt: ReportFilter, today: date, top: int = 10) -> Report:
    """Every chart of the page, in one session (one consistent read)."""
    with db.session() as session:
        return Report(
            filter=flt,
            today=today,
            tiers=_tiers(session, flt),
            intent=_intent(session, flt),
            funnel=_funnel(session, flt),
            churn=_churn(session, flt, today),
            sales=_sales(session, flt),
            top_clients=_top_clients(session, flt, top),
            follow_ups=_follow_ups(session, flt, today),
            sources=_sources(session, flt),
        )


def tier_distribution(db: Database, flt: ReportFilter) -> Distribution:
    with db.session() as session:
        return _tiers(session, flt)


def intent_histogram(db: Database, flt: ReportFilter) -> IntentHistogram:
    with db.session() as session:
        return _intent(session, flt)


def development_funnel(db: Database, flt: ReportFilter) -> Funnel:
    with db.session() as session:
        return _funnel(session, flt)


def churn_report(db: Database, flt: ReportFilter, today: date) -> ChurnReport:
    with db.session() as session:
        return _churn(session, flt, today)


def sales_by_month(db: Database, flt: ReportFilter) -> SalesByMonth:
    with db.session() as session:
        return _sales(session, flt)


def top_clients(db: Database, flt: ReportFilter, limit: int = 10) -> TopClients:
    with db.session() as session:
        return _top_clients(session, flt, limit)


def follow_up_weeks(db: Database, flt: ReportFilter, today: date) -> FollowUpWeeks:
    with db.session() as session:
        return _follow_ups(session, flt, today)


def client_sources(db: Database, flt: ReportFilter) -> Distribution:
    with db.session() as session:
        return _sources(session, flt)
