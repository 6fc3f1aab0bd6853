"""The right half of the Follow-ups page: the listed steps and what to do with one.

Log contact, reschedule, snooze, skip and open the dossier act on the
selected step (buttons, context menu, double-click to log); only a pending
step can be acted on, a done or skipped one can still open its dossier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from app.models.enums import FollowUpStatus
from app.services.followups import ContactResult, FollowUpRow
from app.ui.followups.day_list import FollowUpList
from app.ui.icons import icon
from app.ui.today.actions import FollowUpActions

translate = QCoreApplication.translate


class StepPanel(QWidget):
    def __init__(self, actions: FollowUpActions) -> None:
        super().__init__(objectName="calendarStepPanel")
        self.actions = actions
        self.title = QLabel(objectName="calendarListTitle")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.list = FollowUpList()
        self.log_button = QPushButton(icon("log_contact"), "", objectName="calendarLogButton")
        self.reschedule_button = QPushButton(icon("reschedule"), "", objectName="calendarMove")
        self.snooze_button = QPushButton(icon("snooze"), "", objectName="calendarSnooze")
        self.skip_button = QPushButton(icon("skip"), "", objectName="calendarSkip")
        self.dossier_button = QPushButton(icon("dossier"), "", objectName="calendarDossier")
        buttons = QHBoxLayout()
        for button in (
            self.log_button,
            self.reschedule_button,
            self.snooze_button,
            self.skip_button,
            self.dossier_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._connect()
        self.retranslate_ui()

    def _connect(self) -> None:
        self.list.currentItemChanged.connect(lambda *_: self._enable_actions())
        self.list.itemDoubleClicked.connect(lambda *_: self._with_pending(self.actions.log_contact))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._row_menu)
        self.log_button.clicked.connect(lambda: self._with_pending(self.actions.log_contact))
        self.reschedule_button.clicked.connect(lambda: self._with_pending(self.actions.reschedule))
        self.skip_button.clicked.connect(lambda: self._with_pending(self.actions.skip))
        self.dossier_button.clicked.connect(self._open_dossier)
        self.actions.contact_logged.connect(self._follow_next)

    def show_rows(
        self, rows: Iterable[FollowUpRow], today: date, language: str, title: str, by_day: bool
    ) -> int:
        """List ``rows``, keeping the selected step selected; ``title`` may hold {n}."""
        current = self.list.current_row()
        shown = self.list.show_rows(rows, today, language, by_day=by_day)
        if current is not None:
            self.list.select_follow_up(current.id)
        self.title.setText(title.format(n=shown))
        self._enable_actions()
        return shown

    def _enable_actions(self) -> None:
        row = self.list.current_row()
        pending = row is not None and row.status == FollowUpStatus.PENDING
        for button in (self.log_button, self.reschedule_button, self.snooze_button):
            button.setEnabled(pending)
        self.skip_button.setEnabled(pending)
        self.dossier_button.setEnabled(row is not None and self.actions.can_open_dossier())
        self.snooze_button.setMenu(self.actions.snooze_menu(self, row) if pending else None)

    def _with_pending(self, action: Callable[[FollowUpRow], object]) -> None:
        """Run a row action on the selected step, if it is still to do."""
        row = self.list.current_row()
        if row is not None and row.status == FollowUpStatus.PENDING:
            action(row)

    def _open_dossier(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.actions.open_dossier(row.customer_id)

    def _row_menu(self, pos: QPoint) -> None:
        row = self.list.current_row()
        if row is None:
            return
        menu = QMenu(self.list)
        if row.status == FollowUpStatus.PENDING:
            for button in (self.log_button, self.reschedule_button):
                menu.addAction(button.icon(), button.text(), button.click)
            menu.addMenu(self.actions.snooze_menu(menu, row)).setText(self.snooze_button.text())
            menu.addAction(self.skip_button.icon(), self.skip_button.text(), self.skip_button.click)
        if self.actions.can_open_dossier():
            button = self.dossier_button
            menu.addAction(button.icon(), button.text(), button.click)
        menu.exec(self.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _follow_next(self, result: ContactResult) -> None:
        """After a logged contact (the bus has reloaded the list), select the
        next step if it falls in the period shown."""
        if result.next is not None:
            self.list.select_follow_up(result.next.id)

    def retranslate_ui(self) -> None:
        self.log_button.setText(translate("FollowUpsPage", "Log contact"))
        self.reschedule_button.setText(translate("FollowUpsPage", "Reschedule"))
        self.snooze_button.setText(translate("FollowUpsPage", "Snooze"))
        self.skip_button.setText(translate("FollowUpsPage", "Skip"))
        self.dossier_button.setText(translate("FollowUpsPage", "Dossier"))
        self.list.retranslate_ui()
