"""``rapport demo|stats|search|today|export-ics|report``: the clients and the plan."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

from app.cli.parser import language


def demo(db, args: argparse.Namespace) -> int:
    from app.services.customers import count_customers
    from app.services.demo import generate_demo

    if args.if_empty and count_customers(db) + count_customers(db, deleted=True) > 0:
        print("database already has clients; no demo data added")
        return 0
    started = time.perf_counter()

    def progress(done: int, total: int) -> bool:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    result = generate_demo(db, args.customers, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print(
        f"added {result.customers} clients, {result.interactions} interactions, "
        f"{result.orders} orders, {result.follow_ups} follow-ups "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0


def stats(db, _args: argparse.Namespace) -> int:
    from app.services.labels import label
    from app.services.stats import client_base_stats

    lang = language()
    stats = client_base_stats(db)
    print(f"clients: {stats.total}  (trash: {stats.trashed})")
    print("by tier:")
    for tier, n in stats.by_tier.items():
        print(f"  {label(tier, lang):<12} {tier.value:<14} {n:>8}")
    print("by status:")
    for status, n in stats.by_status.items():
        print(f"  {label(status, lang):<12} {status.value:<14} {n:>8}")
    print(
        f"interactions: {stats.interactions}  orders: {stats.orders}  "
        f"pending follow-ups: {stats.pending_follow_ups}"
    )
    return 0


def search(db, args: argparse.Namespace) -> int:
    from app.services.search import search_customers

    hits = search_customers(db, " ".join(args.query), limit=args.limit)
    for hit in hits:
        print(
            f"{hit.id:>7}  {hit.display_name:<8}  {hit.company or '':<24}  "
            f"{hit.primary_phone or '':<15}  {hit.city or ''}"
        )
    print(f"{len(hits)} found", file=sys.stderr)
    return 0 if hits else 1


def export_ics(db, args: argparse.Namespace) -> int:
    from app.services.errors import ValidationError
    from app.services.ics_export import export_ics

    try:
        summary = export_ics(db, args.file, args.start, args.end)
    except ValidationError as exc:
        print(f"rapport export-ics: {exc}", file=sys.stderr)
        return 2
    print(
        f"wrote {summary.total} events to {args.file}: {summary.follow_ups} follow-ups, "
        f"{summary.care} birthdays/anniversaries, {summary.festivals} festivals"
    )
    return 0


def today(db, args: argparse.Namespace) -> int:
    from app.services.care import greeting_occasions, upcoming_care
    from app.services.followups import agenda
    from app.services.labels import label

    lang, today = language(), args.today or date.today()
    view = agenda(db, today, days=args.days)
    sections = (
        ("overdue", view.overdue, view.overdue_total),
        ("today", view.due_today, view.due_today_total),
        (f"next {args.days} days", view.upcoming, view.upcoming_total),
    )
    for title, rows, total in sections:
        print(f"{title}: {total}")
        for r in rows:
            who = f"{r.customer_name:<8}  {r.company or '':<24}  {r.phone or '':<15}"
            print(f"  {r.due_on}  {r.stage.value}  {who}  {r.purpose or ''}")
    care = upcoming_care(db, today, args.days)
    print(f"birthdays and anniversaries: {len(care)}")
    for c in care:
        age = f"  {c.turning}" if c.turning is not None else ""
        when = f"{c.lunar_label or ''}{age}"
        print(f"  {c.date}  {c.customer_name:<8}  {c.title}  {when}  {label(c.tier, lang)}")
    for o in greeting_occasions(db, today, args.days):
        name = o.festival.zh if lang.startswith("zh") else o.festival.en
        print(f"festival: {o.festival.date}  {name}  ({o.client_count} clients)")
    return 0


def report(db, args: argparse.Namespace) -> int:
    from app.services.report_pdf import save_report_pdf
    from app.services.reports import ReportFilter, build_report

    if args.start and args.end and args.start > args.end:
        print("rapport report: --from is after --to", file=sys.stderr)
        return 2
    flt = ReportFilter(args.start, args.end, args.tag or None)
    report = build_report(db, flt, args.today or date.today())
    path = save_report_pdf(report, args.pdf, args.lang or language())
    print(f"wrote the report to {path} ({report.tiers.total} clients)")
    return 0
