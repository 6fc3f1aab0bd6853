"""Every write from the UI goes through :func:`perform`, which says what changed.

Anki's idea (qt/aqt/operations): a screen never refreshes everything after a
write; the operation announces which kinds of data and which clients changed,
and each page listening on :data:`bus` reloads only what concerns it. Errors
from the services are shown here, once, in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Flag, auto
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import NotFoundError, ServiceError, ValidationError

T = TypeVar("T")
translate = QCoreApplication.translate


class Changed(Flag):
    """Kinds of data an operation may have changed."""

    CLIENTS = auto()  # dossier fields, tiers, statuses, tags
    MEMBERSHIP = auto()  # clients created, trashed, restored, purged, merged
    FOLLOW_UPS = auto()
    HISTORY = auto()  # interactions, orders, complaints, assessments
    SETTINGS = auto()  # policies, questionnaire, custom field definitions
    VIEWS = auto()  # saved views


@dataclass(frozen=True)
class Change:
    kinds: Changed
    client_ids: frozenset[int] = field(default_factory=frozenset)  # empty: possibly any


class ChangeBus(QObject):
    changed = Signal(object)  # a Change


bus = ChangeBus()


def announce(kinds: Changed, client_ids: Iterable[int] = ()) -> None:
    bus.changed.emit(Change(kinds, frozenset(client_ids)))


def perform(
    parent: QWidget | None,
    action: Callable[[], T],
    kinds: Changed,
    client_ids: Iterable[int] = (),
) -> T | None:
    """Run a service call; on success announce the change, on a refusal explain it.

    Returns the call's result, or None when it was refused (nothing was written:
    the services roll back on every error they raise).
    """
    try:
        result = action()
    except ValidationError as exc:
        lines = "\n".join(f"• {e.field}: {e.message}" for e in exc.errors)
        QMessageBox.warning(parent, translate("Operations", "Not saved"), lines)
        return None
    except NotFoundError:
        QMessageBox.warning(
            parent,
            translate("Operations", "Not found"),
            translate("Operations", "This client no longer exists; the list will refresh."),
        )
        announce(Changed.MEMBERSHIP)
        return None
    except ServiceError as exc:
        QMessageBox.warning(parent, translate("Operations", "Could not finish"), str(exc))
        return None
    announce(kinds, client_ids)
    return result


class ReloadOnChange:
    """Mixin for a page: a change it cares about reloads it now if shown, else when next shown.

    The page sets ``concerns``, calls ``watch_changes()`` once, defines ``reload()``
    and clears ``_stale`` there.
    """

    concerns: Changed
    _stale = True

    def watch_changes(self) -> None:
        bus.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.kinds & self.concerns:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()  # type: ignore[attr-defined]

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.reload()  # type: ignore[attr-defined]
