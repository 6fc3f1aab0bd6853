"""A client in one line (name, company, phone, city): what lists of duplicates show."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Customer


@dataclass(frozen=True)
class ClientBrief:
    id: int
    display_name: str
    company: str | None
    primary_phone: str | None
    city: str | None


def briefs(session: Session, ids: set[int], *, live_only: bool = False) -> dict[int, ClientBrief]:
    c = Customer
    query = select(c.id, c.display_name, c.company, c.primary_phone, c.city)
    if live_only:
        query = query.where(c.deleted_at.is_(None))
    wanted = sorted(ids)
    found: dict[int, ClientBrief] = {}
    for start in range(0, len(wanted), 500):  # well under SQLite's variable limit
        chunk = query.where(c.id.in_(wanted[start : start + 500]))
        found.update((row.id, ClientBrief(*row)) for row in session.execute(chunk))
    return found
