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

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.services.labels import label
from app.ui.icons import icon

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


class StarRatingEditor(FieldEditor):
    """星级认证: five stars; clicking the lit last star again clears the rating."""

    STARS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rating = 0
        self.buttons = []
        for i in range(1, self.STARS + 1):
            button = QToolButton(autoRaise=True, objectName=f"star{i}")
            button.clicked.connect(lambda _checked=False, n=i: self._click(n))
            self.buttons.append(button)
        self.setLayout(hbox(*self.buttons, stretch=True))
        self.layout().setSpacing(0)
        self._paint()

    def _click(self, n: int) -> None:
        self._rating = 0 if n == self._rating else n
        self._paint()
        self._user_changed()

    def _paint(self) -> None:
        for i, button in enumerate(self.buttons, start=1):
            button.setText("★" if i <= self._rating else "☆")
            button.setStyleSheet("color: #e0a800;" if i <= self._rating else "")

    def value(self) -> int:
        return self._rating

    def _show(self, value: object) -> None:
        self._rating = max(0, min(self.STARS, int(value or 0)))
        self._paint()

    def retranslate(self, language: str) -> None:
        for i, button in enumerate(self.buttons, start=1):
            button.setToolTip(translate("DossierEditors", "%n star(s)", "", i))


class DateEditor(FieldEditor):
    """A date typed as YYYY-MM-DD or picked from a calendar; empty means unknown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(placeholderText="YYYY-MM-DD")
        self.line.setMaximumWidth(150)
        self.line.textEdited.connect(self._user_changed)
        self.calendar = QCalendarWidget(gridVisible=False)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button = QToolButton(objectName="pickDate", icon=icon("calendar"), autoRaise=True)
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.setLayout(hbox(self.line, self.button, stretch=True))
        self.layout().setSpacing(2)
        self.setFocusProxy(self.line)

    def _prepare_calendar(self) -> None:
        current = QDate.fromString(self.line.text().strip(), "yyyy-MM-dd")
        if current.isValid():
            self.calendar.setSelectedDate(current)

    def _picked(self, day: QDate) -> None:
        self.line.setText(day.toString("yyyy-MM-dd"))
        self.button.menu().close()
        self._user_changed()

    def value(self) -> str | None:
        return self.line.text().strip() or None

    def _show(self, value: object) -> None:
        self.line.setText("" if value is None else str(value))

    def retranslate(self, language: str) -> None:
        self.button.setToolTip(translate("DossierEditors", "Pick a date"))
        self.line.setPlaceholderText(translate("DossierEditors", "YYYY-MM-DD"))


def month_name(month: int, language: str) -> str:
    """January / 一月, in the UI language."""
    return QLocale(language).standaloneMonthName(month, QLocale.FormatType.LongFormat)


def day_name(day: int) -> str:
    return translate("DossierEditors", "Day %1").replace("%1", str(day))


class MonthDayEditor(FieldEditor):
    """A day of the year without a year (fiscal year start: 04-01)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = QComboBox(objectName="month")
        self.month.addItem(EMPTY_MARK, None)
        self.day = QComboBox(objectName="day")
        for m in range(1, 13):
            self.month.addItem(str(m), m)
        for d in range(1, 32):
            self.day.addItem(str(d), d)
        self.month.activated.connect(self._user_changed)
        self.month.currentIndexChanged.connect(self._enable_day)
        self.day.activated.connect(self._user_changed)
        self.setLayout(hbox(self.month, self.day, stretch=True))
        self.setFocusProxy(self.month)
        self._enable_day()

    def _enable_day(self) -> None:
        self.day.setEnabled(self.month.currentData() is not None)

    def value(self) -> str | None:
        month = self.month.currentData()
        return None if month is None else f"{month:02d}-{self.day.currentData():02d}"

    def _show(self, value: object) -> None:
        month, day = (int(p) for p in str(value).split("-")) if value else (None, 1)
        self.month.setCurrentIndex(max(self.month.findData(month), 0))
        self.day.setCurrentIndex(max(self.day.findData(day), 0))

    def retranslate(self, language: str) -> None:
        for m in range(1, 13):
            self.month.setItemText(m, month_name(m, language))
        for d in range(1, 32):
            self.day.setItemText(d - 1, day_name(d))


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
