"""One widget per kind of dossier field, all speaking the same small protocol.

Every editor is a :class:`FieldEditor`: ``value()`` gives what the customer
service accepts for the field (``dossier_input.apply_input``), ``set_value``
shows a value without counting as an edit, and ``edited`` fires only when the
*user* changed something — the form turns those into undo steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.services.labels import label

translate = QCoreApplication.translate
EMPTY_MARK = "—"  # an unset choice; language-neutral


class FieldEditor(QWidget):
    """Base of the field editors: value in, value out, ``edited`` on user edits."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False  # set_value in progress: changes are not user edits

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: object) -> None:
        raise NotImplementedError

    def _user_changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def retranslate(self, language: str) -> None:
        """Relabel whatever this editor shows in the UI language (enum names…)."""


def hbox(*widgets: QWidget, stretch: bool = False) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout


class TextEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.textEdited.connect(self._user_changed)
        self.setLayout(hbox(self.line))
        self.setFocusProxy(self.line)

    def value(self) -> str | None:
        return self.line.text().strip() or None

    def _show(self, value: object) -> None:
        self.line.setText("" if value is None else str(value))


class LongTextEditor(FieldEditor):
    """Several lines; the editor's own undo is off so Ctrl+Z reaches the form."""

    MIN_LINES, MAX_LINES = 2, 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(tabChangesFocus=True)
        self.text.setUndoRedoEnabled(False)
        self.text.textChanged.connect(self._user_changed)
        self.text.textChanged.connect(self._fit)
        self._fit()
        self.setLayout(hbox(self.text))
        self.setFocusProxy(self.text)

    def value(self) -> str | None:
        return self.text.toPlainText().strip() or None

    def _show(self, value: object) -> None:
        self.text.setPlainText("" if value is None else str(value))

    def _fit(self) -> None:
        """Two lines when empty, growing with the text up to eight, then scrolling."""
        lines = max(self.MIN_LINES, min(self.MAX_LINES, self.text.document().lineCount()))
        spacing = self.text.fontMetrics().lineSpacing()
        frame = 2 * self.text.frameWidth() + self.text.document().documentMargin() * 2
        self.text.setFixedHeight(int(lines * spacing + frame + 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # wrapping changes with the width


class ComboEditor(FieldEditor):
    """A fixed list of choices; ``None`` is the empty choice when ``optional``."""

    def __init__(
        self, items: Sequence[tuple[str, str]], *, optional: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        if optional:
            self.combo.addItem(EMPTY_MARK, None)
        for text, data in items:
            self.combo.addItem(text, data)
        self.combo.activated.connect(self._user_changed)
        self.setLayout(hbox(self.combo, stretch=True))
        self.setFocusProxy(self.combo)

    def value(self) -> str | None:
        return self.combo.currentData()

    def _show(self, value: object) -> None:
        code = value.value if isinstance(value, StrEnum) else value
        self.combo.setCurrentIndex(max(self.combo.findData(code), 0))


class EnumEditor(ComboEditor):
    """An enum's members (all, or the ``members`` given), labelled in the UI language."""

    def __init__(
        self,
        enum: type[StrEnum],
        *,
        optional: bool,
        members: Sequence[StrEnum] = (),
        parent: QWidget | None = None,
    ) -> None:
        self.enum = enum
        items = [(m.value, m.value) for m in (members or enum)]
        super().__init__(items, optional=optional, parent=parent)

    def retranslate(self, language: str) -> None:
        for i in range(self.combo.count()):
            code = self.combo.itemData(i)
            if code is not None:
                self.combo.setItemText(i, label(self.enum(code), language))


class BoolEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.toggled.connect(self._user_changed)
        self.setLayout(hbox(self.box, stretch=True))
        self.setFocusProxy(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def _show(self, value: object) -> None:
        self.box.setChecked(bool(value))


class DecimalEditor(TextEditor):
    """A number typed freely (1,200,000.50); the service says if it is not one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.line.setMaximumWidth(220)
        self.layout().addStretch(1)
        pattern = QRegularExpression(r"[-+]?[0-9,，.\s]*")
        self.line.setValidator(QRegularExpressionValidator(pattern, self.line))

    def _show(self, value: object) -> None:
        if isinstance(value, Decimal):
            value = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
        super()._show(value)

    def value(self) -> str | None:
        text = super().value()
        try:  # "1,200,000.00" and "1200000" are the same number: not an edit
            return None if text is None else f"{Decimal(text.replace(',', '')).normalize():f}"
        except InvalidOperation:
            return text


class IntEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox(minimum=0, maximum=10**9)
        self.spin.valueChanged.connect(self._user_changed)
        self.setLayout(hbox(self.spin, stretch=True))
        self.setFocusProxy(self.spin)

    def value(self) -> int:
        return self.spin.value()

    def _show(self, value: object) -> None:
        self.spin.setValue(int(value or 0))


class TagsEditor(TextEditor):
    """Tags typed as one line, separated by commas or 、; known tags complete."""

    SEPARATORS = re.compile(r"[,，、;；]")

    def __init__(self, known: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        completer = QCompleter(list(known), self.line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line.setCompleter(completer)
        self.joiner = ", "

    def value(self) -> list[str]:
        names = (part.strip() for part in self.SEPARATORS.split(self.line.text()))
        return list(dict.fromkeys(name for name in names if name))

    def _show(self, value: object) -> None:
        self.line.setText(self.joiner.join(value or []))  # type: ignore[arg-type]

    def retranslate(self, language: str) -> None:
        names = self.value()
        self.joiner = "、" if language.startswith("zh") else ", "
        self.set_value(names)
