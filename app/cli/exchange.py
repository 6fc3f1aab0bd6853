"""``rapport import|export|export-all|import-all|vcard-import|vcard-export|undo-import``.

A refused file is a message naming what to do, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.parser import language


def _ids(text: str | None) -> list[int] | None:
    return [int(part) for part in text.split(",") if part.strip()] if text else None


def _progress(done: int, total: int) -> bool:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
    return True


def refusals_as_messages(command):
    """Run an import/export command; a refused file is a message, not a traceback."""

    def run(db, args: argparse.Namespace) -> int:
        from app.services.importing import ImportProblem

        try:
            return command(db, args)
        except ImportProblem as exc:
            print(f"\nrapport {args.command}: {exc.message(language())}", file=sys.stderr)
            return 2

    return run


@refusals_as_messages
def import_list(db, args: argparse.Namespace) -> int:
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
        imp.write_error_report(result.problems, args.report, language())
        print(f"problems written to {args.report}")
    if args.save_preset:
        imp.save_preset(db, args.save_preset, headers, mapping, args.date_order)
    return 0


@refusals_as_messages
def export_list(db, args: argparse.Namespace) -> int:
    from app.services.exporting import export_clients, write_import_template

    lang = args.lang or language()
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


@refusals_as_messages
def export_all(db, args: argparse.Namespace) -> int:
    from datetime import datetime

    from app.services.exporting import export_all

    summary = export_all(db, args.file, now=datetime.now(), progress=_progress)
    print(file=sys.stderr)
    print(f"wrote {sum(summary.tables.values())} rows of {len(summary.tables)} tables")
    return 0


@refusals_as_messages
def import_all(db, args: argparse.Namespace) -> int:
    from app.services.exporting import import_all

    summary = import_all(db, args.file, progress=_progress)
    print(file=sys.stderr)
    print(f"restored {sum(summary.tables.values())} rows of {len(summary.tables)} tables")
    return 0


@refusals_as_messages
def vcard_import(db, args: argparse.Namespace) -> int:
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


@refusals_as_messages
def vcard_export(db, args: argparse.Namespace) -> int:
    from app.services.vcard import export_vcards

    count = export_vcards(db, args.file, ids=_ids(args.ids), version=args.vcard_version)
    print(f"wrote {count} vCards to {args.file}")
    return 0


@refusals_as_messages
def undo_import(db, args: argparse.Namespace) -> int:
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
