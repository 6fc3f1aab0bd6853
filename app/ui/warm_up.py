"""Loading what the rest of the workspace needs on a worker thread.

At start-up the window shows the client list first (see
:mod:`app.ui.workspace`); the remaining pages need SQLAlchemy, the mapped
models and most services, about a second of imports. Services and models
hold no Qt (the layers contract keeps it out), so a plain thread may import
them while the list on screen stays responsive; only building the widgets is
left to the GUI thread.
"""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QObject, Signal

from app.models.db import Database

# What the rest of the workspace needs that holds no Qt.
WARM_UP = (
    "app.services.client_list",
    "app.services.customers",
    "app.services.views",
    "app.services.tags",
    "app.services.followups",
    "app.services.followup_policy",
    "app.services.care",
    "app.services.churn",
    "app.services.reports",
    "app.services.charts",
    "app.services.visit_plan",
    "app.services.report_pdf",
)


class WarmUp(QObject):
    """Imports :data:`WARM_UP`, maps the models and connects the database on a
    worker thread; ``done`` arrives on the GUI thread."""

    done = Signal()

    def start(self, database: Database) -> None:
        threading.Thread(target=self._run, args=(database,), daemon=True).start()

    def _run(self, database: Database) -> None:
        try:
            for name in WARM_UP:
                importlib.import_module(name)
            from sqlalchemy.orm import configure_mappers

            configure_mappers()
            database.engine  # noqa: B018  (connects it)
        except Exception:  # finish() imports again on the GUI thread and reports there
            pass
        self.done.emit()  # queued to the GUI thread
