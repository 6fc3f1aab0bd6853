"""Start-up in two steps: the Clients page filled from a sqlite3 snapshot before
SQLAlchemy is touched, the rest of the workspace built after its first paint."""

from __future__ import annotations

import pytest

from app.models.db import open_current_database
from app.services.client_list import list_ids
from app.ui import settings
from app.ui.main_window import MainWindow, PlaceholderPage
from app.ui.workspace import install_workspace
from tests.ui.conftest import TODAY


def _quick_window(qtbot, database):
    lazy = open_current_database(database.path)
    assert lazy is not None
    window = MainWindow(lazy)
    workspace = install_workspace(window, today=lambda: TODAY, quick_start=True)
    qtbot.addWidget(window)
    return lazy, window, workspace


@pytest.mark.demo_clients(450)
def test_list_shows_before_the_orm_and_the_rest_follows(qtbot, database, english):
    settings.LAST_PAGE.set("clients")
    settings.CLIENT_LIST_SORT_COLUMN.set("company")
    settings.CLIENT_LIST_SORT_ORDER.set("descending")
    lazy, window, workspace = _quick_window(qtbot, database)
    model = window.page("clients").model

    # Before the first paint: the whole list, in the saved order, and no engine yet.
    assert model.loaded and model.complete and not model.loading
    assert model.ids == list_ids(database, sort="company", descending=True, today=TODAY)
    assert model.cached_count == 200  # the first batch came with the snapshot
    assert not workspace.complete and not lazy.connected
    assert isinstance(window.page("trash"), PlaceholderPage)  # built after the first paint
    first_company = model.data(model.index(0, model.column_of("company")))
    assert first_company and not lazy.connected  # shown rows need no query

    window.show()
    with qtbot.waitSignal(workspace.completed, timeout=10_000):
        pass
    assert lazy.connected
    count = window.findChild(type(window.database_label), "clientCountLabel")
    assert count.text() == "450 clients"
    for key in ("trash", "today", "follow_ups", "reports"):
        assert not isinstance(window.page(key), PlaceholderPage), key
    # The list works on: a search goes through the ORM service now.
    page = window.page("clients")
    page.search.setText("zzzz-nobody")
    page.apply_filter()
    model.wait()
    assert model.rowCount() == 0
    lazy.dispose()


@pytest.mark.demo_clients(30)
def test_another_start_page_shows_loading_then_itself(qtbot, database, english):
    settings.LAST_PAGE.set("today")
    lazy, window, workspace = _quick_window(qtbot, database)
    assert not workspace.complete and window.current_page_key() == "today"
    assert isinstance(window.page("today"), PlaceholderPage)
    assert "Loading" in window.page("today").text()
    assert not window.page("clients").model.loaded  # no snapshot for a hidden list
    window.show()
    with qtbot.waitSignal(workspace.completed, timeout=10_000):
        pass
    assert window.current_page_key() == "today"
    assert window.pages.currentWidget() is window.page("today")
    assert not isinstance(window.page("today"), PlaceholderPage)
    lazy.dispose()


def test_empty_database_shows_the_window_then_builds_the_rest(qtbot, database, english):
    settings.LAST_PAGE.set("clients")
    lazy, window, workspace = _quick_window(qtbot, database)
    assert not window.page("clients").model.loaded  # nothing to snapshot
    window.show()
    with qtbot.waitSignal(workspace.completed, timeout=10_000):
        pass
    model = window.page("clients").model
    qtbot.waitUntil(lambda: model.loaded)
    assert model.rowCount() == 0
    lazy.dispose()


CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from app.ui import application, settings

settings.use_settings_file(Path(sys.argv[2]))
settings.LAST_PAGE.set("clients")
app = application.create_application(sys.argv[:1])


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        table = watched.parent() if watched.objectName() == "qt_scrollarea_viewport" else None
        if event.type() == QEvent.Type.Paint and table is not None:
            if table.objectName() == "clientTable" and table.model().rowCount():
                print("rows", table.model().rowCount(), "orm", "sqlalchemy" in sys.modules)
                print("switch", sys.getswitchinterval())
                app.removeEventFilter(self)
                QTimer.singleShot(0, lambda: app.exit(0))
        return False


spy = FirstPaint(app)
app.installEventFilter(spy)
application.run(sys.argv[1], sys.argv[:1])
"""


@pytest.mark.demo_clients(60)
def test_the_real_start_up_paints_the_list_before_loading_the_orm(database, tmp_path):
    """Through application.run in a fresh process: a module imported by the first
    frame that pulls in SQLAlchemy (a service at the top of a UI module) fails this."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", CHILD, str(database.path), str(tmp_path / "s.ini")]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "rows 60 orm False" in done.stdout, done.stdout + done.stderr
    # Workers hand the GIL back quickly to the GUI thread painting rows.
    assert "switch 0.001" in done.stdout


@pytest.mark.demo_clients(20)
def test_import_and_export_wait_for_the_rest_of_the_workspace(qtbot, database, english):
    settings.LAST_PAGE.set("clients")
    lazy, window, workspace = _quick_window(qtbot, database)
    assert not window.import_action.isEnabled() and not window.export_action.isEnabled()
    window.show()
    with qtbot.waitSignal(workspace.completed, timeout=10_000):
        pass
    assert window.import_action.isEnabled() and window.export_action.isEnabled()
    lazy.dispose()


@pytest.mark.demo_clients(20)
def test_a_failure_building_the_rest_is_said_not_left_loading(
    qtbot, database, english, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    import app.ui.reports as reports

    settings.LAST_PAGE.set("clients")
    lazy, _window, workspace = _quick_window(qtbot, database)

    def broken(*_args):
        raise OSError("disk I/O error")

    said: list[str] = []
    monkeypatch.setattr(reports, "install_reports_page", broken)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    with pytest.raises(OSError):
        workspace.finish()
    assert said == ["Rapport could not finish opening: disk I/O error"]
    assert not workspace.complete
    workspace.finish()  # the fallback timer later: no second build, no second message
    assert len(said) == 1 and not workspace.complete
    lazy.dispose()
