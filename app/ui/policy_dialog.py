"""The follow-up policy dialog: the numbers of the A–D plan, as the user's data.

A days, the B and D cadences per tier, how many B touches before proposing
C, the retention actions used in turn, and who is greeted on which festival.
The input is checked by the service's own validator (``policy_from_json``);
each problem shows under its field. Saving goes through
``operations.perform`` and announces ``Changed.SETTINGS``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.models.enums import Tier
from app.services.almanac import festivals_in_year
from app.services.errors import ValidationError
from app.services.followup_policy import (
    MAX_DAYS,
    FollowUpPolicy,
    load_policy,
    policy_from_json,
    policy_to_json,
    save_policy,
)
from app.services.labels import label
from app.ui.operations import Changed, perform
from app.ui.today.formatting import OVERDUE_COLOUR, ui_language

translate = QCoreApplication.translate
CADENCES = ("keep_in_touch_days", "retention_days")


def _spin(name: str, minimum: int, maximum: int) -> QSpinBox:
    spin = QSpinBox(objectName=name, minimum=minimum, maximum=maximum)
    spin.setSuffix(translate("PolicyDialog", " days"))
    return spin


def _error_label(name: str) -> QLabel:
    error = QLabel(objectName=f"error_{name}", wordWrap=True)
    error.setStyleSheet(f"color: {OVERDUE_COLOUR};")
    error.hide()
    return error


class PolicyDialog(QDialog):
    def __init__(self, parent: QWidget | None, database: Database) -> None:
        super().__init__(parent, objectName="policyDialog")
        self.database = database
        self.language = ui_language()
        self.setWindowTitle(translate("PolicyDialog", "Follow-up policy"))
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "PolicyDialog",
                "These numbers plan every client's next step. Changes apply to the steps"
                " planned from now on; steps already on the calendar keep their dates.",
            ),
            wordWrap=True,
        )
        layout.addWidget(note)
        layout.addWidget(self._plan_group())
        layout.addWidget(self._actions_group())
        layout.addWidget(self._greetings_group())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_policy(FollowUpPolicy())
        )
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)  # the cadence table and festival names want room
        self.show_policy(load_policy(database))

    # Building -------------------------------------------------------------------------

    def _plan_group(self) -> QGroupBox:
        group = QGroupBox(translate("PolicyDialog", "The A–D plan"))
        form = QFormLayout(group)
        self.first_contact = _spin("firstContactDays", 0, MAX_DAYS)
        form.addRow(
            translate("PolicyDialog", "A · first contact due within"),
            self._with_error(self.first_contact, "first_contact_days"),
        )
        self.touches = QSpinBox(objectName="touchesBeforeMeeting", minimum=0, maximum=50)
        self.touches.setSuffix(translate("PolicyDialog", " touches"))
        form.addRow(
            translate("PolicyDialog", "Propose C · the second meeting after"),
            self._with_error(self.touches, "touches_before_meeting"),
        )
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("PolicyDialog", "B · keep in touch")), 0, 1)
        grid.addWidget(QLabel(translate("PolicyDialog", "D · retention")), 0, 2)
        self.cadence: dict[tuple[str, Tier], QSpinBox] = {}
        for row, tier in enumerate(Tier, start=1):
            grid.addWidget(QLabel(label(tier, self.language)), row, 0)
            for column, key in enumerate(CADENCES, start=1):
                spin = _spin(f"{key}_{tier.value}", 1, MAX_DAYS)
                self.cadence[key, tier] = spin
                grid.addWidget(self._with_error(spin, f"{key}.{tier.value}"), row, column)
        form.addRow(translate("PolicyDialog", "Contact every, by tier"), grid)
        return group

    def _actions_group(self) -> QGroupBox:
        group = QGroupBox(translate("PolicyDialog", "Retention actions (D), used in turn"))
        self.actions = QPlainTextEdit(objectName="retentionActions")
        self.actions.setTabChangesFocus(True)
        self.actions.setPlaceholderText(translate("PolicyDialog", "One action per line"))
        self.actions.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        box = QVBoxLayout(group)
        box.addWidget(self._with_error(self.actions, "retention_actions"))
        return group

    def _greetings_group(self) -> QGroupBox:
        group = QGroupBox(translate("PolicyDialog", "Festival greetings"))
        form = QFormLayout(group)
        self.tier_boxes = {
            tier: QCheckBox(label(tier, self.language), objectName=f"greet_{tier.value}")
            for tier in Tier
        }
        form.addRow(
            translate("PolicyDialog", "Greet these tiers"),
            self._with_error(self._row_of(self.tier_boxes.values()), "greeting_tiers"),
        )
        self.festival_boxes: dict[str, QCheckBox] = {}
        for festival in festivals_in_year(2000):  # only the names and codes are read
            name = {"zh_CN": festival.zh, "zh_TW": festival.zh_hant}.get(self.language, festival.en)
            self.festival_boxes[festival.code] = QCheckBox(name, objectName=f"fest_{festival.code}")
        holder = QWidget()
        festivals = QGridLayout(holder)
        festivals.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.festival_boxes.values()):
            festivals.addWidget(box, index // 3, index % 3)
        form.addRow(
            translate("PolicyDialog", "On these festivals"),
            self._with_error(holder, "greeting_festivals"),
        )
        return group

    @staticmethod
    def _row_of(widgets) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _with_error(self, editor: QWidget, field: str) -> QWidget:
        """``editor`` above the label that shows the problems of ``field``."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        self.errors[field] = _error_label(field.replace(".", "_"))
        box.addWidget(self.errors[field])
        return holder

    # Values ---------------------------------------------------------------------------

    def show_policy(self, policy: FollowUpPolicy) -> None:
        self.first_contact.setValue(policy.first_contact_days)
        self.touches.setValue(policy.touches_before_meeting)
        for (key, tier), spin in self.cadence.items():
            spin.setValue(getattr(policy, key)[tier])
        self.actions.setPlainText("\n".join(policy.retention_actions))
        for tier, box in self.tier_boxes.items():
            box.setChecked(tier in policy.greeting_tiers)
        for code, box in self.festival_boxes.items():
            box.setChecked(code in policy.greeting_festivals)

    def edited_json(self) -> dict:
        """The dialog's values in the stored JSON form, not yet validated."""
        data = policy_to_json(FollowUpPolicy())
        data["first_contact_days"] = self.first_contact.value()
        data["touches_before_meeting"] = self.touches.value()
        for key in CADENCES:
            data[key] = {tier.value: self.cadence[key, tier].value() for tier in Tier}
        lines = self.actions.toPlainText().splitlines()
        data["retention_actions"] = [line.strip() for line in lines if line.strip()]
        data["greeting_tiers"] = [t.value for t, box in self.tier_boxes.items() if box.isChecked()]
        data["greeting_festivals"] = [
            code for code, box in self.festival_boxes.items() if box.isChecked()
        ]
        return data

    def validate(self) -> FollowUpPolicy | None:
        for error in self.errors.values():
            error.hide()
        try:
            return policy_from_json(self.edited_json())
        except ValidationError as exc:
            for problem in exc.errors:
                error = self.errors.get(problem.field)
                if error is None:
                    continue
                error.setText(self._message(problem.field, problem.code, problem.message))
                error.show()
            return None

    def _message(self, field: str, code: str, fallback: str) -> str:
        if field == "retention_actions":
            return translate("PolicyDialog", "Give at least one retention action.")
        if code == "out_of_range":
            return translate("PolicyDialog", "Out of range.")
        return fallback

    def accept(self) -> None:
        policy = self.validate()
        if policy is None:
            return
        saved = perform(self, lambda: save_policy(self.database, policy) or True, Changed.SETTINGS)
        if saved:
            super().accept()


def edit_policy(parent: QWidget | None, database: Database) -> bool:
    """Open the dialog; True when a policy was saved."""
    dialog = PolicyDialog(parent, database)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
