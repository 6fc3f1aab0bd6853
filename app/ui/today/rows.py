"""One line of the Today page each: a follow-up, a birthday or anniversary, a festival.

Rows are small widgets rather than table cells so each can carry its own
one-click buttons; the page shows at most a few dozen per section.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
)

from app.models.enums import Tier
from app.services.almanac import Zodiac
from app.services.care import CareRow, GreetingOccasion, Occasion
from app.services.followups import FollowUpRow
from app.services.labels import label
from app.ui.icons import icon
from app.ui.today.formatting import (
    OVERDUE_COLOUR,
    STAGE_COLOURS,
    TIER_COLOURS,
    due_text,
)

translate = QCoreApplication.translate
ROW_STYLE = """
QFrame[row="true"] { background: palette(base); border: 1px solid palette(midlight);
    border-radius: 8px; }
QFrame[row="true"]:hover { border-color: palette(mid); }
QLabel[role="secondary"] { color: palette(placeholder-text); }
QToolButton#snoozeButton::menu-indicator { image: none; width: 0; }
"""


def _badge(text: str, colour: str, size: int = 30) -> QLabel:
    """A filled circle with a letter or symbol, e.g. the stage A–D."""
    badge = QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter)
    badge.setFixedSize(size, size)
    badge.setStyleSheet(
        f"background: {colour}; color: white; border-radius: {size // 2}px; font-weight: bold;"
    )
    return badge


def _chip(text: str, colour: str) -> str:
    """Inline rich text: a small coloured word such as the tier."""
    return f"<span style='color: {colour}; font-weight: 600'>{html.escape(text)}</span>"


def _who(name: str, tier: Tier, company: str | None, language: str) -> str:
    """Name, tier, company: in a narrow column the company is what gets cut."""
    text = f"<b>{html.escape(name)}</b>&nbsp;&nbsp;"
    text += _chip(label(tier, language), TIER_COLOURS[tier])
    return text + (f"&nbsp;&nbsp;{html.escape(company)}" if company else "")


def _tool_button(name: str, icon_name: str, tip: str) -> QToolButton:
    """An icon-only button: rows stay narrow enough for two columns; the tooltip
    and the accessible name say what it does."""
    button = QToolButton(objectName=name, autoRaise=True)
    button.setIcon(icon(icon_name))
    button.setIconSize(QSize(18, 18))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


class _Row(QFrame):
    """The frame of a row: an icon, two lines of text, a due text, buttons."""

    def __init__(self, object_name: str, lead: QLabel, *, stacked: bool = False) -> None:
        """``stacked``: the buttons get a line of their own under the texts (narrow columns)."""
        super().__init__(objectName=object_name)
        self.setProperty("row", True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title = QLabel(objectName="rowTitle", textFormat=Qt.TextFormat.RichText)
        self.detail = QLabel(objectName="rowDetail", textFormat=Qt.TextFormat.RichText)
        self.detail.setProperty("role", "secondary")
        for text in (self.title, self.detail):  # a narrow column clips them, never scrolls
            text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.when = QLabel(objectName="rowWhen", alignment=Qt.AlignmentFlag.AlignRight)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(2)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(lead, 0, 0, 3 if stacked else 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.when, 0, 2)
        if stacked:
            grid.addWidget(self.detail, 1, 1, 1, 2)
            grid.addLayout(self.buttons, 2, 1, 1, 2, Qt.AlignmentFlag.AlignRight)
        else:
            grid.addWidget(self.detail, 1, 1)
            grid.addLayout(self.buttons, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)


class FollowUpRowWidget(_Row):
    """A pending step with its one-click actions."""

    log_requested = Signal(object)  # FollowUpRow
    reschedule_requested = Signal(object)
    skip_requested = Signal(object)
    dossier_requested = Signal(int)

    def __init__(self, row: FollowUpRow, today: date, language: str, with_dossier: bool) -> None:
        super().__init__("followUpRow", _badge(row.stage.value, STAGE_COLOURS[row.stage]))
        self.row = row
        self.setProperty("follow_up_id", row.id)
        self.title.setText(_who(row.customer_name, row.tier, row.company, language))
        # The purpose is stored in Chinese and names its stage: in a Chinese UI it
        # replaces the stage label; the phone comes first, as it is what one dials.
        stage = "" if row.purpose and language.startswith("zh") else label(row.stage, language)
        parts = [row.phone or "", stage, row.purpose or ""]
        self.detail.setText(html.escape("  ·  ".join(p for p in parts if p)))
        self.detail.setToolTip(row.briefing or row.suggested_action or "")
        self.when.setText(due_text(row.due_on, today))
        if row.due_on < today:
            self.when.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: 600;")
        self.log_button = QPushButton(icon("log_contact"), "", objectName="logContactButton")
        self.log_button.clicked.connect(lambda: self.log_requested.emit(self.row))
        self.reschedule_button = _tool_button(
            "rescheduleButton", "reschedule", translate("TodayPage", "Reschedule…")
        )
        self.reschedule_button.clicked.connect(lambda: self.reschedule_requested.emit(self.row))
        self.snooze_button = _tool_button(
            "snoozeButton",
            "snooze",
            translate("TodayPage", "Snooze: remind me 1, 3 or 7 days later"),
        )
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.skip_button = _tool_button("skipButton", "skip", translate("TodayPage", "Skip…"))
        self.skip_button.clicked.connect(lambda: self.skip_requested.emit(self.row))
        self.dossier_button = _tool_button(
            "dossierButton", "dossier", translate("TodayPage", "Open the dossier")
        )
        self.dossier_button.clicked.connect(lambda: self.dossier_requested.emit(row.customer_id))
        self.dossier_button.setVisible(with_dossier)
        for button in (
            self.log_button,
            self.reschedule_button,
            self.snooze_button,
            self.skip_button,
            self.dossier_button,
        ):
            self.buttons.addWidget(button)
        self.log_button.setText(translate("TodayPage", "Log contact"))


class CareRowWidget(_Row):
    """A birthday or anniversary: when, which one, zodiac, and whether it is lunar."""

    greet_requested = Signal(int, str)  # customer id, name
    dossier_requested = Signal(int)

    def __init__(self, care: CareRow, today: date, language: str, with_dossier: bool) -> None:
        lead = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        lead.setPixmap(icon("cake" if care.occasion == Occasion.BIRTHDAY else "today").pixmap(24))
        lead.setFixedSize(30, 30)
        super().__init__("careRow", lead, stacked=True)
        self.care = care
        self.title.setText(_who(care.customer_name, care.tier, care.company, language))
        self.detail.setText(care_detail(care, language))
        self.detail.setToolTip(self.detail.text())  # rich text shows as such in a tooltip
        self.when.setText(due_text(care.date, today))
        greet = QPushButton(icon("log_contact"), "", objectName="greetButton")
        greet.setText(translate("TodayPage", "Log greeting"))
        greet.clicked.connect(
            lambda: self.greet_requested.emit(care.customer_id, care.customer_name)
        )
        dossier = _tool_button(
            "dossierButton", "dossier", translate("TodayPage", "Open the dossier")
        )
        dossier.clicked.connect(lambda: self.dossier_requested.emit(care.customer_id))
        dossier.setVisible(with_dossier)
        self.buttons.addWidget(greet)
        self.buttons.addWidget(dossier)


def care_detail(care: CareRow, language: str) -> str:
    """生日 · 满 46 岁 · 属马 · 农历八月十五 — as rich text, the lunar date highlighted."""
    if care.occasion == Occasion.BIRTHDAY:
        parts = [translate("TodayPage", "Birthday")]
        if care.turning is not None:
            parts.append(translate("TodayPage", "turning {n}").format(n=care.turning))
        if care.zodiac is not None:
            parts.append(
                translate("TodayPage", "year of the {animal}").format(
                    animal=zodiac_name(care.zodiac, language)
                )
            )
    else:
        parts = [care.title]
        if care.turning is not None:
            parts.append(translate("TodayPage", "{n} years").format(n=care.turning))
    text = html.escape("  ·  ".join(parts))
    if care.is_lunar and care.lunar_label:
        lunar = translate("TodayPage", "lunar date {date}").format(date=care.lunar_label)
        text += "  ·  " + _chip(lunar, "#8e24aa")
    return text


def zodiac_name(zodiac: Zodiac, language: str) -> str:
    if language == "zh_TW":
        return zodiac.zh_hant
    return zodiac.zh if language.startswith("zh") else zodiac.en


class FestivalRowWidget(_Row):
    """A festival in the coming days and whom the policy greets for it."""

    def __init__(self, occasion: GreetingOccasion, today: date, language: str) -> None:
        lead = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        lead.setPixmap(icon("lantern").pixmap(24))
        lead.setFixedSize(30, 30)
        super().__init__("festivalRow", lead)
        festival = occasion.festival
        if language == "zh_TW":
            name = festival.zh_hant
        else:
            name = festival.zh if language.startswith("zh") else festival.en
        self.title.setText(f"<b>{html.escape(name)}</b>")
        tiers = translate("TodayPage", ", ").join(label(t, language) for t in occasion.tiers)
        self.detail.setText(
            html.escape(
                translate("TodayPage", "Greet {n} clients: {tiers}").format(
                    n=occasion.client_count, tiers=tiers
                )
            )
        )
        self.when.setText(due_text(festival.date, today))
