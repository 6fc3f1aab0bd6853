"""Duplicates: finding them in a 100k-client book, and merging two.

The demo generator rarely makes duplicates, so the run first plants some
through the real create service: a client's mobile typed another way
(+86 138 1234 5678), their email in capitals, or their name at the same
company written with another legal-form suffix.

Baselines measured in the same run:
- find_duplicates vs. the straightforward Python way: read every client's
  name, company, phones and emails and group them in dicts (O(n), but it moves
  the whole book into Python), and vs. comparing clients pairwise (O(n²),
  timed on a sample and scaled up);
- duplicates_of (the dossier's hint) vs. loading that dossier (get_customer);
- merge_preview / merge_customers vs. update_customer changing one field.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.models import Customer, Email, Phone
from app.models.db import Database, open_database
from app.services.customers import create_customer, get_customer, update_customer
from app.services.demo import generate_demo
from app.services.duplicates import (
    COMPANY_SUFFIXES,
    duplicates_of,
    find_duplicates,
    merge_customers,
    merge_preview,
)
from app.services.pinyin import sort_key


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def plant(db: Database, n: int, rng: random.Random) -> list[tuple[int, int]]:
    """Add ``n`` look-alikes of random clients; return (original, look-alike) pairs."""
    with db.session() as s:
        ids = list(s.scalars(select(Customer.id).where(Customer.deleted_at.is_(None))))
    pairs = []
    for i, original in enumerate(rng.sample(ids, n)):
        c = get_customer(db, original)
        data: dict[str, object] = {"name": c.display_name}
        kind = i % 3
        if kind == 0:  # the mobile typed the international way
            digits = c.phones[0].e164.removeprefix("+86")
            data["phones"] = [f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"]
        elif kind == 1 and c.emails:  # the email in capitals
            data["emails"] = [c.emails[0].address.upper()]
        else:  # the same company with another suffix
            data["company"] = (c.company or "").replace("有限公司", "股份有限公司")
        pairs.append((original, create_customer(db, data)))
    return pairs


def company_key(company: str | None) -> str:
    key = (company or "").replace(" ", "").lower()
    for suffix in COMPANY_SUFFIXES:
        key = key.replace(suffix, "")
    return key


def python_grouping(db: Database) -> int:
    """Baseline: the whole book into Python, grouped in dicts."""
    groups: dict[tuple[str, str], set[int]] = defaultdict(set)
    with db.session() as s:
        live = Customer.deleted_at.is_(None)
        for cid, name, company in s.execute(
            select(Customer.id, Customer.display_name, Customer.company).where(live)
        ):
            if company_key(company):
                groups["name", f"{name}|{company_key(company)}"].add(cid)
        for cid, original, e164 in s.execute(
            select(Phone.customer_id, Phone.original, Phone.e164).join(Customer).where(live)
        ):
            groups["phone", e164 or re.sub(r"\D", "", original)].add(cid)
        for cid, address in s.execute(
            select(Email.customer_id, Email.address).join(Customer).where(live)
        ):
            groups["email", address.lower()].add(cid)
    return sum(1 for ids in groups.values() if len(ids) > 1)


def pairwise_estimate(db: Database, sample: int, total: int) -> float:
    """Baseline: every pair of a sample compared in Python, scaled to ``total`` (ms)."""
    with db.session() as s:
        rows = s.execute(
            select(Customer.id, Customer.display_name, Customer.company).limit(sample)
        ).all()
    started = time.perf_counter()
    hits = 0
    for i, a in enumerate(rows):
        for b in rows[i + 1 :]:
            hits += a.display_name == b.display_name and company_key(a.company) == company_key(
                b.company
            )
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed * (total / len(rows)) ** 2


def report(name: str, ours: list[float], base: list[float], base_name: str) -> None:
    p95, b95 = percentile(ours, 95), percentile(base, 95)
    print(
        f"{name}: p50 {statistics.median(ours):.1f} ms, p95 {p95:.1f} ms; "
        f"{base_name} p95 {b95:.1f} ms; ratio {p95 / b95:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--planted", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--from-db", type=Path, help="copy this demo database instead of building one"
    )
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dups.sqlite3"
        if args.from_db:
            shutil.copy(args.from_db, path)
            db = open_database(path)
        else:
            db = open_database(path)
            generate_demo(db, args.customers, seed=1)
        with db.session() as s:
            total = len(s.scalars(select(Customer.id)).all())
        sort_key("王", "芳")  # pypinyin loads on first use; keep that out of the timings
        started = time.perf_counter()
        pairs = plant(db, args.planted, rng)
        print(f"{total} clients; planted {len(pairs)} look-alikes in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip

        groups = find_duplicates(db, limit=100_000)
        found = {frozenset(g.ids) for g in groups}
        recall = sum(any({a, b} <= ids for ids in found) for a, b in pairs)
        print(f"find_duplicates: {len(groups)} groups; planted pairs found {recall}/{len(pairs)}")
        ours = timed(lambda: find_duplicates(db, limit=100_000), args.repeat)
        base = timed(lambda: python_grouping(db), args.repeat)
        report("find_duplicates", ours, base, "Python dict grouping")
        estimate = pairwise_estimate(db, 2000, total)
        print(f"  pairs compared in Python, scaled up from 2000 clients: ~{estimate / 1000:.0f} s")

        sample = [a for a, _ in rng.sample(pairs, min(100, len(pairs)))]
        ours = [t for cid in sample for t in timed(lambda c=cid: duplicates_of(db, c), 1)]
        base = [t for cid in sample for t in timed(lambda c=cid: get_customer(db, c), 1)]
        report("duplicates_of", ours, base, "get_customer")

        merges = pairs[: min(50, len(pairs))]
        preview = [t for a, b in merges for t in timed(lambda a=a, b=b: merge_preview(db, a, b), 1)]
        merge = [t for a, b in merges for t in timed(lambda a=a, b=b: merge_customers(db, a, b), 1)]
        edit = [
            t
            for a, _ in merges
            for t in timed(lambda a=a: update_customer(db, a, {"position": "经理"}), 1)
        ]
        report("merge_preview", preview, edit, "update_customer (one field)")
        report("merge_customers", merge, edit, "update_customer (one field)")
        db.dispose()


if __name__ == "__main__":
    main()
