"""Turning one cell into one field value, as a person would read it.

Each ``clean_*`` takes the raw cell (str, float, bool, date …) and returns
the value to store, or raises ``Dropped`` with a problem code when the value
cannot be used (the rest of the row is still imported). A text cut to its
column's length comes back as ``Capped`` so the caller can report it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from app.services.validation import clean_longtext, clean_text

TEXT_CAP = 20_000  # a Text column: a note of a few pages, not a pasted book
NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r", "''")
_MONEY_NOISE = re.compile(r"[\s,，¥￥$元圆rmbRMB]")
_MULTIPLIER = {
    "万": Decimal(10_000),
    "萬": Decimal(10_000),
    "亿": Decimal(10**8),
    "億": Decimal(10**8),
}
_MAX_DECIMAL = Decimal(10) ** 16  # Numeric(18, 2)
_STARS = re.compile(r"^[★☆]+$")


class Dropped(ValueError):
    """The cell's value was not imported; ``code`` and ``detail`` explain why."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}")


class Capped(str):
    """A text that had to be shortened; ``limit`` is the length it was cut to."""

    limit: int


def cell_text(value: object) -> str:
    """The text of a cell as a spreadsheet shows it (13812345678.0 → '13812345678')."""
    if isinstance(value, str):
        # Undo the export's formula guard: '=1+2 was written for the text =1+2.
        return value[1:] if value.startswith(NEUTRALISED) else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(" ") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    return str(value)


def cap(text: str | None, limit: int | None) -> str | None:
    if text is None or limit is None or len(text) <= limit:
        return text
    capped = Capped(text[:limit])
    capped.limit = limit
    return capped


def text_value(value: object, limit: int | None) -> str | None:
    text = cell_text(value)
    if len(text) <= 64:
        return _short_text(text, limit)
    return cap(clean_text(text), limit)


@lru_cache(maxsize=1 << 12)
def _short_text(text: str, limit: int | None) -> str | None:
    """Lists repeat their short values (经理, 深圳市, VIP) thousands of times."""
    return cap(clean_text(text), limit)


def longtext_value(value: object, limit: int | None = TEXT_CAP) -> str | None:
    return cap(clean_longtext(cell_text(value)), limit or TEXT_CAP)


def decimal_value(value: object) -> Decimal:
    """1,200,000.50 / ¥1,200,000 / 120万 / 1.2亿 → Decimal."""
    if isinstance(value, bool):
        raise Dropped("invalid_number")
    if isinstance(value, int | float):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    else:
        text = _MONEY_NOISE.sub("", cell_text(value))
        factor = _MULTIPLIER.get(text[-1:], Decimal(1))
        if factor != 1:
            text = text[:-1]
        try:
            number = Decimal(text) * factor
        except InvalidOperation:
            raise Dropped("invalid_number") from None
    if not number.is_finite() or abs(number) >= _MAX_DECIMAL:
        raise Dropped("invalid_number")
    return number


def int_value(value: object, low: int, high: int) -> int:
    text = cell_text(value).strip()
    if _STARS.match(text):  # ★★★☆☆ is three stars
        return text.count("★")
    number = decimal_value(value)
    if number != number.to_integral_value() or not low <= number <= high:
        raise Dropped("invalid_value", f"{low}–{high}")
    return int(number)


def bool_value(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    text = cell_text(value).strip().lower()
    if text in {"1", "true", "yes", "y", "是", "x", "√", "✓", "✔", "会员", "會員", "有"}:
        return True
    if text in {"0", "false", "no", "n", "否", "", "×", "✗", "非会员", "無", "无"}:
        return False
    raise Dropped("invalid_value", "是/否")
