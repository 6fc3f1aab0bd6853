"""The ``rapport`` command line: its arguments, and the language of its messages."""

from __future__ import annotations

import argparse
import locale
import os
from datetime import date

from app import __version__


def language() -> str:
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
    ics.add_argument("--from", dest="start", type=iso_date, required=True, help="YYYY-MM-DD")
    ics.add_argument("--to", dest="end", type=iso_date, required=True, help="YYYY-MM-DD")
    # Also accepted after the subcommand; SUPPRESS keeps a --db given before it.
    ics.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    today = sub.add_parser("today", help="the Today agenda: follow-ups, birthdays, festivals")
    today.add_argument("--date", dest="today", type=iso_date, help="YYYY-MM-DD (default: today)")
    today.add_argument("--days", type=int, default=7)

    report = sub.add_parser("report", help="the Reports page's charts as one PDF")
    report.add_argument("--pdf", required=True, metavar="FILE")
    report.add_argument("--lang", choices=("zh_CN", "zh_TW", "en"), help="default: the system's")
    report.add_argument("--from", dest="start", type=iso_date, help="YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=iso_date, help="YYYY-MM-DD")
    report.add_argument("--tag", help="only clients with this tag")
    report.add_argument("--date", dest="today", type=iso_date, help="YYYY-MM-DD (default: today)")
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
    when.add_argument("--day", type=iso_date, help="YYYY-MM-DD")
    when.add_argument("--from", dest="start", type=iso_date, help="YYYY-MM-DD, with --to")
    plan.add_argument("--to", dest="end", type=iso_date, help="YYYY-MM-DD")
    plan.add_argument("--group-by", choices=("time", "city", "manual"), default="time")
    dossier = sub.add_parser("dossier", help="one client's dossier sheet as a PDF")
    dossier.add_argument("id", type=int)
    for parser in (plan, dossier):
        parser.add_argument("--pdf", required=True, metavar="FILE")
        parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
        parser.add_argument("--lang", choices=("zh_CN", "zh_TW", "en"), help="default: system's")
        parser.add_argument("--manager", help="account manager's name (default: app setting)")
        parser.add_argument("--date", dest="today", type=iso_date, help="printed on (today)")
        parser.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def iso_date(text: str) -> date:
    return date.fromisoformat(text)
