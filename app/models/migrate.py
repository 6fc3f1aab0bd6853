"""Alembic, driven from code: upgrade to head, backing the file up first.

Migrations are ordered revisions in ``migrations/versions``; opening a database
whose revision is older than head copies it to ``<name>.<revision>.<time>.bak``
before touching it, so a failed upgrade can always be undone by hand.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.models.db import file_path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(path: Path, revision: str) -> Path:
    """Copy a live SQLite file with the backup API (safe under WAL)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target


def upgrade_to_head(engine: Engine, *, to: str = "head") -> Path | None:
    """Bring the schema to ``to``; returns the backup made, if any."""
    current = current_revision(engine)
    backup = None
    target = head_revision() if to == "head" else to
    if current == target:
        return None
    path = file_path(str(engine.url))
    if current is not None and path is not None:
        backup = backup_file(path, current)
    config = alembic_config()
    with engine.connect() as conn:
        # A batch migration rebuilds a table by DROP + RENAME; with foreign keys
        # on, dropping ``customer`` would cascade-delete every child row. The
        # pragma only takes effect outside a transaction, hence the commits.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        with _explicit_begin(conn), conn.begin():
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            config.attributes["connection"] = conn
            command.upgrade(config, to)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left dangling references: {broken[:5]}")
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    return backup


@contextmanager
def _explicit_begin(conn: Connection) -> Iterator[None]:
    """The driver's own transaction handling off, so the caller sends BEGIN itself.

    Python's sqlite3 opens a transaction only before INSERT, UPDATE or DELETE:
    a migration's CREATE, DROP and ALTER would each be committed on their own,
    and one that fails halfway (or a killed program) would leave the schema
    half changed — say, the search index dropped and not yet filled again.
    With an explicit BEGIN the whole upgrade is one transaction; SQLAlchemy's
    commit and rollback end it as usual.
    """
    driver = conn.connection.driver_connection
    before = driver.isolation_level
    driver.isolation_level = None
    try:
        yield
    finally:
        driver.isolation_level = before
