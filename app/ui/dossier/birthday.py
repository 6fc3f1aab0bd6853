"""Birthdays and anniversaries as clients give them: solar or lunar (农历), year optional.

:class:`CalendarDateEditor` picks the date; :class:`BirthdayEditor` adds a
live preview of what the almanac derives from it — the lunar text (农历八月
十五), the zodiac animal (生肖), the star sign (星座), age and next birthday.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.services import almanac
from app.ui.dossier.editors import EMPTY_MARK, FieldEditor, hbox
from app.ui.dossier.pickers import day_name, month_name

translate = QCoreApplication.translate
NO_YEAR = 1899  # the spin box's minimum, shown as "year unknown"


def _zh(language: str) -> bool:
    return language.startswith("zh")


def localized_name(item: almanac.Zodiac | almanac.StarSign, language: str) -> str:
    if not _zh(language):
        return item.en
    return item.zh_hant if language == "zh_TW" else item.zh


def lunar_month_name(month: int) -> str:
    return f"{almanac.LUNAR_MONTH_NAMES[month - 1]}月"


def lunar_day_name(day: int) -> str:
    # lunar_label is the one public spelling of lunar days (初一, 十五, 廿三, 三十).
    return almanac.lunar_label(1, day).removeprefix("农历" + lunar_month_name(1))


def calendar_date(value: object) -> almanac.CalendarDate | None:
    """The editor's value as an almanac date, or None when empty or impossible."""
    if not isinstance(value, dict):
        return None
    try:
        return almanac.CalendarDate(
            value["calendar"], value["month"], value["day"], value["year"], value["leap_month"]
        )
    except ValueError:
        return None


