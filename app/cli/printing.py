"""``rapport plan|dossier``: the visit plan and a dossier sheet as PDF (Qt prints them)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from app.cli.parser import language


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
    lang = install_translator(app, args.lang or language())
    manager = args.manager if args.manager is not None else settings.MANAGER_NAME.get()
    return app, lang, manager


def plan(db, args: argparse.Namespace) -> int:
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


def dossier(db, args: argparse.Namespace) -> int:
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
