"""Tags and user-defined custom fields."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped, code_enum, utcnow
from app.models.enums import FieldType

if TYPE_CHECKING:
    from app.models.customer import Customer

customer_tag = Table(
    "customer_tag",
    Base.metadata,
    Column("customer_id", ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("created_at", DateTime, default=utcnow),
    Column("updated_at", DateTime, default=utcnow, onupdate=utcnow),
)


class Tag(Timestamped, Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    colour: Mapped[str | None] = mapped_column(String(9))  # "#rrggbb"

    customers: Mapped[list[Customer]] = relationship(secondary=customer_tag, back_populates="tags")


class CustomFieldDef(Timestamped, Base):
    """A field the user added to every dossier; ``choices`` for the choice type."""

    __tablename__ = "custom_field_def"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    field_type: Mapped[FieldType] = mapped_column(code_enum(FieldType), default=FieldType.TEXT)
    choices: Mapped[list[str] | None] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer, default=0)

    values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="field", cascade="all, delete-orphan", passive_deletes=True
    )


class CustomFieldValue(Timestamped, Base):
    """One client's value of one custom field, in the column of its type."""

    __tablename__ = "custom_field_value"
    __table_args__ = (UniqueConstraint("customer_id", "field_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_field_def.id", ondelete="CASCADE"), index=True
    )
    text_value: Mapped[str | None] = mapped_column(Text)  # text and choice
    number_value: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    date_value: Mapped[date | None] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="custom_values")
    field: Mapped[CustomFieldDef] = relationship(back_populates="values")


class AppSetting(Timestamped, Base):
    """Settings that belong to the data, not the machine (A–D policy, questionnaire)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict | list | str | int | float | None] = mapped_column(JSON)
