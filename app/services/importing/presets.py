"""Named column mappings, saved with the data (``AppSetting`` "import.presets").

A preset maps header text to targets, not column positions, so the monthly
list from the same colleague maps itself even when a column moved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.models.db import Database
from app.services.errors import NotFoundError, ValidationError
from app.services.importing.mapping import mapping_by_header, mapping_from_headers
from app.services.names import normalize_text
from app.services.settings_store import read_setting, write_setting

SETTING_KEY = "import.presets"


@dataclass(frozen=True)
class MappingPreset:
    name: str
    columns: dict[str, str]  # header key → target key
    date_order: str = "mdy"

    def apply(self, headers: Sequence[object]) -> dict[int, str]:
        """Column index → target for this file's headers."""
        return mapping_from_headers(headers, self.columns)


def _all(db: Database) -> dict[str, dict]:
    with db.session() as session:
        return read_setting(session, SETTING_KEY)


def _store(db: Database, presets: dict[str, dict]) -> None:
    with db.session() as session, session.begin():
        write_setting(session, SETTING_KEY, presets)


def list_presets(db: Database) -> list[MappingPreset]:
    return [
        MappingPreset(name, dict(p["columns"]), p.get("date_order", "mdy"))
        for name, p in sorted(_all(db).items())
    ]


def save_preset(
    db: Database,
    name: str,
    headers: Sequence[object],
    mapping: Mapping[int, str],
    date_order: str = "mdy",
) -> MappingPreset:
    """Save (or replace) the preset ``name`` from a mapping of this file's columns."""
    clean = normalize_text(name)
    if not clean:
        raise ValidationError.single("name", "required", "a preset needs a name")
    preset = MappingPreset(clean, mapping_by_header(headers, mapping), date_order)
    presets = _all(db)
    presets[clean] = {"columns": preset.columns, "date_order": date_order}
    _store(db, presets)
    return preset


def load_preset(db: Database, name: str) -> MappingPreset:
    for preset in list_presets(db):
        if preset.name == normalize_text(name):
            return preset
    raise NotFoundError("import preset", name)


def delete_preset(db: Database, name: str) -> None:
    presets = _all(db)
    if presets.pop(normalize_text(name), None) is None:
        raise NotFoundError("import preset", name)
    _store(db, presets)
