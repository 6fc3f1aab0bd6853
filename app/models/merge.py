"""The log of client merges, so a merge can be undone whole."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class MergeRecord(Timestamped, Base):
    """One merge of ``other_id`` into ``keep_id`` and what it changed (``changes``, JSON).

    ``keep_updated_at`` / ``other_updated_at`` are the two clients' ``updated_at``
    right after the merge and ``created_at`` is the moment it finished: a client
    or one of its rows written later means the merge is no longer the last word
    on them, and undoing it would throw that change away. Purging either client
    removes the record (nothing left to put back).
    """

    __tablename__ = "merge_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    keep_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    keep_updated_at: Mapped[datetime] = mapped_column(DateTime)
    other_updated_at: Mapped[datetime] = mapped_column(DateTime)
    changes: Mapped[dict] = mapped_column(JSON)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
