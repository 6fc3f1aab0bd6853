"""Which editor each dossier value gets, and what it shows for a loaded client.

Scalar fields are looked up by ``kind`` in the field table; custom fields by
their type. ``loaded_values`` turns a detached ``Customer`` into the values
the editors show — the same shapes the customer service accepts back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.models import Customer
from app.models.enums import FieldType
from app.services.custom_fields import CustomField
from app.services.dossier_input import birthday_of
from app.services.fields import FIELDS, FieldSpec
from app.ui.dossier.editors import (
    BoolEditor,
    ComboEditor,
    DecimalEditor,
    EnumEditor,
    FieldEditor,
    IntEditor,
    LongTextEditor,
    TextEditor,
)
from app.ui.dossier.pickers import DateEditor, MonthDayEditor, StarRatingEditor
from app.ui.dossier.rows import rows_from_customer

CUSTOM = "custom:"  # editor keys of custom fields: "custom:<name>"
_SIMPLE = {
    "text": TextEditor,
    "longtext": LongTextEditor,
    "decimal": DecimalEditor,
    "int": IntEditor,
    "bool": BoolEditor,
    "date": DateEditor,
    "monthday": MonthDayEditor,
}


def editor_for(spec: FieldSpec) -> FieldEditor:
    """The widget a scalar field's kind asks for."""
    if spec.key == "star_rating":
        return StarRatingEditor()
    if spec.kind == "enum":
        assert spec.enum is not None
        return EnumEditor(spec.enum, optional=Customer.__table__.c[spec.key].nullable)
    return _SIMPLE[spec.kind]()


def custom_editor(field: CustomField) -> FieldEditor:
    if field.field_type == FieldType.CHOICE:
        return ComboEditor([(c, c) for c in field.choices], optional=True)
    if field.field_type == FieldType.NUMBER:
        return DecimalEditor()
    if field.field_type == FieldType.DATE:
        return DateEditor()
    return TextEditor()


def loaded_values(customer: Customer | None, custom_fields: Sequence[CustomField]) -> dict:
    """What each editor shows for a loaded dossier, or for a new client."""
    values: dict[str, Any] = {}
    for key in FIELDS:
        column = Customer.__table__.c[key]
        if customer is not None:
            value = getattr(customer, key)
        else:  # a new client: the model's defaults (tier loose, not developed, 0 stars)
            value = column.default.arg if column.default is not None else None
        values[key] = value.isoformat() if isinstance(value, date) else value
    if customer is None:
        return values
    values["birthday"] = birthday_of(customer)
    values.update(rows_from_customer(customer))
    values["tags"] = [tag.name for tag in customer.tags]
    for row in customer.custom_values:
        parts = (row.text_value, row.number_value, row.date_value)
        value = next((part for part in parts if part is not None), None)
        values[CUSTOM + row.field.name] = value.isoformat() if isinstance(value, date) else value
    return values
