"""Every UI string is translated into simplified and traditional Chinese.

lupdate runs over app/ui into copies of the catalogues: a string added to the
code without its translations shows up as unfinished and fails this test.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.i18n import find_lrelease

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ["rapport_zh_CN.ts", "rapport_zh_TW.ts"]


def _lupdate() -> Path | None:
    lrelease = find_lrelease()
    if lrelease is None:
        return None
    candidate = Path(lrelease).with_name(Path(lrelease).name.replace("lrelease", "lupdate"))
    return candidate if candidate.exists() else None


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_ui_string_is_translated(tmp_path, name):
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("lupdate is not shipped with this PySide6")
    copy = tmp_path / name
    shutil.copy(ROOT / "resources" / "translations" / name, copy)
    subprocess.run(
        [
            str(lupdate),
            "-extensions",
            "py",
            str(ROOT / "app" / "ui"),
            "-ts",
            str(copy),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
        ],
        check=True,
        capture_output=True,
    )
    missing = []
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(forms):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert missing == []
