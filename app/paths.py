"""Where the files shipped with the code (icons, translations, questionnaire) live.

In the source tree, an editable install and the PyInstaller bundle,
``resources/`` sits beside ``app/``. A wheel cannot put a folder there, so it
ships the same files as data files under ``<prefix>/share/rapport/resources``
(see ``[tool.setuptools.data-files]`` in pyproject.toml).
"""

from __future__ import annotations

import sys
from pathlib import Path

BESIDE_CODE = Path(__file__).resolve().parents[1] / "resources"
INSTALLED = Path(sys.prefix) / "share" / "rapport" / "resources"


def resources_dir() -> Path:
    return BESIDE_CODE if BESIDE_CODE.is_dir() else INSTALLED
