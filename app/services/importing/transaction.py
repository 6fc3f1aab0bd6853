"""Writing drafts as one import: one transaction, duplicates, undo records.

``import_drafts`` writes an ``ImportBatch`` first (which takes SQLite's write
lock), then handles the drafts a chunk at a time. New clients go in with bulk
inserts (``writer``); duplicates the user chose to fill or overwrite are
merged with the ORM (``merge``), each change recorded for undo.
``progress(done, total)`` returning False cancels: cancelling, an error or a
killed process leave the database exactly as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, selectinload

from app.models import Customer, CustomFieldValue, FollowUp, ImportBatch, ImportChange, utcnow
from app.models.db import Database, refresh_statistics
from app.models.enums import FollowUpStatus
from app.services.followups import plan_new_clients
from app.services.importing.deferred_indexes import deferred_indexes, worth_deferring
from app.services.importing.draft import SKIPPED, CellProblem, ClientDraft
from app.services.importing.duplicates import (
    DuplicateMatch,
    DuplicatePolicy,
    FileKeys,
    find_in_database,
    match_of,
)
from app.services.importing.errors import ImportCancelled
from app.services.importing.first_steps import FirstSteps
from app.services.importing.merge import merge_draft
from app.services.importing.plan import ImportResult
from app.services.importing.writer import UPDATED, ClientWriter
from app.services.importing.writer import forget as forget_remembered

Progress = Callable[[int, int], bool | None]
STATISTICS_AFTER = 1000  # clients written before SQLite's statistics are refreshed

_DOSSIER = (
    selectinload(Customer.phones),
    selectinload(Customer.emails),
    selectinload(Customer.addresses),
    selectinload(Customer.family),
    selectinload(Customer.anniversaries),
    selectinload(Customer.custom_values).selectinload(CustomFieldValue.field),
)


@contextmanager
def _bulk_work() -> Iterator[None]:
    """Python's cycle collector off while the import runs, then as it was; what the
    import remembered (names, addresses, index parts) dropped at the end.

    An import keeps a chunk of drafts, their rows and those caches alive; every
    full collection walks all of them to free almost nothing (the rows hold no
    reference cycles): 15–25 % of a large import's time. Plain reference
    counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        forget_remembered()


@contextmanager
def _large_cache(session: Session, megabytes: int) -> Iterator[None]:
    """A larger page cache while the import runs (SQLite's default is 2 MB); then
    back to what it was.

    An import into a large list touches every index of a growing table: 64 MB.
    A bulk import (``deferred_indexes``) appends to tables whose indexes wait
    for the end; 16 MB is as fast there, and 50 MB less at 100,000 rows."""
    conn = session.connection()
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size={-1024 * int(megabytes)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


@_bulk_work()  # the sweep after the transaction included
def import_drafts(
    db: Database,
    chunks: Iterable[Sequence[ClientDraft]],
    *,
    filename: str,
    sheet: str | None,
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    decisions: Mapping[int, DuplicatePolicy] | None = None,
    first_row: int = 1,
    total: int = 0,
    progress: Progress | None = None,
    default_source: bool = True,
    today: date | None = None,
) -> ImportResult:
    """Write the drafts as one import batch; ``first_row`` is the row of the first draft.

    New clients then get their first A–D step as of ``today`` (default: the date
    today), like a client created in the editor.
    """
    today = today or date.today()
    with db.session() as session, session.begin():
        batch = ImportBatch(filename=filename[:255], sheet=sheet[:120] if sheet else None)
        session.add(batch)
        session.flush()
        conn = session.connection()
        bulk = worth_deferring(conn, total)
        writer = ClientWriter(
            conn,
            batch.id,
            utcnow(),
            default_source,
            first_steps=FirstSteps(session, today),
        )
        run = _Run(session, writer, policy, dict(decisions or {}))
        with _large_cache(session, 16 if bulk else 64), deferred_indexes(conn, bulk):
            for chunk in chunks:
                run.handle(chunk)
                done = min(chunk[-1].row - first_row + 1, total) if chunk else 0
                if progress is not None and progress(done, total) is False:
                    raise ImportCancelled()
        counts = {"created_count": run.created, "updated_count": run.updated}
        counts |= {"skipped_count": run.skipped, "rejected_count": run.rejected}
        session.execute(update(ImportBatch).where(ImportBatch.id == batch.id).values(**counts))
        batch_id = batch.id
    if run.created + run.updated >= STATISTICS_AFTER:
        refresh_statistics(db.engine)  # the planner must learn that the tables grew
    if run.created:
        # New clients got their first step with their rows (``first_steps``). The
        # follow-ups service's sweep, in its own short transaction, does the rest:
        # C steps, churned clients, merged clients left without a pending step. If
        # the program stops in between, the next sweep makes it good; undo removes
        # the steps with the clients (they cascade).
        plan_new_clients(db, today)
    if progress is not None:
        progress(total, total)
    return ImportResult(batch_id, run.created, run.updated, run.skipped, run.rejected, run.problems)


class _Run:
    """Counts and decisions of one import, chunk by chunk."""

    def __init__(
        self,
        session: Session,
        writer: ClientWriter,
        policy: DuplicatePolicy,
        decisions: dict[int, DuplicatePolicy],
    ) -> None:
        self.session = session
        self.writer = writer
        self.policy = policy
        self.decisions = decisions
        self.known = FileKeys()
        # Into a notebook without clients, a row can only repeat an earlier row (which
        # ``known`` holds, whether created or merged): no database lookups needed.
        self.had_clients = writer.next_id > 1
        self.created_ids: set[int] = set()
        self.created = self.updated = self.skipped = self.rejected = 0
        self.problems: list[CellProblem] = []

    def handle(self, drafts: Sequence[ClientDraft]) -> None:
        named = [d for d in drafts if d.has_name]
        for draft in drafts:
            self.problems += draft.problems
            self.rejected += not draft.has_name
        in_db = find_in_database(self.session.connection(), named) if self.had_clients else {}
        merges: list[tuple[int, ClientDraft, bool]] = []
        for i, draft in enumerate(named):
            match = match_of(draft, self.known, in_db.get(i))
            policy = self.decisions.get(draft.row, self.policy) if match else None
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
        segments = {cid: _segment(customers[cid]) for cid in ids & self.created_ids}
        changes = [
            (cid, merge_draft(self.session, self.writer, customers[cid], draft, overwrite))
            for cid, draft, overwrite in merges
        ]
        self.session.flush()
        self._replan([cid for cid, seg in segments.items() if _segment(customers[cid]) != seg])
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

    def _replan(self, ids: list[int]) -> None:
        """Clients created by this import whose tier or status a later row of the
        file changed: their first step was planned for the old values. It goes,
        and the sweep after the import plans them as they finally are."""
        if ids:
            pending = FollowUp.status == FollowUpStatus.PENDING
            self.session.execute(delete(FollowUp).where(FollowUp.customer_id.in_(ids), pending))
            self.session.execute(
                update(Customer).where(Customer.id.in_(ids)).values(next_follow_up_on=None)
            )


def _segment(customer: Customer) -> tuple[str, str]:
    return customer.tier, customer.dev_status


def _skipped(draft: ClientDraft, match: DuplicateMatch) -> CellProblem:
    if match.file_row is not None:
        row = str(match.file_row)
        return CellProblem(draft.row, "", match.value, "duplicate_in_file", SKIPPED, row)
    detail = f"{match.customer_name} #{match.customer_id}"
    return CellProblem(draft.row, "", match.value, "duplicate_skipped", SKIPPED, detail)
