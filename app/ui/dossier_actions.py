"""What a dossier window gains from the intent work: the trend line and three actions.

:func:`install_dossier_actions` adds, without the dossier having to know
them, the intent sparkline next to the header's intent score and the toolbar
actions "Assess intent…", "Suggest tier…" and "Mark churned…", each opening
its dialog. They are disabled until a new client is first saved; "Mark
churned…" also once the client has churned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

from app.models.enums import DevStatus
from app.ui.assessment_dialog import AssessmentDialog
from app.ui.churn_dialog import ChurnDialog
from app.ui.intent_trend import IntentTrend
from app.ui.operations import Change, Changed, bus
from app.ui.suggest_tier import SuggestTierDialog

if TYPE_CHECKING:
    from app.ui.dossier.window import DossierWindow

translate = QCoreApplication.translate
WATCHED = Changed.HISTORY | Changed.CLIENTS | Changed.SETTINGS | Changed.MEMBERSHIP


def _find(layout: QLayout, anchor: QWidget) -> tuple[QBoxLayout, int] | None:
    """The box layout holding ``anchor`` and its index there, searching nested layouts."""
    index = layout.indexOf(anchor)
    if index >= 0 and isinstance(layout, QBoxLayout):
        return layout, index
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        found = _find(child, anchor) if child is not None else None
        if found is not None:
            return found
    return None


def place_after(anchor: QWidget, widget: QWidget) -> None:
    """Put ``widget`` right after ``anchor`` in whatever row of its parent holds it."""
    top = anchor.parentWidget().layout()
    found = _find(top, anchor)
    if found is None:
        top.addWidget(widget)
    else:
        layout, index = found
        layout.insertWidget(index + 1, widget)


class DossierActions(QObject):
    def __init__(self, window: DossierWindow) -> None:
        super().__init__(window)
        self.window = window
        self.trend = IntentTrend()
        place_after(window.header.intent, self.trend)
        self.assess_action = self._action("assessIntentAction", self.assess)
        self.suggest_action = self._action("suggestTierAction", self.suggest_tier)
        self.churn_action = self._action("markChurnedAction", self.mark_churned)
        window.toolbar.addSeparator()
        window.toolbar.addActions([self.assess_action, self.suggest_action, self.churn_action])
        bus.changed.connect(self._on_changed)
        window.saved.connect(lambda _client_id: self.refresh())
        window.closed.connect(lambda: bus.changed.disconnect(self._on_changed))
        window.installEventFilter(self)
        self.retranslate_ui()
        self.refresh()

    def _action(self, name: str, slot: object) -> QAction:
        action = QAction(self.window, objectName=name)
        action.triggered.connect(slot)
        return action

    def refresh(self) -> None:
        """Follow the client as stored: enable what applies, redraw the trend."""
        window = self.window
        saved = window.customer_id is not None
        churned = window.customer is not None and window.customer.dev_status == DevStatus.CHURNED
        self.assess_action.setEnabled(saved)
        self.suggest_action.setEnabled(saved)
        self.churn_action.setEnabled(saved and not churned)
        self.trend.load(window.database, window.customer_id)

    def _on_changed(self, change: Change) -> None:
        client_id = self.window.customer_id
        concerned = not change.client_ids or client_id in change.client_ids
        if client_id is not None and concerned and change.kinds & WATCHED:
            self.refresh()

    def assess(self) -> None:
        w = self.window
        AssessmentDialog(w.database, w.customer_id, today=w.today, parent=w).exec()

    def suggest_tier(self) -> None:
        w = self.window
        SuggestTierDialog(w.database, w.customer_id, today=w.today, parent=w).exec()

    def mark_churned(self) -> None:
        w = self.window
        ChurnDialog(w.database, w.customer_id, today=w.today, parent=w).exec()

    def retranslate_ui(self) -> None:
        self.assess_action.setText(translate("DossierActions", "Assess intent…"))
        self.assess_action.setToolTip(
            translate("DossierActions", "Fill the intent questionnaire for this client")
        )
        self.suggest_action.setText(translate("DossierActions", "Suggest tier…"))
        self.suggest_action.setToolTip(
            translate("DossierActions", "The tier the client's numbers point to, and why")
        )
        self.churn_action.setText(translate("DossierActions", "Mark churned…"))
        self.churn_action.setToolTip(
            translate("DossierActions", "Record why the client left and what it costs")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False


def install_dossier_actions(window: DossierWindow) -> DossierActions:
    return DossierActions(window)
