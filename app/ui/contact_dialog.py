"""The "log contact" dialog: what was said, raised, planned and promised.

Completing a C step shows its briefing (what to recall about the client),
completing a D step its suggested retention action. The dialog checks the
input with the service's own rules before it closes, and shows each problem
right under its field; the caller then makes the one service call.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Channel, Stage
from app.services.errors import FieldError, ValidationError
from app.services.followups import ContactInput, FollowUpRow, clean_contact
from app.services.labels import label
from app.ui.today.formatting import OVERDUE_COLOUR, day_text, locale_for, ui_language

translate = QCoreApplication.translate
TEXT_FIELDS = ("problems", "client_plans", "interests")  # the multi-line feedback fields
NOTE_STYLE = """
QFrame#contactNote { background: palette(alternate-base); border: 1px solid palette(mid);
    border-radius: 6px; }
"""


class ContactDialog(QDialog):
    """Fill in a contact; ``contact()`` returns it once the dialog was accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        customer_name: str,
        today: date,
        *,
        follow_up: FollowUpRow | None = None,
        stage: Stage | None = None,
        channel: Channel = Channel.PHONE,
    ) -> None:
        super().__init__(parent, objectName="contactDialog")
        self.today, self.follow_up, self.customer_name = today, follow_up, customer_name
        self.language = ui_language()
        self.when = QDateTimeEdit(objectName="contactWhen", calendarPopup=True)
        self.when.setLocale(locale_for(self.language))
        self.when.setDateTime(QDateTime(today, QTime.currentTime()))
        self.when.setMaximumDate(today)  # a contact is logged after it happened
        self.channel = QComboBox(objectName="contactChannel")
        for member in Channel:
            self.channel.addItem(label(member, self.language), member.value)
        self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.stage = QComboBox(objectName="contactStage")
        self.stage.addItem("", "")  # a plain note: completes nothing
        for member in Stage:
            self.stage.addItem(label(member, self.language), member.value)
        chosen = follow_up.stage if follow_up is not None else stage
        self.stage.setCurrentIndex(self.stage.findData(chosen.value if chosen else ""))
        self.summary = QPlainTextEdit(objectName="contactSummary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit(objectName=f"contact_{name}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
            self.texts[name] = edit
        self.next_step = QLineEdit(objectName="contactNextStep")
        self.errors: dict[str, QLabel] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._contact: ContactInput | None = None
        self._build_layout()
        self.retranslate_ui()
        self.summary.setFocus()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="contactHeading", wordWrap=True)
        layout.addWidget(self.heading)
        self.note = QFrame(objectName="contactNote")
        self.note.setStyleSheet(NOTE_STYLE)
        note_layout = QVBoxLayout(self.note)
        self.note_title = QLabel(objectName="contactNoteTitle")
        self.note_text = QLabel(objectName="contactNoteText", wordWrap=True)
        self.note_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note_layout.addWidget(self.note_title)
        note_layout.addWidget(self.note_text)
        layout.addWidget(self.note)
        self.note.setVisible(self._note_body() is not None)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields: list[tuple[str, QWidget]] = [
            ("occurred_at", self.when),
            ("channel", self.channel),
            ("stage", self.stage),
            ("summary", self.summary),
            *((name, edit) for name, edit in self.texts.items()),
            ("next_step", self.next_step),
        ]
        self.form_labels: dict[str, QLabel] = {}
        for name, editor in fields:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(editor)
            error = QLabel(objectName=f"error_{name}", wordWrap=True)
            error.setStyleSheet(f"color: {OVERDUE_COLOUR};")
            error.hide()
            box.addWidget(error)
            self.errors[name] = error
            self.form_labels[name] = QLabel()
            self.form.addRow(self.form_labels[name], box)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _note_body(self) -> tuple[str, str] | None:
        """(title, text) of the C briefing or the D suggestion, if completing such a step."""
        row = self.follow_up
        if row is None:
            return None
        if row.stage == Stage.C and row.briefing:
            return translate("ContactDialog", "Briefing: remember about the client"), row.briefing
        if row.stage == Stage.D and row.suggested_action:
            return translate("ContactDialog", "Suggested retention action"), row.suggested_action
        return None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ContactDialog", "Log contact"))
        who = f"<b>{self.customer_name}</b>"
        if self.follow_up is not None:
            step = label(self.follow_up.stage, self.language)
            due = day_text(self.follow_up.due_on, self.today)
            text = translate("ContactDialog", "Completing {step} with {who}, due {due}").format(
                step=step, who=who, due=due
            )
            if self.follow_up.purpose:
                text += f"<br><span>{self.follow_up.purpose}</span>"
        else:
            text = translate("ContactDialog", "A contact with {who}").format(who=who)
        self.heading.setText(text)
        body = self._note_body()
        if body is not None:
            self.note_title.setText(f"<b>{body[0]}</b>")
            self.note_text.setText(body[1])
        titles = {
            "occurred_at": translate("ContactDialog", "When"),
            "channel": translate("ContactDialog", "Channel"),
            "stage": translate("ContactDialog", "Stage"),
            "summary": translate("ContactDialog", "Summary"),
            "problems": translate("ContactDialog", "Problems raised"),
            "client_plans": translate("ContactDialog", "Client's next plans"),
            "interests": translate("ContactDialog", "Interests noticed"),
            "next_step": translate("ContactDialog", "Next step"),
        }
        for name, text in titles.items():
            self.form_labels[name].setText(text)
        self.stage.setItemText(0, translate("ContactDialog", "(a note: completes no step)"))
        self.summary.setPlaceholderText(translate("ContactDialog", "What was said or done"))
        self.next_step.setPlaceholderText(
            translate("ContactDialog", "What you promised to do next")
        )
        self.when.setDisplayFormat(translate("ContactDialog", "yyyy-MM-dd HH:mm"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ContactDialog", "Log contact")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Input ---------------------------------------------------------------------

    def _input(self) -> ContactInput:
        when = self.when.dateTime()
        return ContactInput(
            occurred_at=datetime.combine(when.date().toPython(), when.time().toPython()),
            channel=self.channel.currentData(),
            summary=self.summary.toPlainText(),
            stage=self.stage.currentData() or None,
            problems=self.texts["problems"].toPlainText(),
            client_plans=self.texts["client_plans"].toPlainText(),
            interests=self.texts["interests"].toPlainText(),
            next_step=self.next_step.text(),
        )

    def validate(self) -> ContactInput | None:
        """The cleaned contact, or None after showing each problem under its field."""
        for error in self.errors.values():
            error.hide()
        problems: list[FieldError] = []
        contact = self._input()
        try:
            contact = clean_contact(contact, self.today)
        except ValidationError as exc:
            problems += exc.errors
        if not contact.summary.strip():
            problems.append(FieldError("summary", "required", "write a summary"))
        for problem in problems:
            error = self.errors.get(problem.field, self.errors["summary"])
            error.setText(self._message(problem))
            error.show()
        return None if problems else contact

    def _message(self, problem: FieldError) -> str:
        messages = {
            ("occurred_at", "in_future"): translate(
                "ContactDialog", "A contact can only be logged once it has happened."
            ),
            ("occurred_at", "invalid"): translate("ContactDialog", "Give a date and time."),
            ("channel", "invalid_choice"): translate("ContactDialog", "Choose a channel."),
            ("stage", "invalid_choice"): translate("ContactDialog", "Choose a stage A–D."),
            ("summary", "required"): translate(
                "ContactDialog", "Write a few words about the contact."
            ),
        }
        return messages.get((problem.field, problem.code), problem.message)

    def accept(self) -> None:
        contact = self.validate()
        if contact is not None:
            self._contact = contact
            super().accept()

    def contact(self) -> ContactInput | None:
        return self._contact
