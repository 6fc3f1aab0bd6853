"""Adding a row to a client who already exists (fill empty fields, or overwrite).

Phones, e-mails, addresses, family, anniversaries and tags are only ever
added, never removed: a duplicate brings what the client lacks. Scalars are
filled when empty, or replaced when the user chose to overwrite. Every change
is recorded in the ``before`` dict so the import can be undone:

    {"fields": {column: old value}, "added": {table: [row ids]},
     "custom": {field id: old value row or None}}
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Address,
    Anniversary,
    Customer,
    CustomFieldValue,
    Email,
    FamilyMember,
    Phone,
    customer_tag,
)
from app.models.enums import CalendarKind, ContactLabel
from app.services.importing.bulk import insert_rows
from app.services.importing.draft import ClientDraft
from app.services.importing.jsonvalues import to_json
from app.services.importing.phone_parse import display_phone
from app.services.importing.textforms import ADDRESS_PARTS, format_address
from app.services.importing.writer import (
    ClientWriter,
    birthday_columns,
    custom_value_columns,
    customer_name_columns,
)
from app.services.phones import ParsedPhone


def _empty(value: Any) -> bool:
    return value is None or value == ""


class _Change:
    def __init__(self, customer: Customer) -> None:
        self.customer = customer
        self.updated_at = customer.updated_at
        self.fields: dict[str, Any] = {}
        self.added: dict[str, list] = {}
        self.custom: dict[str, Any] = {}
        self.new_rows: list[tuple[str, Any]] = []

    def set(self, column: str, value: Any) -> None:
        current = getattr(self.customer, column)
        if current == value or (hasattr(current, "value") and current.value == value):
            return
        self.fields.setdefault(column, to_json(current))
        setattr(self.customer, column, value)

    def record(self) -> dict[str, Any] | None:
        for table, row in self.new_rows:  # ids exist once the session has flushed
            self.added.setdefault(table, []).append(row.id)
        if not (self.fields or self.added or self.custom):
            return None
        self.fields.setdefault("updated_at", to_json(self.updated_at))
        return {"fields": self.fields, "added": self.added, "custom": self.custom}


def merge_draft(
    session: Session, writer: ClientWriter, customer: Customer, draft: ClientDraft, overwrite: bool
) -> _Change:
    """Apply ``draft`` to ``customer``; flush, then call ``.record()`` on the result."""
    change = _Change(customer)
    for column, value in draft.fields.items():
        if overwrite or _empty(getattr(customer, column)):
            change.set(column, value)
    if overwrite and (customer.surname, customer.given_name) != (draft.surname, draft.given_name):
        for column, value in customer_name_columns(draft.surname, draft.given_name).items():
            change.set(column, value)
    if draft.birthday and (overwrite or customer.birthday_calendar is None):
        for column, value in birthday_columns(draft).items():
            change.set(column, CalendarKind(value) if column == "birthday_calendar" else value)
    _add_contacts(change, draft)
    _add_personal(change, draft)
    _add_tags(session, writer, change, draft)
    _set_custom(writer, change, draft, overwrite)
    session.add_all(row for _, row in change.new_rows)
    return change


def _add(change: _Change, table: str, row: Any) -> None:
    row.customer = change.customer
    change.new_rows.append((table, row))


def _add_contacts(change: _Change, draft: ClientDraft) -> None:
    customer = change.customer
    have = {p.e164 or p.original for p in customer.phones}
    position = len(customer.phones)
    for label, original, e164 in draft.phones:
        if (e164 or original) not in have:
            have.add(e164 or original)
            phone = Phone(
                label=ContactLabel(label), original=original, e164=e164, position=position
            )
            position += 1
            _add(change, "phone", phone)
            if customer.primary_phone is None:
                change.set("primary_phone", display_phone(ParsedPhone(original, e164)))
    addresses = {e.address for e in customer.emails}
    position = len(customer.emails)
    for label, address in draft.emails:
        if address not in addresses:
            addresses.add(address)
            _add(
                change,
                "email",
                Email(label=ContactLabel(label), address=address, position=position),
            )
            position += 1
    places = {format_address({k: getattr(a, k) for k in ADDRESS_PARTS}) for a in customer.addresses}
    for i, parts in enumerate(draft.addresses, start=len(customer.addresses)):
        fields = {k: v for k, v in parts.items() if k != "label"}
        if format_address(fields) not in places:
            places.add(format_address(fields))
            _add(
                change, "address", Address(label=ContactLabel(parts["label"]), position=i, **fields)
            )
            if customer.city is None and fields.get("city"):
                change.set("city", fields["city"])


def _add_personal(change: _Change, draft: ClientDraft) -> None:
    customer = change.customer
    known = {(m.relation, m.name) for m in customer.family}
    for member in draft.family:
        if (member["relation"], member["name"]) not in known:
            _add(change, "family_member", FamilyMember(**member))
    dates = {(a.title, a.calendar.value, a.month, a.day) for a in customer.anniversaries}
    for title, cd in draft.anniversaries:
        if (title, cd.calendar, cd.month, cd.day) not in dates:
            row = Anniversary(
                title=title,
                calendar=CalendarKind(cd.calendar),
                year=cd.year,
                month=cd.month,
                day=cd.day,
                leap_month=cd.leap_month,
            )
            _add(change, "anniversary", row)


def _add_tags(session: Session, writer: ClientWriter, change: _Change, draft: ClientDraft) -> None:
    if not draft.tags:
        return
    # Links are read and written with Core, like the writer that may have created
    # the tag (or an earlier link) in this transaction: the ORM collection is stale.
    conn = session.connection()
    link = customer_tag.c
    have = set(
        conn.execute(select(link.tag_id).where(link.customer_id == change.customer.id)).scalars()
    )
    new = [t for t in dict.fromkeys(writer.tag_id(name) for name in draft.tags) if t not in have]
    if new:
        rows = [{"customer_id": change.customer.id, "tag_id": t} for t in new]
        insert_rows(conn, customer_tag, rows, writer.now)
        change.added["tag"] = new


def _set_custom(writer: ClientWriter, change: _Change, draft: ClientDraft, overwrite: bool) -> None:
    current = {v.field_id: v for v in change.customer.custom_values}
    for name, value in draft.custom.items():
        field_id, kind = writer.fields[name]
        columns = custom_value_columns(kind, value)
        row = current.get(field_id)
        if row is None:
            row = CustomFieldValue(field_id=field_id, **columns)
            change.customer.custom_values.append(row)
            change.custom[str(field_id)] = None
        elif overwrite and any(getattr(row, k) != v for k, v in columns.items()):
            old = {k: to_json(getattr(row, k)) for k in columns}
            change.custom[str(field_id)] = old
            for k, v in columns.items():
                setattr(row, k, v)
