"""Dates, stages and counts as the follow-up screens show them, in the UI language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.models.enums import Stage, Tier
from app.ui import settings
from app.ui.i18n import resolve_language

translate = QCoreApplication.translate

# One colour per stage, readable on light and dark backgrounds, used for the
# round stage badges of the Today rows and the calendar list.
STAGE_COLOURS = {Stage.A: "#1e88e5", Stage.B: "#00897b", Stage.C: "#8e24aa", Stage.D: "#ef6c00"}
TIER_COLOURS = {
    Tier.STRATEGIC: "#c62828",
    Tier.LOYAL: "#ef6c00",
    Tier.CLOSE: "#1565c0",
    Tier.LOOSE: "#607d8b",
}
OVERDUE_COLOUR = "#d32f2f"


def ui_language() -> str:
    """zh_CN, zh_TW or en: the language the labels of the services are asked in."""
    return resolve_language(settings.LANGUAGE.get())


def locale_for(language: str) -> QLocale:
    if language == "zh_TW":
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.Taiwan
        )
    if language == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def day_text(day: date, today: date, *, weekday: bool = True) -> str:
    """11月25日 周三 / Wed, Nov 25 — with the year only when it is not this one's."""
    if day.year != today.year:
        pattern = translate("FollowUpFormat", "MMM d, yyyy")
    elif weekday:
        pattern = translate("FollowUpFormat", "ddd, MMM d")
    else:
        pattern = translate("FollowUpFormat", "MMM d")
    return locale_for(ui_language()).toString(QDate(day), pattern)


def due_text(due_on: date, today: date) -> str:
    """How the due date reads next to a step: overdue by n days, today, tomorrow, or the day."""
    delta = (due_on - today).days
    if delta < -1:
        return translate("FollowUpFormat", "{n} days overdue").format(n=-delta)
    words = {
        -1: translate("FollowUpFormat", "Yesterday"),
        0: translate("FollowUpFormat", "Today"),
        1: translate("FollowUpFormat", "Tomorrow"),
    }
    return words.get(delta) or day_text(due_on, today)
