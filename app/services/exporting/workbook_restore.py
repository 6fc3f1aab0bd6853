"""Import a full workbook into an empty database: the way back in.

Refuses a database that already holds data (rows would clash and be mixed
with someone else's), and a file that is not a full workbook. Every table is
inserted with its original ids, parents first, in one transaction; then the
search index is rebuilt from the restored rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine as calamine
from sqlalchemy import Connection, Table, func, select
from sqlalchemy.exc import IntegrityError

from app.models import AppSetting
from app.models.db import Database, refresh_statistics
from app.services.exporting.fullbook_format import (
    LONG_VALUES,
    MARKER,
    README,
    data_tables,
    from_cell,
    from_long,
)
from app.services.importing.errors import (
    DatabaseNotEmpty,
    ImportCancelled,
    NotAFullWorkbook,
)
from app.services.importing.sniff import sniff
from app.services.importing.xlsx_source import calamine_call
from app.services.search_index import rebuild_all

Progress = Callable[[int, int], bool | None]
BATCH = 5000


@dataclass(frozen=True)
class RestoreSummary:
    tables: dict[str, int]  # table → rows inserted


def import_all(
    db: Database, path: str | Path, *, progress: Progress | None = None
) -> RestoreSummary:
    """Fill the empty database ``db`` from the full workbook at ``path``."""
    path = Path(path)
    if sniff(path) != "xlsx":
        raise NotAFullWorkbook("not an .xlsx workbook")
    book = calamine_call(lambda: calamine.CalamineWorkbook.from_path(str(path)))
    sheets = set(book.sheet_names)
    if README not in sheets or not _has_marker(book):
        raise NotAFullWorkbook("no README sheet with the Rapport marker")
    tables = [t for t in data_tables() if t.name in sheets]
    if not any(t.name == "customer" for t in tables):
        raise NotAFullWorkbook("no customer sheet")
    long_values = _long_values(book) if LONG_VALUES in sheets else {}
    inserted: dict[str, int] = {}
    with db.engine.begin() as conn:
        _refuse_unless_empty(conn)
        for table in tables:
            rows = calamine_call(lambda t=table: book.get_sheet_by_name(t.name).to_python())
            inserted[table.name] = _insert(conn, table, rows, long_values)
            if progress is not None and progress(len(inserted), len(tables)) is False:
                raise ImportCancelled()
        rebuild_all(conn)
    refresh_statistics(db.engine)
    return RestoreSummary(inserted)


def _has_marker(book: calamine.CalamineWorkbook) -> bool:
    rows = calamine_call(lambda: book.get_sheet_by_name(README).to_python())
    return any(len(r) > 1 and r[0] == "file" and r[1] == MARKER for r in rows)


def _refuse_unless_empty(conn: Connection) -> None:
    # Settings may exist in a fresh database; the workbook's replace them.
    for table in data_tables():
        if table.name == AppSetting.__tablename__:
            continue
        if conn.execute(select(func.count()).select_from(table)).scalar():
            raise DatabaseNotEmpty()
    conn.execute(AppSetting.__table__.delete())


def _long_values(book: calamine.CalamineWorkbook) -> dict[tuple[str, int, str], tuple[str, str]]:
    """(table, sheet row, column) → (encoding, the chunks joined in order)."""
    rows = calamine_call(lambda: book.get_sheet_by_name(LONG_VALUES).to_python())
    parts: dict[tuple[str, int, str], list[tuple[int, str, str]]] = {}
    for table, row, column, encoding, part, data in (r[:6] for r in rows[1:] if len(r) >= 6):
        key = (str(table), int(row), str(column))
        chunk = str(data)[1:] if str(data).startswith("'") else str(data)  # the formula guard
        parts.setdefault(key, []).append((int(part), str(encoding), chunk))
    return {
        key: (chunks[0][1], "".join(data for _, _, data in sorted(chunks)))
        for key, chunks in parts.items()
    }


def _insert(conn: Connection, table: Table, rows: list[list], long_values: dict) -> int:
    if not rows:
        return 0
    header = [str(h) for h in rows[0]]
    unknown = [h for h in header if h and h not in table.c]
    if unknown:
        raise NotAFullWorkbook(f"{table.name}: unknown columns {', '.join(unknown)}")
    columns = [table.c[h] for h in header if h]
    quoted = ", ".join(f'"{c.name}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
    batch: list[tuple[Any, ...]] = []
    count = 0
    for sheet_row, values in enumerate(rows[1:], start=2):
        raw = []
        for index, column in enumerate(columns):
            long = long_values.get((table.name, sheet_row, column.name))
            if long is not None:
                raw.append(from_long(column, *long))
            else:
                raw.append(from_cell(column, values[index] if index < len(values) else None))
        batch.append(tuple(raw))
        if len(batch) >= BATCH:
            count += _flush(conn, table, sql, batch)
    return count + _flush(conn, table, sql, batch)


def _flush(conn: Connection, table: Table, sql: str, batch: list[tuple]) -> int:
    if not batch:
        return 0
    try:
        conn.exec_driver_sql(sql, batch)
    except IntegrityError as exc:
        raise NotAFullWorkbook(f"{table.name}: {exc.orig}") from None
    done = len(batch)
    batch.clear()
    return done
