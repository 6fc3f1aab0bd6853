"""How the merge dialogs word things: field names, values, matches, the summary."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from app.services import almanac
from app.services.duplicates import CUSTOM_PREFIX, ClientBrief, Match, MergePreview, Reason
from app.services.fields import FIELDS
from app.services.labels import label
from app.services.phones import format_phone
from app.ui.client_list.columns import Formatter

translate = QCoreApplication.translate

# What the summary counts, in the order it lists them (keys of MergePreview).
MOVES = {
    "interactions": QT_TRANSLATE_NOOP("MergeDialog", "Contacts"),
    "follow_ups": QT_TRANSLATE_NOOP("MergeDialog", "Follow-ups"),
    "assessments": QT_TRANSLATE_NOOP("MergeDialog", "Assessments"),
    "orders": QT_TRANSLATE_NOOP("MergeDialog", "Orders"),
    "complaints": QT_TRANSLATE_NOOP("MergeDialog", "Complaints"),
    "service_requests": QT_TRANSLATE_NOOP("MergeDialog", "Service requests"),
    "promotions": QT_TRANSLATE_NOOP("MergeDialog", "Promotions"),
    "churn_records": QT_TRANSLATE_NOOP("MergeDialog", "Churn records"),
    "loyalty_entries": QT_TRANSLATE_NOOP("MergeDialog", "Points entries"),
    "attachments": QT_TRANSLATE_NOOP("MergeDialog", "Attachments"),
}
ADDITIONS = {
    "phones": QT_TRANSLATE_NOOP("MergeDialog", "Phones"),
    "emails": QT_TRANSLATE_NOOP("MergeDialog", "Emails"),
    "addresses": QT_TRANSLATE_NOOP("MergeDialog", "Addresses"),
    "family": QT_TRANSLATE_NOOP("MergeDialog", "Family members"),
    "anniversaries": QT_TRANSLATE_NOOP("MergeDialog", "Anniversaries"),
    "tags": QT_TRANSLATE_NOOP("MergeDialog", "Tags"),
}
REASONS = {
    Reason.PHONE: QT_TRANSLATE_NOOP("DuplicatesDialog", "Same phone"),
    Reason.EMAIL: QT_TRANSLATE_NOOP("DuplicatesDialog", "Same email"),
    Reason.NAME_COMPANY: QT_TRANSLATE_NOOP("DuplicatesDialog", "Same name and company"),
}


def field_title(key: str, language: str) -> str:
    if key == "birthday":
        return translate("MergeDialog", "Birthday")
    if key.startswith(CUSTOM_PREFIX):
        return key.removeprefix(CUSTOM_PREFIX)
    return FIELDS[key].label(language)


def _number(formatter: Formatter, value: Decimal | int | float) -> str:
    decimal = Decimal(value).normalize()
    places = max(0, -decimal.as_tuple().exponent)  # 12.5000 → 12.5, 1200000 → 1,200,000
    return formatter.locale.toString(float(decimal), "f", places)


def _calendar_date(cd: almanac.CalendarDate, formatter: Formatter) -> str:
    zh = formatter.language.startswith("zh")
    if cd.calendar == "lunar":
        text = almanac.lunar_label(cd.month, cd.day, cd.leap_month)
        if not zh:
            leap = translate("MergeDialog", "leap ") if cd.leap_month else ""
            text = translate("MergeDialog", "lunar {leap}{month}/{day}").format(
                leap=leap, month=cd.month, day=cd.day
            )
        return f"{cd.year}{'年' if zh else ', '}{text}" if cd.year else text
    if cd.year:
        return formatter.date(date(cd.year, cd.month, cd.day))
    return formatter.locale.toString(QDate(2000, cd.month, cd.day), "M月d日" if zh else "MMM d")


def value_text(value: Any, formatter: Formatter) -> str:
    """How a field's value reads in the dialog; empty values say so."""
    if value is None or value == "":
        return translate("MergeDialog", "(empty)")
    if isinstance(value, bool):
        return translate("MergeDialog", "Yes") if value else translate("MergeDialog", "No")
    if isinstance(value, StrEnum):
        return label(value, formatter.language)
    if isinstance(value, date):
        return formatter.date(value)
    if isinstance(value, Decimal | int | float):
        return _number(formatter, value)
    if isinstance(value, almanac.CalendarDate):
        return _calendar_date(value, formatter)
    return str(value)


def match_text(match: Match) -> str:
    value = format_phone(match.value, match.value) if match.value.startswith("+") else match.value
    reason = translate("DuplicatesDialog", REASONS[match.reason])
    return translate("DuplicatesDialog", "{reason}: {value}").format(reason=reason, value=value)


def client_title(brief: ClientBrief) -> str:
    return f"{brief.display_name}  #{brief.id}"


def client_details(brief: ClientBrief) -> str:
    return " · ".join(x for x in (brief.company, brief.primary_phone, brief.city) if x)


def summary_html(preview: MergePreview, formatter: Formatter) -> str:
    """What the merge will do: rows moving, contacts added, the other client to Trash."""

    def listing(counts: dict[str, int], names: dict[str, str]) -> str:
        parts = [
            f"{translate('MergeDialog', title)} {formatter.count(counts[key])}"
            for key, title in names.items()
            if counts.get(key)
        ]
        return " · ".join(parts) or translate("MergeDialog", "nothing")

    keep, other = (html.escape(client_title(c)) for c in (preview.keep, preview.other))
    lines = [
        translate("MergeDialog", "Moves to {keep}: {items}").format(
            keep=keep, items=listing(preview.moves, MOVES)
        ),
        translate("MergeDialog", "Added to {keep}: {items}").format(
            keep=keep, items=listing(preview.additions, ADDITIONS)
        ),
        translate("MergeDialog", "{other} then goes to Trash, from where it can be restored.")
        .format(other=other),
    ]  # fmt: skip
    return "<br>".join(lines)
