"""How a dossier tab is laid out: labelled cells in a grid, errors under their fields.

Short fields go two to a row, long texts and lists across the page, labels
right-aligned and centred on the first line of their editor, so the form
reads as neat columns in Chinese and English alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from app.ui.dossier.editors import FieldEditor

STYLE = """
QLabel[role="error"] { color: #c62828; }
QWidget[invalid="true"] QLineEdit, QWidget[invalid="true"] QPlainTextEdit {
    border: 1px solid #d93025; border-radius: 3px; padding: 2px;
}
QLabel[role="fieldLabel"] { color: palette(window-text); }
"""


class FieldCell(QWidget):
    """An editor with its error line underneath."""

    def __init__(self, editor: FieldEditor) -> None:
        super().__init__(objectName="fieldCell")
        self.editor = editor
        self.error = QLabel(wordWrap=True)
        self.error.setProperty("role", "error")
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(self.error)

    def set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        self.setProperty("invalid", bool(text))
        for widget in (self, *self.findChildren(QWidget)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class FormPage(QScrollArea):
    """A tab: short fields two to a row, long ones across, in a scrollable grid."""

    def __init__(self, side: QWidget | None = None) -> None:
        super().__init__(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        body = QWidget(objectName="pageBody")
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(16, 14, 16, 14)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnMinimumWidth(2, 90)  # the second label column
        self.side = side
        self.row = 0
        self._half = False
        self.setWidget(body)

    def _label(self, label: QLabel, column: int) -> None:
        label.setProperty("role", "fieldLabel")
        # As tall as a line edit: the text centres on the editor's first line.
        label.setMinimumHeight(QLineEdit().sizeHint().height())
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(label, self.row, column, Qt.AlignmentFlag.AlignTop)

    def add_short(self, label: QLabel, cell: FieldCell) -> None:
        # Check boxes and combos as tall as line edits, so every label lines up.
        cell.editor.setMinimumHeight(QLineEdit().sizeHint().height())
        column = 2 if self._half else 0
        self._label(label, column)
        self.grid.addWidget(cell, self.row, column + 1, Qt.AlignmentFlag.AlignTop)
        self._half = not self._half
        if not self._half:
            self.row += 1

    def add_wide(self, label: QLabel, cell: QWidget) -> None:
        if self._half:
            self.row, self._half = self.row + 1, False
        self._label(label, 0)
        self.grid.addWidget(cell, self.row, 1, 1, 3)
        self.row += 1

    def finish(self) -> None:
        if self._half:
            self.row += 1
        if self.side is not None:  # the business card beside the fields
            self.grid.addWidget(self.side, 0, 4, max(self.row, 1), 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(self.row, 1)
