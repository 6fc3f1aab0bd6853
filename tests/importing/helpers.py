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
