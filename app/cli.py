"""``rapport``: the desktop app with no arguments, the same services headless with one.

rapport                         open the window
rapport demo --customers 500    add demo clients
rapport stats                   counts per tier and status
rapport search zw               find clients
rapport today                   overdue and due follow-ups, birthdays, festivals
rapport export-ics F --from D --to D   follow-ups and care dates as an .ics calendar
rapport report --pdf F [--from D --to D --tag T --lang L]   the Reports page as a PDF
rapport import F [--sheet S --map 列名=target --on-duplicate skip --report R]   a client list
rapport export F [--ids 1,2 --columns name,phone --sections basic]   clients to .xlsx
rapport export-all F / import-all F   the whole database as one workbook, and back
rapport vcard-import F / vcard-export F [--version 4.0]   contacts as vCards
rapport undo-import [BATCH]     undo an import (no BATCH: list the imports)
rapport plan --week 2026-W48 --pdf F [--day D | --from D --to D] [--group-by city]   visit plan
rapport dossier ID --pdf F [--paper letter --lang en]   one client's dossier sheet
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
    _add_exchange_commands(sub)
    _add_print_commands(sub)
    return parser


def _add_exchange_commands(sub) -> None:
    """Import, export, full workbook, vCard and undo (app.services.importing/exporting)."""
    duplicates = ("skip", "fill_empty", "overwrite", "create")
    imp = sub.add_parser("import", help="import clients from .xlsx/.xlsm/.csv")
    imp.add_argument("file")
    imp.add_argument("--sheet", help="default: the first visible sheet")
    imp.add_argument("--header-row", type=int, help="1-based; 0 for none (default: guessed)")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=TARGET")
    imp.add_argument("--preset", help="a saved column mapping")
    imp.add_argument("--save-preset", metavar="NAME")
    imp.add_argument("--on-duplicate", choices=duplicates, default="skip")
    imp.add_argument("--date-order", choices=("mdy", "dmy"), default="mdy")
    imp.add_argument("--report", metavar="FILE", help="write an error report .xlsx")
    imp.add_argument("--row-limit", type=int, default=200_000)
    exp = sub.add_parser("export", help="export clients to .xlsx")
    exp.add_argument("file")
    exp.add_argument("--ids", help="comma-separated client ids, in order (default: all)")
    exp.add_argument("--columns", help="comma-separated column keys")
    exp.add_argument("--sections", help="comma-separated dossier sections")
    exp.add_argument("--lang", choices=("zh_CN", "zh_TW", "en"), help="default: the system's")
    exp.add_argument("--template", action="store_true", help="a blank import template instead")
    for name, text in (("export-all", "write"), ("import-all", "restore (empty database)")):
        sub.add_parser(name, help=f"{text} the whole database as one workbook").add_argument("file")
    vin = sub.add_parser("vcard-import", help="import contacts from a .vcf file")
    vin.add_argument("file")
    vin.add_argument("--on-duplicate", choices=duplicates, default="skip")
    vout = sub.add_parser("vcard-export", help="export clients as vCards")
    vout.add_argument("file")
    vout.add_argument("--ids", help="comma-separated client ids (default: all)")
    vout.add_argument("--version", dest="vcard_version", choices=("3.0", "4.0"), default="3.0")
    undo = sub.add_parser("undo-import", help="undo an import as a whole (no id: list imports)")
    undo.add_argument("batch", type=int, nargs="?")
    for parser in (imp, exp, vin, vout, undo):
        parser.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _add_print_commands(sub) -> None:
    """The printed visit plan and dossier sheet as PDF (app.ui.printing, headless Qt)."""
    plan = sub.add_parser("plan", help="the visit plan of a day, week or date range as a PDF")
    when = plan.add_mutually_exclusive_group(required=True)
    when.add_argument("--week", help="an ISO week, e.g. 2026-W48")
    when.add_argument("--day", type=_iso_date, help="YYYY-MM-DD")
    when.add_argument("--from", dest="start", type=_iso_date, help="YYYY-MM-DD, with --to")
    plan.add_argument("--to", dest="end", type=_iso_date, help="YYYY-MM-DD")
    plan.add_argument("--group-by", choices=("time", "city", "manual"), default="time")
    dossier = sub.add_parser("dossier", help="one client's dossier sheet as a PDF")
    dossier.add_argument("id", type=int)
    for parser in (plan, dossier):
        parser.add_argument("--pdf", required=True, metavar="FILE")
        parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
        parser.add_argument("--lang", choices=("zh_CN", "zh_TW", "en"), help="default: system's")
        parser.add_argument("--manager", help="account manager's name (default: app setting)")
        parser.add_argument("--date", dest="today", type=_iso_date, help="printed on (today)")
        parser.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


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


def _ids(text: str | None) -> list[int] | None:
    return [int(part) for part in text.split(",") if part.strip()] if text else None


def _progress(done: int, total: int) -> bool:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
    return True


def _exchange(command):
    """Run an import/export command; a refused file is a message, not a traceback."""

    def run(db, args: argparse.Namespace) -> int:
        from app.services.importing import ImportProblem

        try:
            return command(db, args)
        except ImportProblem as exc:
            print(f"\nrapport {args.command}: {exc.message(_language())}", file=sys.stderr)
            return 2

    return run


@_exchange
def _import(db, args: argparse.Namespace) -> int:
    from app.services import importing as imp
    from app.services.custom_fields import list_fields
    from app.services.importing.mapping import override_mapping

    source = imp.open_source(args.file, row_limit=args.row_limit)
    sheet = args.sheet or source.sheets[0].name
    custom = [f.name for f in list_fields(db)]
    preview = imp.read_preview(source, sheet, custom_fields=custom)
    header_row = preview.header_row if args.header_row is None else args.header_row
    headers = preview.headers(header_row)
    if args.preset:
        mapping = imp.load_preset(db, args.preset).apply(headers)
    else:
        mapping = imp.guess_mapping(headers, custom)
    mapping = override_mapping(headers, mapping, args.map)
    for column, target in sorted(mapping.items()):
        print(f"  {headers[column]} → {target}", file=sys.stderr)
    policy = imp.DuplicatePolicy(args.on_duplicate)
    plan = imp.ImportPlan(sheet, header_row, mapping, args.date_order, policy)
    result = imp.run_import(db, source, plan, progress=_progress)
    print(file=sys.stderr)
    print(
        f"import {result.batch_id}: {result.created} created, {result.updated} updated, "
        f"{result.skipped} skipped, {result.rejected} rejected, {len(result.problems)} problems"
    )
    if args.report and result.problems:
        imp.write_error_report(result.problems, args.report, _language())
        print(f"problems written to {args.report}")
    if args.save_preset:
        imp.save_preset(db, args.save_preset, headers, mapping, args.date_order)
    return 0


@_exchange
def _export(db, args: argparse.Namespace) -> int:
    from app.services.exporting import export_clients, write_import_template

    lang = args.lang or _language()
    if args.template:
        write_import_template(db, args.file, lang)
        print(f"wrote an import template to {args.file}")
        return 0
    columns = args.columns.split(",") if args.columns else None
    sections = args.sections.split(",") if args.sections else None
    count = export_clients(
        db, args.file, ids=_ids(args.ids), columns=columns, sections=sections, language=lang
    )
    print(f"wrote {count} clients to {args.file}")
    return 0


@_exchange
def _export_all(db, args: argparse.Namespace) -> int:
    from datetime import datetime

    from app.services.exporting import export_all

    summary = export_all(db, args.file, now=datetime.now(), progress=_progress)
    print(file=sys.stderr)
    print(f"wrote {sum(summary.tables.values())} rows of {len(summary.tables)} tables")
    return 0


@_exchange
def _import_all(db, args: argparse.Namespace) -> int:
    from app.services.exporting import import_all

    summary = import_all(db, args.file, progress=_progress)
    print(file=sys.stderr)
    print(f"restored {sum(summary.tables.values())} rows of {len(summary.tables)} tables")
    return 0


@_exchange
def _vcard_import(db, args: argparse.Namespace) -> int:
    from app.services.importing import DuplicatePolicy
    from app.services.vcard import import_vcards

    policy = DuplicatePolicy(args.on_duplicate)
    result = import_vcards(db, args.file, policy=policy, progress=_progress)
    print(file=sys.stderr)
    print(
        f"import {result.batch_id}: {result.created} created, {result.updated} updated, "
        f"{result.skipped} skipped, {result.rejected} rejected"
    )
    return 0


@_exchange
def _vcard_export(db, args: argparse.Namespace) -> int:
    from app.services.vcard import export_vcards

    count = export_vcards(db, args.file, ids=_ids(args.ids), version=args.vcard_version)
    print(f"wrote {count} vCards to {args.file}")
    return 0


@_exchange
def _undo_import(db, args: argparse.Namespace) -> int:
    from app.services.importing import list_batches, undo_import

    if args.batch is None:
        for b in list_batches(db):
            state = f"undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""
            print(
                f"{b.id:>5}  {b.created_at:%Y-%m-%d %H:%M}  {b.filename}  {b.sheet or ''}  "
                f"+{b.created} ~{b.updated}  {state}"
            )
        return 0
    outcome = undo_import(db, args.batch)
    print(f"undid import {args.batch}: {outcome.removed} removed, {outcome.restored} restored")
    return 0


def _print_setup(args: argparse.Namespace) -> tuple[object, str, str]:
    """A headless Qt to lay pages out (offscreen unless QT_QPA_PLATFORM says otherwise),
    speaking the chosen language; returns (the application, language, manager's name)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from app.ui import settings
    from app.ui.i18n import install_translator
    from app.ui.pyside_guard import guard_singleton_refcounts

    guard_singleton_refcounts()
    app = QGuiApplication.instance() or QGuiApplication(["rapport"])
    lang = install_translator(app, args.lang or _language())
    manager = args.manager if args.manager is not None else settings.MANAGER_NAME.get()
    return app, lang, manager


def _plan(db, args: argparse.Namespace) -> int:
    from app.services.errors import ValidationError
    from app.services.visit_plan import build_plan, day_period, range_period, week_period

    try:
        if args.week:
            period = week_period(args.week)
        elif args.day:
            period = day_period(args.day)
        elif args.end is None:
            raise ValidationError.single("to", "required", "--from needs --to")
        else:
            period = range_period(args.start, args.end)
    except ValidationError as exc:
        print(f"rapport plan: {exc.errors[0].message}", file=sys.stderr)
        return 2
    plan = build_plan(db, period, group_by=args.group_by)
    _app, lang, manager = _print_setup(args)
    from app.ui.printing.pdf import write_pdf
    from app.ui.printing.plan_layout import plan_document

    document = plan_document(plan, lang, manager, args.today or date.today())
    pages = write_pdf(args.pdf, document, args.paper)
    print(f"wrote {len(plan.entries)} visits ({period.code}) on {pages} pages to {args.pdf}")
    return 0


def _dossier(db, args: argparse.Namespace) -> int:
    from app.services.dossier_sheet import build_sheet
    from app.services.errors import NotFoundError

    _app, lang, manager = _print_setup(args)
    try:
        sheet = build_sheet(db, args.id, lang)
    except NotFoundError:
        print(f"rapport dossier: no client {args.id}", file=sys.stderr)
        return 1
    from app.ui.printing.pdf import write_pdf
    from app.ui.printing.sheet_layout import sheet_document

    document = sheet_document(sheet, manager, args.today or date.today())
    pages = write_pdf(args.pdf, document, args.paper)
    print(f"wrote the dossier of {sheet.name} on {pages} pages to {args.pdf}")
    return 0


COMMANDS = {
    "demo": _demo,
    "stats": _stats,
    "search": _search,
    "export-ics": _export_ics,
    "today": _today,
    "report": _report,
    "import": _import,
    "export": _export,
    "export-all": _export_all,
    "import-all": _import_all,
    "vcard-import": _vcard_import,
    "vcard-export": _vcard_export,
    "undo-import": _undo_import,
    "plan": _plan,
    "dossier": _dossier,
}
