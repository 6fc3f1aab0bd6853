"""Saved list views: a named search + filter combination shown in the navigation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.models import SavedView
from app.models.db import Database
from app.services.client_list import ListFilter
from app.services.errors import NotFoundError, ValidationError
from app.services.names import normalize_text


@dataclass(frozen=True)
class View:
    id: int
    name: str
    filter: ListFilter


def save_view(db: Database, name: str, flt: ListFilter) -> View:
    """Create the view, or replace the filter of the view with that name."""
    clean = normalize_text(name)
    if not clean:
        raise ValidationError.single("name", "required", "a view needs a name")
    with db.session() as session, session.begin():
        row = session.scalar(select(SavedView).where(SavedView.name == clean))
        if row is None:
            position = session.scalar(select(func.count()).select_from(SavedView)) or 0
            row = SavedView(name=clean, query={}, position=position)
            session.add(row)
        row.query = flt.to_json()
        session.flush()
        return View(row.id, row.name, flt)


def list_views(db: Database) -> list[View]:
    with db.session() as session:
        rows = session.scalars(select(SavedView).order_by(SavedView.position, SavedView.id))
        return [View(r.id, r.name, ListFilter.from_json(r.query)) for r in rows]


def delete_view(db: Database, view_id: int) -> None:
    with db.session() as session, session.begin():
        row = session.get(SavedView, view_id)
        if row is None:
            raise NotFoundError("view", view_id)
        session.delete(row)
