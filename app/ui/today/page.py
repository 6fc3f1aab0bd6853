"""The Today page: what to do this morning.

Overdue steps, steps due today and in the coming week (``followups.agenda``),
birthdays and anniversaries in the next seven days (``care.upcoming_care``)
and the festivals the policy greets for. Each follow-up row offers log
contact, reschedule, snooze, skip and the dossier in one click. The page
reloads when a change on the bus concerns it, at once when visible and
otherwise the next time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services.care import greeting_occasions, upcoming_care
from app.services.followups import ContactResult, FollowUpRow, agenda
from app.services.labels import label
from app.ui.notice_bar import NoticeBar
from app.ui.operations import Changed, ReloadOnChange
from app.ui.settings import blob_setting
from app.ui.today import clock
from app.ui.today.actions import FollowUpActions
from app.ui.today.formatting import day_text, locale_for, ui_language
from app.ui.today.rows import ROW_STYLE, CareRowWidget, FestivalRowWidget, FollowUpRowWidget
from app.ui.today.sections import Section, show_in_calendar

translate = QCoreApplication.translate
DAYS_AHEAD = 7  # "this week": the next seven days, as the care reminders
ROW_LIMIT = 50  # rows per section; the totals still count every step
CONCERNS = Changed.FOLLOW_UPS | Changed.CLIENTS | Changed.MEMBERSHIP | Changed.HISTORY
CONCERNS |= Changed.SETTINGS  # the policy decides the greetings
SPLITTER = blob_setting("pages/todayPage/splitter")


class TodayPage(ReloadOnChange, QWidget):
    concerns = CONCERNS

    show_in_calendar = Signal(object, int)  # a date, and a follow-up id to select (0: none)

    def __init__(self, database: Database, today: Callable[[], date] | None = None) -> None:
        super().__init__(objectName="todayPage")
        self.database, self.today = database, clock.resolve(today)
        self.setStyleSheet(ROW_STYLE)
        self.actions = FollowUpActions(self, database, self.today)
        self.actions.contact_logged.connect(self._tell_next)
        self._stale = True
        self._next: FollowUpRow | None = None  # the step the notice talks about
        self._build_layout()
        self.watch_changes()

    def _build_layout(self) -> None:
        self.title = QLabel(objectName="todayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(objectName="todaySummary")
        self.summary.setProperty("role", "secondary")
        self.calendar_button = QPushButton(objectName="openCalendarButton")
        self.calendar_button.clicked.connect(lambda: self.show_in_calendar.emit(self.today(), 0))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.calendar_button)
        # What comes next after a contact was logged; it stays until closed.
        self.notice = NoticeBar("todayNotice", hide_after_ms=0, action_text=show_in_calendar)

        self.sections = {
            key: Section(key) for key in ("overdue", "dueToday", "upcoming", "care", "festivals")
        }
        self.empty = QLabel(objectName="todayEmpty", wordWrap=True)
        self.empty.setProperty("role", "secondary")
        self.care_empty = QLabel(objectName="careEmpty", wordWrap=True)
        self.care_empty.setProperty("role", "secondary")
        steps = self._column(
            "todaySteps", [self.sections[k] for k in ("overdue", "dueToday", "upcoming")]
        )
        steps.widget().layout().insertWidget(0, self.empty)
        care = self._column("todayCare", [self.sections["festivals"], self.sections["care"]])
        care.widget().layout().insertWidget(0, self.care_empty)
        self.scroll = steps
        self.splitter = QSplitter(objectName="todaySplitter", childrenCollapsible=False)
        self.splitter.addWidget(steps)
        self.splitter.addWidget(care)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        if SPLITTER.get():
            self.splitter.restoreState(SPLITTER.get())
        self.splitter.splitterMoved.connect(
            lambda *_: SPLITTER.set(self.splitter.saveState().data())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 12, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

    @staticmethod
    def _column(name: str, sections: list[QWidget]) -> QScrollArea:
        body = QWidget(objectName=f"{name}Body")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 10, 12)
        for section in sections:
            body_layout.addWidget(section)
        body_layout.addStretch(1)
        scroll = QScrollArea(objectName=name, widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    # Loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the agenda, care dates and festivals again and rebuild the rows."""
        self._stale = False
        today, language = self.today(), ui_language()
        view = agenda(self.database, today, days=DAYS_AHEAD, limit=ROW_LIMIT)
        care = upcoming_care(self.database, today, days=DAYS_AHEAD)
        festivals = greeting_occasions(self.database, today, days=DAYS_AHEAD)
        position = self.scroll.verticalScrollBar().value()
        dossier = self.actions.can_open_dossier()
        lists = (
            ("overdue", translate("TodayPage", "Overdue"), view.overdue, view.overdue_total),
            ("dueToday", translate("TodayPage", "Due today"), view.due_today, view.due_today_total),
            (
                "upcoming",
                translate("TodayPage", "Coming {n} days").format(n=DAYS_AHEAD),
                view.upcoming,
                view.upcoming_total,
            ),
        )
        for key, title, rows, total in lists:
            widgets = [self._follow_up_widget(row, today, language, dossier) for row in rows]
            self.sections[key].fill(title, widgets, total)
        care_widgets = []
        for item in care[:ROW_LIMIT]:
            widget = CareRowWidget(item, today, language, dossier)
            widget.greet_requested.connect(self.actions.log_greeting)
            widget.dossier_requested.connect(self.actions.open_dossier)
            care_widgets.append(widget)
        self.sections["care"].fill(
            translate("TodayPage", "Birthdays and anniversaries"), care_widgets, len(care)
        )
        self.sections["festivals"].fill(
            translate("TodayPage", "Festival greetings"),
            [FestivalRowWidget(occasion, today, language) for occasion in festivals],
            len(festivals),
        )
        self.scroll.verticalScrollBar().setValue(position)
        self._retitle(today, view.overdue_total, view.due_today_total, view.upcoming_total)
        nothing_due = not (view.overdue_total or view.due_today_total or view.upcoming_total)
        self.empty.setVisible(nothing_due)
        self.care_empty.setVisible(not care and not festivals)

    def _follow_up_widget(
        self, row: FollowUpRow, today: date, language: str, dossier: bool
    ) -> FollowUpRowWidget:
        widget = FollowUpRowWidget(row, today, language, dossier)
        widget.log_requested.connect(self.actions.log_contact)
        widget.reschedule_requested.connect(self.actions.reschedule)
        widget.skip_requested.connect(self.actions.skip)
        widget.dossier_requested.connect(self.actions.open_dossier)
        widget.snooze_button.setMenu(self.actions.snooze_menu(widget, row))
        return widget

    def _retitle(self, today: date, overdue: int, due: int, upcoming: int) -> None:
        pattern = translate("TodayPage", "dddd, MMMM d")
        self.title.setText(
            translate("TodayPage", "Today · {date}").format(
                date=locale_for(ui_language()).toString(today, pattern)
            )
        )
        self.summary.setText(
            translate(
                "TodayPage", "{overdue} overdue · {due} due today · {upcoming} coming"
            ).format(overdue=overdue, due=due, upcoming=upcoming)
        )
        self.calendar_button.setText(translate("TodayPage", "Calendar"))
        self.empty.setText(
            translate(
                "TodayPage",
                "Nothing due. A good day to call a client you have not seen for a while.",
            )
        )
        self.care_empty.setText(
            translate(
                "TodayPage", "No birthdays, anniversaries or festivals in the next {n} days."
            ).format(n=DAYS_AHEAD)
        )

    def follow_up_rows(self) -> list[FollowUpRowWidget]:
        """Every follow-up row shown, overdue first (for tests and keyboard users)."""
        found = []
        for key in ("overdue", "dueToday", "upcoming"):
            found += self.sections[key].row_widgets()
        return found

    # After a write --------------------------------------------------------------------

    def _tell_next(self, result: ContactResult) -> None:
        following = self._next = result.next
        if following is None:
            self.notice.show_notice(translate("TodayPage", "Contact logged. No next step."))
            return
        text = translate("TodayPage", "Contact logged. Next: {step}, {date}.").format(
            step=label(following.stage, ui_language()),
            date=day_text(following.due_on, self.today()),
        )
        self.notice.show_notice(text, self._show_next_in_calendar)

    def _show_next_in_calendar(self) -> None:
        if self._next is not None:
            self.show_in_calendar.emit(self._next.due_on, self._next.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.mark_stale()
        super().changeEvent(event)
