"""What happened in the period: churn, sales by month, top clients, follow-ups per week.

Each is one GROUP BY (two for top clients) inside a session the caller holds.
Months and weeks without any row are filled in with zeros, so a quiet month
shows as a gap rather than disappearing from the axis.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models import ChurnRecord, Customer, FollowUp, Order
from app.models.enums import ChurnReason, DevStatus, FollowUpStatus, OrderStatus
from app.services.churn import read_churn_rate
from app.services.reports.filters import Drilldown, ReportFilter, drill
from app.services.reports.results import (
    ChurnReport,
    FollowUpWeeks,
    MonthSales,
    SalesByMonth,
    Slice,
    TopClient,
    TopClients,
    WeekFollowUps,
)

WEEKS_SHOWN = 12  # follow-up weeks when no period is chosen


def read_churn(session: Session, flt: ReportFilter, today: date) -> ChurnReport:
    rows = session.execute(
        select(ChurnRecord.reason, func.count(), func.sum(ChurnRecord.lifetime_value))
        .join(Customer, Customer.id == ChurnRecord.customer_id)
        .where(*flt.clients(), *flt.period(ChurnRecord.churned_on))
        .group_by(ChurnRecord.reason)
    ).all()
    counts = {reason: (n, value) for reason, n, value in rows}
    churned = drill(flt, False, statuses=[DevStatus.CHURNED.value])
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


def read_sales(session: Session, flt: ReportFilter) -> SalesByMonth:
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


def read_top_clients(session: Session, flt: ReportFilter, limit: int) -> TopClients:
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


def read_follow_ups(session: Session, flt: ReportFilter, today: date) -> FollowUpWeeks:
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
    return FollowUpWeeks(tuple(weeks), drill(flt, False, overdue=True))
