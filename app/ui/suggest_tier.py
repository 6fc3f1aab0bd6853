"""The "suggest tier" hint: what the client's numbers point to, and why; the user decides.

Nothing changes unless the user presses the button naming the new tier; the
change then goes through ``followups.set_tier``, which also re-plans the
client's follow-ups at the new tier's cadence.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.models.db import Database
from app.services import followups
from app.services.labels import label
from app.services.segmentation import TierSuggestion, suggest_tier
from app.ui import settings
from app.ui.i18n import resolve_language
from app.ui.operations import Changed, perform

translate = QCoreApplication.translate


class SuggestTierDialog(QDialog):
    def __init__(
        self, database: Database, customer_id: int, *, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="suggestTierDialog")
        self.database, self.customer_id, self.today = database, customer_id, today
        self.language = language = resolve_language(settings.LANGUAGE.get())
        self.suggestion: TierSuggestion = suggest_tier(database, customer_id, today)
        s = self.suggestion
        self.setWindowTitle(translate("SuggestTierDialog", "Suggested tier"))
        current, suggested = label(s.current, language), label(s.suggested, language)
        if s.is_change:
            text = translate(
                "SuggestTierDialog", "The numbers point to <b>{suggested}</b> (now {current})."
            )
        else:
            text = translate(
                "SuggestTierDialog", "The numbers agree with the current tier, <b>{current}</b>."
            )
        self.verdict = QLabel(text.format(suggested=suggested, current=current), wordWrap=True)
        self.verdict.setObjectName("tierVerdict")
        reasons = "".join(f"<li>{html.escape(r.text(language))}</li>" for r in s.reasons)
        points = translate("SuggestTierDialog", "{points} points in all").format(points=s.points)
        rule = translate(
            "SuggestTierDialog",
            "6–7 points strategic, 4–5 loyal, 2–3 close, fewer loose.",
        )
        self.reasons = QLabel(f"<ul>{reasons}</ul><p>{points}. {rule}</p>", wordWrap=True)
        self.reasons.setObjectName("tierReasons")
        buttons = QDialogButtonBox()
        self.accept_button = None
        if s.is_change:
            self.accept_button = buttons.addButton(
                translate("SuggestTierDialog", "Set tier to {tier}").format(tier=suggested),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.accept_button.setObjectName("acceptTierButton")
            ignore = translate("SuggestTierDialog", "Ignore")
        else:
            ignore = translate("SuggestTierDialog", "Close")
        buttons.addButton(ignore, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def apply(self) -> None:
        """The user accepted: set the tier (and re-plan the follow-ups)."""
        tier = self.suggestion.suggested
        done = perform(  # set_tier returns the next step, None when there is none: "or True"
            self,
            lambda: followups.set_tier(self.database, self.customer_id, tier, self.today) or True,
            Changed.CLIENTS | Changed.FOLLOW_UPS,
            [self.customer_id],
        )
        if done is not None:
            self.accept()
