"""First launch on an empty database: offer demo clients, or an Excel import.

Asked once (remembered in settings), only while the database has no clients
at all, live or trashed. The demo is generated on a worker thread in one
transaction, so the window keeps painting, and Cancel rolls it all back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaObject, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.models.db import Database
from app.services import customers
from app.ui.operations import Changed, announce
from app.ui.settings import BoolSetting

translate = QCoreApplication.translate
DEMO_CLIENTS = 500
DEMO_OFFERED = BoolSetting("clients/demo_offered", False)


class FirstRunChoice(StrEnum):
    DEMO = "demo"
    IMPORT = "import"
    EMPTY = "empty"


def ask_first_run(parent: QWidget) -> FirstRunChoice:
    """The welcome question; tests replace this function."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("FirstRun", "Welcome to Rapport"))
    box.setText(translate("FirstRun", "Your client book is empty. Load demo clients to try it?"))
    box.setInformativeText(
        translate(
            "FirstRun",
            "{count} made-up clients with history and follow-ups. "
            "They can be moved to Trash and purged later.",
        ).format(count=DEMO_CLIENTS)
    )
    demo = box.addButton(translate("FirstRun", "Load demo clients"), QMessageBox.ButtonRole.YesRole)
    excel = box.addButton(
        translate("FirstRun", "Import from Excel…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("FirstRun", "Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.exec()
    if box.clickedButton() is demo:
        return FirstRunChoice.DEMO
    return FirstRunChoice.IMPORT if box.clickedButton() is excel else FirstRunChoice.EMPTY


def offer_demo_data(
    parent: QWidget,
    database: Database,
    import_requested: Callable[[], None],
    today: Callable[[], date] = date.today,
) -> FirstRunChoice | None:
    """Ask on the first launch with an empty database; None when not asked."""
    if (
        DEMO_OFFERED.get()
        or customers.count_customers(database)
        or customers.count_customers(database, deleted=True)
    ):
        return None
    DEMO_OFFERED.set(True)
    choice = ask_first_run(parent)
    if choice == FirstRunChoice.DEMO:
        load_demo(parent, database, DEMO_CLIENTS, today())
    elif choice == FirstRunChoice.IMPORT:
        import_requested()
    return choice


def load_demo(parent: QWidget, database: Database, count: int, today: date) -> bool:
    """Generate ``count`` demo clients behind a progress dialog; False if cancelled/failed."""
    from app.services.demo import DemoCancelled, generate_demo  # first run only

    progress = QProgressDialog(
        translate("FirstRun", "Creating demo clients…"),
        translate("FirstRun", "Cancel"),
        0,
        0,  # a busy bar: the work reports only once per 2,000 clients
        parent,
    )
    progress.setObjectName("demoProgress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    cancel = threading.Event()
    progress.canceled.connect(cancel.set)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def work() -> None:
        try:
            outcome["result"] = generate_demo(
                database, count, today=today, progress=lambda _d, _t: not cancel.is_set()
            )
        except DemoCancelled:
            outcome["cancelled"] = True
        except Exception as exc:  # shown below, on the GUI thread
            outcome["error"] = exc
        finally:
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    progress.show()
    QThreadPool.globalInstance().start(work)
    loop.exec()
    progress.close()
    if "error" in outcome:
        QMessageBox.warning(parent, translate("FirstRun", "Demo clients"), str(outcome["error"]))
        return False
    if "result" not in outcome:
        return False
    announce(Changed.MEMBERSHIP)
    return True
