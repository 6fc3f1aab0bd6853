"""Mark a client churned (顾客退出): why, what was tried to keep them, and what is lost.

The lifetime value shown is ``churn.lifetime_value`` — the client's orders,
returned ones excluded — so the user sees the cost before confirming. The
write goes through ``operations.perform``: one transaction sets the client
churned with its record, then the follow-up plan cancels the pending steps.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.models.enums import ChurnReason
from app.services.churn import ChurnResult, lifetime_value, mark_churned
from app.services.customers import get_customer
from app.services.labels import label
from app.ui import settings
from app.ui.i18n import resolve_language
from app.ui.operations import Changed, perform

translate = QCoreApplication.translate


def money(value: Decimal) -> str:
    """¥12,345.00: the exact amount, as on an invoice."""
    return f"¥{value:,.2f}"


class ChurnDialog(QDialog):
    def __init__(
        self, database: Database, customer_id: int, *, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="churnDialog")
        self.database, self.customer_id = database, customer_id
        self.result_: ChurnResult | None = None  # set once recorded
        language = resolve_language(settings.LANGUAGE.get())
        name = get_customer(database, customer_id).display_name
        self.value = lifetime_value(database, customer_id)
        self.setWindowTitle(translate("ChurnDialog", "Mark churned — {name}").format(name=name))
        intro = QLabel(
            translate(
                "ChurnDialog",
                "The client will be set to churned and their pending follow-ups cancelled.",
            ),
            wordWrap=True,
        )
        self.value_label = QLabel(money(self.value), objectName="lifetimeValue")
        font = self.value_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.value_label.setFont(font)
        self.value_label.setToolTip(
            translate("ChurnDialog", "Every order of the client, returned orders excluded")
        )
        self.reasons = QButtonGroup(self)
        reason_grid = QGridLayout()
        for i, reason in enumerate(ChurnReason):
            button = QRadioButton(label(reason, language), objectName=f"reason_{reason.value}")
            button.toggled.connect(self._update_ok)
            self.reasons.addButton(button, i)
            reason_grid.addWidget(button, *divmod(i, 3))
        self.churned_on = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.churned_on.setObjectName("churnedOn")
        self.churned_on.setDisplayFormat("yyyy-MM-dd")
        self.actions = QPlainTextEdit(objectName="retentionActions")
        self.actions.setPlaceholderText(
            translate("ChurnDialog", "e.g. a price offer, a visit by the manager, a gift…")
        )
        self.actions.setFixedHeight(70)
        self.notes = QPlainTextEdit(objectName="churnNotes")
        self.notes.setFixedHeight(56)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            translate("ChurnDialog", "Mark churned"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("markChurnedButton")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("ChurnDialog", "Lifetime value lost:"), self.value_label)
        form.addRow(translate("ChurnDialog", "Reason:"), reason_grid)
        form.addRow(translate("ChurnDialog", "Churned on:"), self.churned_on)
        form.addRow(translate("ChurnDialog", "Retention actions tried:"), self.actions)
        form.addRow(translate("ChurnDialog", "Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(520, 0)

    def reason(self) -> ChurnReason | None:
        chosen = self.reasons.checkedId()
        return list(ChurnReason)[chosen] if chosen >= 0 else None

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.reason() is not None)  # the reason is what the chart counts

    def confirm(self) -> None:
        reason = self.reason()
        if reason is None:
            return
        actions, notes = self.actions.toPlainText(), self.notes.toPlainText()
        churned_on = self.churned_on.date().toPython()
        result = perform(
            self,
            lambda: mark_churned(
                self.database, self.customer_id, reason, actions, churned_on, notes
            ),
            Changed.CLIENTS | Changed.FOLLOW_UPS | Changed.HISTORY,
            [self.customer_id],
        )
        if result is not None:
            self.result_ = result
            self.accept()
