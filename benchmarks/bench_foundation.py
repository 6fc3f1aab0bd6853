"""Foundation: building a 100k-client demo database, and search latency on it.

Baselines measured in the same run:
- demo build vs. a bare executemany of the same number of minimal customer rows
  (the floor for writing that many rows through SQLAlchemy Core);
- search vs. the naive way: ``display_name LIKE '%q%' OR company LIKE …`` over
  the whole table (what search would cost without the index).
Target (issue 2/3): the search service under 30 ms at the 95th percentile.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, or_, select

from app.models import Customer
from app.models.db import open_database
from app.services.demo import generate_demo
from app.services.search import search_customers

QUERIES = [
    "zw",
    "张伟",
    "伟",
    "zhangwei",
    "wxm",
    "1381",
    "138 1234",
    "华为",
    "鼎盛",
    "li",
    "欧阳",
    "王",
    "chen",
    "科技有限",
    "163.com",
]


def bare_insert(path: Path, n: int) -> float:
    db = open_database(path)
    rows = [
        {
            "surname": "张",
            "given_name": "伟",
            "display_name": "张伟",
            "name_sort": "zhang wei",
            "tier": "loose",
            "dev_status": "developed",
            "birth_leap_month": False,
            "loyalty_points": 0,
            "star_rating": 0,
            "club_member": False,
        }
        for _ in range(n)
    ]
    started = time.perf_counter()
    with db.engine.begin() as conn:
        for i in range(0, n, 2000):
            conn.execute(insert(Customer.__table__), rows[i : i + 2000])
    elapsed = time.perf_counter() - started
    db.dispose()
    return elapsed


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def naive_search(db, query: str) -> list[int]:
    like = f"%{query}%"
    stmt = (
        select(Customer.id)
        .where(
            or_(
                Customer.display_name.like(like),
                Customer.company.like(like),
                Customer.primary_phone.like(like),
            )
        )
        .limit(200)
    )
    with db.session() as s:
        return list(s.scalars(stmt))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = bare_insert(Path(tmp) / "bare.sqlite3", args.customers)
        db = open_database(Path(tmp) / "demo.sqlite3")
        started = time.perf_counter()
        result = generate_demo(db, args.customers, seed=1)
        build = time.perf_counter() - started
        size = (Path(tmp) / "demo.sqlite3").stat().st_size / 2**20
        print(
            f"demo build: {result.customers} clients, {result.interactions} interactions, "
            f"{result.orders} orders in {build:.1f} s ({size:.0f} MB); bare customer-row "
            f"insert {base:.1f} s; ratio {build / base:.1f}x"
        )
        ours, naive = [], []
        for _ in range(args.repeat):
            for q in QUERIES:
                t = time.perf_counter()
                search_customers(db, q)
                ours.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                naive_search(db, q)
                naive.append((time.perf_counter() - t) * 1000)
        p95, n95 = percentile(ours, 95), percentile(naive, 95)
        print(
            f"search ({len(ours)} queries): p50 {statistics.median(ours):.1f} ms, p95 "
            f"{p95:.1f} ms, max {max(ours):.1f} ms; naive LIKE scan p95 {n95:.1f} ms; "
            f"ratio {p95 / n95:.2f}x; target p95 < 30 ms: {'OK' if p95 < 30 else 'MISSED'}"
        )
        for q in QUERIES:
            t = time.perf_counter()
            hits = search_customers(db, q)
            print(f"  {q!r:>12}: {len(hits):>3} hits in {(time.perf_counter() - t) * 1000:.1f} ms")
        db.dispose()


if __name__ == "__main__":
    main()
