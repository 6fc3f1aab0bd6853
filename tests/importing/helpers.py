"""Shared helpers of the import/export tests: files written for real, and a
fingerprint of every table to prove that nothing changed."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from sqlalchemy import text

from app.models.db import Database


def fail_on_second_flush(monkeypatch) -> None:
    """The import's writer fails ("disk full") on its second chunk: a failure midway,
    after rows were written in the transaction."""
    from app.services.importing.writer import ClientWriter

    real = ClientWriter.flush
    flushes = []

    def failing_flush(self):
        flushes.append(1)
        if len(flushes) == 2:
            raise OSError("disk full")
        real(self)

    monkeypatch.setattr(ClientWriter, "flush", failing_flush)


def fingerprint(db: Database) -> dict[str, tuple[int, str]]:
    """Row count and content hash of every table, the search index included."""
    out = {}
    with db.engine.connect() as conn:
        names = conn.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_fts_%'"
            )
        ).scalars()
        for name in sorted(names):
            key = "rowid, *" if name == "customer_fts" else "*"
            rows = conn.execute(text(f'SELECT {key} FROM "{name}"')).all()
            digest = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
            out[name] = (len(rows), digest)
    return out


def write_xlsx(
    path: Path,
    rows: Iterable[Sequence[object]],
    *,
    sheet: str = "客户",
    date1904: bool = False,
) -> Path:
    book = Workbook()
    if date1904:
        book.epoch = CALENDAR_MAC_1904
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    book.save(path)
    return path


def write_csv(path: Path, rows: Iterable[Sequence[object]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


# Columns the client list export does not carry: ids, timestamps, the import
# batch, and list columns summarising history (not part of the list export).
NOT_IN_LIST_EXPORT = {
    "id",
    "created_at",
    "updated_at",
    "import_batch_id",
    "intent_score",
    "last_contact_at",
    "next_follow_up_on",
    "loyalty_points",
    "deleted_at",
}


def dossiers(db: Database) -> list[dict]:
    """Every live client with all its exported parts, keyed by content, sorted by name."""
    from app.services.customers import get_customer
    from app.services.exporting.records import live_ids

    out = []
    for cid in live_ids(db):
        c = get_customer(db, cid)
        row = {
            k: v
            for k, v in vars(c).items()
            if not k.startswith("_") and k not in NOT_IN_LIST_EXPORT and not isinstance(v, list)
        }
        row["phones"] = [(p.label, p.original, p.e164, p.position) for p in c.phones]
        row["emails"] = [(e.label, e.address, e.position) for e in c.emails]
        row["addresses"] = [
            (a.label, a.province, a.city, a.district, a.street, a.postcode, a.position)
            for a in c.addresses
        ]
        row["tags"] = sorted(t.name for t in c.tags)
        row["custom"] = sorted(
            (v.field.name, v.text_value, v.number_value, v.date_value) for v in c.custom_values
        )
        row["family"] = [(f.relation, f.name, f.birth_year, f.notes) for f in c.family]
        row["anniversaries"] = [
            (a.title, a.calendar, a.year, a.month, a.day, a.leap_month) for a in c.anniversaries
        ]
        out.append(row)
    return sorted(out, key=lambda r: (r["display_name"], repr(r["phones"])))


def schema(db: Database) -> list[tuple[str, str, str | None]]:
    """Every table, index and trigger with its SQL, and the FTS index's settings."""
    with db.engine.connect() as conn:
        objects = conn.execute(
            text("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        ).all()
        settings = conn.execute(text("SELECT k, v FROM customer_fts_config ORDER BY k")).all()
    return [tuple(row) for row in objects] + [("fts_config", str(k), str(v)) for k, v in settings]
