"""Normalised keys as SQL expressions: phones by the digits typed, companies by their name.

Phones that did not parse are compared by the digits typed; companies by a
normalised form without 有限公司-style suffixes.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, func

MIN_PHONE_DIGITS = 5  # "110" or an extension alone says nothing about identity
_PHONE_NOISE = (" ", "-", "(", ")", "+", ".", "/")
# Longest first: 股份有限公司 contains 有限公司. Matched after spaces are removed and
# Latin letters lower-cased, so "Co., Ltd." and "CO.,LTD" are the same suffix.
COMPANY_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "co.,ltd.", "co.,ltd", "co.ltd")


def _strip(expr: ColumnElement, pieces: Iterable[str]) -> ColumnElement:
    for piece in pieces:
        expr = func.replace(expr, piece, "")
    return expr


def typed_digits(column: ColumnElement) -> ColumnElement:
    """SQL: a phone as typed without its separators (stored text is NFKC already)."""
    return _strip(column, _PHONE_NOISE)


def company_key(column: ColumnElement) -> ColumnElement:
    """SQL: a company name without spaces, case and legal-form suffixes."""
    return _strip(func.lower(func.replace(column, " ", "")), COMPANY_SUFFIXES)
