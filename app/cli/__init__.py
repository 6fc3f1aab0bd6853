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

import sys
from collections.abc import Sequence

from app.cli import clients, exchange, printing
from app.cli.parser import build_parser

__all__ = ["build_parser", "main"]


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


COMMANDS = {
    "demo": clients.demo,
    "stats": clients.stats,
    "search": clients.search,
    "export-ics": clients.export_ics,
    "today": clients.today,
    "report": clients.report,
    "import": exchange.import_list,
    "export": exchange.export_list,
    "export-all": exchange.export_all,
    "import-all": exchange.import_all,
    "vcard-import": exchange.vcard_import,
    "vcard-export": exchange.vcard_export,
    "undo-import": exchange.undo_import,
    "plan": printing.plan,
    "dossier": printing.dossier,
}
