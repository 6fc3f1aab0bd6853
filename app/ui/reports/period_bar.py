"""The page's filter: a period (a preset or two dates) and a tag, remembered between runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.services.reports import ReportFilter
from app.ui.settings import ChoiceSetting, TextSetting

translate = QCoreApplication.translate
PRESETS = (
    "all",
    "last_12_months",
    "this_year",
    "last_year",
    "this_quarter",
    "this_month",
    "custom",
)
PERIOD = ChoiceSetting("reports/period", "all", PRESETS)
CUSTOM_FROM = TextSetting("reports/from", "")
CUSTOM_TO = TextSetting("reports/to", "")
TAG = TextSetting("reports/tag", "")
DATE_FORMAT = "yyyy-MM-dd"


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    """The dates a preset stands for on ``today`` ((None, None): all time)."""
    if preset == "last_12_months":
        return today - timedelta(days=364), today
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset == "this_quarter":
        return today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1), today
    if preset == "this_month":
        return today.replace(day=1), today
    return None, None


def _preset_names() -> dict[str, str]:
    return {
        "all": translate("ReportFilterBar", "All time"),
        "last_12_months": translate("ReportFilterBar", "Last 12 months"),
        "this_year": translate("ReportFilterBar", "This year"),
        "last_year": translate("ReportFilterBar", "Last year"),
        "this_quarter": translate("ReportFilterBar", "This quarter"),
        "this_month": translate("ReportFilterBar", "This month"),
        "custom": translate("ReportFilterBar", "Custom dates"),
    }


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _stored(text: str, fallback: date) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return fallback


class ReportFilterBar(QWidget):
    """Period presets, the custom dates (shown for "Custom dates") and the tag."""

    changed = Signal()

    def __init__(self, tag_names: Callable[[], list[str]], today: Callable[[], date]) -> None:
        super().__init__(objectName="reportFilterBar")
        self._tag_names, self._today = tag_names, today
        self.period_label = QLabel()
        self.preset = QComboBox(objectName="reportPeriod")
        for key in PRESETS:
            self.preset.addItem("", key)
        self.start = QDateEdit(objectName="reportFrom", calendarPopup=True)
        self.end = QDateEdit(objectName="reportTo", calendarPopup=True)
        self.dash = QLabel("–")
        self.range_label = QLabel(objectName="reportRange")
        self.tag_label = QLabel()
        self.tag = QComboBox(objectName="reportTag")
        self.tag.setMinimumContentsLength(8)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.period_label, self.preset, self.start, self.dash, self.end):
            layout.addWidget(widget)
        layout.addWidget(self.range_label)
        layout.addSpacing(16)
        layout.addWidget(self.tag_label)
        layout.addWidget(self.tag)
        self._restore()
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self.tag.currentIndexChanged.connect(self._tag_chosen)
        self.retranslate_ui()

    def _restore(self) -> None:
        today = self._today()
        for edit in (self.start, self.end):
            edit.setDisplayFormat(DATE_FORMAT)
        self.start.setDate(_qdate(_stored(CUSTOM_FROM.get(), today - timedelta(days=364))))
        self.end.setDate(_qdate(_stored(CUSTOM_TO.get(), today)))
        self.preset.setCurrentIndex(PRESETS.index(PERIOD.get()))
        self.refresh_tags()

    def refresh_tags(self) -> None:
        """Offer the tags there are now; keep the chosen one (even if no client has it)."""
        chosen = self.tag.currentData() if self.tag.count() else TAG.get()
        names = self._tag_names()
        if chosen and chosen not in names:
            names = [chosen, *names]
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("ReportFilterBar", "All clients"), "")
        for name in names:
            self.tag.addItem(name, name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(chosen or "")))
        self.tag.blockSignals(False)

    def report_filter(self) -> ReportFilter:
        preset = self.preset.currentData()
        if preset == "custom":
            start, end = self.start.date().toPython(), self.end.date().toPython()
            start, end = min(start, end), max(start, end)  # dates typed the wrong way round
        else:
            start, end = preset_range(preset, self._today())
        return ReportFilter(start, end, self.tag.currentData() or None)

    def set_period(self, preset: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a preset (or custom dates), as the user would; announces the change."""
        if start is not None and end is not None:
            self.start.setDate(_qdate(start))
            self.end.setDate(_qdate(end))
        self.preset.setCurrentIndex(PRESETS.index(preset))

    def _preset_chosen(self) -> None:
        PERIOD.set(self.preset.currentData())
        self._show_range()
        self.changed.emit()

    def _dates_edited(self) -> None:
        CUSTOM_FROM.set(self.start.date().toPython().isoformat())
        CUSTOM_TO.set(self.end.date().toPython().isoformat())
        if self.preset.currentData() == "custom":
            self.changed.emit()

    def _tag_chosen(self) -> None:
        TAG.set(self.tag.currentData() or "")
        self.changed.emit()

    def _show_range(self) -> None:
        custom = self.preset.currentData() == "custom"
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(custom)
        start, end = preset_range(self.preset.currentData(), self._today())
        shown = start is not None and not custom
        self.range_label.setVisible(shown)
        if shown:
            self.range_label.setText(f"{start.isoformat()} – {end.isoformat()}")

    def retranslate_ui(self) -> None:
        self.period_label.setText(translate("ReportFilterBar", "Period:"))
        self.tag_label.setText(translate("ReportFilterBar", "Tag:"))
        for i, name in enumerate(_preset_names().values()):
            self.preset.setItemText(i, name)
        if self.tag.count():
            self.tag.setItemText(0, translate("ReportFilterBar", "All clients"))
        self._show_range()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
