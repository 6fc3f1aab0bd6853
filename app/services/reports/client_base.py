"""The client base as it is: tiers, intent scores, the development funnel, sources.

Each is one GROUP BY inside a session the caller holds; with a period, the
tiers, funnel and sources count the clients who joined in it, and the intent
histogram the last score each client was given in it.
"""

from __future__ import annotations

from sqlalchemy import Integer, Select, case, cast, func, select
from sqlalchemy.orm import Session

from app.models import Assessment, Customer
from app.models.enums import DevStatus, Source, Tier
from app.services.intent import read_thresholds
from app.services.reports.filters import ReportFilter, drill
from app.services.reports.results import (
    Distribution,
    Funnel,
    FunnelStage,
    IntentBin,
    IntentHistogram,
    Slice,
)

FUNNEL = (DevStatus.NOT_DEVELOPED, DevStatus.DEVELOPED, DevStatus.INTERESTED, DevStatus.COOPERATING)
INTENT_BIN = 10  # points per histogram bar: 0–10 … 90–100
UNKNOWN = "unknown"  # the key of clients with no source


def read_tiers(session: Session, flt: ReportFilter) -> Distribution:
    counts = dict(
        session.execute(
            select(Customer.tier, func.count()).where(*flt.cohort()).group_by(Customer.tier)
        ).all()
    )
    exact = not flt.has_period
    return Distribution(
        tuple(Slice(t.value, counts.get(t, 0), drill(flt, exact, tiers=[t.value])) for t in Tier),
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


def read_intent(session: Session, flt: ReportFilter) -> IntentHistogram:
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
                drill=drill(flt, False, intent_bands=[band]),
                tier_drills={
                    t: drill(flt, False, tiers=[t.value], intent_bands=[band]) for t in Tier
                },
            )
        )
    assessed = sum(counts.values())
    clients = session.scalar(select(func.count()).select_from(Customer).where(*flt.clients()))
    return IntentHistogram(tuple(bins), thresholds, clients - assessed)


def read_funnel(session: Session, flt: ReportFilter) -> Funnel:
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
        stage_drill = drill(flt, not flt.has_period, statuses=[s.value for s in further])
        stages.append(FunnelStage(status, counts.get(status, 0), reached, conversion, stage_drill))
        previous = reached
    return Funnel(tuple(stages), counts.get(DevStatus.CHURNED, 0), flt.joined)


def read_sources(session: Session, flt: ReportFilter) -> Distribution:
    counts = dict(
        session.execute(
            select(Customer.source, func.count()).where(*flt.cohort()).group_by(Customer.source)
        ).all()
    )
    keys = [*Source, None]
    return Distribution(
        tuple(Slice(s.value if s else UNKNOWN, counts.get(s, 0), None) for s in keys), flt.joined
    )
