"""商业记录 — the dossier's history: contacts, the A–D plan, orders, complaints …

Every row is dated; nothing here is edited away: a follow-up that is skipped or
re-planned keeps its row with a status and a reason.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from app.models.base import Base, Timestamped, code_enum, owner_fk
from app.models.enums import (
    Channel,
    ChurnReason,
    ComplaintStatus,
    FollowUpStatus,
    OrderStatus,
    Stage,
)

if TYPE_CHECKING:
    from app.models.customer import Customer


class Interaction(Timestamped, Base):
    """A logged contact, with the feedback the A–D plan asks for."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    channel: Mapped[Channel] = mapped_column(code_enum(Channel), default=Channel.PHONE)
    stage: Mapped[Stage | None] = mapped_column(code_enum(Stage))
    summary: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str | None] = mapped_column(Text)  # problems the client raised
    client_plans: Mapped[str | None] = mapped_column(Text)  # the client's next plans
    interests: Mapped[str | None] = mapped_column(Text)  # interests noticed
    next_step: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="interactions")


class FollowUp(Timestamped, Base):
    """A scheduled contact of the A–D plan."""

    __tablename__ = "follow_up"
    __table_args__ = (
        # The Today page and the overdue badge ask "pending, due before X".
        Index("ix_follow_up_status_due", "status", "due_on"),
        # "This client's next pending step" is one seek here; without it SQLite
        # may walk ix_follow_up_status_due through every pending step instead.
        # Its leading column serves "this client's steps" too (and the cascade).
        Index("ix_follow_up_client_pending", "customer_id", "status", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk(indexed=False)
    stage: Mapped[Stage] = mapped_column(code_enum(Stage))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    appointment_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[FollowUpStatus] = mapped_column(  # see ix_follow_up_status_due
        code_enum(FollowUpStatus), default=FollowUpStatus.PENDING
    )
    purpose: Mapped[str | None] = mapped_column(Text)
    briefing: Mapped[str | None] = mapped_column(Text)  # C: what to remember about them
    suggested_action: Mapped[str | None] = mapped_column(Text)  # D: retention idea
    reason: Mapped[str | None] = mapped_column(Text)  # why skipped / rescheduled / cancelled
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="SET NULL")
    )

    customer: Mapped[Customer] = relationship(back_populates="follow_ups")
    interaction: Mapped[Interaction | None] = relationship()


class Assessment(Timestamped, Base):
    """One filled intent questionnaire (客户意愿评估), scored when taken."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    taken_on: Mapped[date] = mapped_column(Date, index=True)
    questionnaire_version: Mapped[str] = mapped_column(String(40))
    score: Mapped[Decimal] = mapped_column(Numeric(5, 1))
    band: Mapped[str] = mapped_column(String(12))  # high / medium / low
    notes: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="assessments")
    answers: Mapped[list[AssessmentAnswer]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True
    )


class AssessmentAnswer(Timestamped, Base):
    __tablename__ = "assessment_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    question_key: Mapped[str] = mapped_column(String(40))
    answer: Mapped[str | int | float | list | None] = mapped_column(JSON)
    points: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))

    assessment: Mapped[Assessment] = relationship(back_populates="answers")


class Order(Timestamped, Base):
    """A past transaction."""

    __tablename__ = "customer_order"  # ORDER is an SQL keyword

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    ordered_on: Mapped[date] = mapped_column(Date, index=True)
    product: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3), default=Decimal(1))
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal(0))
    status: Mapped[OrderStatus] = mapped_column(code_enum(OrderStatus), default=OrderStatus.ORDERED)
    contract_no: Mapped[str | None] = mapped_column(String(60))

    customer: Mapped[Customer] = relationship(back_populates="orders")


class Complaint(Timestamped, Base):
    """客户抱怨 and how it was resolved."""

    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    received_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(200))
    details: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ComplaintStatus] = mapped_column(
        code_enum(ComplaintStatus), default=ComplaintStatus.OPEN
    )
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_on: Mapped[date | None] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="complaints")


class ServiceRequest(Timestamped, Base):
    __tablename__ = "service_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    requested_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(200))
    details: Mapped[str | None] = mapped_column(Text)
    done_on: Mapped[date | None] = mapped_column(Date)

    customer: Mapped[Customer] = relationship(back_populates="service_requests")


class Promotion(Timestamped, Base):
    """A promotion or club event the client took part in."""

    __tablename__ = "promotion"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    name: Mapped[str] = mapped_column(String(200))
    joined_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="promotions")


class ChurnRecord(Timestamped, Base):
    """顾客退出: why the client left, what was tried, what was lost."""

    __tablename__ = "churn_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    churned_on: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[ChurnReason] = mapped_column(code_enum(ChurnReason))
    retention_actions: Mapped[str | None] = mapped_column(Text)
    lifetime_value: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal(0))
    notes: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="churn_records")


class LoyaltyEntry(Timestamped, Base):
    """A line of the points (积分) ledger; ``Customer.loyalty_points`` is its sum."""

    __tablename__ = "loyalty_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    occurred_on: Mapped[date] = mapped_column(Date)
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")

    customer: Mapped[Customer] = relationship(back_populates="loyalty_entries")


class Attachment(Timestamped, Base):
    """A file kept inside the database (a business card, a contract scan).

    The bytes live in the row, so moving or deleting the original file loses
    nothing; ``content`` is deferred so listing attachments stays cheap.
    """

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = owner_fk()
    kind: Mapped[str] = mapped_column(String(20), default="document")  # card / photo / document
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    customer: Mapped[Customer] = relationship(back_populates="attachments")
