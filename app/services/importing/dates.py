"""Dates as spreadsheets hold them, read the way a person reads them.

- Real date cells (calamine gives ``date``/``datetime``).
- Bare serial numbers in a date column: 1900 system (with Excel's phantom
  29 February 1900) or the 1904 system of old Mac workbooks.
- Numbers and text written as 19850302.
- Text: 1985-03-02, 1985/3/2, 1985.3.2, 1985年3月2日, 2019-11-04T10:17:55, and
  03/02/1985 read day-first or month-first as the user chose (when only one
  reading is a real date, that one).
- Birthdays may also be lunar (农历八月十五, 农历1985年八月十五) or lack a year
  (03-02, 3月2日).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Literal

from app.services import almanac
from app.services.names import normalize_text

DateOrder = Literal["mdy", "dmy"]
LUNAR_PREFIXES = ("农历", "阴历", "農曆", "陰曆")

_ISO = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?(?:[ T].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SLASHED = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:[ T].*)?$")
_MONTH_DAY = re.compile(r"^-{0,2}(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$")
_LUNAR_YEAR = re.compile(r"^(\d{4})\s*年?\s*(.+)$")
_LAST_SERIAL = 73050  # 2099-12-31: a larger number in a date column is not a date


class NotADate(ValueError):
    """The value cannot be read as a date; the message says what was found."""


def from_serial(serial: float, date1904: bool = False) -> date:
    """An Excel serial day number → date, in the workbook's date system."""
    days = int(serial)
    if date1904:
        return date(1904, 1, 1) + timedelta(days=days)
    if days == 60:
        raise NotADate("29 February 1900 does not exist")
    # Serials below 60 come before Excel's phantom leap day.
    return date(1899, 12, 31 if days < 60 else 30) + timedelta(days=days)


def _real(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: object, order: DateOrder = "mdy", date1904: bool = False) -> date:
    """A solar date with year, from anything a date column holds."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        raise NotADate(str(value))
    if isinstance(value, int | float):
        return _from_number(value, date1904)
    text = normalize_text(str(value))
    for pattern in (_ISO, _COMPACT):
        match = pattern.match(text)
        if match:
            found = _real(*(int(g) for g in match.groups()))
            if found is None:
                raise NotADate(text)
            return found
    match = _SLASHED.match(text)
    if match:
        first, second, year = (int(g) for g in match.groups())
        preferred = (second, first) if order == "dmy" else (first, second)
        found = _real(year, *preferred) or _real(year, *reversed(preferred))
        if found is not None:
            return found
    raise NotADate(text)


def _from_number(number: float, date1904: bool) -> date:
    if number != int(number) and not 1 <= number <= _LAST_SERIAL:
        raise NotADate(str(number))
    compact = _COMPACT.match(str(int(number)))
    if compact:
        found = _real(*(int(g) for g in compact.groups()))
        if found is not None:
            return found
    if 1 <= number <= _LAST_SERIAL:
        return from_serial(number, date1904)
    raise NotADate(str(number))


def parse_birthday(
    value: object, order: DateOrder = "mdy", date1904: bool = False
) -> almanac.CalendarDate:
    """A birthday or anniversary: solar or lunar, the year optional."""
    if isinstance(value, str):
        text = normalize_text(value)
        if text.startswith(LUNAR_PREFIXES):
            try:
                return _lunar(text[2:].strip())
            except ValueError as exc:
                raise NotADate(text) from exc
        match = _MONTH_DAY.match(text)
        if match:
            month, day = (int(g) for g in match.groups())
            try:
                return almanac.CalendarDate("solar", month, day)
            except ValueError as exc:
                raise NotADate(text) from exc
    solar = parse_date(value, order, date1904)
    return almanac.CalendarDate("solar", solar.month, solar.day, solar.year)


def _lunar(text: str) -> almanac.CalendarDate:
    year = None
    match = _LUNAR_YEAR.match(text)
    if match:
        year, text = int(match[1]), match[2]
    month, day, leap = almanac.parse_lunar_text(text)
    return almanac.CalendarDate("lunar", month, day, year, leap)


def format_birthday(cd: almanac.CalendarDate) -> date | str:
    """How the export writes it: a date cell for a full solar date, else text
    that ``parse_birthday`` reads back (03-02, 农历八月十五, 农历1985年闰四月初一)."""
    if cd.calendar == "lunar":
        label = almanac.lunar_label(cd.month, cd.day, cd.leap_month)
        return label if cd.year is None else f"农历{cd.year}年{label[2:]}"
    if cd.year is None:
        return f"{cd.month:02d}-{cd.day:02d}"
    if cd.year < 1900:  # before Excel's first day: ISO text reads back the same
        return f"{cd.year:04d}-{cd.month:02d}-{cd.day:02d}"
    return date(cd.year, cd.month, cd.day)
