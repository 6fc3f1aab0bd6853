"""Editors that pick rather than type: star rating, dates, days of the year.

They follow the :class:`~app.ui.dossier.editors.FieldEditor` protocol; dates
travel as ISO text ("2024-05-20", "04-01") so an impossible one typed by hand
reaches the service, which names the problem next to the field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from app.ui.dossier.editors import EMPTY_MARK, FieldEditor, hbox
from app.ui.icons import icon

translate = QCoreApplication.translate


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
