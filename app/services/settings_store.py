"""Data-level settings (A–D policy, questionnaire versions, intent bands, import
presets): one JSON object per key in ``AppSetting``, read and written here only."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import AppSetting


def read_setting(session: Session, key: str) -> dict:
    """The stored object, or {} when the key is missing or holds something else."""
    row = session.get(AppSetting, key)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def write_setting(session: Session, key: str, value: dict) -> None:
    """Insert or replace; pass a new dict so the JSON column sees the change."""
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
