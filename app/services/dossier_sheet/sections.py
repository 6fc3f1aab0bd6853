"""The label/value rows of each dossier section; only filled fields are listed."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from app.models import Anniversary, Customer
from app.models.enums import FieldType
from app.services import almanac
from app.services.dossier_input import birthday_of
from app.services.dossier_sheet.model import SheetRow
from app.services.dossier_sheet.words import aside, colon, pick, word
from app.services.fields import Section, fields_in
from app.services.labels import label


def _text(value: object, kind: str, lang: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, StrEnum):
        return label(value, lang)
    if kind == "bool":
        return word("yes" if value else "no", lang)
    if kind == "decimal" and isinstance(value, Decimal):
        return f"{value:,.2f}"
    return str(value)


def fields_rows(
    c: Customer, section: Section, lang: str, skip: tuple[str, ...] = ()
) -> list[SheetRow]:
    """The filled scalar fields of ``section``, labelled."""
    rows = []
    for spec in fields_in(section):
        value = getattr(c, spec.key)
        if spec.key == "star_rating":  # 星级认证 0–5; none when 0
            text = "★" * value + "☆" * (5 - value) if value else ""
        else:
            text = _text(value, spec.kind, lang)
        if text and spec.key not in skip:
            rows.append(SheetRow(spec.label(lang), text))
    return rows


def basic_rows(c: Customer, lang: str) -> list[SheetRow]:
    rows = [SheetRow(word("name", lang), c.display_name)]
    rows += fields_rows(c, Section.BASIC, lang, skip=("surname", "given_name"))
    phones = [p.original + aside(label(p.label, lang), lang) for p in _ordered(c.phones)]
    emails = [e.address for e in _ordered(c.emails)]
    addresses = [a.one_line() + aside(label(a.label, lang), lang) for a in _ordered(c.addresses)]
    for key, values in (("phones", phones), ("emails", emails), ("addresses", addresses)):
        if values:
            rows.append(SheetRow(word(key, lang), "\n".join(values)))
    return rows


def personal_rows(c: Customer, lang: str) -> list[SheetRow]:
    rows = []
    birthday = birthday_of(c)
    if birthday is not None:
        rows.append(SheetRow(word("birthday", lang), _calendar_text(birthday)))
        zodiac, sign = almanac.zodiac_for(birthday), almanac.star_sign_for(birthday)
        if zodiac is not None:
            rows.append(SheetRow(word("zodiac", lang), pick(zodiac, lang)))
        if sign is not None:
            rows.append(SheetRow(word("star_sign", lang), pick(sign, lang)))
    rows += fields_rows(c, Section.PERSONAL, lang)
    family = [
        " ".join(p for p in (m.relation, m.name, str(m.birth_year or "")) if p)
        + (colon(lang) + m.notes if m.notes else "")
        for m in c.family
    ]
    if family:
        rows.append(SheetRow(word("family", lang), "\n".join(family)))
    anniversaries = [
        a.title + colon(lang) + _calendar_text(on)
        for a in c.anniversaries
        if (on := _anniversary_date(a)) is not None
    ]
    if anniversaries:
        rows.append(SheetRow(word("anniversaries", lang), "\n".join(anniversaries)))
    return rows


def segment_rows(c: Customer, lang: str) -> list[SheetRow]:
    rows = fields_rows(c, Section.SEGMENT, lang)
    if c.intent_score is not None:
        rows.append(SheetRow(word("intent", lang), f"{float(c.intent_score):.0f}"))
    if c.loyalty_points:
        rows.append(SheetRow(word("points", lang), f"{c.loyalty_points:,}"))
    if c.tags:
        rows.append(SheetRow(word("tags", lang), "、".join(sorted(t.name for t in c.tags))))
    return rows


def custom_rows(c: Customer, lang: str) -> list[SheetRow]:
    values = sorted(c.custom_values, key=lambda v: (v.field.position, v.field.name))
    rows = []
    for v in values:
        if v.field.field_type == FieldType.NUMBER and v.number_value is not None:
            text = f"{v.number_value.normalize():f}"
        elif v.field.field_type == FieldType.DATE:
            text = str(v.date_value or "")
        else:
            text = v.text_value or ""
        if text:
            rows.append(SheetRow(v.field.name, text))
    return rows


def _ordered(rows: list) -> list:
    return sorted(rows, key=lambda r: r.position)


def _anniversary_date(a: Anniversary) -> almanac.CalendarDate | None:
    try:
        return almanac.CalendarDate(a.calendar.value, a.month, a.day, a.year, a.leap_month)
    except ValueError:
        return None  # an impossible stored date is the dossier editor's to report


def _calendar_text(cd: almanac.CalendarDate) -> str:
    if cd.calendar == "lunar":
        text = almanac.lunar_label(cd.month, cd.day, cd.leap_month)
        return f"{cd.year} {text}" if cd.year else text
    return f"{cd.year}-{cd.month:02d}-{cd.day:02d}" if cd.year else f"{cd.month:02d}-{cd.day:02d}"
