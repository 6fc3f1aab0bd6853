"""What a follow-up row offers: log contact, reschedule, snooze, skip, open the dossier.

Shared by the Today page and the calendar. Each write is one service call
through ``operations.perform``, which announces the change on the bus so
every page (and the navigation badge) refreshes what concerns it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from app.models.db import Database
from app.models.enums import Channel
from app.services import followups
from app.services.followups import ContactResult, FollowUpRow
from app.ui.client_list.page import dossier_entry
from app.ui.icons import icon
from app.ui.operations import Changed, perform
from app.ui.today import dialogs

translate = QCoreApplication.translate
SNOOZE_DAYS = (1, 3, 7)
WRITES = Changed.FOLLOW_UPS | Changed.CLIENTS  # next_follow_up_on is a list column


class FollowUpActions(QObject):
    """The row actions of one page; ``parent_widget`` owns the dialogs they open."""

    contact_logged = Signal(object)  # ContactResult: the page tells what comes next

    def __init__(
        self, parent_widget: QWidget, database: Database, today: Callable[[], date]
    ) -> None:
        super().__init__(parent_widget)
        self.widget, self.database, self.today = parent_widget, database, today

    def log_contact(self, row: FollowUpRow) -> ContactResult | None:
        """Complete the step: its contact is logged and the next step planned, at once."""
        day = self.today()
        contact = dialogs.ask_contact(self.widget, row.customer_name, day, follow_up=row)
        if contact is None:
            return None
        result = perform(
            self.widget,
            lambda: followups.complete_follow_up(self.database, row.id, contact, day),
            WRITES | Changed.HISTORY,
            [row.customer_id],
        )
        if result is not None:
            self.contact_logged.emit(result)
        return result

    def log_greeting(self, customer_id: int, customer_name: str) -> ContactResult | None:
        """A birthday or festival greeting: logged as a contact that completes no step."""
        day = self.today()
        contact = dialogs.ask_contact(self.widget, customer_name, day, channel=Channel.GIFT)
        if contact is None:
            return None
        result = perform(
            self.widget,
            lambda: followups.log_contact(self.database, customer_id, contact, day),
            WRITES | Changed.HISTORY,
            [customer_id],
        )
        if result is not None:
            self.contact_logged.emit(result)
        return result

    def reschedule(self, row: FollowUpRow) -> FollowUpRow | None:
        day = self.today()
        answer = dialogs.ask_new_date(self.widget, row, day)
        if answer is None:
            return None
        due_on, reason = answer
        return perform(
            self.widget,
            lambda: followups.reschedule(self.database, row.id, due_on, reason, day),
            WRITES,
            [row.customer_id],
        )

    def snooze(self, row: FollowUpRow, days: int) -> FollowUpRow | None:
        day = self.today()
        return perform(
            self.widget,
            lambda: followups.snooze(self.database, row.id, days, day),
            WRITES,
            [row.customer_id],
        )

    def skip(self, row: FollowUpRow) -> FollowUpRow | None:
        reason = dialogs.ask_skip_reason(self.widget, row)
        if reason is None:
            return None
        day = self.today()
        return perform(
            self.widget,
            lambda: followups.skip(self.database, row.id, reason, day),
            WRITES,
            [row.customer_id],
        )

    def open_dossier(self, customer_id: int) -> None:
        opener = dossier_entry("open_dossier")
        if opener is not None:
            opener(self.widget, self.database, customer_id)

    def can_open_dossier(self) -> bool:
        return dossier_entry("open_dossier") is not None

    def snooze_menu(self, parent: QWidget, row: FollowUpRow) -> QMenu:
        """1, 3 or 7 days later, as a drop-down of the Snooze button."""
        menu = QMenu(parent)
        for days in SNOOZE_DAYS:
            if days == 1:
                text = translate("FollowUpActions", "Tomorrow")
            elif days == 7:
                text = translate("FollowUpActions", "A week later")
            else:
                text = translate("FollowUpActions", "{n} days later").format(n=days)
            action = menu.addAction(icon("snooze"), text)
            action.triggered.connect(lambda _checked=False, n=days: self.snooze(row, n))
        return menu
