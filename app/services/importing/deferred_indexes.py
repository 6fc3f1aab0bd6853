"""A large import's index work done once at the end, not row by row.

Each new client goes into a dozen customer indexes (name, pinyin sort key,
city, birthday …), each at a random place in its B-tree. When the import at
least doubles the list, dropping those indexes and creating them again at the end of the same
transaction (one sort each) is cheaper. The FTS index likewise gets a larger
in-memory buffer for the import (fewer, larger segments to merge).

SQLite's schema and FTS configuration changes are transactional: a cancelled,
failed or killed import rolls them back with everything else, and the
indexes are created again from their own stored SQL, so they come back
exactly as they were. Unique indexes are never deferred (their check must
see each row), nor those the import reads while it runs: duplicate lookups
by company, phone and e-mail.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from app.models import FTS_TABLE

# Table → indexes the import reads while it runs; every other (non-unique)
# index of these tables is deferred.
DEFERRABLE = {"customer": {"ix_customer_company"}}
MIN_ROWS = 5000  # below this, maintaining the indexes as rows go in costs little
# Bytes of pending FTS terms held before a segment is written: 64 MB took as
# long at 100,000 clients and held 46 MB more.
FTS_BUFFER = 16 << 20
FTS_DEFAULT_BUFFER = 1 << 20  # FTS5's own default


def worth_deferring(conn: Connection, rows: int) -> bool:
    """True when ``rows`` new clients would at least double the client table."""
    if rows < MIN_ROWS:
        return False
    existing = conn.exec_driver_sql("SELECT count(*) FROM customer").scalar() or 0
    return rows >= existing


def _deferrable(conn: Connection) -> list[tuple[str, str]]:
    saved: list[tuple[str, str]] = []
    for table, keep in DEFERRABLE.items():
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master"
            " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
            (table,),
        )
        saved += [
            (name, sql)
            for name, sql in rows
            if name not in keep and not sql.upper().startswith("CREATE UNIQUE")
        ]
    return saved


def _fts_buffer(conn: Connection, size: int) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', ?)", (int(size),)
    )


@contextmanager
def deferred_indexes(conn: Connection, enabled: bool = True) -> Iterator[None]:
    """Drop the deferrable indexes and enlarge the FTS buffer, run the block, undo both.

    Must run inside the import's transaction, after its first write. On an
    exception nothing is undone here: the rollback restores everything.
    """
    if not enabled:
        yield
        return
    buffer = conn.exec_driver_sql(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'hashsize'").scalar()
    saved = _deferrable(conn)
    for name, _ in saved:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    _fts_buffer(conn, FTS_BUFFER)
    yield
    _fts_buffer(conn, buffer or FTS_DEFAULT_BUFFER)
    if buffer is None:  # it was not set: leave no setting behind (the value is the default)
        conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE}_config WHERE k = 'hashsize'")
    for _, sql in saved:
        conn.exec_driver_sql(sql)
