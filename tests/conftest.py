"""Shared fixtures: a fresh, migrated SQLite file per test (Vorta's pattern)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.models.db import Database, open_database

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "rapport.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def realworld() -> Path:
    path = SHARED / "realworld"
    if not path.exists():
        pytest.skip("../shared/realworld is not beside this checkout")
    return path
