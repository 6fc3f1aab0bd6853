"""Declarative base, timestamp mixin and the column helpers every table uses."""

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import DateTime, Enum, ForeignKey, MetaData, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column

# Stable constraint names, so Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC: SQLite has no time zones, so every stored datetime is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


@event.listens_for(Mapper, "before_configured")
def _register_every_model() -> None:
    """Relationships name their targets by string: make sure every class is
    mapped before SQLAlchemy resolves them, whichever model module came first."""
    from app.models import load_all

    load_all()


class Timestamped:
    """``created_at``/``updated_at`` on every table."""

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


def code_enum(enum_cls: type[StrEnum]) -> Enum:
    """Store an enum as its string code, without a CHECK constraint.

    Without the constraint a later release can add members without a table
    rebuild; the services validate codes before they are written.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda cls: [member.value for member in cls],
        validate_strings=True,
    )


def owner_fk(*, indexed: bool = True) -> Mapped[int]:
    """The owning client: rows go with it when it is purged, not when trashed.

    Indexed, for the cascade and "this client's rows" — unless a composite
    index of the table leads with the column (``indexed=False``)."""
    return mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=indexed)
