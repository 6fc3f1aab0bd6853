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
from operator import itemgetter
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
    names = list(dict.fromkeys(k for row in rows for k in row))
    processors = dict(zip(names, _processors(conn, table, names), strict=True))
    defaults = _defaults(table, now or utcnow())
    fallback = {n: defaults.get(n) for n in names}  # for rows that lack a column others have
    # Columns no row has take their default: the same for every row, converted once.
    absent = [n for n in defaults if n not in processors]
    constant = tuple(
        _convert(p, defaults[n])
        for n, p in zip(absent, _processors(conn, table, absent), strict=True)
    )
    converted = [(i, p) for i, p in enumerate(processors.values()) if p is not None]
    pick = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    width = len(names)
    params = []
    for row in rows:
        # A row with as many keys as there are names has them all (names is their union).
        values = pick(row) if len(row) == width else pick({**fallback, **row})
        if converted:
            values = list(values)
            for i, process in converted:
                if values[i] is not None:
                    values[i] = process(values[i])
            values = tuple(values)
        params.append(values + constant)
    columns = ", ".join(f'"{n}"' for n in [*names, *absent])
    marks = ", ".join("?" * (len(names) + len(absent)))
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', params)


def _convert(process: _Processor | None, value: Any) -> Any:
    return process(value) if process is not None and value is not None else value
