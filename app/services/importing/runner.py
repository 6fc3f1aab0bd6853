"""Steps 5–7: preview cleaned rows, list duplicates, run the import.

The writing itself (one transaction, duplicates, undo records) is
``transaction.import_drafts``, shared with the vCard import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from app.models.db import Database
from app.services.fields import FIELDS
from app.services.importing import textforms as tf
from app.services.importing.dates import format_birthday
from app.services.importing.draft import ClientDraft
from app.services.importing.duplicates import (
    DuplicateMatch,
    FileKeys,
    find_in_database,
    match_of,
)
from app.services.importing.plan import ImportPlan, ImportResult, cleaner_for, data_rows
from app.services.importing.sources import SourceFile, sheet_info
from app.services.importing.targets import CUSTOM_PREFIX
from app.services.importing.transaction import Progress, import_drafts
from app.services.labels import label
from app.services.names import display_name

BATCH = 1000


@dataclass(frozen=True)
class PreviewRow:
    row: int
    draft: ClientDraft  # the cleaned values, as they would be imported
    rejected: bool
    duplicate: DuplicateMatch | None

    def values(self, language: str = "zh_CN") -> dict[str, str]:
        """Target key → the cleaned value as text, for the preview grid."""
        return shown_values(self.draft, language)


def shown_values(draft: ClientDraft, language: str = "zh_CN") -> dict[str, str]:
    """What the import makes of a row, as text: target key → value."""
    out = {key: _text(value, language, key) for key, value in draft.fields.items()}
    out["name"] = display_name(draft.surname, draft.given_name)
    if draft.birthday is not None:
        out["birthday"] = _text(format_birthday(draft.birthday), language, "birthday")
    lists = {
        "phone": tf.format_phones(draft.phones, language),
        "email": tf.format_emails(draft.emails, language),
        "address": tf.format_addresses(draft.addresses, language),
        "tags": "; ".join(draft.tags),
        "family": tf.format_family(draft.family),
        "anniversaries": "; ".join(
            f"{title}: {_text(format_birthday(cd), language, '')}"
            for title, cd in draft.anniversaries
        ),
    }
    out |= {key: text for key, text in lists.items() if text}
    out |= {CUSTOM_PREFIX + k: _text(v, language, "") for k, v in draft.custom.items()}
    return out


def _text(value: object, language: str, key: str) -> str:
    spec = FIELDS.get(key)
    if spec is not None and spec.enum is not None and value is not None:
        return label(spec.enum(value), language)
    if isinstance(value, bool):
        return ("是" if value else "否") if language.startswith("zh") else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _chunks(rows: Iterable, size: int) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _drafts(db: Database, source: SourceFile, plan: ImportPlan) -> Iterator[list[ClientDraft]]:
    cleaner = cleaner_for(db, source, plan)
    for chunk in _chunks(data_rows(source, plan), BATCH):
        yield [d for d in (cleaner.clean(n, v) for n, v in chunk) if d is not None]


def preview_rows(
    db: Database, source: SourceFile, plan: ImportPlan, *, limit: int = 20
) -> list[PreviewRow]:
    """The first ``limit`` data rows as they would be imported, nothing written.

    A mapping without a name column is allowed here (the rows show as rejected),
    so the wizard can preview while the user is still mapping."""
    cleaner = cleaner_for(db, source, plan, require_name=False)
    cleaned = (cleaner.clean(n, v) for n, v in data_rows(source, plan))
    drafts = list(islice((d for d in cleaned if d is not None), limit))
    known = FileKeys()
    with db.engine.connect() as conn:
        in_db = find_in_database(conn, drafts)
    out = []
    for i, draft in enumerate(drafts):
        match = match_of(draft, known, in_db.get(i)) if draft.has_name else None
        known.add(draft, None)
        out.append(PreviewRow(draft.row, draft, not draft.has_name, match))
    return out


def find_duplicates(
    db: Database, source: SourceFile, plan: ImportPlan, *, progress: Progress | None = None
) -> list[DuplicateMatch]:
    """Every row that repeats a live client or an earlier row; reads the whole sheet.

    ``progress(done, total)`` returning False stops early with what was found so far."""
    total = max(sheet_info(source, plan.sheet).rows - plan.header_row, 0)
    known = FileKeys()
    found: list[DuplicateMatch] = []
    with db.engine.connect() as conn:
        for drafts in _drafts(db, source, plan):
            named = [d for d in drafts if d.has_name]
            in_db = find_in_database(conn, named)
            for i, draft in enumerate(named):
                match = match_of(draft, known, in_db.get(i))
                if match is not None:
                    found.append(match)
                known.add(draft, match.customer_id if match else None)
            done = min(drafts[-1].row - plan.header_row, total) if drafts else 0
            if progress is not None and progress(done, total) is False:
                break
    return found


def run_import(
    db: Database,
    source: SourceFile,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportResult:
    """Import the sheet as planned, in one transaction; new clients' first A–D step is
    planned as of ``today``."""
    info = sheet_info(source, plan.sheet)
    drafts = _drafts(db, source, plan)  # checks the plan before anything is written
    return import_drafts(
        db,
        drafts,
        filename=source.path.name,
        sheet=plan.sheet,
        policy=plan.policy,
        decisions=plan.decisions,
        first_row=plan.header_row + 1,
        total=max(info.rows - plan.header_row, 0),
        progress=progress,
        default_source="source" not in plan.mapping.values(),
        today=today,
    )
