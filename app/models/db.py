"""Where the database lives and how it is opened.

One SQLite file per user (platformdirs), or whatever ``--db`` / ``RAPPORT_DB``
name: a path or an SQLAlchemy URL. Foreign keys are on and the journal is WAL
so the UI can read while a long import writes.

SQLAlchemy is imported only when an engine is made: the app opens a file that
is already up to date with :func:`open_current_database`, whose engine comes
into being on first use, so the window can show before the ORM has loaded.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "RAPPORT_DB"
# The newest migration; tests/test_migrations.py checks it against Alembic's own
# head, so opening an up-to-date database never has to import Alembic.
HEAD_REVISION = "0008"
APP_DIR_NAME = "Rapport"
DB_FILE_NAME = "rapport.sqlite3"


def default_db_path() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / DB_FILE_NAME


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """``--db`` beats ``RAPPORT_DB`` beats the per-user default."""
    chosen = os.fspath(db) if db is not None else os.environ.get(ENV_VAR) or None
    if chosen is None:
        return _file_url(default_db_path())
    if "://" in chosen:
        return chosen
    return _file_url(Path(chosen))


def _file_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"


def file_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory and other databases."""
    plain = url.removeprefix("sqlite:///")
    if plain != url and "?" not in plain and plain not in ("", ":memory:"):
        return Path(plain)  # the common case, without loading SQLAlchemy
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _prepare_private_file(path: Path) -> None:
    """Create the folder and file readable by the owner only (0700 / 0600)."""
    folder_existed = path.parent.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not folder_existed:
        path.parent.chmod(stat.S_IRWXU)
    if not path.exists():
        path.touch(mode=stat.S_IRUSR | stat.S_IWUSR)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def _on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, much faster commits
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    path = file_path(url)
    if path is not None:
        _prepare_private_file(path)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """A migrated database: the engine and a session factory.

    Services take a ``Database`` and open one session per operation. The
    engine is made on first use (thread-safe: the first user may be a worker).
    """

    def __init__(
        self, url: str, engine: Engine | None = None, sessions: sessionmaker[Session] | None = None
    ) -> None:
        self.url = url
        self._engine, self._sessions = engine, sessions
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Database({self.url!r})"

    @property
    def path(self) -> Path | None:
        return file_path(self.url)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._connect()
        assert self._engine is not None
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            self._connect()
        assert self._sessions is not None
        return self._sessions

    @property
    def connected(self) -> bool:
        """True once SQLAlchemy has an engine for this database."""
        return self._engine is not None

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def _connect(self) -> None:
        with self._lock:
            if self._engine is None:
                self._sessions, self._engine = _engine_and_sessions(make_engine(self.url))


_SESSION_HOOKS: list[Callable[[], None]] = []
_engines_made = False


def before_first_session(hook: Callable[[], None]) -> None:
    """Have ``hook`` run before any database hands out a session (e.g. to register
    ORM events): now if an engine exists already, else when the first is made.
    It runs again for every engine, so it must be idempotent."""
    _SESSION_HOOKS.append(hook)
    if _engines_made:
        hook()


def _engine_and_sessions(engine: Engine) -> tuple[sessionmaker[Session], Engine]:
    from sqlalchemy.orm import sessionmaker

    global _engines_made
    _engines_made = True
    for hook in _SESSION_HOOKS:
        hook()

    if engine.dialect.name == "sqlite" and not _has_statistics(engine):
        refresh_statistics(engine)
    # expire_on_commit=False: objects handed to the caller stay readable after
    # the session closes (detached), as the UI and the CLI expect.
    return sessionmaker(engine, expire_on_commit=False), engine


def stored_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the file, read with plain SQL."""
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def refresh_statistics(engine: Engine) -> None:
    """Give SQLite's planner fresh table statistics (after bulk writes).

    Without them it can pick the wrong index (e.g. a status index over a due
    date range). ``analysis_limit`` samples each index, so this takes tens of
    milliseconds even at 100k clients.
    """
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")


def _has_statistics(engine: Engine) -> bool:
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).first()
        return found is not None


def open_database(db: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database named by ``db``."""
    url = resolve_url(db)
    engine = make_engine(url)
    if migrate and stored_revision(engine) != HEAD_REVISION:
        from app.models.migrate import upgrade_to_head  # alembic (~0.3 s) loads only to migrate

        upgrade_to_head(engine)
        if engine.dialect.name == "sqlite":
            refresh_statistics(engine)  # a migration's new indexes have none yet
    sessions, engine = _engine_and_sessions(engine)
    return Database(url, engine, sessions)


def open_current_database(db: str | os.PathLike[str] | None = None) -> Database | None:
    """The database named by ``db`` if its file exists and is at the newest
    revision, to be connected on first use; None when it must be created or
    migrated first (then :func:`open_database` does both)."""
    url = resolve_url(db)
    path = file_path(url)
    if path is None or not path.is_file():
        return None
    return Database(url) if file_revision(path) == HEAD_REVISION else None


def file_revision(path: Path) -> str | None:
    """The schema revision of a database file, read read-only with sqlite3."""
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:  # no such table, not a database, locked…
        return None
    return row[0] if row else None
