"""Fast multi-row INSERTs inside the caller's transaction.

SQLAlchemy's ``insert()`` with a list of dicts costs ~10 µs a row in
parameter processing; 100,000 clients with their phones, addresses and index
rows would spend seconds there. ``insert_rows`` hands plain tuples to the
driver's ``executemany`` instead, converting only the values that need it
(dates, decimals, booleans) with the dialect's own bind processors, so what
lands in SQLite is byte-for-byte what the ORM would have written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table

from app.models import utcnow

_Processor = Callable[[Any], Any]


def _defaults(table: Table, now: datetime) -> dict[str, Any]:
    """Python-side column defaults (Core executemany would skip them)."""
    out: dict[str, Any] = {}
    for column in table.c:
        default = column.default
        if default is None:
            continue
        if column.name in ("created_at", "updated_at"):
            out[column.name] = now
        elif default.is_scalar:
            out[column.name] = default.arg
    return out


def _processors(conn: Connection, table: Table, names: Sequence[str]) -> list[_Processor | None]:
    dialect = conn.dialect
    return [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]


def insert_rows(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]], now: datetime | None = None
) -> None:
    """INSERT ``rows`` (dicts of column → Python value); absent columns get their default."""
    if not rows:
        return
    defaults = _defaults(table, now or utcnow())
    names = list(dict.fromkeys([*defaults, *(k for row in rows for k in row)]))
    processors = _processors(conn, table, names)
    converted = [
        (i, p) for i, p in enumerate(processors) if p is not None
    ]  # only these columns need a conversion per row
    params = []
    for row in rows:
        values = [row[n] if n in row else defaults.get(n) for n in names]
        for i, process in converted:
            if values[i] is not None:
                values[i] = process(values[i])
        params.append(tuple(values))
    columns = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" * len(names))
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', params)
