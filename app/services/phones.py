"""Phone numbers: keep what the user typed, add E.164 when it parses.

Excel turns long digit strings into floats (1.3812345678E10); those are
recovered here too, because a phone is never meant as a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

from app.services.names import fold_text

DEFAULT_REGION = "CN"
_FLOATY = re.compile(r"^\d+(\.\d+)?[eE]\+?\d+$|^\d+\.0+$")


@dataclass(frozen=True)
class ParsedPhone:
    original: str
    e164: str | None  # None when the text is not a valid number (kept, flagged)

    @property
    def valid(self) -> bool:
        return self.e164 is not None


def recover_digits(text: str) -> str:
    """'1.3812345678E10' or '13812345678.0' → '13812345678'; other text unchanged."""
    compact = text.replace(" ", "")
    if _FLOATY.match(compact):
        try:
            return str(int(float(compact)))
        except (ValueError, OverflowError):
            return text
    return text


def parse_phone(text: str | int | float, region: str = DEFAULT_REGION) -> ParsedPhone:
    if isinstance(text, float):
        text = str(int(text)) if text.is_integer() else str(text)
    raw = recover_digits(fold_text(str(text)))
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return ParsedPhone(raw, None)
    if not phonenumbers.is_valid_number(number):
        return ParsedPhone(raw, None)
    return ParsedPhone(raw, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def format_phone(e164: str | None, original: str) -> str:
    """For display: national format for Chinese numbers, international otherwise."""
    if not e164:
        return original
    number = phonenumbers.parse(e164, None)
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 86
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)