class CalendarDateEditor(FieldEditor):
    """Calendar, year (optional), month, day and — for lunar dates — the leap month."""

    def __init__(self, *, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self.calendar = QComboBox(objectName="calendar")
        if optional:
            self.calendar.addItem(EMPTY_MARK, None)
        self.calendar.addItem("solar", "solar")
        self.calendar.addItem("lunar", "lunar")
        self.year = QSpinBox(objectName="year", minimum=NO_YEAR, maximum=2099)
        self.year.setSpecialValueText("?")
        self.year.setMinimumWidth(110)  # room for "year unknown" / 年份不详
        self.month = QComboBox(objectName="month")
        self.day = QComboBox(objectName="day")
        self.leap = QCheckBox(objectName="leapMonth")
        for signal in (self.calendar.activated, self.month.activated, self.day.activated):
            signal.connect(self._user_changed)
        self.year.valueChanged.connect(self._user_changed)
        self.leap.toggled.connect(self._user_changed)
        self.calendar.currentIndexChanged.connect(self._calendar_switched)
        pickers = hbox(self.calendar, self.year, self.month, self.day, self.leap, stretch=True)
        column = QVBoxLayout(self)  # subclasses add lines under the pickers
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(pickers)
        self.setFocusProxy(self.calendar)
        self._fill_days_and_months()
        self._calendar_switched()

    def value(self) -> dict | None:
        kind = self.calendar.currentData()
        if kind is None:
            return None
        year = self.year.value()
        return {
            "calendar": kind,
            "year": None if year == NO_YEAR else year,
            "month": self.month.currentIndex() + 1,
            "day": self.day.currentIndex() + 1,
            "leap_month": kind == "lunar" and self.leap.isChecked(),
        }

    def _show(self, value: object) -> None:
        if isinstance(value, almanac.CalendarDate):
            value = {
                "calendar": value.calendar,
                "year": value.year,
                "month": value.month,
                "day": value.day,
                "leap_month": value.leap_month,
            }
        value = value if isinstance(value, dict) else None
        self.calendar.setCurrentIndex(max(self.calendar.findData(value and value["calendar"]), 0))
        self.year.setValue((value or {}).get("year") or NO_YEAR)
        self.month.setCurrentIndex(((value or {}).get("month") or 1) - 1)
        self.day.setCurrentIndex(((value or {}).get("day") or 1) - 1)
        self.leap.setChecked(bool(value and value["leap_month"]))

    def _calendar_switched(self) -> None:
        kind = self.calendar.currentData()
        for widget in (self.year, self.month, self.day):
            widget.setEnabled(kind is not None)
        self.leap.setVisible(kind == "lunar")
        self._fill_days_and_months()

    def _fill_days_and_months(self) -> None:
        lunar = self.calendar.currentData() == "lunar"
        zh = _zh(self._language)
        months = [
            (lunar_month_name(m) if zh else f"{m} · {lunar_month_name(m)}")
            if lunar
            else month_name(m, self._language)
            for m in range(1, 13)
        ]
        days = [
            (lunar_day_name(d) if zh else f"{d} · {lunar_day_name(d)}") if lunar else day_name(d)
            for d in range(1, 31 if lunar else 32)
        ]
        for combo, texts in ((self.month, months), (self.day, days)):
            index = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(texts)
            combo.setCurrentIndex(min(max(index, 0), len(texts) - 1))
            combo.blockSignals(False)

    def retranslate(self, language: str) -> None:
        self._language = language
        self.calendar.setItemText(self.calendar.findData("solar"), translate("Birthday", "Solar"))
        self.calendar.setItemText(
            self.calendar.findData("lunar"), translate("Birthday", "Lunar (农历)")
        )
        self.year.setSpecialValueText(translate("Birthday", "Year unknown"))
        self.year.setSuffix("年" if _zh(language) else "")  # 1985年; English needs none
        self.leap.setText(translate("Birthday", "Leap month"))
        self.leap.setToolTip(translate("Birthday", "Born in the leap month (闰月) of that number"))
        self._fill_days_and_months()


class BirthdayEditor(CalendarDateEditor):
    """The birthday, with what the almanac says about it shown underneath."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        self.today = today
        super().__init__(optional=True, parent=parent)
        self.preview = QLabel(objectName="birthdayPreview", wordWrap=True)
        self.preview.setStyleSheet("color: palette(placeholder-text);")
        self.layout().addWidget(self.preview)
        self.edited.connect(self.update_preview)

    def _show(self, value: object) -> None:
        super()._show(value)
        self.update_preview()

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.update_preview()

    def update_preview(self) -> None:
        parts = self.preview_parts()
        self.preview.setText(" · ".join(parts))
        self.preview.setVisible(bool(parts))

    def preview_parts(self) -> list[str]:
        """Lunar text, zodiac, star sign, age and next birthday, as far as known."""
        value = self.value()
        if value is None:
            return []
        cd = calendar_date(value)
        if cd is None:
            return [translate("Birthday", "This date does not exist in that calendar")]
        lang = self._language
        lunar = cd.calendar == "lunar"
        parts = [almanac.lunar_label(cd.month, cd.day, cd.leap_month)] if lunar else []
        born = almanac.solar_birth_date(cd)
        if lunar and born is not None:
            parts.append(translate("Birthday", "solar %1").replace("%1", born.isoformat()))
        animal, sign = almanac.zodiac_for(cd), almanac.star_sign_for(cd)
        if animal is not None:
            text = translate("Birthday", "Zodiac (生肖): %1")
            parts.append(text.replace("%1", localized_name(animal, lang)))
        if sign is not None:
            text = translate("Birthday", "Star sign (星座): %1")
            parts.append(text.replace("%1", localized_name(sign, lang)))
        if born is not None and born <= self.today:
            age = almanac.age_on(cd, self.today)
            parts.append(translate("Birthday", "age %1").replace("%1", str(age)))
        upcoming = almanac.next_occurrence(cd, self.today)
        days = (upcoming - self.today).days
        parts.append(
            translate("Birthday", "next %1 (in %2 days)")
            .replace("%1", upcoming.isoformat())
            .replace("%2", str(days))
        )
        return parts
