"""The shipped files are found beside the code, or where a wheel installs them."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from app import paths

ROOT = Path(__file__).resolve().parents[1]


def test_source_tree_resources_are_found():
    found = paths.resources_dir()
    assert found == ROOT / "resources"
    assert (found / "questionnaire" / "intent.json").is_file()
    assert (found / "icons" / "logo.svg").is_file()


def test_without_the_source_tree_the_wheels_data_folder_is_used(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "BESIDE_CODE", tmp_path / "absent")
    assert paths.resources_dir() == Path(sys.prefix) / "share" / "rapport" / "resources"


def test_the_wheel_ships_every_resource_file():
    """pyproject's data-files cover each file under resources/ (a new kind of file
    would otherwise be missing from an installed wheel)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = set()
    for target, patterns in config["tool"]["setuptools"]["data-files"].items():
        assert target.startswith("share/rapport/resources/")
        for pattern in patterns:
            shipped |= {p.relative_to(ROOT) for p in ROOT.glob(pattern)}
    present = {p.relative_to(ROOT) for p in (ROOT / "resources").rglob("*") if p.is_file()}
    assert present == shipped
