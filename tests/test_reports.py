"""Every chart's numbers against an independent count on a seeded demo database.

The cross-checks are written apart from the service: raw SQL text, or plain
Python over every row (the database is small), never the service's queries.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.models.db import open_database
from app.models.enums import DevStatus, Tier
from app.services import client_list
from app.services.customers import create_customer, trash_customers
from app.services.demo import generate_demo
from app.services.intent import record_assessment
from app.services.reports import ReportFilter, build_report, top_clients

TODAY = date(2026, 3, 2)
YEAR = ReportFilter(date(2025, 3, 1), date(2026, 2, 28))
FILTERS = [ReportFilter(), YEAR, ReportFilter(tag="VIP"), ReportFilter(YEAR.start, YEAR.end, "VIP")]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """1,500 demo clients, some trashed, some follow-ups done, some re-assessed."""
    db = open_database(tmp_path_factory.mktemp("reports") / "rapport.sqlite3")
    generate_demo(db, 1500, seed=7, today=TODAY)
    trash_customers(db, range(1, 1501, 30))  # odd ids only
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE follow_up SET status = 'done', completed_at = due_on "
                "WHERE id % 3 = 0 AND due_on < :today"
            ),
            {"today": TODAY},
        )
    for cid in range(2, 400, 14):  # even ids: a second, older assessment: only the period sees it
        record_assessment(db, cid, {"decision_influence": "some"}, date(2025, 4, 1))
    yield db
    db.dispose()


def rows(db, sql: str, **params) -> list:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def live_ids(db, flt: ReportFilter) -> set[int]:
    """Live clients carrying the tag, by plain SQL text."""
    ids = {r[0] for r in rows(db, "SELECT id FROM customer WHERE deleted_at IS NULL")}
    if flt.tag:
        tagged = rows(
            db,
            "SELECT ct.customer_id FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name = :tag",
            tag=flt.tag,
        )
        ids &= {r[0] for r in tagged}
    return ids


def in_period(flt: ReportFilter, day: date) -> bool:
    return (flt.start is None or day >= flt.start) and (flt.end is None or day <= flt.end)


def cohort(db, flt: ReportFilter) -> dict[int, tuple]:
    """id → (tier, dev_status, source) of live tagged clients who joined in the period."""
    ids = live_ids(db, flt)
    found = {}
    for cid, tier, status, source, since, created in rows(
        db, "SELECT id, tier, dev_status, source, client_since, created_at FROM customer"
    ):
        joined = date.fromisoformat(since or created[:10])
        if cid in ids and in_period(flt, joined):
            found[cid] = (tier, status, source)
    return found


def as_date(value: str) -> date:
    return date.fromisoformat(value[:10])


@pytest.mark.parametrize("flt", FILTERS)
def test_tiers_funnel_and_sources_equal_a_count_of_the_clients(demo, flt) -> None:
    report = build_report(demo, flt, TODAY)
    clients = cohort(demo, flt)
    tiers = Counter(t for t, _s, _src in clients.values())
    statuses = Counter(s for _t, s, _src in clients.values())
    sources = Counter(src or "unknown" for _t, _s, src in clients.values())

    assert {s.key: s.count for s in report.tiers.slices} == {t.value: tiers[t.value] for t in Tier}
    assert report.tiers.total == len(clients) > 0
    assert {s.key: s.count for s in report.sources.slices if s.count} == dict(sources)

    order = ["not_developed", "developed", "interested", "cooperating"]
    stages = report.funnel.stages
    assert [st.at_stage for st in stages] == [statuses[s] for s in order]
    assert [st.reached for st in stages] == [sum(statuses[s] for s in order[i:]) for i in range(4)]
    assert stages[0].conversion is None
    assert stages[2].conversion == pytest.approx(stages[2].reached / stages[1].reached)
    assert report.funnel.churned == statuses["churned"]


def test_the_tier_distribution_matches_raw_sql_text(demo) -> None:
    expected = dict(
        rows(demo, "SELECT tier, COUNT(*) FROM customer WHERE deleted_at IS NULL GROUP BY tier")
    )
    report = build_report(demo, ReportFilter(), TODAY)
    assert {s.key: s.count for s in report.tiers.slices} == expected


@pytest.mark.parametrize("flt", [ReportFilter(), ReportFilter(tag="VIP")])
def test_each_exact_bar_opens_exactly_its_clients_in_the_client_list(demo, flt) -> None:
    report = build_report(demo, flt, TODAY)
    bars = [(s.drill, s.count) for s in report.tiers.slices]
    bars += [(stage.drill, stage.reached) for stage in report.funnel.stages]
    for drill, count in bars:
        assert drill.exact
        flt_list = client_list.ListFilter.from_json(drill.filter)
        assert client_list.count(demo, flt_list, today=TODAY) == count
    strategic = report.tiers.slices[0]
    assert strategic.key == "strategic"
    ids = client_list.list_ids(demo, client_list.ListFilter.from_json(strategic.drill.filter))
    assert ids and all(r.tier is Tier.STRATEGIC for r in client_list.load_rows(demo, ids).values())


def test_with_a_period_the_bars_say_the_list_shows_more(demo) -> None:
    report = build_report(demo, YEAR, TODAY)
    assert not any(s.drill.exact for s in report.tiers.slices)
    assert not report.funnel.stages[0].drill.exact


def _binned(score: float) -> int:
    return min(int(score // 10), 9)


@pytest.mark.parametrize("flt", FILTERS)
def test_the_intent_histogram_equals_binning_every_score_in_python(demo, flt) -> None:
    ids = live_ids(demo, flt)
    tier_of = dict(rows(demo, "SELECT id, tier FROM customer"))
    if flt.start is None:  # the score each client has now
        scores = {
            cid: float(s)
            for cid, s in rows(demo, "SELECT id, intent_score FROM customer")
            if s is not None
        }
    else:  # the last assessment taken in the period
        latest: dict[int, tuple] = {}
        for aid, cid, taken, score in rows(
            demo, "SELECT id, customer_id, taken_on, score FROM assessment"
        ):
            key = (as_date(taken), aid)
            if in_period(flt, key[0]) and (cid not in latest or key > latest[cid][0]):
                latest[cid] = (key, float(score))
        scores = {cid: score for cid, (_key, score) in latest.items()}
    expected = Counter((_binned(s), tier_of[c]) for c, s in scores.items() if c in ids)

    histogram = build_report(demo, flt, TODAY).intent
    got = Counter(
        {(b.low // 10, t.value): n for b in histogram.bins for t, n in b.by_tier.items() if n}
    )
    assert got == expected
    assert sum(b.count for b in histogram.bins) == sum(expected.values()) > 0
    assert histogram.unassessed == len(ids) - sum(expected.values())
    assert [b.band for b in histogram.bins] == ["low"] * 4 + ["medium"] * 3 + ["high"] * 3


@pytest.mark.parametrize("flt", FILTERS)
def test_churn_reasons_equal_raw_sql_counts(demo, flt) -> None:
    ids = live_ids(demo, flt)
    expected: Counter = Counter()
    lost = Decimal(0)
    for cid, reason, churned_on, value in rows(
        demo, "SELECT customer_id, reason, churned_on, lifetime_value FROM churn_record"
    ):
        if cid in ids and in_period(flt, as_date(churned_on)):
            expected[reason] += 1
            lost += Decimal(str(value))
    churn = build_report(demo, flt, TODAY).churn
    assert {s.key: s.count for s in churn.reasons if s.count} == dict(expected)
    assert churn.lost_value == lost
    assert churn.rate.end == (flt.end or TODAY)
    assert all(s.drill.filter["statuses"] == [DevStatus.CHURNED.value] for s in churn.reasons)


def _sales(demo, flt: ReportFilter) -> dict[int, list[tuple[date, Decimal]]]:
    ids = live_ids(demo, flt)
    sold = defaultdict(list)
    for cid, ordered, amount, status in rows(
        demo, "SELECT customer_id, ordered_on, amount, status FROM customer_order"
    ):
        day = as_date(ordered)
        if cid in ids and status != "returned" and in_period(flt, day):
            sold[cid].append((day, Decimal(str(amount))))
    return sold


@pytest.mark.parametrize("flt", FILTERS)
def test_sales_by_month_equal_summing_every_order(demo, flt) -> None:
    expected: dict[date, Decimal] = defaultdict(Decimal)
    for orders in _sales(demo, flt).values():
        for day, amount in orders:
            expected[day.replace(day=1)] += amount
    sales = build_report(demo, flt, TODAY).sales
    assert {m.month: m.amount for m in sales.months if m.orders} == expected
    months = [m.month for m in sales.months]
    assert months == sorted(months) and len(set(months)) == len(months)
    if flt.start:  # every month of the period is shown, quiet ones too
        assert (months[0], months[-1], len(months)) == (date(2025, 3, 1), date(2026, 2, 1), 12)


@pytest.mark.parametrize("flt", FILTERS)
def test_top_clients_and_the_pareto_point_equal_python_over_every_order(demo, flt) -> None:
    totals = {cid: sum(a for _d, a in orders) for cid, orders in _sales(demo, flt).items()}
    ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    grand = sum(totals.values())
    running, needed = Decimal(0), 0
    for _cid, amount in ranked:
        if running < grand * Decimal("0.8"):
            needed += 1
        running += amount

    top = build_report(demo, flt, TODAY).top_clients
    assert [(c.customer_id, c.amount) for c in top.clients] == ranked[:10]
    assert (top.total, top.clients_with_sales, top.clients_for_80) == (grand, len(totals), needed)
    shares = [float(sum(a for _c, a in ranked[: i + 1]) / grand) for i in range(len(top.clients))]
    assert [c.cumulative_share for c in top.clients] == pytest.approx(shares)
    assert top.clients[0].drill.customer_id == ranked[0][0]
    assert len(top_clients(demo, flt, limit=3).clients) == 3


@pytest.mark.parametrize("flt", [ReportFilter(), ReportFilter(date(2026, 1, 5), date(2026, 4, 30))])
def test_follow_ups_done_and_overdue_per_week_equal_python_over_every_row(demo, flt) -> None:
    ids = live_ids(demo, flt)
    status_of = dict(rows(demo, "SELECT id, dev_status FROM customer"))
    weeks = build_report(demo, flt, TODAY).follow_ups.weeks
    first, last = weeks[0].week, weeks[-1].week
    done, overdue = Counter(), Counter()
    for cid, due, status in rows(demo, "SELECT customer_id, due_on, status FROM follow_up"):
        day = as_date(due)
        monday = day - timedelta(days=day.weekday())
        if cid not in ids or not first <= monday <= last:
            continue
        done[monday] += status == "done"
        overdue[monday] += status == "pending" and day < TODAY and status_of[cid] != "churned"
    assert all(w.week.weekday() == 0 for w in weeks)
    assert [w.week for w in weeks] == [first + timedelta(weeks=i) for i in range(len(weeks))]
    assert {w.week: w.done for w in weeks} == {w.week: done[w.week] for w in weeks}
    assert {w.week: w.overdue for w in weeks} == {w.week: overdue[w.week] for w in weeks}
    assert sum(w.done for w in weeks) > 0 and sum(w.overdue for w in weeks) > 0
    if flt.start is None:
        assert len(weeks) == 12 and last == date(2026, 3, 2)  # the 12 weeks up to today
    else:
        assert (first, last) == (date(2026, 1, 5), date(2026, 4, 27))


def test_an_empty_database_gives_zeros_not_errors(db) -> None:
    report = build_report(db, ReportFilter(), TODAY)
    assert report.tiers.total == 0 and report.sales.months == ()
    assert report.top_clients.clients == () and report.top_clients.clients_for_80 == 0
    assert report.churn.rate.rate == 0.0 and report.funnel.stages[1].conversion == 0.0
    assert len(report.follow_ups.weeks) == 12
    year = build_report(db, YEAR, TODAY)
    assert len(year.sales.months) == 12 and year.sales.total == 0


def test_the_period_selects_clients_by_the_day_they_joined(db) -> None:
    create_customer(db, {"name": "旧客户", "client_since": date(2020, 1, 1)})
    create_customer(db, {"name": "新客户", "client_since": date(2025, 6, 1), "tier": "strategic"})
    create_customer(db, {"name": "无入网时间", "tier": "loyal"})  # joined when it was entered
    gone = create_customer(db, {"name": "回收", "client_since": date(2025, 6, 1)})
    trash_customers(db, [gone])
    report = build_report(db, YEAR, TODAY)
    assert {s.key: s.count for s in report.tiers.slices if s.count} == {"strategic": 1}
    entered = ReportFilter(start=datetime.now(UTC).date() - timedelta(days=1))
    assert {s.key: s.count for s in build_report(db, entered, TODAY).tiers.slices if s.count} == {
        "loyal": 1
    }
    assert build_report(db, ReportFilter(), TODAY).tiers.total == 3
