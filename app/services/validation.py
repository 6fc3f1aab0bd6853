"""Cleaning and checking of dossier input, one field at a time.

Each cleaner returns the value to store or raises ``FieldProblem``; the
customer service gathers all problems and reports them together.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from app.services.fields import FieldSpec
from app.services.labels import parse_label
from app.services.names import fold_text, normalize_text

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_MONTHDAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")
_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


class FieldProblem(ValueError):
    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


def clean_text(value: object) -> str | None:
    text = normalize_text(str(value)) if value is not None else ""
    return text or None


def clean_longtext(value: object) -> str | None:
    """Keep line breaks in long texts; trim each line."""
    if value is None:
        return None
    lines = [normalize_text(line) for line in str(value).splitlines()]
    text = "\n".join(lines).strip()
    return text or None


def clean_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_TEXT.match(normalize_text(str(value)))
    if not match:
        raise FieldProblem("invalid_date", f"{value!r} is not a date (use YYYY-MM-DD)")
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError as exc:
        raise FieldProblem("invalid_date", f"{value!r} is not a real date: {exc}") from None


def clean_decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(normalize_text(str(value)).replace(",", ""))
    except InvalidOperation:
        raise FieldProblem("invalid_number", f"{value!r} is not a number") from None


def clean_int(value: object) -> int | None:
    number = clean_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise FieldProblem("invalid_number", f"{value!r} is not a whole number")
    return int(number)


def clean_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "是", "x", "√", "✓"}
    return bool(value)


def clean_enum(enum_cls: type[StrEnum], value: object) -> StrEnum | None:
    if value is None or value == "":
        return None
    if isinstance(value, enum_cls):
        return value
    member = parse_label(enum_cls, str(value))
    if member is None:
        allowed = ", ".join(m.value for m in enum_cls)
        raise FieldProblem("invalid_choice", f"{value!r} is not one of: {allowed}")
    return member


def clean_monthday(value: object) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    match = _MONTHDAY.match(text)
    if not match:
        raise FieldProblem("invalid_date", f"{value!r} is not a month-day such as 04-01")
    month, day = (int(g) for g in match.groups())
    try:
        date(2000, month, day)  # a leap year, so 02-29 is allowed
    except ValueError:
        raise FieldProblem("invalid_date", f"{value!r} is not a real month-day") from None
    return f"{month:02d}-{day:02d}"


def clean_email(value: object) -> str:
    text = fold_text(str(value)).lower()
    if not EMAIL.match(text):
        raise FieldProblem("invalid_email", f"{value!r} is not an email address")
    return text


def clean_field(spec: FieldSpec, value: object) -> object:
    """Clean ``value`` for the scalar field ``spec`` (see ``fields.FIELDS``)."""
    if spec.kind == "enum":
        assert spec.enum is not None
        return clean_enum(spec.enum, value)
    cleaner = {
        "text": clean_text,
        "longtext": clean_longtext,
        "date": clean_date,
        "decimal": clean_decimal,
        "int": clean_int,
        "bool": clean_bool,
        "monthday": clean_monthday,
    }[spec.kind]
    return cleaner(value)
