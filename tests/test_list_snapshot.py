"""The start-up snapshot of the client list, read with sqlite3, against the ORM service;
and the lazy opening that lets the window show before SQLAlchemy loads."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from app.models.db import HEAD_REVISION, file_revision, open_current_database, open_database
from app.services.client_list import SORT_KEYS, list_ids, load_rows
from app.services.client_rows import SORT_COLUMNS
from app.services.customers import trash_customers
from app.services.demo import generate_demo
from app.services.list_snapshot import read_snapshot
from app.services.tags import add_tag

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("snap") / "demo.sqlite3")
    generate_demo(db, 700, seed=5, today=TODAY)
    trash_customers(db, [2, 9, 40])
    add_tag(db, [1, 4, 6], "展会")
    yield db
    db.dispose()


def test_sort_keys_are_one_list():
    assert set(SORT_COLUMNS) == set(SORT_KEYS)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_snapshot_matches_the_service(demo, sort, descending):
    snapshot = read_snapshot(demo.path, sort, descending, first=150)
    assert snapshot is not None
    assert snapshot.ids == list_ids(demo, sort=sort, descending=descending, today=TODAY)
    first = snapshot.ids[:150]
    assert snapshot.rows == load_rows(demo, first)  # same values, same types


def test_snapshot_rows_carry_tags_and_skip_the_trash(demo):
    snapshot = read_snapshot(demo.path)
    assert snapshot is not None
    assert not {2, 9, 40} & set(snapshot.ids)
    assert len(snapshot.ids) == 697
    tagged = read_snapshot(demo.path, first=10_000)
    assert tagged is not None and "展会" in tagged.rows[4].tags
    assert all(list(r.tags) == sorted(r.tags) for r in tagged.rows.values())


def test_no_snapshot_for_empty_missing_or_foreign_files(tmp_path):
    empty = open_database(tmp_path / "empty.sqlite3")
    assert read_snapshot(empty.path) is None  # no live client: the first-run path
    empty.dispose()
    assert read_snapshot(tmp_path / "missing.sqlite3") is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert read_snapshot(junk) is None
    assert read_snapshot(tmp_path / "empty.sqlite3", sort="no such column") is None


def test_open_current_database_only_when_at_head(tmp_path):
    assert open_current_database(tmp_path / "new.sqlite3") is None  # must be created
    db = open_database(tmp_path / "new.sqlite3")
    db.dispose()
    assert file_revision(tmp_path / "new.sqlite3") == HEAD_REVISION
    lazy = open_current_database(tmp_path / "new.sqlite3")
    assert lazy is not None and not lazy.connected
    assert lazy.engine is lazy.engine and lazy.connected  # made once, on first use
    lazy.dispose()
    with lazy.engine.begin() as conn:  # an older file: migrated by open_database only
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
    lazy.dispose()
    assert open_current_database(tmp_path / "new.sqlite3") is None


def test_start_up_reads_the_list_without_sqlalchemy(demo):
    """What the window needs first loads without SQLAlchemy, and the models still
    map correctly when one model module is imported on its own afterwards."""
    code = f"""
import sys
from pathlib import Path
from app.models.db import open_current_database
from app.services.list_snapshot import read_snapshot
db = open_current_database({str(demo.path)!r})
snapshot = read_snapshot(db.path)
assert snapshot is not None and len(snapshot.ids) == 697
assert "sqlalchemy" not in sys.modules, "SQLAlchemy loaded before it was needed"
from app.models.customer import Customer  # one module alone: relationships still resolve
from sqlalchemy import select
with db.session() as session:
    first = session.scalars(select(Customer).limit(1)).one()
    print(len(first.phones) >= 0)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def test_search_index_kept_when_services_load_after_the_database(tmp_path):
    """The index hook registers when the first engine is made, or at once if
    the services are imported after a database was opened."""
    code = f"""
from app.models.db import open_database
db = open_database({str(tmp_path / "late.sqlite3")!r})
from app.services.customers import create_customer
from app.services.search import search_customers
create_customer(db, {{"surname": "张", "given_name": "伟"}})
print(len(search_customers(db, "zw")))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1"
