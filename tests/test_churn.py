"""Churn: the record, the lifetime value lost, the follow-ups cancelled, the churn rate."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import ChurnRecord, Customer, FollowUp, Order, Tag, customer_tag
from app.models.enums import ChurnReason, DevStatus, FollowUpStatus
from app.services.churn import churn_rate, lifetime_value, mark_churned
from app.services.customers import create_customer, get_customer, trash_customers
from app.services.demo import generate_demo
from app.services.errors import NotFoundError, ValidationError
from app.services.followups import ensure_plan, pending_step

TODAY = date(2026, 3, 2)


def _orders(db, cid: int, *rows: tuple[str, str]) -> None:
    with db.session() as s, s.begin():
        for status, amount in rows:
            s.add(
                Order(
                    customer_id=cid,
                    ordered_on=TODAY - timedelta(days=30),
                    product="维保合同",
                    amount=Decimal(amount),
                    status=status,
                )
            )


def test_lifetime_value_counts_every_order_except_returned_ones(db) -> None:
    cid = create_customer(db, {"name": "张伟", "dev_status": "cooperating"})
    other = create_customer(db, {"name": "李娜"})
    _orders(db, cid, ("paid", "1000"), ("shipped", "500.50"), ("ordered", "200"))
    _orders(db, cid, ("returned", "300"))
    _orders(db, other, ("paid", "9999"))
    assert lifetime_value(db, cid) == Decimal("1700.50")
    assert lifetime_value(db, create_customer(db, {"name": "无单"})) == Decimal("0.00")


def test_marking_churned_records_why_and_what_was_lost_and_stops_the_plan(db) -> None:
    cid = create_customer(db, {"name": "王芳", "dev_status": "cooperating", "tier": "loyal"})
    _orders(db, cid, ("paid", "80000"), ("returned", "5000"))
    ensure_plan(db, cid, TODAY)
    assert pending_step(db, cid) is not None

    result = mark_churned(db, cid, "价格", "  降价5%，赠送一年维保 ", TODAY, notes="竞品低价")
    assert result.reason is ChurnReason.PRICE
    assert result.lifetime_value == Decimal("80000.00")
    assert result.cancelled_follow_ups == 1
    customer = get_customer(db, cid)
    assert customer.dev_status is DevStatus.CHURNED
    assert customer.next_follow_up_on is None
    assert pending_step(db, cid) is None
    with db.session() as s:
        record = s.get(ChurnRecord, result.record_id)
        statuses = s.scalars(select(FollowUp.status).where(FollowUp.customer_id == cid)).all()
    assert (record.churned_on, record.reason) == (TODAY, ChurnReason.PRICE)
    assert record.retention_actions == "降价5%，赠送一年维保"
    assert record.lifetime_value == Decimal("80000.00") and record.notes == "竞品低价"
    assert statuses == [FollowUpStatus.CANCELLED]  # kept with a reason, never deleted


def test_refusals_write_nothing(db) -> None:
    cid = create_customer(db, {"name": "刘洋"})
    with pytest.raises(ValidationError) as caught:
        mark_churned(db, cid, "weather", None, TODAY)
    assert caught.value.fields == ["reason"]
    with pytest.raises(NotFoundError):
        mark_churned(db, 404, ChurnReason.SERVICE, None, TODAY)
    gone = create_customer(db, {"name": "陈静"})
    trash_customers(db, [gone])
    with pytest.raises(NotFoundError):
        mark_churned(db, gone, ChurnReason.SERVICE, None, TODAY)
    mark_churned(db, cid, "service", None, TODAY)
    with pytest.raises(ValidationError) as caught:
        mark_churned(db, cid, "market", None, TODAY)
    assert caught.value.errors[0].code == "already_churned"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChurnRecord)) == 1


def test_churn_rate_by_hand(db) -> None:
    def client(name: str, since: date, tags: list[str] | None = None) -> int:
        return create_customer(db, {"name": name, "client_since": since, "tags": tags or []})

    start, end = date(2025, 1, 1), date(2025, 12, 31)
    old = client("老客户", date(2020, 5, 1), ["VIP"])  # in the base, churns in the period
    client("稳定", date(2021, 1, 1), ["VIP"])  # in the base, stays
    new = client("新客户", date(2025, 6, 1))  # joined during the period, churns in it
    client("明年", date(2026, 2, 1))  # joins after the period: not in the base
    early = client("早走", date(2019, 1, 1))  # left before the period: not in the base
    late = client("晚走", date(2024, 1, 1))  # leaves after the period: base, not churned
    trashed = client("回收", date(2020, 1, 1))
    mark_churned(db, old, "price", None, date(2025, 3, 1))
    mark_churned(db, new, "product", None, date(2025, 12, 31))
    mark_churned(db, early, "market", None, date(2024, 12, 31))
    mark_churned(db, late, "service", None, date(2026, 1, 1))
    mark_churned(db, trashed, "service", None, date(2025, 3, 1))
    trash_customers(db, [trashed])

    rate = churn_rate(db, start, end)
    assert (rate.churned, rate.base) == (2, 4)  # churned: old, new; base: old, 稳定, new, late
    assert rate.rate == 0.5
    vip = churn_rate(db, start, end, tag="VIP")
    assert (vip.churned, vip.base, vip.rate) == (1, 2, 0.5)
    assert churn_rate(db, start, end, tag="无此标签").rate == 0.0


def test_churn_rate_on_demo_data_equals_a_count_over_every_row(db) -> None:
    generate_demo(db, 1500, seed=11, today=TODAY)
    start, end = TODAY - timedelta(days=180), TODAY
    with db.session() as s:
        clients = s.execute(
            select(Customer.id, Customer.client_since, Customer.created_at).where(
                Customer.deleted_at.is_(None)
            )
        ).all()
        records = s.execute(select(ChurnRecord.customer_id, ChurnRecord.churned_on)).all()
        vip = set(
            s.scalars(
                select(customer_tag.c.customer_id)
                .join(Tag, Tag.id == customer_tag.c.tag_id)
                .where(Tag.name == "VIP")
            )
        )
    churn_dates: dict[int, list[date]] = {}
    for cid, day in records:
        churn_dates.setdefault(cid, []).append(day)

    def expected(only: set[int] | None) -> tuple[int, int]:
        base = churned = 0
        for cid, since, created in clients:
            if only is not None and cid not in only:
                continue
            dates = churn_dates.get(cid, [])
            if (since or created.date()) > end or any(d < start for d in dates):
                continue
            base += 1
            churned += any(start <= d <= end for d in dates)
        return churned, base

    rate = churn_rate(db, start, end)
    assert (rate.churned, rate.base) == expected(None)
    assert rate.churned > 20 and rate.base > 1000  # the demo data exercises both sides
    tagged = churn_rate(db, start, end, tag="VIP")
    assert (tagged.churned, tagged.base) == expected(vip)
