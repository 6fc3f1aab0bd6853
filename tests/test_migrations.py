"""Migrations: empty → head; first revision with data → head, every row intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from app.models import Base
from app.models.db import make_engine, open_database
from app.models.migrate import current_revision, head_revision, upgrade_to_head
from app.services.customers import get_customer
from app.services.search import search_customers

FIRST = "0001"


def test_empty_database_upgrades_to_head(tmp_path: Path):
    db = open_database(tmp_path / "new.sqlite3")
    assert current_revision(db.engine) == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "customer_fts" in tables
    assert not list(tmp_path.glob("*.bak"))  # nothing to back up on a new file


def _fill_at_first_revision(path: Path) -> None:
    """Rows written with plain SQL, as the 0001 schema had them."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine, to=FIRST)
    assert current_revision(engine) == FIRST
    now = "2025-01-02 03:04:05"
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO customer (id, surname, given_name, display_name, name_sort, tier,"
                " dev_status, birth_leap_month, loyalty_points, star_rating, club_member,"
                " company, notes, created_at, updated_at) VALUES (7, '曾', '小贤', '曾小贤',"
                " 'zeng xiao xian', 'loyal', 'interested', 0, 120, 3, 1, '都市之声', '爱喝龙井',"
                " :t, :t)"
            ),
            {"t": now},
        )
        c.execute(
            text(
                "INSERT INTO phone (customer_id, label, original, e164, position, created_at,"
                " updated_at) VALUES (7, 'mobile', '138 0000 1111', '+8613800001111', 0, :t, :t)"
            ),
            {"t": now},
        )
        c.execute(
            text(
                "INSERT INTO interaction (customer_id, occurred_at, channel, summary, created_at,"
                " updated_at) VALUES (7, :t, 'visit', '第一次拜访', :t, :t)"
            ),
            {"t": now},
        )
        c.execute(
            text("INSERT INTO customer_fts(rowid, body) VALUES (7, '曾小贤\nzengxiaoxian\nzxx')")
        )
        c.execute(text("INSERT INTO search_key (customer_id, key) VALUES (7, 'zx')"))
    engine.dispose()


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in ("customer", "phone", "interaction"):
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in cols if c != "import_batch_id"]  # added by 0002
            out[table] = con.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY 1").fetchall()
        return out
    finally:
        con.close()


def test_first_revision_with_data_upgrades_intact_and_backs_up(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    _fill_at_first_revision(path)
    before = _snapshot(path)

    db = open_database(path)  # upgrades

    assert current_revision(db.engine) == head_revision()
    assert _snapshot(path) == before
    backups = list(tmp_path.glob("old.sqlite3.0001.*.bak"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT display_name FROM customer").fetchall() == [("曾小贤",)]
    con.close()
    customer = get_customer(db, 7)
    assert customer.phones[0].e164 == "+8613800001111" and customer.import_batch_id is None
    assert [h.id for h in search_customers(db, "zxx")] == [7]
    # The short key the old search_key table held (0008 moved it into the FTS text).
    assert [h.id for h in search_customers(db, "zx")] == [7]
    assert "search_key" not in inspect(db.engine).get_table_names()


def _fts_rows(engine) -> list[tuple]:
    with engine.connect() as c:
        return c.execute(text("SELECT rowid, body FROM customer_fts ORDER BY rowid")).all()


def test_short_keys_survive_a_downgrade_and_upgrade_of_0008(tmp_path: Path):
    from alembic import command

    from app.models.migrate import alembic_config
    from app.services.customers import create_customer

    db = open_database(tmp_path / "r.sqlite3")
    first = create_customer(db, {"name": "曾小贤", "company": "都市之声"})
    second = create_customer(db, {"name": "Anna"})
    indexed = _fts_rows(db.engine)
    key_line = indexed[0][1].rsplit("\n", 1)[1]
    assert {"\x01\x01曾", "\x01曾小", "\x01\x01贤", "\x01zx", "\x01都市"} <= {
        key_line[i : i + 3] for i in range(0, len(key_line), 3)
    }
    db.dispose()
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
        keys = conn.exec_driver_sql("SELECT customer_id, key FROM search_key").all()
        bodies = dict(conn.exec_driver_sql("SELECT rowid, body FROM customer_fts").all())
    assert len(keys) == sum(len(body.rsplit("\n", 1)[1]) // 3 for _, body in indexed)
    assert {k for cid, k in keys if cid == first} >= {"曾", "曾小", "zx", "z", "小贤", "都市"}
    assert {k for cid, k in keys if cid == second} == {"a", "an"}
    assert "\x01" not in bodies[first] and bodies[first].startswith("曾小贤\n")
    db.dispose()
    db = open_database(tmp_path / "r.sqlite3")  # upgrades again
    assert sorted(_fts_rows(db.engine)) == sorted(indexed)
    assert [h.id for h in search_customers(db, "zx")] == [first]
    assert [h.id for h in search_customers(db, "an")] == [second]


def _downgrade(db, revision: str) -> None:
    from alembic import command

    from app.models.migrate import alembic_config

    db.dispose()
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    db.dispose()


def _rows(path: Path, query: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute(query).fetchall())
    finally:
        con.close()


def test_an_upgrade_failing_halfway_leaves_the_file_as_it_was(tmp_path: Path):
    """One transaction: 0008 drops and refills the search index, then fails on a
    later step; the index must come back with the rest (Python's sqlite3 would
    commit each CREATE and DROP on its own without an explicit BEGIN)."""
    from app.services.customers import create_customer

    path = tmp_path / "r.sqlite3"
    db = open_database(path)
    first = create_customer(db, {"name": "曾小贤"})
    second = create_customer(db, {"name": "张伟"})
    _downgrade(db, "0007")
    fts = _rows(path, "SELECT rowid, body FROM customer_fts")
    keys = _rows(path, "SELECT customer_id, key FROM search_key")
    con = sqlite3.connect(path)
    con.execute("DROP INDEX ix_follow_up_status")  # 0008 drops it after the refill
    con.execute("DELETE FROM customer_fts WHERE rowid = ?", (second,))  # an old inconsistency
    con.commit()
    con.close()
    fts = [row for row in fts if row[0] != second]

    with pytest.raises(Exception, match="ix_follow_up_status"):
        open_database(path)

    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0007",)]
    assert _rows(path, "SELECT rowid, body FROM customer_fts") == fts
    assert _rows(path, "SELECT customer_id, key FROM search_key") == keys

    con = sqlite3.connect(path)
    con.execute("CREATE INDEX ix_follow_up_status ON follow_up (status)")
    con.commit()
    con.close()
    db = open_database(path)
    assert current_revision(db.engine) == head_revision()
    assert [h.id for h in search_customers(db, "zx")] == [first]
    # The client whose text was missing keeps its short keys.
    assert [h.id for h in search_customers(db, "zw")] == [second]


def test_database_file_is_private(tmp_path: Path):
    folder = tmp_path / "data"
    db = open_database(folder / "r.sqlite3")
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert (db.path.stat().st_mode & 0o777) == 0o600


def test_pragmas(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_models_and_migrations_agree(db):
    """A model change without its migration fails here (autogenerate finds a diff)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.models.migrations.env_options import include_object

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []


def test_head_constant_matches_alembic():
    """open_database skips Alembic when the file is at HEAD_REVISION: it must be the real head."""
    from app.models.db import HEAD_REVISION, stored_revision

    assert head_revision() == HEAD_REVISION
    engine = make_engine("sqlite://")
    assert stored_revision(engine) is None
