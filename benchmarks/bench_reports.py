"""The Reports page at 100k clients: ``build_report`` and a page refresh vs the bare SQL.

Baseline, measured in the same run on the same file: the eight charts' GROUP
BY queries written as plain SQL and run through the stdlib ``sqlite3`` module
— no ORM, no filling of empty months and weeks, no dataclasses. Target:
``build_report`` within 3× of it, for the whole client base, the last 12
months, and the last 12 months of one tag.

The page itself (offscreen Qt, the real ``ReportsPage``) is measured too:
refresh → all eight charts drawn (the query and the figures on the worker
thread, one canvas a turn on the GUI thread); the same for a redraw without
a query (a language or theme change), which is matplotlib's fixed cost, the
same at any number of clients; the difference, which grows with the
clients, beside the bare SQL; and the longest the GUI thread stalled.

Run: .venv/bin/python benchmarks/bench_reports.py --db /tmp/reports100k.sqlite3
(create it first: rapport --db /tmp/reports100k.sqlite3 demo --customers 100000).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from app.models.db import Database, open_database
from app.services.reports import ReportFilter, build_report

LIVE = "c.deleted_at IS NULL"
JOINED = "coalesce(c.client_since, date(c.created_at))"
TAGGED = (
    "c.id IN (SELECT ct.customer_id FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
    " WHERE t.name = :tag)"
)


def bare_queries(flt: ReportFilter, today: date) -> list[tuple[str, dict]]:
    """The eight charts' aggregations as plain SQL (intent and churn need two each)."""
    start, end = flt.start or date(1900, 1, 1), flt.end or date(9999, 12, 31)
    where = LIVE + (f" AND {TAGGED}" if flt.tag else "")

    def period(column: str) -> str:  # like the service: no condition for an open period
        return f" AND {column} BETWEEN :start AND :end" if flt.start or flt.end else ""

    cohort = where + period(JOINED)
    rate_start = flt.start or today - timedelta(days=364)
    params = {"start": start, "end": end, "tag": flt.tag, "today": today, "rate_start": rate_start}
    last = today - timedelta(days=today.weekday())
    weeks = {"first": last - timedelta(weeks=11), "last": last + timedelta(days=6)}
    sold = f"o.status != 'returned' AND {where}" + period("o.ordered_on")
    # Scores now, or with a period the last assessment taken in it.
    scores = "SELECT id, intent_score AS score FROM customer WHERE intent_score IS NOT NULL"
    if flt.start or flt.end:
        scores = (
            "SELECT id, score FROM (SELECT customer_id AS id, score, row_number() OVER"
            " (PARTITION BY customer_id ORDER BY taken_on DESC, id DESC) AS n FROM assessment"
            " WHERE taken_on BETWEEN :start AND :end) WHERE n = 1"
        )
    return [
        (f"SELECT c.tier, count(*) FROM customer c WHERE {cohort} GROUP BY c.tier", params),
        (
            "SELECT CASE WHEN s.score >= 100 THEN 9 ELSE CAST(s.score / 10 AS INTEGER) END"
            f" AS b, c.tier, count(*) FROM ({scores}) s JOIN customer c ON c.id = s.id"
            f" WHERE {where} GROUP BY b, c.tier",
            params,
        ),
        (f"SELECT count(*) FROM customer c WHERE {where}", params),
        (f"SELECT c.dev_status, count(*) FROM customer c WHERE {cohort} GROUP BY 1", params),
        (
            "SELECT r.reason, count(*), sum(r.lifetime_value) FROM churn_record r"
            f" JOIN customer c ON c.id = r.customer_id WHERE {where}"
            f"{period('r.churned_on')} GROUP BY r.reason",
            params,
        ),
        (
            "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM churn_record r"
            " WHERE r.customer_id = c.id AND r.churned_on BETWEEN :rate_start AND :today))"
            f" FROM customer c WHERE {where} AND {JOINED} <= :today AND NOT EXISTS"
            " (SELECT 1 FROM churn_record r WHERE r.customer_id = c.id"
            " AND r.churned_on < :rate_start)",
            params,
        ),
        (
            "SELECT strftime('%Y-%m', o.ordered_on) AS m, sum(o.amount), count(*)"
            f" FROM customer_order o JOIN customer c ON c.id = o.customer_id WHERE {sold}"
            " GROUP BY m",
            params,
        ),
        (
            "SELECT o.customer_id, sum(o.amount) AS total FROM customer_order o"
            f" JOIN customer c ON c.id = o.customer_id WHERE {sold}"
            " GROUP BY o.customer_id ORDER BY total DESC LIMIT 10",
            params,
        ),
        (
            "SELECT date(f.due_on, 'weekday 0', '-6 days') AS w,"
            " count(*) FILTER (WHERE f.status = 'done'),"
            " count(*) FILTER (WHERE f.status = 'pending' AND f.due_on < :today"
            " AND c.dev_status != 'churned')"
            f" FROM follow_up f JOIN customer c ON c.id = f.customer_id WHERE {where}"
            " AND f.due_on BETWEEN :first AND :last GROUP BY w",
            {**params, **weeks},
        ),
        (f"SELECT c.source, count(*) FROM customer c WHERE {cohort} GROUP BY 1", params),
    ]


