"""The small questions a follow-up action asks: the contact, a new date, a reason.

Each is a module-level function returning the answer or None when cancelled,
so tests replace them with monkeypatch instead of driving modal dialogs.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Channel, Stage
from app.services.followups import ContactInput, FollowUpRow
from app.services.labels import label
from app.ui.contact_dialog import ContactDialog
from app.ui.today.formatting import day_text, locale_for, ui_language

translate = QCoreApplication.translate


def ask_contact(
    parent: QWidget | None,
    customer_name: str,
    today: date,
    *,
    follow_up: FollowUpRow | None = None,
    stage: Stage | None = None,
    channel: Channel = Channel.PHONE,
) -> ContactInput | None:
    dialog = ContactDialog(
        parent, customer_name, today, follow_up=follow_up, stage=stage, channel=channel
    )
    try:
        return dialog.contact() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class RescheduleDialog(QDialog):
    """A new due date (today at the earliest) and, optionally, why."""

    def __init__(self, parent: QWidget | None, row: FollowUpRow, today: date) -> None:
        super().__init__(parent, objectName="rescheduleDialog")
        self.setWindowTitle(translate("FollowUpDialogs", "Reschedule"))
        step = label(row.stage, ui_language())
        intro = QLabel(
            translate("FollowUpDialogs", "Move {step} with <b>{who}</b>, due {due}, to:").format(
                step=step, who=row.customer_name, due=day_text(row.due_on, today)
            ),
            wordWrap=True,
        )
        self.due = QDateEdit(objectName="rescheduleDate", calendarPopup=True)
        self.due.setLocale(locale_for(ui_language()))  # weekday names in the UI language
        self.due.setDisplayFormat(translate("FollowUpDialogs", "yyyy-MM-dd, dddd"))
        self.due.setMinimumDate(today)
        self.due.setDate(max(row.due_on, today) + timedelta(days=7))
        self.reason = QLineEdit(objectName="rescheduleReason")
        self.reason.setPlaceholderText(translate("FollowUpDialogs", "e.g. the client is away"))
        form = QFormLayout()
        form.addRow(translate("FollowUpDialogs", "New date"), self.due)
        form.addRow(translate("FollowUpDialogs", "Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.due.setFocus()

    def answer(self) -> tuple[date, str]:
        return self.due.date().toPython(), self.reason.text().strip()


def ask_new_date(parent: QWidget | None, row: FollowUpRow, today: date) -> tuple[date, str] | None:
    dialog = RescheduleDialog(parent, row, today)
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_skip_reason(parent: QWidget | None, row: FollowUpRow) -> str | None:
    """Why the step is skipped; asked again while left blank, None when cancelled."""
    prompt = translate("FollowUpDialogs", "Why skip {step} with {who}?").format(
        step=label(row.stage, ui_language()), who=row.customer_name
    )
    while True:
        reason, ok = QInputDialog.getText(
            parent,
            translate("FollowUpDialogs", "Skip this step"),
            prompt,
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return None
        if reason.strip():
            return reason.strip()
        prompt = translate("FollowUpDialogs", "Please give a reason (it stays in the history):")
