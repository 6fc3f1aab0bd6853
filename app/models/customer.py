"""The client (客户) and the dossier's sections that live on its row.

History (interactions, follow-ups, orders …) lives in ``history.py``; the
multi-valued parts of the basic section (phones, emails, addresses) and the
personal section (family, anniversaries) live in ``contact.py``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped, code_enum
from app.models.enums import (
    CalendarKind,
    DevStatus,
    EnterpriseNature,
    Gender,
    RelationshipLevel,
    Source,
    Tier,
    ValueOrientation,
)

if TYPE_CHECKING:
    from app.models.contact import Address, Anniversary, Email, FamilyMember, Phone
    from app.models.custom import CustomFieldValue, Tag
    from app.models.history import (
        Assessment,
        Attachment,
        ChurnRecord,
        Complaint,
        FollowUp,
        Interaction,
        LoyaltyEntry,
        Order,
        Promotion,
        ServiceRequest,
    )

_CHILD = {"cascade": "all, delete-orphan", "passive_deletes": True}


class Customer(Timestamped, Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)

    # 基本细节 Basic. Surname and given name are kept apart: 欧阳 + 娜娜.
    surname: Mapped[str] = mapped_column(String(40), default="")
    given_name: Mapped[str] = mapped_column(String(80), default="")
    # Indexed by ix_customer_name_company and ix_customer_live_name, which lead with it.
    display_name: Mapped[str] = mapped_column(String(120))
    # Pinyin of the name, so lists sort 曾 with the z's as people expect, not by code point.
    name_sort: Mapped[str] = mapped_column(String(240), default="", index=True)
    english_name: Mapped[str | None] = mapped_column(String(120))
    nickname: Mapped[str | None] = mapped_column(String(80))
    gender: Mapped[Gender | None] = mapped_column(code_enum(Gender))
    bank_account: Mapped[str | None] = mapped_column(String(120))
    wechat_id: Mapped[str | None] = mapped_column(String(80))
    qq_id: Mapped[str | None] = mapped_column(String(40))

    # 商业细节 Business.
    company: Mapped[str | None] = mapped_column(String(200), index=True)
    position: Mapped[str | None] = mapped_column(String(120))
    industry: Mapped[str | None] = mapped_column(String(120))
    enterprise_nature: Mapped[EnterpriseNature | None] = mapped_column(code_enum(EnterpriseNature))
    development_plan: Mapped[str | None] = mapped_column(Text)
    fiscal_year_start: Mapped[str | None] = mapped_column(String(5))  # "MM-DD"
    fiscal_year_end: Mapped[str | None] = mapped_column(String(5))
    annual_sales: Mapped[Decimal | None] = mapped_column(Numeric(18, 2))
    org_structure: Mapped[str | None] = mapped_column(Text)
    credit_rating: Mapped[str | None] = mapped_column(String(40))
    marketing_model: Mapped[str | None] = mapped_column(Text)
    price_system: Mapped[str | None] = mapped_column(Text)
    sales_policy: Mapped[str | None] = mapped_column(Text)
    product_attitude: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(300))
    product_structure: Mapped[str | None] = mapped_column(Text)
    value_added_services: Mapped[str | None] = mapped_column(Text)
    client_since: Mapped[date | None] = mapped_column(Date)  # 入网时间

    # 个人细节 Personal. A birthday is month/day in one calendar, the year optional;
    # zodiac and star sign are derived (app.services.almanac), never stored.
    birthday_calendar: Mapped[CalendarKind | None] = mapped_column(code_enum(CalendarKind))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    birth_leap_month: Mapped[bool] = mapped_column(Boolean, default=False)
    birthplace: Mapped[str | None] = mapped_column(String(120))
    religion: Mapped[str | None] = mapped_column(String(80))
    personality: Mapped[str | None] = mapped_column(Text)
    interests: Mapped[str | None] = mapped_column(Text)
    education: Mapped[str | None] = mapped_column(String(80))
    knowledge_breadth: Mapped[str | None] = mapped_column(Text)
    aesthetic_taste: Mapped[str | None] = mapped_column(Text)
    ideals: Mapped[str | None] = mapped_column(Text)
    special_habits: Mapped[str | None] = mapped_column(Text)
    consumption_habits: Mapped[str | None] = mapped_column(Text)
    food_taste: Mapped[str | None] = mapped_column(String(200))
    favourite_colour: Mapped[str | None] = mapped_column(String(40))
    taboos: Mapped[str | None] = mapped_column(Text)
    superstitions: Mapped[str | None] = mapped_column(Text)
    vehicle: Mapped[str | None] = mapped_column(String(120))
    personal_biases: Mapped[str | None] = mapped_column(Text)

    # 后勤细节 Logistics.
    delivery_preference: Mapped[str | None] = mapped_column(Text)
    preferred_channel: Mapped[str | None] = mapped_column(String(40))
    preferred_contact_time: Mapped[str | None] = mapped_column(String(120))
    visit_directions: Mapped[str | None] = mapped_column(Text)
    assistant_name: Mapped[str | None] = mapped_column(String(80))
    assistant_phone: Mapped[str | None] = mapped_column(String(40))

    # Segmentation and loyalty.
    tier: Mapped[Tier] = mapped_column(code_enum(Tier), default=Tier.LOOSE, index=True)
    dev_status: Mapped[DevStatus] = mapped_column(
        code_enum(DevStatus), default=DevStatus.NOT_DEVELOPED, index=True
    )
    relationship_level: Mapped[RelationshipLevel | None] = mapped_column(
        code_enum(RelationshipLevel)
    )
    value_orientation: Mapped[ValueOrientation | None] = mapped_column(code_enum(ValueOrientation))
    source: Mapped[Source | None] = mapped_column(code_enum(Source))
    loyalty_points: Mapped[int] = mapped_column(Integer, default=0)  # sum of the ledger
    star_rating: Mapped[int] = mapped_column(Integer, default=0)  # 星级认证 0–5
    club_member: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    # Denormalised for the 100k-row list, which sorts and filters in SQL; the
    # services keep them in step with the history tables they summarise.
    intent_score: Mapped[float | None] = mapped_column(Numeric(5, 1), index=True)
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    next_follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    city: Mapped[str | None] = mapped_column(String(80), index=True)
    primary_phone: Mapped[str | None] = mapped_column(String(40))

    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)  # see ix_customer_live_name
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    phones: Mapped[list[Phone]] = relationship(back_populates="customer", **_CHILD)
    emails: Mapped[list[Email]] = relationship(back_populates="customer", **_CHILD)
    addresses: Mapped[list[Address]] = relationship(back_populates="customer", **_CHILD)
    family: Mapped[list[FamilyMember]] = relationship(back_populates="customer", **_CHILD)
    anniversaries: Mapped[list[Anniversary]] = relationship(back_populates="customer", **_CHILD)
    tags: Mapped[list[Tag]] = relationship(secondary="customer_tag", back_populates="customers")
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="customer", **_CHILD
    )
    interactions: Mapped[list[Interaction]] = relationship(back_populates="customer", **_CHILD)
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="customer", **_CHILD)
    assessments: Mapped[list[Assessment]] = relationship(back_populates="customer", **_CHILD)
    orders: Mapped[list[Order]] = relationship(back_populates="customer", **_CHILD)
    complaints: Mapped[list[Complaint]] = relationship(back_populates="customer", **_CHILD)
    service_requests: Mapped[list[ServiceRequest]] = relationship(
        back_populates="customer", **_CHILD
    )
    promotions: Mapped[list[Promotion]] = relationship(back_populates="customer", **_CHILD)
    churn_records: Mapped[list[ChurnRecord]] = relationship(back_populates="customer", **_CHILD)
    loyalty_entries: Mapped[list[LoyaltyEntry]] = relationship(back_populates="customer", **_CHILD)
    attachments: Mapped[list[Attachment]] = relationship(back_populates="customer", **_CHILD)

    __table_args__ = (
        # Name-prefix search: the live names in a range, sorted by name_sort, from
        # the index alone (see app.services.search._prefix_ids).
        Index("ix_customer_live_name", "deleted_at", "display_name", "name_sort"),
        # Care reminders look birthdays up by calendar, month and day (see care.py).
        Index("ix_customer_birthday", "birthday_calendar", "birth_month", "birth_day"),
        # Duplicate search groups by name and company without touching the table.
        Index("ix_customer_name_company", "display_name", "company"),
    )