def run_bare(connection: sqlite3.Connection, flt: ReportFilter, today: date) -> None:
    for sql, params in bare_queries(flt, today):
        connection.execute(sql, {k: _sql(v) for k, v in params.items()}).fetchall()


def _sql(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm the page cache and SQLite's statement cache
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def measure_services(db: Database, path: Path, today: date, repeat: int) -> None:
    year = today - timedelta(days=364)
    filters = {
        "whole client base": ReportFilter(),
        "last 12 months": ReportFilter(year, today),
        "last 12 months, tag VIP": ReportFilter(year, today, "VIP"),
    }
    connection = sqlite3.connect(path)
    print(f"{'filter':<26}{'bare SQL':>11}{'build_report':>14}{'ratio':>8}  target ≤ 3×")
    for name, flt in filters.items():
        bare = median_ms(lambda flt=flt: run_bare(connection, flt, today), repeat)
        ours = median_ms(lambda flt=flt: build_report(db, flt, today), repeat)
        verdict = "ok" if ours <= 3 * bare else "OVER"
        print(f"{name:<26}{bare:>9.0f}ms{ours:>12.0f}ms{ours / bare:>7.2f}×  {verdict}")
    connection.close()


def measure_page(db: Database, path: Path, today: date, repeat: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.charts import CHARTS
    from app.ui.pyside_guard import guard_singleton_refcounts
    from app.ui.reports.chart_panel import ChartPanel
    from app.ui.reports.page import ReportsPage

    guard_singleton_refcounts()  # PySide6 6.12.0 on Python 3.11 would abort the run
    app = QApplication.instance() or QApplication([])
    page = ReportsPage(db, today=lambda: today)
    page.resize(1200, 900)
    page.show()
    stalls: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=5)  # a gap between ticks is time the GUI could not respond

    def tick() -> None:
        stalls.append(clock.restart())

    ticker.timeout.connect(tick)

    drawn: list[float] = []  # when each new canvas finished its first drawing
    hand_over = ChartPanel.set_chart

    def set_chart(panel: ChartPanel, chart: object) -> None:  # the benchmark's probe
        hand_over(panel, chart)
        panel.canvas.mpl_connect("draw_event", lambda _e: drawn.append(time.perf_counter()))

    ChartPanel.set_chart = set_chart

    def run_once(action: Callable[[], None]) -> tuple[float, float]:
        """(ms until all eight new charts have drawn, the longest GUI stall meanwhile)."""
        loop = QEventLoop()  # idles like the app's loop; a busy loop would starve the worker
        drawn.clear()
        waiter = QTimer(interval=5)
        waiter.timeout.connect(lambda: len(drawn) >= len(CHARTS) and loop.quit())
        stalls.clear()
        clock.start()
        ticker.start()
        waiter.start()
        t0 = time.perf_counter()
        action()
        loop.exec()
        ticker.stop()
        waiter.stop()
        return (drawn[-1] - t0) * 1000, max(stalls, default=0)

    def median_run(action: Callable[[], None]) -> tuple[float, float]:
        runs = [run_once(action) for _ in range(repeat)]
        return statistics.median(r[0] for r in runs), max(r[1] for r in runs)

    run_once(page.refresh)  # matplotlib and the CJK font load once per process
    refresh_ms, refresh_stall = median_run(page.refresh)
    redraw_ms, redraw_stall = median_run(page.render)  # same report: no query
    bare_ms = median_ms(lambda: run_bare(sqlite3.connect(path), ReportFilter(), today), repeat)
    query_ms = refresh_ms - redraw_ms
    print(f"\nReports page, whole client base (bare SQL {bare_ms:.0f} ms):")
    rows = (
        ("refresh → all eight drawn", refresh_ms, f"{refresh_ms / bare_ms:5.2f}× the bare SQL"),
        ("redraw, no query", redraw_ms, "matplotlib's fixed cost"),
        ("refresh − redraw", query_ms, f"{query_ms / bare_ms:5.2f}× the bare SQL"),
        ("longest GUI stall", max(refresh_stall, redraw_stall), "one chart drawing"),
    )
    for name, ms, note in rows:
        print(f"  {name:<26}{ms:7.0f} ms  {note}")
    page.close()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--date", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db} does not exist; create it with rapport demo (see the docstring)")
    db = open_database(args.db)
    with db.session() as session:
        from sqlalchemy import func, select

        from app.models import Customer

        clients = session.scalar(select(func.count()).select_from(Customer))
    print(f"{clients:,} clients in {args.db}, today = {args.date}, median of {args.repeat}\n")
    measure_services(db, args.db, args.date, args.repeat)
    measure_page(db, args.db, args.date, args.repeat)
    db.dispose()


if __name__ == "__main__":
    main()
