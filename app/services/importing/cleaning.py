"""Step 5: one spreadsheet row → one ``ClientDraft`` with its cell problems.

A bad optional value (an e-mail without @, a date that is no date) is left
out and reported; the rest of the row is imported. Only a row without any
name is rejected. Values shortened to fit a column, and phone numbers
recovered from scientific notation, are imported and reported as altered.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property, lru_cache, partial
from typing import Any

from app.models import Customer
from app.models.enums import ContactLabel, FieldType
from app.services.custom_fields import CustomField
from app.services.fields import FIELDS, FieldSpec
from app.services.importing import list_cells
from app.services.importing import textforms as tf
from app.services.importing.cell_values import (
    Capped,
    Dropped,
    bool_value,
    cell_text,
    decimal_value,
    int_value,
    longtext_value,
    text_value,
)
from app.services.importing.dates import DateOrder, NotADate, parse_birthday, parse_date
from app.services.importing.draft import ALTERED, DROPPED, REJECTED, ClientDraft
from app.services.importing.header import column_name
from app.services.importing.list_cells import ADDRESS_LIMITS, problem
from app.services.importing.targets import CUSTOM_PREFIX
from app.services.labels import label as label_text
from app.services.names import split_name
from app.services.validation import FieldProblem, clean_enum, clean_monthday

_COLUMNS = Customer.__table__.c
_PART_TARGETS = ("province", "city", "district", "postcode")
_NAME_TARGETS = ("name", "surname", "given_name")
_INVALID = "\0invalid"

# A handler reads one non-blank cell into the draft: (draft, value, column label).
Handler = Callable[[ClientDraft, object, str], None]


def column_limit(key: str) -> int | None:
    return getattr(_COLUMNS[key].type, "length", None)


class RowCleaner:
    """Cleans rows for one mapping; built once per import, called per row."""

    def __init__(
        self,
        mapping: Mapping[int, str],
        headers: Sequence[str],
        *,
        date_order: DateOrder = "mdy",
        date1904: bool = False,
        custom_fields: Mapping[str, CustomField] | None = None,
    ) -> None:
        self.date_order = date_order
        self.date1904 = date1904
        self.custom_fields = dict(custom_fields or {})
        self.rules: list[tuple[int, str, str, Handler | None]] = []
        for column in sorted(mapping):
            target = mapping[column]
            header = headers[column] if column < len(headers) else ""
            letter = column_name(column)
            label = letter if header in ("", letter) else f"{letter} {header}"
            self.rules.append((column, target, label, self._handler(target)))
        self.columns = {label: column for column, _, label, _ in self.rules}  # labels are unique
        names = [label for _, target, label, _ in self.rules if target in _NAME_TARGETS]
        self.name_label = names[0] if names else ""

    def clean(self, row: int, values: Sequence[object]) -> ClientDraft | None:
        """The draft of this row, or None when every mapped cell is blank."""
        draft = ClientDraft(row)
        parts: dict[str, str] = {}
        seen_any = False
        width = len(values)
        for column, target, label, handler in self.rules:
            if column >= width:
                continue
            value = values[column]
            if value is None or (value.__class__ is str and (not value or value.isspace())):
                continue
            seen_any = True
            try:
                if handler is None:  # an address part, merged once the row is read
                    parts[target] = self._part(draft, target, value, label)
                else:
                    handler(draft, value, label)
            except Dropped as exc:
                draft.problems.append(problem(row, label, value, exc.code, DROPPED, exc.detail))
        if not seen_any:
            return None
        if draft.problems:  # handlers know the column's label, not its index
            draft.problems = [replace(p, index=self.columns[p.column]) for p in draft.problems]
        if parts:
            list_cells.merge_parts(draft, parts)
        if not draft.has_name:
            draft.problems.append(problem(row, self.name_label, "", "no_name", REJECTED))
        return draft

    def _part(self, draft: ClientDraft, target: str, value: object, label: str) -> str:
        text = text_value(value, ADDRESS_LIMITS[target])
        _note_cap(draft, label, value, text)
        return text or ""

    # -- handlers by target --------------------------------------------------

    def _handler(self, target: str) -> Handler | None:
        if target in _PART_TARGETS:
            return None
        if target.startswith(CUSTOM_PREFIX):
            field = self.custom_fields[target[len(CUSTOM_PREFIX) :]]  # KeyError: unknown
            return partial(self._custom, field=field)
        if target.startswith("phone"):
            fixed = ContactLabel(target.split(":")[1]) if ":" in target else None
            return partial(list_cells.phones, fixed=fixed)
        if target.startswith("address"):
            home = target == "address:home"
            default = ContactLabel.HOME if home else ContactLabel.WORK
            return partial(list_cells.addresses, default=default)
        simple: dict[str, Handler] = {
            "name": _name,
            "surname": _name_part,
            "given_name": _name_part,
            "email": list_cells.emails,
            "tags": list_cells.tags,
            "family": list_cells.family,
            "birthday": self._birthday,
            "anniversaries": self._anniversaries,
        }
        if target in simple:
            return partial(simple[target], key=target) if target in FIELDS else simple[target]
        return self._scalar(FIELDS[target])

    def _scalar(self, spec: FieldSpec) -> Handler:
        key, kind = spec.key, spec.kind
        limit = column_limit(key)
        convert = _remembered(
            {
                "text": lambda v: text_value(v, limit),
                "longtext": longtext_value,
                "enum": lambda v: _enum(spec, v),
                "date": self._date,
                "decimal": decimal_value,
                "int": lambda v: int_value(v, 0, 5),
                "bool": bool_value,
                "monthday": self._monthday,
            }[kind]
        )

        def handle(draft: ClientDraft, value: object, label: str) -> None:
            cleaned = convert(value)
            if cleaned is not None:
                if type(cleaned) is Capped:
                    _note_cap(draft, label, value, cleaned)
                draft.fields[key] = cleaned

        return handle

    def _date(self, value: object):
        try:
            return parse_date(value, self.date_order, self.date1904)
        except NotADate as exc:
            raise Dropped("invalid_date", str(exc)) from None

    def _monthday(self, value: object) -> str:
        try:
            return clean_monthday(cell_text(value)) or ""
        except FieldProblem:
            pass
        try:
            cd = parse_birthday(value, self.date_order, self.date1904)
        except (NotADate, ValueError):
            raise Dropped("invalid_date", cell_text(value)) from None
        return f"{cd.month:02d}-{cd.day:02d}"

    def _birthday(self, draft: ClientDraft, value: object, label: str) -> None:
        draft.birthday = self._parse_birthday(value)

    @cached_property
    def _parse_birthday(self) -> Callable[[object], Any]:
        def parse(value: object) -> Any:
            try:
                return parse_birthday(value, self.date_order, self.date1904)
            except (NotADate, ValueError) as exc:
                raise Dropped("invalid_date", str(exc)) from None

        return _remembered(parse)

    def _anniversaries(self, draft: ClientDraft, value: object, label: str) -> None:
        for item in list_cells.items(tf.LIST_SPLIT, value):
            title, when = tf.split_titled(item)
            try:
                cd = parse_birthday(when, self.date_order, self.date1904)
            except (NotADate, ValueError):
                draft.problems.append(
                    problem(draft.row, label, item, "invalid_date", DROPPED, item)
                )
                continue
            draft.anniversaries.append((title[:120], cd))

    def _custom(self, draft: ClientDraft, value: object, label: str, field: CustomField) -> None:
        if field.field_type == FieldType.NUMBER:
            cleaned: Any = decimal_value(value)
        elif field.field_type == FieldType.DATE:
            cleaned = self._date(value)
        elif field.field_type == FieldType.CHOICE:
            text = text_value(value, None) or ""
            cleaned = {c.casefold(): c for c in field.choices}.get(text.casefold())
            if cleaned is None:
                raise Dropped("invalid_choice", "、".join(field.choices))
        else:
            cleaned = longtext_value(value)
            _note_cap(draft, label, value, cleaned)
        draft.custom[field.name] = cleaned


_MISSING = object()
_MEMO_TYPES = (str, date, datetime)  # exact classes: a subclass may compare otherwise
MEMO_SIZE = 4096  # values per column: the frequent ones come early


def _remembered(convert: Callable[[object], Any]) -> Callable[[object], Any]:
    """``convert`` with the results for values seen before kept.

    A list repeats its positions, cities, tiers and birthdays thousands of
    times; one dict lookup replaces the cleaning. Only texts and dates are
    kept (1, 1.0 and True are equal keys but clean differently; a text, a
    date and a datetime are never equal to each other), never refused values
    (they raise each time), and the memory is bounded.
    """
    memo: dict[object, Any] = {}

    def remembered(value: object) -> Any:
        if value.__class__ not in _MEMO_TYPES:
            return convert(value)
        found = memo.get(value, _MISSING)
        if found is _MISSING:
            found = convert(value)
            if len(memo) < MEMO_SIZE:
                memo[value] = found
        return found

    return remembered


def _note_cap(draft: ClientDraft, label: str, value: object, cleaned: object) -> None:
    if isinstance(cleaned, Capped):
        draft.problems.append(problem(draft.row, label, value, "truncated", ALTERED, cleaned.limit))


_split_name = _remembered(lambda v: split_name(cell_text(v)))  # 王伟 comes back often


def _name(draft: ClientDraft, value: object, label: str) -> None:
    surname, given = _split_name(value)
    if len(surname) > 40 or len(given) > 80:
        draft.problems.append(problem(draft.row, label, value, "truncated", ALTERED, 120))
    if surname or given:
        draft.surname, draft.given_name = surname[:40], given[:80]


def _name_part(draft: ClientDraft, value: object, label: str, key: str) -> None:
    text = text_value(value, column_limit(key)) or ""
    _note_cap(draft, label, value, text)
    setattr(draft, key, text)


def _enum(spec: FieldSpec, value: object) -> str | None:
    code = _enum_code(spec.enum, cell_text(value))  # type: ignore[arg-type]
    if code is _INVALID:
        choices = "、".join(label_text(m) for m in spec.enum)  # type: ignore[union-attr]
        raise Dropped("invalid_choice", choices)
    return code


@lru_cache(maxsize=4096)
def _enum_code(enum_cls: type[StrEnum], text: str) -> str | None:
    """The code for a label; cached, as ``parse_label`` scans every label of the enum."""
    try:
        member = clean_enum(enum_cls, text)
    except FieldProblem:
        return _INVALID
    return member.value if member is not None else None
