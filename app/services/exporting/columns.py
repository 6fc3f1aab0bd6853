"""The columns a client list can be exported with (``list_values`` gives their values).

Titles are the import targets' own labels, so an exported list imports back
with every column recognised. Multi-valued parts use the text forms of
``importing.textforms``; dates stay date cells; enum codes become labels in
the export's language. Read-only list columns (id, intent score, last
contact …) are exported but not offered back to the importer.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import Customer
from app.models.db import Database
from app.services.custom_fields import list_fields
from app.services.fields import FIELDS
from app.services.importing.targets import (
    COMPOUND_TARGETS,
    CUSTOM_PREFIX,
    FIELD_TARGETS,
    ImportTarget,
)


@dataclass(frozen=True)
class ExportColumn:
    key: str
    en: str
    zh: str
    zh_hant: str
    group: str  # dossier section, "contact", "custom" or "list"
    kind: str  # text, longtext, date, datetime, number, id — for width and cell format
    part: str | None  # the record part it needs loaded (phones, tags …), if any
    importable: bool = True

    def title(self, language: str = "zh_CN") -> str:
        return ImportTarget(self.key, self.en, self.zh, self.zh_hant, self.group).label(language)


# key | English | 简体 | 繁體 | kind — list columns the importer does not take back.
_LIST_ONLY = """
    id | Client no. | 客户编号 | 客戶編號 | id
    intent_score | Intent score | 意向分 | 意向分 | number
    last_contact_at | Last contact | 最后联系 | 最後聯繫 | datetime
    next_follow_up_on | Next follow-up | 下次跟进 | 下次跟進 | date
    loyalty_points | Loyalty points | 积分余额 | 積分餘額 | number
"""
_KIND = {"decimal": "number", "int": "number", "enum": "text", "bool": "text", "monthday": "text"}
_PART = {
    "phone": "phones",
    "email": "emails",
    "address": "addresses",
    "tags": "tags",
    "family": "family",
    "anniversaries": "anniversaries",
}
_COMPOUND_ORDER = ("phone", "email", "address", "birthday", "family", "anniversaries", "tags")


def _compound(key: str) -> ExportColumn:
    t = COMPOUND_TARGETS[key]
    kind = "longtext" if key in ("address", "family", "anniversaries") else "text"
    return ExportColumn(key, t.en, t.zh, t.zh_hant, t.group, kind, _PART.get(key))


def _field(key: str) -> ExportColumn:
    t, spec = FIELD_TARGETS[key], FIELDS[key]
    return ExportColumn(key, t.en, t.zh, t.zh_hant, t.group, _KIND.get(spec.kind, spec.kind), None)


def export_columns(db: Database) -> list[ExportColumn]:
    """Every column, in dossier order; this database's custom fields last."""
    out = [_compound("name")]
    for key in FIELDS:
        if key not in ("surname", "given_name"):  # the full name says it already
            out.append(_field(key))
            if key == "bank_account":  # contact details right after the basic fields
                out += [_compound(k) for k in _COMPOUND_ORDER]
    for line in _LIST_ONLY.strip().splitlines():
        key, en, zh, hant, kind = (p.strip() for p in line.split("|"))
        out.append(ExportColumn(key, en, zh, hant, "list", kind, None, importable=False))
    for f in list_fields(db):
        kind = {"number": "number", "date": "date"}.get(f.field_type.value, "text")
        key = CUSTOM_PREFIX + f.name
        out.append(ExportColumn(key, f.name, f.name, f.name, "custom", kind, "custom"))
    return out


BIRTHDAY_COLUMNS = "birthday_calendar birth_year birth_month birth_day birth_leap_month".split()


def customer_columns(column: ExportColumn) -> tuple[str, ...]:
    """The customer table columns this export column reads."""
    if column.key == "name":
        return ("display_name",)
    if column.key == "birthday":
        return tuple(BIRTHDAY_COLUMNS)
    return (column.key,) if column.key in Customer.__table__.c else ()
