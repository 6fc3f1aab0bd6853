"""``rapport``: the desktop app with no arguments, the same services headless with one.

rapport                         open the window
rapport demo --customers 500    add demo clients
rapport stats                   counts per tier and status
rapport search zw               find clients
rapport today                   overdue and due follow-ups, birthdays, festivals
rapport export-ics F --from D --to D   follow-ups and care dates as an .ics calendar
rapport report --pdf F [--from D --to D --tag T --lang L]   the Reports page as a PDF
rapport --db PATH …             any database (or RAPPORT_DB)
"""

from __future__ import annotations

import argparse
import locale
import os
import sys
import time
from collections.abc import Sequence
from datetime import date

from app import __version__


def _language() -> str:
    lang = os.environ.get("RAPPORT_LANG") or os.environ.get("LANG") or locale.getlocale()[0] or ""
    if lang.startswith(("zh_TW", "zh_HK", "zh_Hant")):
        return "zh_TW"
    return "zh_CN" if lang.startswith("zh") else "en"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rapport", description="Rapport 客情簿")
    parser.add_argument("--version", action="version", version=f"rapport {__version__}")
    parser.add_argument(
        "--db", help="database file or SQLAlchemy URL (default: RAPPORT_DB or the user data folder)"
    )
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="add realistic demo clients")
    demo.add_argument("--customers", type=int, default=500)
    demo.add_argument("--seed", type=int, default=0)
    demo.add_argument(
        "--if-empty", action="store_true", help="only when the database has no clients"
    )

    sub.add_parser("stats", help="counts per tier and status")

    search = sub.add_parser(
        "search", help="find clients by name, pinyin, initials, phone, company, email"
    )
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=int, default=50)

    ics = sub.add_parser("export-ics", help="write follow-ups and care dates to an .ics calendar")
    ics.add_argument("file")
    ics.add_argument("--from", dest="start", type=_iso_date, required=True, help="YYYY-MM-DD")
    ics.add_argument("--to", dest="end", type=_iso_date, required=True, help="YYYY-MM-DD")
    # Also accepted after the subcommand; SUPPRESS keeps a --db given before it.
    ics.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    today = sub.add_parser("today", help="the Today agenda: follow-ups, birthdays, festivals")
    today.add_argument("--date", dest="today", type=_iso_date, help="YYYY-MM-DD (default: today)")
    today.add_argument("--days", type=int, default=7)

    report = sub.add_parser("report", help="the Reports page's charts as one PDF")
    report.add_argument("--pdf", required=True, metavar="FILE")
    report.add_argument("--lang", choices=("zh_CN", "zh_TW", "en"), help="default: the system's")
    report.add_argument("--from", dest="start", type=_iso_date, help="YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=_iso_date, help="YYYY-MM-DD")
    report.add_argument("--tag", help="only clients with this tag")
    report.add_argument("--date", dest="today", type=_iso_date, help="YYYY-MM-DD (default: today)")
    report.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def _iso_date(text: str) -> date:
    return date.fromisoformat(text)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.ui.application import run  # Qt loads only for the window

        return run(args.db, sys.argv)
    from app.models.db import open_database

    db = open_database(args.db)
    try:
        return COMMANDS[args.command](db, args)
    finally:
        db.dispose()


def _demo(db, args: argparse.Namespace) -> int:
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


def _stats(db, _args: argparse.Namespace) -> int:
    from app.services.labels import label
    from app.services.stats import client_base_stats

    lang = _language()
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


def _search(db, args: argparse.Namespace) -> int:
    from app.services.search import search_customers

    hits = search_customers(db, " ".join(args.query), limit=args.limit)
    for hit in hits:
        print(
            f"{hit.id:>7}  {hit.display_name:<8}  {hit.company or '':<24}  "
            f"{hit.primary_phone or '':<15}  {hit.city or ''}"
        )
    print(f"{len(hits)} found", file=sys.stderr)
    return 0 if hits else 1


def _export_ics(db, args: argparse.Namespace) -> int:
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


def _today(db, args: argparse.Namespace) -> int:
    from app.services.care import greeting_occasions, upcoming_care
    from app.services.followups import agenda
    from app.services.labels import label

    lang, today = _language(), args.today or date.today()
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


def _report(db, args: argparse.Namespace) -> int:
    from app.services.report_pdf import save_report_pdf
    from app.services.reports import ReportFilter, build_report

    if args.start and args.end and args.start > args.end:
        print("rapport report: --from is after --to", file=sys.stderr)
        return 2
    flt = ReportFilter(args.start, args.end, args.tag or None)
    report = build_report(db, flt, args.today or date.today())
    path = save_report_pdf(report, args.pdf, args.lang or _language())
    print(f"wrote the report to {path} ({report.tiers.total} clients)")
    return 0


COMMANDS = {
    "demo": _demo,
    "stats": _stats,
    "search": _search,
    "export-ics": _export_ics,
    "today": _today,
    "report": _report,
}
