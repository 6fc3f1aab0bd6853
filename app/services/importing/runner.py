"""Steps 5–7: preview cleaned rows, list duplicates, run the import.

``run_import`` is one transaction: it writes an ``ImportBatch`` first (which
takes SQLite's write lock), then works through the rows a thousand at a time.
New clients go in with bulk inserts (``writer``); duplicates the user chose to
fill or overwrite are merged with the ORM (``merge``), each change recorded
for undo. ``progress(done, total)`` returning False cancels; cancelling, an
error or a killed process leave the database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from app.models import Customer, CustomFieldValue, ImportBatch, ImportChange, utcnow
from app.models.db import Database
from app.services.importing.draft import SKIPPED, CellProblem, ClientDraft
from app.services.importing.duplicates import (
    DuplicateMatch,
    DuplicatePolicy,
    FileKeys,
    find_in_database,
    shown,
)
from app.services.importing.errors import ImportCancelled
from app.services.importing.merge import merge_draft
from app.services.importing.plan import ImportPlan, ImportResult, cleaner_for, data_rows
from app.services.importing.sources import SourceFile, sheet_info
from app.services.importing.writer import UPDATED, ClientWriter
from app.services.names import display_name

BATCH = 1000
Progress = Callable[[int, int], bool | None]

_DOSSIER = (
    selectinload(Customer.phones),
    selectinload(Customer.emails),
    selectinload(Customer.addresses),
    selectinload(Customer.family),
    selectinload(Customer.anniversaries),
    selectinload(Customer.custom_values).selectinload(CustomFieldValue.field),
)


@dataclass(frozen=True)
class PreviewRow:
    row: int
    draft: ClientDraft  # the cleaned values, as they would be imported
    rejected: bool
    duplicate: DuplicateMatch | None


def _chunks(rows: Iterable, size: int) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _drafts(db: Database, source: SourceFile, plan: ImportPlan) -> Iterator[list[ClientDraft]]:
    cleaner = cleaner_for(db, source, plan)
    for chunk in _chunks(data_rows(source, plan), BATCH):
        yield [d for d in (cleaner.clean(n, v) for n, v in chunk) if d is not None]


def _match(
    draft: ClientDraft, known: FileKeys, in_db: tuple[str, str, int, str] | None
) -> DuplicateMatch | None:
    name = display_name(draft.surname, draft.given_name)
    earlier = known.find(draft)
    if earlier is not None:
        kind, value, row, customer_id = earlier
        return DuplicateMatch(draft.row, name, kind, shown(kind, value), customer_id, None, row)
    if in_db is not None:
        kind, value, customer_id, customer_name = in_db
        return DuplicateMatch(
            draft.row, name, kind, shown(kind, value), customer_id, customer_name, None
        )
    return None


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
        match = _match(draft, known, in_db.get(i)) if draft.has_name else None
        known.add(draft, None)
        out.append(PreviewRow(draft.row, draft, not draft.has_name, match))
    return out


def find_duplicates(db: Database, source: SourceFile, plan: ImportPlan) -> list[DuplicateMatch]:
    """Every row that repeats a live client or an earlier row; reads the whole sheet."""
    known = FileKeys()
    found: list[DuplicateMatch] = []
    with db.engine.connect() as conn:
        for drafts in _drafts(db, source, plan):
            named = [d for d in drafts if d.has_name]
            in_db = find_in_database(conn, named)
            for i, draft in enumerate(named):
                match = _match(draft, known, in_db.get(i))
                if match is not None:
                    found.append(match)
                known.add(draft, match.customer_id if match else None)
    return found


def run_import(
    db: Database, source: SourceFile, plan: ImportPlan, *, progress: Progress | None = None
) -> ImportResult:
    """Import the sheet as planned, in one transaction; see the module docstring."""
    info = sheet_info(source, plan.sheet)
    total = max(info.rows - plan.header_row, 0)
    drafts = _drafts(db, source, plan)  # checks the plan before anything is written
    with db.session() as session, session.begin():
        batch = ImportBatch(filename=source.path.name[:255], sheet=plan.sheet[:120])
        session.add(batch)
        session.flush()
        run = _Run(session, plan, ClientWriter(session.connection(), batch.id, utcnow()))
        for chunk in drafts:
            run.handle(chunk)
            done = min(chunk[-1].row - plan.header_row, total) if chunk else 0
            if progress is not None and progress(done, total) is False:
                raise ImportCancelled()
        counts = {"created_count": run.created, "updated_count": run.updated}
        counts |= {"skipped_count": run.skipped, "rejected_count": run.rejected}
        session.execute(update(ImportBatch).where(ImportBatch.id == batch.id).values(**counts))
        batch_id = batch.id
    if progress is not None:
        progress(total, total)
    return ImportResult(batch_id, run.created, run.updated, run.skipped, run.rejected, run.problems)


class _Run:
    """Counts and decisions of one import, chunk by chunk."""

    def __init__(self, session: Session, plan: ImportPlan, writer: ClientWriter) -> None:
        self.session = session
        self.plan = plan
        self.writer = writer
        self.known = FileKeys()
        self.created_ids: set[int] = set()
        self.created = self.updated = self.skipped = self.rejected = 0
        self.problems: list[CellProblem] = []

    def handle(self, drafts: Sequence[ClientDraft]) -> None:
        named = [d for d in drafts if d.has_name]
        for draft in drafts:
            self.problems += draft.problems
            self.rejected += not draft.has_name
        in_db = find_in_database(self.session.connection(), named)
        merges: list[tuple[int, ClientDraft, bool]] = []
        for i, draft in enumerate(named):
            match = _match(draft, self.known, in_db.get(i))
            policy = self.plan.decisions.get(draft.row, self.plan.policy) if match else None
            if match is None or policy == DuplicatePolicy.CREATE or match.customer_id is None:
                cid = self.writer.add(draft)
                self.created_ids.add(cid)
                self.created += 1
                self.known.add(draft, cid)
            elif policy == DuplicatePolicy.SKIP:
                self.skipped += 1
                self.problems.append(_skipped(draft, match))
                self.known.add(draft, match.customer_id)
            else:
                merges.append((match.customer_id, draft, policy == DuplicatePolicy.OVERWRITE))
                self.known.add(draft, match.customer_id)
        self.writer.flush()  # a merge may target a client created in this very chunk
        self._merge(merges)

    def _merge(self, merges: list[tuple[int, ClientDraft, bool]]) -> None:
        if not merges:
            return
        ids = {cid for cid, _, _ in merges}
        query = select(Customer).where(Customer.id.in_(ids)).options(*_DOSSIER)
        customers = {c.id: c for c in self.session.scalars(query)}
        changes = [
            (cid, merge_draft(self.session, self.writer, customers[cid], draft, overwrite))
            for cid, draft, overwrite in merges
        ]
        self.session.flush()
        self.updated += len(merges)
        for cid, change in changes:
            before = change.record()
            if before is not None and cid not in self.created_ids:
                self.session.add(
                    ImportChange(
                        batch_id=self.writer.batch_id,
                        customer_id=cid,
                        action=UPDATED,
                        before=before,
                    )
                )
        self.session.flush()
        self.session.expunge_all()  # keep memory flat over a long import


def _skipped(draft: ClientDraft, match: DuplicateMatch) -> CellProblem:
    if match.file_row is not None:
        row = str(match.file_row)
        return CellProblem(draft.row, "", match.value, "duplicate_in_file", SKIPPED, row)
    detail = f"{match.customer_name} #{match.customer_id}"
    return CellProblem(draft.row, "", match.value, "duplicate_skipped", SKIPPED, detail)
