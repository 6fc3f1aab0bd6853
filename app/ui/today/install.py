"""Plugging the Today and Follow-ups pages into the main window.

:func:`install_followup_pages` replaces the two placeholders, keeps the
overdue count on the Today entry of the navigation (after every change on
the bus that may move it, on F5, and when the date rolls over while the app
stays open), and lets "Show in calendar" open the Follow-ups page on a day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer

from app.services.followups import overdue_count
from app.ui.followups.page import FollowUpsPage
from app.ui.icons import icon
from app.ui.main_window import MainWindow, builtin_page_titles
from app.ui.operations import Change, bus
from app.ui.today import clock
from app.ui.today.page import CONCERNS, TodayPage

BADGE_KEY = "today"  # the overdue count belongs where the overdue steps are listed
DAY_CHECK_MS = 60_000


class FollowUpPages(QObject):
    def __init__(self, window: MainWindow, today: Callable[[], date]) -> None:
        super().__init__(window)
        self.window, self.today = window, today
        titles = builtin_page_titles()
        self.today_page = TodayPage(window.database, today)
        window.add_page("today", titles["today"], icon("today"), self.today_page)
        self.calendar = FollowUpsPage(window.database, today)
        window.add_page("follow_ups", titles["follow_ups"], icon("follow_ups"), self.calendar)
        self.today_page.show_in_calendar.connect(self.show_day)
        bus.changed.connect(self._on_changed)
        window.refresh_requested.connect(self.refresh)
        self._day = today()
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        self.update_badge()

    def update_badge(self) -> None:
        self.window.set_badge(BADGE_KEY, overdue_count(self.window.database, self.today()))

    def show_day(self, day: date, follow_up_id: int = 0) -> None:
        self.window.show_page("follow_ups")
        self.calendar.go_to(day)
        if follow_up_id:
            self.calendar.panel.list.select_follow_up(follow_up_id)

    def refresh(self) -> None:
        """F5: both pages reload (each at once if shown, else when next shown)."""
        self.today_page.mark_stale()
        self.calendar.mark_stale()
        self.update_badge()

    def _on_changed(self, change: Change) -> None:
        if change.kinds & CONCERNS:
            self.update_badge()

    def _check_day(self) -> None:
        """Past midnight, "today" and "overdue" mean something else."""
        if self.today() != self._day:
            self._day = self.today()
            self.refresh()


def install_followup_pages(
    window: MainWindow, today: Callable[[], date] | None = None
) -> FollowUpPages:
    """Put the Today and Follow-ups pages into ``window``; ``today`` as the workspace's."""
    return FollowUpPages(window, clock.resolve(today))
