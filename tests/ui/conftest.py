"""Shared UI fixtures: private settings, a language, a temp database, the real window.

Every UI test gets its own settings INI file (the user's real settings are
never read or written) and leaves no translator behind. ``window`` is the
main window with the real pages installed on a temporary database, empty
unless the test is marked ``@pytest.mark.demo_clients(n)``: then it holds n
demo clients (seed 7, generated as of :data:`TODAY`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from app.models.db import Database, open_database
from app.services.demo import generate_demo
from app.ui import i18n, settings
from app.ui.main_window import MainWindow
from app.ui.pyside_guard import guard_singleton_refcounts

guard_singleton_refcounts()  # PySide6 6.12.0 on Python 3.11 would abort the run
TODAY = date(2026, 11, 22)  # demo data and "today" of the pages under test


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "demo_clients(n): fill the database with n demo clients")


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path) -> Iterator[Path]:
    """Each test its own INI file, empty at the start."""
    path = tmp_path / "settings.ini"
    settings.use_settings_file(path)
    yield path
    settings.use_settings_file(None)


def _speak(app: QApplication, language: str) -> Iterator[None]:
    settings.LANGUAGE.set(language)
    i18n.install_translator(app, language)
    yield
    i18n.install_translator(app, "en")  # leave no translator behind for other tests


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    yield from _speak(qapp, "en")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    yield from _speak(qapp, "zh_CN")


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "ui.sqlite3")
    marker = request.node.get_closest_marker("demo_clients")
    if marker is not None:
        generate_demo(db, marker.args[0], seed=7, today=TODAY)
    yield db
    db.dispose()


@pytest.fixture
def window(qtbot, database: Database, english) -> MainWindow:
    """The main window with the real pages, shown, on ``database``."""
    from app.ui.workspace import install_workspace

    main = MainWindow(database)
    install_workspace(main, today=lambda: TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
