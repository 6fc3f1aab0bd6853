"""The headless CLI: demo, stats, search, --version, --db and RAPPORT_DB."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import __version__
from app.cli import main
from app.models.db import open_database
from app.services.stats import client_base_stats


def test_demo_stats_search(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--customers", "400", "--seed", "7"]) == 0
    assert "added 400 clients" in capsys.readouterr().out

    assert main(["--db", str(path), "stats"]) == 0
    out = capsys.readouterr().out
    db = open_database(path)
    stats = client_base_stats(db)
    assert f"clients: {stats.total}" in out and stats.total == 400
    for tier, n in stats.by_tier.items():
        line = next(line for line in out.splitlines() if f" {tier.value} " in line)
        assert line.split()[-1] == str(n)
    assert sum(stats.by_tier.values()) == sum(stats.by_status.values()) == 400

    assert main(["--db", str(path), "search", "zw"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(line.split()[0].isdigit() for line in lines)


def test_demo_is_deterministic(tmp_path):
    names = []
    for run in ("a", "b"):
        db = open_database(tmp_path / f"{run}.sqlite3")
        from app.services.demo import generate_demo
        from app.services.search import search_customers

        generate_demo(db, 200, seed=3)
        names.append([h.display_name for h in search_customers(db, "z", limit=500)])
        db.dispose()
    assert names[0] == names[1] and names[0]


def test_if_empty_leaves_a_filled_database_alone(tmp_path, capsys):
    path = str(tmp_path / "d.sqlite3")
    main(["--db", path, "demo", "--customers", "50"])
    main(["--db", path, "demo", "--customers", "50", "--if-empty"])
    assert client_base_stats(open_database(path)).total == 50


def test_rapport_db_environment_variable(tmp_path, monkeypatch, capsys):
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("RAPPORT_DB", str(path))
    assert main(["demo", "--customers", "20"]) == 0
    assert path.exists()


def test_search_without_hits_exits_1(tmp_path):
    assert main(["--db", str(tmp_path / "e.sqlite3"), "search", "nobody"]) == 1


def test_version_from_the_installed_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"rapport {__version__}"


def test_cancelled_demo_writes_nothing(db):
    from app.services.customers import count_customers
    from app.services.demo import DemoCancelled, generate_demo

    with pytest.raises(DemoCancelled):
        generate_demo(db, 5000, progress=lambda done, total: done < 2000)
    assert count_customers(db) == 0
