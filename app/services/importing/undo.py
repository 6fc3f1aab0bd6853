"""Undoing a whole import later, and listing the imports that were made.

Clients the import created are removed with everything hanging off them;
clients it updated get their old values back and lose the phones, e-mails,
addresses, tags … it added. Changes are reverted newest first, in one
transaction. An import cannot be undone twice, nor while a later import that
is still in place changed some of the same clients (undo that one first).
Tags the import created stay: they are shared vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, delete, select, update

from app.models import (
    Address,
    Anniversary,
    Customer,
    CustomFieldValue,
    Email,
    FamilyMember,
    ImportBatch,
    ImportChange,
    Phone,
    customer_tag,
    utcnow,
)
from app.models.db import Database
from app.services.importing.errors import UndoNotPossible
from app.services.importing.jsonvalues import from_json
from app.services.search_index import drop, reindex

_ADDED = {
    "phone": Phone.__table__,
    "email": Email.__table__,
    "address": Address.__table__,
    "family_member": FamilyMember.__table__,
    "anniversary": Anniversary.__table__,
}
_VALUE = CustomFieldValue.__table__


@dataclass(frozen=True)
class BatchInfo:
    id: int
    filename: str
    sheet: str | None
    created_at: datetime
    created: int
    updated: int
    skipped: int
    rejected: int
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoResult:
    removed: int  # clients the import had created
    restored: int  # clients the import had updated


def list_batches(db: Database) -> list[BatchInfo]:
    """Every import, newest first."""
    b = ImportBatch
    counts = (b.created_count, b.updated_count, b.skipped_count, b.rejected_count)
    query = select(b.id, b.filename, b.sheet, b.created_at, *counts, b.undone_at)
    query = query.order_by(b.id.desc())
    with db.session() as session:
        return [BatchInfo(*row) for row in session.execute(query)]


def undo_import(db: Database, batch_id: int) -> UndoResult:
    with db.engine.begin() as conn:
        undone = conn.execute(select(ImportBatch.undone_at).where(ImportBatch.id == batch_id))
        state = undone.one_or_none()
        if state is None:
            raise UndoNotPossible(batch_id, "找不到这次导入。", "there is no such import.")
        if state[0] is not None:
            raise UndoNotPossible(batch_id, "它已经被撤销过了。", "it was undone already.")
        c = ImportChange.__table__.c
        changes = conn.execute(
            select(c.customer_id, c.action, c.before)
            .where(c.batch_id == batch_id)
            .order_by(c.id.desc())
        ).all()
        _refuse_if_overtaken(conn, batch_id, {cid for cid, _, _ in changes})
        created = [cid for cid, action, _ in changes if action == "created"]
        updated = [(cid, before) for cid, action, before in changes if action == "updated"]
        for cid, before in updated:
            _restore(conn, cid, before or {})
        restored = {cid for cid, _ in updated} - set(created)
        reindex(conn, sorted(restored))
        for start in range(0, len(created), 500):
            chunk = created[start : start + 500]
            drop(conn, chunk)  # the FTS table has no foreign key to cascade from
            conn.execute(delete(Customer.__table__).where(Customer.__table__.c.id.in_(chunk)))
        conn.execute(delete(ImportChange.__table__).where(c.batch_id == batch_id))
        conn.execute(
            update(ImportBatch).where(ImportBatch.id == batch_id).values(undone_at=utcnow())
        )
    return UndoResult(len(created), len(restored))


def _refuse_if_overtaken(conn: Connection, batch_id: int, customer_ids: set[int]) -> None:
    c = ImportChange.__table__.c
    b = ImportBatch.__table__.c
    later = (
        select(c.batch_id)
        .join(ImportBatch.__table__, b.id == c.batch_id)
        .where(c.batch_id > batch_id, b.undone_at.is_(None))
        .limit(1)
    )
    ordered = sorted(customer_ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        newer = conn.execute(later.where(c.customer_id.in_(chunk))).scalar()
        if newer is not None:
            raise UndoNotPossible(
                batch_id,
                f"之后的第 {newer} 次导入修改了其中一些客户，请先撤销那一次。",
                f"import {newer}, made later, changed some of the same clients; undo it first.",
            )


def _restore(conn: Connection, customer_id: int, before: dict) -> None:
    columns = Customer.__table__.c
    fields = {k: from_json(columns[k], v) for k, v in before.get("fields", {}).items()}
    if fields:
        conn.execute(update(Customer.__table__).where(columns.id == customer_id).values(**fields))
    for table, ids in before.get("added", {}).items():
        if table == "tag":
            link = customer_tag.c
            conn.execute(
                delete(customer_tag).where(link.customer_id == customer_id, link.tag_id.in_(ids))
            )
        else:
            conn.execute(delete(_ADDED[table]).where(_ADDED[table].c.id.in_(ids)))
    for field_id, old in before.get("custom", {}).items():
        row = and_(_VALUE.c.customer_id == customer_id, _VALUE.c.field_id == int(field_id))
        if old is None:
            conn.execute(delete(_VALUE).where(row))
        else:
            values = {k: from_json(_VALUE.c[k], v) for k, v in old.items()}
            conn.execute(update(_VALUE).where(row).values(**values))
