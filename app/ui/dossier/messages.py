"""Validation problems in the user's language, chosen by the service's stable code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import FieldError

translate = QCoreApplication.translate

DATE_FIELDS = ("birthday", "anniversaries", "client_since", "fiscal_year_start", "fiscal_year_end")


def error_text(error: FieldError) -> str:
    """One line to show under the field; the service's English message is the last resort."""
    code = error.code
    if code == "required" and error.field == "name":
        return translate("DossierErrors", "A client needs a name.")
    if code == "invalid" and error.field in DATE_FIELDS:
        code = "invalid_date"  # the almanac refuses impossible dates with a plain ValueError
    texts = {
        "required": translate("DossierErrors", "Required."),
        "invalid_email": translate("DossierErrors", "Not an email address (name@example.com)."),
        "invalid_date": translate("DossierErrors", "Not a real date."),
        "invalid_choice": translate("DossierErrors", "Not one of the choices."),
        "invalid_phone": translate("DossierErrors", "Not a phone number."),
        "out_of_range": translate("DossierErrors", "Out of range."),
        "invalid_number": translate("DossierErrors", "Not a number."),
        "unknown_field": translate("DossierErrors", "Unknown field."),
    }
    return texts.get(code) or translate("DossierErrors", "Not valid: %1").replace(
        "%1", error.message
    )
