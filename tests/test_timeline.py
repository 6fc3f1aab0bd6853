"""The history timeline: one list, newest first, across every history table."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.models import (
    Assessment,
    ChurnRecord,
    Complaint,
    Customer,
    FollowUp,
    Interaction,
    Order,
    Promotion,
    ServiceRequest,
)
from app.models.enums import (
    Channel,
    ChurnReason,
    ComplaintStatus,
    FollowUpStatus,
    OrderStatus,
    Stage,
)
from app.services.timeline import EntryKind, timeline


def _client(db, name: str) -> int:
    """A bare client row: ``create_customer`` would also plan an A step, dated today."""
    with db.session() as session, session.begin():
        customer = Customer(surname=name[0], given_name=name[1:], display_name=name)
        session.add(customer)
        session.flush()
        return customer.id


def _add(db, *rows) -> None:
    with db.session() as session, session.begin():
        session.add_all(rows)


def _history(db, cid: int) -> None:
    _add(
        db,
        Interaction(
            customer_id=cid,
            occurred_at=datetime(2024, 3, 5, 15, 30),
            channel=Channel.VISIT,
            stage=Stage.C,
            summary="二次拜访，谈续约",
            problems="交期",
        ),
        Order(
            customer_id=cid,
            ordered_on=date(2024, 4, 1),
            product="服务器",
            quantity=Decimal(3),
            amount=Decimal("120000.00"),
            status=OrderStatus.PAID,
            contract_no="HT-001",
        ),
        Complaint(
            customer_id=cid,
            received_on=date(2024, 2, 1),
            subject="交货延迟",
            status=ComplaintStatus.RESOLVED,
            resolution="补发",
        ),
        ServiceRequest(customer_id=cid, requested_on=date(2024, 1, 10), subject="安装调试"),
        Assessment(
            customer_id=cid,
            taken_on=date(2023, 12, 1),
            questionnaire_version="v1",
            score=Decimal("72.5"),
            band="high",
        ),
        FollowUp(
            customer_id=cid,
            stage=Stage.D,
            due_on=date(2024, 6, 1),
            status=FollowUpStatus.PENDING,
            purpose="送中秋礼",
        ),
        FollowUp(
            customer_id=cid,
            stage=Stage.B,
            due_on=date(2023, 11, 1),
            completed_at=datetime(2024, 3, 5, 16, 0),  # done late: dated when done
            status=FollowUpStatus.DONE,
        ),
        ChurnRecord(
            customer_id=cid,
            churned_on=date(2023, 6, 1),
            reason=ChurnReason.PRICE,
            lifetime_value=Decimal(50000),
        ),
        Promotion(customer_id=cid, name="高尔夫邀请赛", joined_on=date(2023, 9, 9)),
    )


def test_every_kind_in_one_list_newest_first(db) -> None:
    cid = _client(db, "王建国")
    other = _client(db, "李娜")
    _history(db, cid)
    _history(db, other)  # another client's history never leaks in

    entries = timeline(db, cid)

    assert [(e.kind, e.when) for e in entries] == [
        (EntryKind.FOLLOW_UP, datetime(2024, 6, 1)),
        (EntryKind.ORDER, datetime(2024, 4, 1)),
        (EntryKind.FOLLOW_UP, datetime(2024, 3, 5, 16, 0)),
        (EntryKind.INTERACTION, datetime(2024, 3, 5, 15, 30)),
        (EntryKind.COMPLAINT, datetime(2024, 2, 1)),
        (EntryKind.SERVICE_REQUEST, datetime(2024, 1, 10)),
        (EntryKind.ASSESSMENT, datetime(2023, 12, 1)),
        (EntryKind.PROMOTION, datetime(2023, 9, 9)),
        (EntryKind.CHURN, datetime(2023, 6, 1)),
    ]
    by_kind = {e.kind: e for e in entries}
    order = by_kind[EntryKind.ORDER]
    assert (order.title, order.detail, order.status) == ("服务器 × 3", "HT-001", OrderStatus.PAID)
    assert order.amount == Decimal("120000.00") and not order.has_time
    contact = by_kind[EntryKind.INTERACTION]
    assert (contact.title, contact.status, contact.stage) == ("二次拜访，谈续约", "visit", Stage.C)
    assert contact.has_time and contact.detail == "交期"
    assert by_kind[EntryKind.COMPLAINT].detail == "补发"
    assert by_kind[EntryKind.SERVICE_REQUEST].status == "open"
    assert by_kind[EntryKind.ASSESSMENT].status == "high"
    assert by_kind[EntryKind.CHURN].status is ChurnReason.PRICE


def test_limit_and_kinds(db) -> None:
    cid = _client(db, "王建国")
    _history(db, cid)
    newest = timeline(db, cid, limit=3)
    assert [e.kind for e in newest] == [EntryKind.FOLLOW_UP, EntryKind.ORDER, EntryKind.FOLLOW_UP]
    only = timeline(db, cid, kinds=[EntryKind.COMPLAINT, EntryKind.ORDER])
    assert [e.kind for e in only] == [EntryKind.ORDER, EntryKind.COMPLAINT]


def test_a_client_without_history_has_an_empty_timeline(db) -> None:
    assert timeline(db, _client(db, "新客户")) == []
