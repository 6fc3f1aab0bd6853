"""Applying a mapping of input to a ``Customer``: scalars, birthday, child rows.

``apply_input`` collects every problem as a ``FieldError`` instead of
stopping at the first, so the editor can mark all bad fields at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Address,
    Anniversary,
    Customer,
    CustomFieldDef,
    CustomFieldValue,
    Email,
    FamilyMember,
    Phone,
    Tag,
)
from app.models.enums import CalendarKind, ContactLabel, FieldType
from app.services import almanac
from app.services.errors import FieldError
from app.services.fields import FIELDS
from app.services.names import display_name, normalize_text, split_name
from app.services.phones import format_phone, parse_phone
from app.services.pinyin import sort_key
from app.services.validation import (
    FieldProblem,
    clean_date,
    clean_decimal,
    clean_email,
    clean_enum,
    clean_field,
    clean_text,
)

COLLECTIONS = ("phones", "emails", "addresses", "family", "anniversaries", "tags", "custom")


def apply_input(session: Session, customer: Customer, data: Mapping[str, Any]) -> list[FieldError]:
    errors: list[FieldError] = []

    def attempt(field: str, value: object, fn) -> None:
        try:
            fn()
        except (FieldProblem, ValueError) as exc:
            code = getattr(exc, "code", "invalid")
            errors.append(FieldError(field, code, str(exc), value))

    unknown = set(data) - set(FIELDS) - set(COLLECTIONS) - {"name", "birthday"}
    for key in sorted(unknown):
        errors.append(FieldError(key, "unknown_field", f"no such field: {key}", data[key]))

    if "name" in data:
        surname, given = split_name(str(data["name"] or ""))
        customer.surname, customer.given_name = surname, given
    for key, value in data.items():
        spec = FIELDS.get(key)
        if spec is not None:
            attempt(
                key, value, lambda s=spec, k=key, v=value: setattr(customer, k, clean_field(s, v))
            )
    if "birthday" in data:
        attempt("birthday", data["birthday"], lambda: set_birthday(customer, data["birthday"]))
    for key, setter in _SETTERS.items():
        if key in data:
            attempt(key, data[key], lambda s=setter, v=data[key]: s(session, customer, v or []))

    customer.surname = customer.surname or ""
    customer.given_name = customer.given_name or ""
    customer.display_name = display_name(customer.surname, customer.given_name)
    customer.name_sort = sort_key(customer.surname, customer.given_name)
    if not customer.display_name:
        errors.append(FieldError("name", "required", "a client needs a name", None))
    if customer.star_rating is not None and not 0 <= customer.star_rating <= 5:
        errors.append(FieldError("star_rating", "out_of_range", "stars are 0 to 5", None))
    return errors


def to_calendar_date(value: object) -> almanac.CalendarDate | None:
    """A birthday or anniversary from a date, 'YYYY-MM-DD', '农历八月十五' or a mapping."""
    if value is None or value == "":
        return None
    if isinstance(value, almanac.CalendarDate):
        cd = value
    elif isinstance(value, Mapping):
        cd = almanac.CalendarDate(
            calendar=str(value.get("calendar", "solar")),
            month=int(value["month"]),
            day=int(value["day"]),
            year=int(value["year"]) if value.get("year") else None,
            leap_month=bool(value.get("leap_month", False)),
        )
    elif isinstance(value, str) and normalize_text(value)[:2] in ("农历", "阴历", "農曆", "陰曆"):
        month, day, leap = almanac.parse_lunar_text(value)
        cd = almanac.CalendarDate("lunar", month, day, None, leap)
    else:
        solar = clean_date(value)
        assert solar is not None
        cd = almanac.CalendarDate("solar", solar.month, solar.day, solar.year, False)
    cd.validate()
    return cd


def set_birthday(customer: Customer, value: object) -> None:
    cd = to_calendar_date(value)
    if cd is None:
        customer.birthday_calendar = None
        customer.birth_year = customer.birth_month = customer.birth_day = None
        customer.birth_leap_month = False
        return
    customer.birthday_calendar = CalendarKind(cd.calendar)
    customer.birth_year, customer.birth_month, customer.birth_day = cd.year, cd.month, cd.day
    customer.birth_leap_month = cd.leap_month


def birthday_of(customer: Customer) -> almanac.CalendarDate | None:
    if customer.birthday_calendar is None or not customer.birth_month or not customer.birth_day:
        return None
    return almanac.CalendarDate(
        calendar=customer.birthday_calendar.value,
        month=customer.birth_month,
        day=customer.birth_day,
        year=customer.birth_year,
        leap_month=customer.birth_leap_month,
    )


def _row(item: object, main: str) -> dict[str, Any]:
    return dict(item) if isinstance(item, Mapping) else {main: item}


def _label(row: Mapping[str, Any], default: ContactLabel) -> ContactLabel:
    return clean_enum(ContactLabel, row.get("label")) or default  # type: ignore[return-value]


def _set_phones(_s: Session, customer: Customer, items: list) -> None:
    phones = []
    for i, item in enumerate(items):
        row = _row(item, "number")
        parsed = parse_phone(row["number"])
        if sum(c.isdigit() for c in parsed.original) < 3:
            raise FieldProblem("invalid_phone", f"{row['number']!r} is not a phone number")
        label = _label(row, ContactLabel.MOBILE)
        phones.append(Phone(label=label, original=parsed.original, e164=parsed.e164, position=i))
    customer.phones = phones
    customer.primary_phone = format_phone(phones[0].e164, phones[0].original) if phones else None


def _set_emails(_s: Session, customer: Customer, items: list) -> None:
    emails = []
    for i, item in enumerate(items):
        row = _row(item, "address")
        label = _label(row, ContactLabel.WORK)
        emails.append(Email(label=label, address=clean_email(row["address"]), position=i))
    customer.emails = emails


_ADDRESS_PARTS = ("province", "city", "district", "street", "postcode")


def _set_addresses(_s: Session, customer: Customer, items: list) -> None:
    rows = []
    for i, item in enumerate(items):
        row = _row(item, "street")
        parts = {
            k: clean_text(row.get(k))
            for k in ("province", "city", "district", "street", "postcode")
        }
        rows.append(Address(label=_label(row, ContactLabel.WORK), position=i, **parts))
    customer.addresses = rows
    customer.city = next((a.city for a in rows if a.city), None)


def _set_family(_s: Session, customer: Customer, items: list) -> None:
    customer.family = [
        FamilyMember(
            relation=clean_text(row.get("relation")) or "",
            name=clean_text(row.get("name")),
            birth_year=int(row["birth_year"]) if row.get("birth_year") else None,
            notes=clean_text(row.get("notes")),
        )
        for row in map(lambda x: _row(x, "name"), items)
    ]


def _set_anniversaries(_s: Session, customer: Customer, items: list) -> None:
    rows = []
    for item in items:
        row = _row(item, "date")
        cd = to_calendar_date(row.get("date") or row)
        assert cd is not None
        rows.append(
            Anniversary(
                title=clean_text(row.get("title")) or "",
                calendar=CalendarKind(cd.calendar),
                year=cd.year,
                month=cd.month,
                day=cd.day,
                leap_month=cd.leap_month,
            )
        )
    customer.anniversaries = rows


def _set_tags(session: Session, customer: Customer, names: list) -> None:
    wanted = list(dict.fromkeys(n for n in (clean_text(x) for x in names) if n))
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    customer.tags = [existing.get(n) or Tag(name=n) for n in wanted]


def _set_custom(session: Session, customer: Customer, values: Mapping[str, Any]) -> None:
    defs = {d.name: d for d in session.scalars(select(CustomFieldDef))}
    current = {v.field.name: v for v in customer.custom_values}
    for name, raw in dict(values).items():
        field = defs.get(name)
        if field is None:
            raise FieldProblem("unknown_field", f"no custom field named {name!r}")
        row = current.get(name) or CustomFieldValue(field=field)
        row.text_value = row.number_value = row.date_value = None
        if field.field_type == FieldType.NUMBER:
            row.number_value = clean_decimal(raw)
        elif field.field_type == FieldType.DATE:
            row.date_value = clean_date(raw)
        else:
            row.text_value = clean_text(raw)
            if field.field_type == FieldType.CHOICE and row.text_value not in (
                None,
                *(field.choices or []),
            ):
                raise FieldProblem("invalid_choice", f"{raw!r} is not a choice of {name}")
        if name not in current:
            customer.custom_values.append(row)


_SETTERS = {
    "phones": _set_phones,
    "emails": _set_emails,
    "addresses": _set_addresses,
    "family": _set_family,
    "anniversaries": _set_anniversaries,
    "tags": _set_tags,
    "custom": _set_custom,
}
