"""Architecture: Qt stays in app/ui; layers point down (import-linter)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "matplotlib.backends.backend_qt")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):  # every import, also those inside functions
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", ["models", "services"])
def test_no_qt_below_the_ui(layer):
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "app" / layer).rglob("*.py")
        for name in _imports(path)
        if name.startswith(QT)
    ]
    assert offenders == []


def test_import_linter_contracts():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.fail("import-linter is not installed: pip install -e .[test]")
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
