"""Export the whole database as one workbook: the way out, and the handover file.

A README sheet says what the file is (format version, schema revision, row
counts); then one sheet per table with the column names as header; then the
long values. See ``fullbook_format`` for how each value is written.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.exc import OperationalError

from app import __version__
from app.models.db import Database
from app.services.exporting.cells import CellMaker
from app.services.exporting.fullbook_format import (
    FORMAT_VERSION,
    LONG_HEADER,
    LONG_VALUES,
    MARKER,
    README,
    Long,
    data_tables,
    to_cell,
)
from app.services.exporting.safe import safe_text
from app.services.exporting.xlsx_export import start_sheet

Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class WorkbookSummary:
    tables: dict[str, int]  # table → rows written
    long_values: int


def _count(conn: Connection, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar() or 0


def _revision(conn: Connection) -> str:
    try:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
    except OperationalError:  # a database created without migrations
        return ""


def export_all(
    db: Database, path: str | Path, *, now: datetime, progress: Progress | None = None
) -> WorkbookSummary:
    """Write every table of ``db`` to ``path``; ``now`` is noted in the README."""
    tables = data_tables()
    book = Workbook(write_only=True)
    with db.engine.connect() as conn:
        counts = {t.name: _count(conn, t) for t in tables}
        readme = start_sheet(book, README, ["项目 Item", "值 Value"], ["text", "longtext"], None)
        readme.append(["file", MARKER])
        readme.append(["format_version", FORMAT_VERSION])
        readme.append(["app_version", __version__])
        readme.append(["schema_revision", _revision(conn)])
        readme.append(["exported_at", now.isoformat(" ", "seconds")])
        for table in tables:
            readme.append([f"rows:{table.name}", counts[table.name]])
        # Long values (attachments can be megabytes) wait in a temporary file, not in
        # memory, until the table sheets are written: write-only sheets go in order.
        with tempfile.TemporaryFile("w+", encoding="utf-8") as pending:
            total, done = sum(counts.values()), 0
            for table in tables:
                done = _write_table(book, conn, table, counts[table.name], pending, done)
                if progress is not None:
                    progress(done, total)
            pending.seek(0)
            kinds = ["text"] * 5 + ["longtext"]
            long_sheet = start_sheet(book, LONG_VALUES, LONG_HEADER, kinds, None)
            long_count = 0
            for line in pending:
                long_sheet.append(json.loads(line))
                long_count += 1
            book.save(Path(path))
    return WorkbookSummary(counts, long_count)


def _write_table(
    book: Workbook, conn: Connection, table: Table, count: int, pending: IO[str], done: int
) -> int:
    columns = list(table.c)
    names = [c.name for c in columns]
    kinds = ["date" if "date" in type(c.type).__name__.lower() else "text" for c in columns]
    sheet = start_sheet(book, table.name, names, kinds, count)
    make = CellMaker(sheet, guard=False)  # ``to_cell`` guards texts itself
    quoted = ", ".join(f'"{n}"' for n in names)
    result = conn.exec_driver_sql(f'SELECT {quoted} FROM "{table.name}" ORDER BY rowid')
    for sheet_row, raw_row in enumerate(result, start=2):
        cells = []
        for column, raw in zip(columns, raw_row, strict=True):
            value = to_cell(column, raw)
            if isinstance(value, Long):
                for part, chunk in enumerate(value.chunks()):
                    guarded = safe_text(chunk)  # a chunk may start with "=" like any text
                    entry = [table.name, sheet_row, column.name, value.encoding, part, guarded]
                    pending.write(json.dumps(entry, ensure_ascii=False) + "\n")
                value = None
            cells.append(make(value))
        sheet.append(cells)
        done += 1
    return done
