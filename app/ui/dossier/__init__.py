"""The dossier editor: one window per client, opened from the client list.

``open_dossier`` brings up (or back to the front) the window of a client;
``open_new_client`` opens an empty one that becomes a client on first save.
While dossier windows are open, closing their parent window (the main window)
first asks each of them about unsaved edits.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QWidget

from app.models.db import Database
from app.services.errors import NotFoundError
from app.ui.dossier.window import DossierWindow
from app.ui.operations import Changed, perform

__all__ = ["DossierWindow", "open_dossier", "open_new_client", "open_windows"]

CASCADE = QPoint(28, 28)  # a second window opens offset, not exactly on top of the first
_windows: list[DossierWindow] = []


def open_windows() -> list[DossierWindow]:
    return list(_windows)


def open_dossier(
    parent: QWidget | None, database: Database, customer_id: int
) -> DossierWindow | None:
    """Show the dossier of ``customer_id``; None if the client no longer exists."""
    for window in _windows:
        if window.database is database and window.customer_id == customer_id:
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
    try:
        window = DossierWindow(database, customer_id, parent=parent)
    except NotFoundError as exc:
        perform(parent, partial(_raise, exc), Changed.MEMBERSHIP)  # the standard message
        return None
    return _show(window, parent)


def open_new_client(parent: QWidget | None, database: Database) -> DossierWindow:
    """An empty dossier; saving it creates the client."""
    return _show(DossierWindow(database, None, parent=parent), parent)


def _raise(exc: Exception) -> None:
    raise exc


def _show(window: DossierWindow, parent: QWidget | None) -> DossierWindow:
    previous = _windows[-1] if _windows else None
    _windows.append(window)
    window.closed.connect(lambda: _windows.remove(window) if window in _windows else None)
    if parent is not None:
        _guard(parent.window())
    window.show()
    if previous is not None:
        window.move(previous.pos() + CASCADE)
    window.raise_()
    window.activateWindow()
    return window


def _belongs(window: QWidget, top: QObject) -> bool:
    parent = window.parentWidget()
    while parent is not None:
        if parent is top:
            return True
        parent = parent.parentWidget()
    return False


class _CloseGuard(QObject):
    """Before the main window closes, each of its dossiers settles its unsaved edits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Close:
            return False
        for window in list(_windows):
            if _belongs(window, watched) and not window.close():
                event.ignore()
                return True  # the user chose Cancel: the main window stays open
        return False


def _guard(top: QWidget) -> None:
    if top.findChild(_CloseGuard) is None:
        top.installEventFilter(_CloseGuard(top))
