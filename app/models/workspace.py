"""Workspace records: saved list views and the log of imports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class SavedView(Timestamped, Base):
    """A named combination of search text and filters, shown in the navigation."""

    __tablename__ = "saved_view"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    query: Mapped[dict] = mapped_column(JSON)  # {"text": "...", "filters": {...}}
    position: Mapped[int] = mapped_column(Integer, default=0)


class ImportBatch(Timestamped, Base):
    """One import run; clients it created point back to it so it can be undone whole."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    sheet: Mapped[str | None] = mapped_column(String(120))
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
