"""The Follow-ups page: every follow-up on a week or month calendar.

Left, the month grid with the number of pending steps per day
(``pending_counts``); right, the steps of the selected day (month mode) or
of its week (week mode) from ``follow_ups_between``, done and skipped ones
greyed. ◀ ▶ move by a month or a week. The row actions are those of the
Today page; "Export calendar…" writes an .ics, "Follow-up policy…" edits
the cadences.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.followups import (
    follow_ups_between,
    pending_counts,
)
from app.ui.followups.export import export_calendar
from app.ui.followups.month_grid import CountCalendar, week_of
from app.ui.followups.step_panel import StepPanel
from app.ui.icons import icon
from app.ui.operations import ReloadOnChange
from app.ui.policy_dialog import edit_policy
from app.ui.printing.plan_dialog import open_print_preview
from app.ui.settings import ChoiceSetting, blob_setting
from app.ui.today import clock
from app.ui.today.actions import FollowUpActions
from app.ui.today.formatting import day_text, locale_for, ui_language
from app.ui.today.page import CONCERNS

translate = QCoreApplication.translate
MODE = ChoiceSetting("followups/calendar_mode", "month", ("week", "month"))
SPLITTER = blob_setting("pages/followUpsPage/splitter")
LIST_LIMIT = 2000  # steps listed for one week; the grid still counts them all


class FollowUpsPage(ReloadOnChange, QWidget):
    concerns = CONCERNS

    def __init__(self, database: Database, today: Callable[[], date] | None = None) -> None:
        super().__init__(objectName="followUpsPage")
        self.database, self.today = database, clock.resolve(today)
        self.actions = FollowUpActions(self, database, self.today)
        self.grid = CountCalendar()
        self.panel = StepPanel(self.actions)
        self._stale = True
        self._build_layout()
        self._connect()
        self.set_mode(MODE.get())
        self.go_to(self.today())

    def _build_layout(self) -> None:
        self.prev_button = QToolButton(objectName="calendarPrev", autoRaise=True)
        self.prev_button.setIcon(icon("prev"))
        self.next_button = QToolButton(objectName="calendarNext", autoRaise=True)
        self.next_button.setIcon(icon("next"))
        self.today_button = QPushButton(objectName="calendarToday")
        self.period_label = QLabel(objectName="calendarPeriod")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.period_label.setFont(font)
        self.week_button = QPushButton(objectName="weekModeButton", checkable=True)
        self.month_button = QPushButton(objectName="monthModeButton", checkable=True)
        self.mode_group = QButtonGroup(self, exclusive=True)
        self.mode_group.addButton(self.week_button)
        self.mode_group.addButton(self.month_button)
        self.export_button = QPushButton(icon("export"), "", objectName="exportCalendarButton")
        self.policy_button = QPushButton(icon("settings"), "", objectName="policyButton")
        self.print_button = QPushButton(icon("print"), "", objectName="printPlanButton")
        top = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.week_button)
        top.addWidget(self.month_button)
        top.addSpacing(12)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        top.addWidget(self.policy_button)

        self.grid.setMinimumHeight(320)  # room for a count under each day number
        self.grid.setMaximumHeight(440)
        self.month_summary = QLabel(objectName="calendarMonthSummary", wordWrap=True)
        self.legend = QLabel(objectName="calendarLegend", wordWrap=True)
        self.legend.setProperty("role", "secondary")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.grid, 3)
        left_layout.addWidget(self.month_summary)
        left_layout.addWidget(self.legend)
        left_layout.addStretch(1)
        self.splitter = QSplitter(objectName="calendarSplitter", childrenCollapsible=False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 620])
        if SPLITTER.get():
            self.splitter.restoreState(SPLITTER.get())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    def _connect(self) -> None:
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(self.today()))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_plan)
        self.policy_button.clicked.connect(lambda: edit_policy(self, self.database))
        self.grid.selectionChanged.connect(self._day_selected)
        self.grid.currentPageChanged.connect(lambda _y, _m: self._load_counts())
        self.splitter.splitterMoved.connect(
            lambda *_: SPLITTER.set(self.splitter.saveState().data())
        )
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.step(1))
        self.watch_changes()

    # Navigation -----------------------------------------------------------------------

    @property
    def week_mode(self) -> bool:
        return self.week_button.isChecked()

    def set_mode(self, mode: str) -> None:
        (self.week_button if mode == "week" else self.month_button).setChecked(True)
        MODE.set(mode)
        self.grid.set_week_mode(mode == "week")
        self._load_list()

    def selected_day(self) -> date:
        return self.grid.selectedDate().toPython()

    def go_to(self, day: date) -> None:
        """Show ``day``: its month in the grid, it (or its week) in the list."""
        self.grid.setCurrentPage(day.year, day.month)
        self.grid.setSelectedDate(QDate(day))
        self._load_counts()
        self._load_list()

    def step(self, direction: int) -> None:
        """One week or one month back (-1) or forward (1)."""
        day = self.selected_day()
        if self.week_mode:
            self.go_to(day + timedelta(days=7 * direction))
        else:
            self.go_to(QDate(day).addMonths(direction).toPython())

    def period(self) -> tuple[date, date]:
        """The days the list shows: the selected day, or its Monday-to-Sunday week."""
        day = self.selected_day()
        return week_of(day) if self.week_mode else (day, day)

    def shown_period(self) -> tuple[date, date]:
        """The week, or the whole month, on screen: the default period to export."""
        if self.week_mode:
            return self.period()
        first = date(self.grid.yearShown(), self.grid.monthShown(), 1)
        return first, QDate(first).addMonths(1).addDays(-1).toPython()

    def _day_selected(self) -> None:
        self.grid.updateCells()  # the week tint follows the selection
        self._load_list()

    # Loading --------------------------------------------------------------------------

    def reload(self) -> None:
        self._stale = False
        self._load_counts()
        self._load_list()

    def _hidden(self) -> bool:
        """While hidden the page only notes that it must load when shown: at
        start-up, moving to today's month must not cost two queries."""
        if self.isVisible():
            return False
        self._stale = True
        return True

    def _load_counts(self) -> None:
        if self._hidden():
            return
        start, end = self.grid.visible_range()
        today = self.today()
        counts = pending_counts(self.database, start, end)
        self.grid.set_counts(counts, today)
        month = (self.grid.yearShown(), self.grid.monthShown())
        mine = {day: n for day, n in counts.items() if (day.year, day.month) == month}
        overdue = sum(n for day, n in mine.items() if day < today)
        self.month_summary.setText(
            translate(
                "FollowUpsPage", "This month: {pending} to do, {overdue} of them overdue"
            ).format(pending=sum(mine.values()), overdue=overdue)
        )
        self._retitle()

    def _load_list(self) -> None:
        if self._hidden():
            return
        start, end = self.period()
        rows = follow_ups_between(self.database, start, end, limit=LIST_LIMIT)
        if start == end:
            title = translate("FollowUpsPage", "{day}: {n} follow-ups")
        else:
            title = translate("FollowUpsPage", "Week of {day}: {n} follow-ups")
        title = title.replace("{day}", day_text(start, self.today()))
        if len(rows) >= LIST_LIMIT:  # a whole week of a large client base
            title += translate("FollowUpsPage", " (the first {limit} listed)").format(
                limit=LIST_LIMIT
            )
        self.panel.show_rows(rows, self.today(), ui_language(), title, by_day=start != end)
        self._retitle()

    def _retitle(self) -> None:
        locale = locale_for(ui_language())
        if self.week_mode:
            start, end = self.period()
            pattern = translate("FollowUpsPage", "MMM d")
            text = f"{locale.toString(start, pattern)} – {locale.toString(end, pattern)}"
        else:
            first = QDate(self.grid.yearShown(), self.grid.monthShown(), 1)
            text = locale.toString(first, translate("FollowUpsPage", "MMMM yyyy"))
        self.period_label.setText(text)

    def export(self) -> None:
        export_calendar(self, self.database, *self.shown_period())

    def print_plan(self) -> None:
        """The visit plan of the day or week in the list, to reorder, time and print."""
        open_print_preview(self.window(), self.database, self.today, *self.period())

    # Refresh --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.today_button.setText(translate("FollowUpsPage", "Today"))
        self.prev_button.setToolTip(translate("FollowUpsPage", "Previous (Page Up)"))
        self.next_button.setToolTip(translate("FollowUpsPage", "Next (Page Down)"))
        self.week_button.setText(translate("FollowUpsPage", "Week"))
        self.month_button.setText(translate("FollowUpsPage", "Month"))
        self.export_button.setText(translate("FollowUpsPage", "Export calendar…"))
        self.print_button.setText(translate("FollowUpsPage", "Print visit plan…"))
        self.policy_button.setText(translate("FollowUpsPage", "Follow-up policy…"))
        self.legend.setText(
            translate(
                "FollowUpsPage",
                "The number on a day counts the steps still to do; red ones are overdue."
                " Done and skipped steps stay listed, greyed.",
            )
        )
        self.panel.retranslate_ui()
        self.grid.setLocale(locale_for(ui_language()))
        self._retitle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.mark_stale()
        super().changeEvent(event)
