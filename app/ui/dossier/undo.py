"""Undo and redo across the whole dossier form, one step per field edit.

Typing into one field is one step (consecutive edits of a field merge);
moving to another field, or undoing, starts a new one. The editors' own
per-widget undo would only know the focused field, so their Ctrl+Z is routed
to the form's stack instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QWidget

from app.ui.dossier.sections import DossierForm

translate = QCoreApplication.translate
_MERGE_ID = 0x0D05  # any constant: every field edit may merge with the one before


class FieldEdit(QUndoCommand):
    def __init__(self, form: DossierForm, key: str, old: object, new: object, label: str) -> None:
        super().__init__(translate("DossierUndo", "edit %1").replace("%1", label))
        self.form, self.key, self.old, self.new = form, key, old, new
        self._pushed = False  # the first redo is the edit the user already made
        self.sealed = False  # after an undo/redo, later typing is a new step

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.key != self.key or self.sealed:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._pushed:
            self.form.apply(self.key, self.new)
            self.sealed = True
        self._pushed = True

    def undo(self) -> None:
        self.form.apply(self.key, self.old)
        self.sealed = True


_ROUTED = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
# Ctrl+Shift+Z is redo on Linux and macOS, Ctrl+Y on Windows: both work everywhere.
_REDO_ALIASES = {QKeySequence(k)[0].toCombined() for k in ("Ctrl+Shift+Z", "Ctrl+Y")}


class RouteUndoKeys(QObject):
    """Let Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in any text field reach the window's undo.

    Text widgets claim those keys in ShortcutOverride; swallowing that event
    (without accepting it) hands the key to the window's shortcuts. The filter
    sits on the application so that rows added later are covered too, and acts
    only for widgets inside ``window``; it goes away with the window.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            return False
        if not self.window.isAncestorOf(watched):
            return False
        combo = event.keyCombination().toCombined()
        return combo in _REDO_ALIASES or any(event.matches(key) for key in _ROUTED)
