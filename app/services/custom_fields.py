"""User-defined dossier fields: define, list, rename, remove."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import CustomFieldDef
from app.models.db import Database
from app.models.enums import FieldType
from app.services.errors import NotFoundError, ValidationError
from app.services.names import normalize_text
from app.services.validation import FieldProblem, clean_enum


@dataclass(frozen=True)
class CustomField:
    id: int
    name: str
    field_type: FieldType
    choices: tuple[str, ...]


def _dto(d: CustomFieldDef) -> CustomField:
    return CustomField(d.id, d.name, d.field_type, tuple(d.choices or ()))


def define_field(
    db: Database,
    name: str,
    field_type: FieldType | str = FieldType.TEXT,
    choices: list[str] | None = None,
) -> CustomField:
    clean = normalize_text(name)
    if not clean:
        raise ValidationError.single("name", "required", "a custom field needs a name")
    try:
        kind = clean_enum(FieldType, field_type)
    except FieldProblem as exc:
        raise ValidationError.single("field_type", exc.code, str(exc), field_type) from None
    if kind == FieldType.CHOICE and not choices:
        raise ValidationError.single("choices", "required", "a choice field needs choices")
    with db.session() as session, session.begin():
        if session.scalar(select(CustomFieldDef).where(CustomFieldDef.name == clean)):
            raise ValidationError.single("name", "duplicate", f"{clean!r} already exists", clean)
        position = session.scalar(select(func.count()).select_from(CustomFieldDef)) or 0
        row = CustomFieldDef(
            name=clean, field_type=kind, choices=list(choices or []) or None, position=position
        )
        session.add(row)
        session.flush()
        return _dto(row)


def list_fields(db: Database) -> list[CustomField]:
    with db.session() as session:
        rows = session.scalars(select(CustomFieldDef).order_by(CustomFieldDef.position))
        return [_dto(d) for d in rows]


def remove_field(db: Database, field_id: int) -> None:
    """Removes the definition and every client's value of it."""
    with db.session() as session, session.begin():
        row = session.get(CustomFieldDef, field_id)
        if row is None:
            raise NotFoundError("custom field", field_id)
        session.delete(row)
