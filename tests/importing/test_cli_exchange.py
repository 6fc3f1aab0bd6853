"""The import/export commands of the CLI, and an import killed with SIGKILL."""

from __future__ import annotations

import csv
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from app.models.db import open_database
from app.services.customers import count_customers, create_customer

from .helpers import fingerprint, schema

ROOT = Path(__file__).resolve().parents[2]


def test_import_export_undo_and_vcards_from_the_command_line(
    tmp_path, capsys, realworld, monkeypatch
):
    monkeypatch.setenv("RAPPORT_LANG", "en")
    source_db, target_db = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    db = open_database(source_db)
    create_customer(db, {"name": "欧阳娜娜", "phones": ["13812345678"], "company": "华为"})
    create_customer(db, {"name": "张伟", "emails": ["zw@example.com"]})
    db.dispose()
    listing = str(tmp_path / "list.xlsx")
    assert main(["--db", source_db, "export", listing, "--lang", "zh_CN"]) == 0
    assert main(["--db", target_db, "import", listing, "--report", str(tmp_path / "r.xlsx")]) == 0
    out = capsys.readouterr()
    assert "import 1: 2 created, 0 updated, 0 skipped, 0 rejected" in out.out
    assert "姓名 → name" in out.err
    assert main(["--db", target_db, "undo-import"]) == 0
    assert "list.xlsx" in capsys.readouterr().out
    assert main(["--db", target_db, "undo-import", "1"]) == 0
    capsys.readouterr()
    assert main(["--db", target_db, "undo-import", "1"]) == 2
    assert "it was undone already" in capsys.readouterr().err

    cards = str(tmp_path / "c.vcf")
    assert main(["--db", source_db, "vcard-export", cards, "--version", "4.0"]) == 0
    assert main(["--db", target_db, "vcard-import", cards]) == 0
    assert "2 created" in capsys.readouterr().out

    xls = str(realworld / "xlsx" / "poi__chinese-provinces.xls")
    assert main(["--db", target_db, "import", xls]) == 2
    assert "File → Save As" in capsys.readouterr().err


def test_mapping_overrides_and_presets(tmp_path, capsys):
    path = tmp_path / "in.csv"
    path.write_text("客户,手机,说明\n张伟,13812345678,老客户\n", encoding="utf-8")
    db_path = str(tmp_path / "a.sqlite3")
    args = ["--db", db_path, "import", str(path), "--map", "说明=-", "--map", "C=taboos"]
    assert main([*args, "--save-preset", "展会"]) == 0
    db = open_database(db_path)
    from app.services.customers import get_customer
    from app.services.importing import load_preset

    assert get_customer(db, 1).taboos == "老客户"
    assert load_preset(db, "展会").columns == {
        "客户": "name",
        "手机": "phone:mobile",
        "说明": "taboos",
    }
    db.dispose()
    assert main(["--db", db_path, "import", str(path), "--map", "没有这列=name"]) == 2
    assert "没有这列" in capsys.readouterr().err


def _big_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机", "邮箱", "公司", "备注"])
        for i in range(rows):
            writer.writerow([f"客户{i}", f"139{i:08d}", f"c{i}@example.com", "华为", "备注" * 5])


@pytest.mark.slow
def test_an_import_killed_midway_leaves_the_database_unchanged(tmp_path):
    db_path = tmp_path / "kill.sqlite3"
    db = open_database(db_path)
    create_customer(db, {"name": "欧阳娜娜", "phones": ["13812345678"]})
    before, structure = fingerprint(db), schema(db)
    db.dispose()
    big = tmp_path / "big.csv"
    _big_csv(big, 100_000)
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(db_path), "import", str(big)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    seen, deadline = b"", time.monotonic() + 120
    while time.monotonic() < deadline:
        seen += os.read(process.stderr.fileno(), 256)
        done = [int(n) for n in re.findall(rb"(\d+)/100000", seen)]
        if done and max(done) >= 3000:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert 3000 <= max(done) < 100_000  # it was killed in the middle, with rows written

    db = open_database(db_path)
    assert fingerprint(db) == before
    assert schema(db) == structure  # the indexes the import had deferred are back
    assert count_customers(db) == 1
    db.dispose()
