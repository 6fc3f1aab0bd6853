"""The Today page and the A–D plan on a large demo database.

Baselines measured in the same run, the naive way each answer could be had:
- agenda / overdue badge vs. loading every pending follow-up with its client
  into Python and filtering and sorting there;
- upcoming birthdays vs. loading every client with a birthday and asking
  ``almanac.next_occurrence`` for each (what the SQL narrowing avoids);
- plan_new_clients (one pass) vs. ``ensure_plan`` client by client;
- the .ics export vs. the follow-up query it starts from.
Target (issue 4): the Today page's queries (agenda + 7-day care) together under 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select, update

from app.models import Customer, FollowUp
from app.models.db import open_database
from app.models.enums import DevStatus, FollowUpStatus
from app.services.almanac import CalendarDate, next_occurrence
from app.services.care import upcoming_care
from app.services.demo import generate_demo
from app.services.followups import (
    agenda,
    ensure_plan,
    follow_ups_between,
    overdue_count,
    plan_new_clients,
)
from app.services.ics_export import export_ics

TODAY = date(2026, 3, 1)


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def naive_agenda(db, today: date) -> tuple[int, list[int]]:
    query = (
        select(FollowUp.id, FollowUp.due_on, Customer.tier, Customer.name_sort, Customer.dev_status)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(FollowUp.status == FollowUpStatus.PENDING, Customer.deleted_at.is_(None))
    )
    with db.session() as s:
        rows = [r for r in s.execute(query) if r.dev_status != DevStatus.CHURNED]
    overdue = sorted((r.due_on, r.name_sort, r.id) for r in rows if r.due_on < today)
    return len(overdue), [key[-1] for key in overdue[:200]]


def naive_care(db, today: date, days: int) -> int:
    query = select(
        Customer.birthday_calendar, Customer.birth_month, Customer.birth_day, Customer.birth_year
    ).where(Customer.birthday_calendar.is_not(None), Customer.deleted_at.is_(None))
    end, found = today + timedelta(days=days), 0
    with db.session() as s:
        for kind, month, day, year in s.execute(query):
            cd = CalendarDate(str(kind), month, day, year)
            found += next_occurrence(cd, today) <= end
    return found


def unplan(db, every: int) -> list[int]:
    """Cancel every n-th pending step, leaving those clients without a plan."""
    with db.session() as s, s.begin():
        ids = list(
            s.scalars(
                select(FollowUp.customer_id).where(
                    FollowUp.status == FollowUpStatus.PENDING, FollowUp.id % every == 0
                )
            )
        )
        s.execute(
            update(FollowUp)
            .where(FollowUp.customer_id.in_(ids))
            .values(status=FollowUpStatus.CANCELLED)
            .execution_options(synchronize_session=False)
        )
    return ids


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "today.sqlite3")
        generate_demo(db, args.customers, seed=1, today=TODAY)
        print(f"{args.customers} demo clients, today = {TODAY}")

        ours = timed(lambda: agenda(db, TODAY), args.repeat)
        badge = timed(lambda: overdue_count(db, TODAY), args.repeat)
        naive = timed(lambda: naive_agenda(db, TODAY), args.repeat)
        print(
            f"agenda {ours:.1f} ms, overdue badge {badge:.1f} ms; naive load-and-filter "
            f"{naive:.1f} ms; ratio {ours / naive:.2f}x"
        )
        care_ms = {}
        for days in (7, 30):
            care_ms[days] = timed(lambda d=days: upcoming_care(db, TODAY, d), args.repeat)
            naive_c = timed(lambda d=days: naive_care(db, TODAY, d), 1)
            print(
                f"upcoming_care {days} days {care_ms[days]:.1f} ms; naive next_occurrence over "
                f"every birthday {naive_c:.1f} ms; ratio {care_ms[days] / naive_c:.3f}x"
            )
        # The badge is on every page; the Today page itself reads agenda and care.
        page = ours + care_ms[7]
        verdict = "OK" if page < 200 else "MISSED"
        print(f"Today page (agenda + 7-day care): {page:.1f} ms; target < 200 ms: {verdict}")

        ids = unplan(db, every=10)
        sample = ids[:200]
        started = time.perf_counter()
        for cid in sample:
            ensure_plan(db, cid, TODAY)
        one_by_one = (time.perf_counter() - started) / len(sample) * (len(ids) - len(sample))
        started = time.perf_counter()
        planned = plan_new_clients(db, TODAY).planned
        bulk = time.perf_counter() - started
        print(
            f"plan_new_clients: {planned} clients in {bulk:.2f} s; ensure_plan one by one "
            f"(extrapolated) {one_by_one:.2f} s; ratio {bulk / one_by_one:.2f}x"
        )

        end = TODAY + timedelta(days=90)
        query = timed(lambda: follow_ups_between(db, TODAY, end), 1)
        started = time.perf_counter()
        summary = export_ics(db, Path(tmp) / "q.ics", TODAY, end)
        export = (time.perf_counter() - started) * 1000
        print(
            f"export-ics 90 days: {summary.total} events in {export:.0f} ms; the follow-up "
            f"query alone {query:.0f} ms; ratio {export / query:.1f}x"
        )
        db.dispose()


if __name__ == "__main__":
    main()
