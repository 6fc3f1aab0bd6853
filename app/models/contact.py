"""Multi-valued parts of a dossier: phones, emails, addresses, family, anniversaries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped, code_enum, owner_fk
from app.models.enums import CalendarKind, ContactLabel

if TYPE_CHECKING:
    from app.models.customer import Customer


class Phone(Timestamped, Base):
    """A phone number: what the user typed, and E.164 when it could be parsed."""

    __tablename__ = "phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    label: Mapped[ContactLabel] = mapped_column(
        code_enum(ContactLabel), default=ContactLabel.MOBILE
    )
    original: Mapped[str] = mapped_column(String(60))
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Email(Timestamped, Base):
    __tablename__ = "email"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    label: Mapped[ContactLabel] = mapped_column(code_enum(ContactLabel), default=ContactLabel.WORK)
    address: Mapped[str] = mapped_column(String(254), index=True)  # stored lower-cased
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="emails")


class Address(Timestamped, Base):
    """A postal address; ``label`` tells home / work / visit apart."""

    __tablename__ = "address"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    label: Mapped[ContactLabel] = mapped_column(code_enum(ContactLabel), default=ContactLabel.WORK)
    province: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(60))
    district: Mapped[str | None] = mapped_column(String(60))
    street: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(12))
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="addresses")

    def one_line(self) -> str:
        """Chinese order: province, city, district, street."""
        parts = [self.province, self.city, self.district, self.street]
        text = ""
        for part in parts:
            if part and part not in text:  # 北京市北京市 reads wrong
                text += part
        return text


class FamilyMember(Timestamped, Base):
    __tablename__ = "family_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    relation: Mapped[str] = mapped_column(String(40))  # 配偶, 儿子, 母亲 …
    name: Mapped[str | None] = mapped_column(String(80))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="family")


class Anniversary(Timestamped, Base):
    """A key date (主要纪念日), solar or lunar, the year optional."""

    __tablename__ = "anniversary"
    __table_args__ = (Index("ix_anniversary_date", "calendar", "month", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    title: Mapped[str] = mapped_column(String(120))
    calendar: Mapped[CalendarKind] = mapped_column(
        code_enum(CalendarKind), default=CalendarKind.SOLAR
    )
    year: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    leap_month: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="anniversaries")
