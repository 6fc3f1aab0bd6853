"""Workspace records: saved list views and the log of imports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String
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


class ImportChange(Timestamped, Base):
    """What one import did to one client, so the import can be undone whole.

    ``action`` is ``created`` or ``updated``; for an update ``before`` holds the
    replaced values (field → old value, JSON) to put back on undo.
    """

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(12))
    before: Mapped[dict | None] = mapped_column(JSON)
