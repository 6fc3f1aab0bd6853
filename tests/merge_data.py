"""Two clients to merge, and a picture of the database to compare before and after."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select, text

from app.models import (
    FTS_TABLE,
    Assessment,
    Attachment,
    Base,
    ChurnRecord,
    Complaint,
    Customer,
    FollowUp,
    Interaction,
    LoyaltyEntry,
    Order,
    Promotion,
    ServiceRequest,
)
from app.models.db import Database
from app.models.enums import ChurnReason, FollowUpStatus, Stage
from app.services.custom_fields import define_field
from app.services.customers import create_customer

MODELS = {
    "interactions": Interaction,
    "follow_ups": FollowUp,
    "assessments": Assessment,
    "orders": Order,
    "complaints": Complaint,
    "service_requests": ServiceRequest,
    "promotions": Promotion,
    "churn_records": ChurnRecord,
    "loyalty_entries": LoyaltyEntry,
    "attachments": Attachment,
}


def add_history(db, cid: int, n: int, *, due: date, score: str, taken: date, contact: datetime):
    """``n`` rows in every history table, one pending follow-up due on ``due``."""
    with db.session() as s, s.begin():
        for i in range(n):
            s.add_all(
                [
                    Interaction(customer_id=cid, occurred_at=contact, summary=f"谈话{i}"),
                    FollowUp(
                        customer_id=cid,
                        stage=Stage.B,
                        due_on=due,
                        status=FollowUpStatus.PENDING if i == 0 else FollowUpStatus.DONE,
                    ),
                    Assessment(
                        customer_id=cid,
                        taken_on=taken,
                        questionnaire_version="v1",
                        score=Decimal(score),
                        band="high",
                    ),
                    Order(customer_id=cid, ordered_on=date(2024, 1, 1), product="茶叶"),
                    Complaint(customer_id=cid, received_on=date(2024, 2, 1), subject="延迟"),
                    ServiceRequest(customer_id=cid, requested_on=date(2024, 3, 1), subject="安装"),
                    Promotion(customer_id=cid, name="春季酒会", joined_on=date(2024, 4, 1)),
                    ChurnRecord(
                        customer_id=cid, churned_on=date(2023, 1, 1), reason=ChurnReason.PRICE
                    ),
                    LoyaltyEntry(customer_id=cid, occurred_on=date(2024, 5, 1), points=100),
                    Attachment(
                        customer_id=cid, filename="名片.png", size=3, sha256="x", content=b"abc"
                    ),
                ]
            )
        customer = s.get(Customer, cid)
        customer.loyalty_points = 100 * n
        customer.intent_score = Decimal(score)
        customer.last_contact_at = contact
        customer.next_follow_up_on = due


def counts(db, cid: int) -> dict[str, int]:
    with db.session() as s:
        return {
            name: s.scalar(select(func.count()).select_from(m).where(m.customer_id == cid))
            for name, m in MODELS.items()
        }


def make_pair(db: Database) -> tuple[int, int]:
    """Two dossiers of one person, each with history, contacts, tags and custom values."""
    define_field(db, "高尔夫差点", "number")
    define_field(db, "车牌", "text")
    keep = create_customer(
        db,
        {
            "name": "王芳",
            "company": "华为技术有限公司",
            "position": "采购经理",
            "tier": "close",
            "phones": ["13812345678"],
            "emails": ["wf@huawei.com"],
            "addresses": [{"city": "深圳市", "street": "坂田"}],
            "family": [{"relation": "女儿", "name": "小芳"}],
            "tags": ["VIP", "老客户"],
            "custom": {"高尔夫差点": "12"},
        },
    )
    other = create_customer(
        db,
        {
            "name": "王芳",
            "company": "华为技术",
            "position": "采购总监",
            "tier": "strategic",
            "food_taste": "川菜",
            "birthday": "农历八月十五",
            "phones": ["+86 138 1234 5678", "13900001111"],
            "emails": ["WF@huawei.com", "wangfang@163.com"],
            "addresses": [
                {"city": "深圳市", "street": "坂田"},
                {"city": "北京市", "street": "中关村"},
            ],
            "family": [{"relation": "女儿", "name": "小芳"}, {"relation": "丈夫", "name": "李强"}],
            "anniversaries": [{"title": "结婚纪念日", "date": "2010-05-20"}],
            "tags": ["老客户", "高尔夫会员"],
            "custom": {"高尔夫差点": "9", "车牌": "粤B12345"},
        },
    )
    add_history(
        db, keep, 2, due=date(2025, 3, 1), score="40", taken=date(2024, 1, 1),
        contact=datetime(2024, 6, 1, 10),
    )  # fmt: skip
    add_history(
        db, other, 3, due=date(2025, 2, 1), score="80", taken=date(2024, 9, 1),
        contact=datetime(2024, 8, 1, 10),
    )  # fmt: skip
    return keep, other


def database_state(db: Database, *, leave_out: tuple[str, ...] = ("merge_record",)) -> dict:
    """Every row of every table, every column (ids and timestamps too), and the search index."""
    state = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name not in leave_out:
                state[table.name] = sorted(map(tuple, conn.execute(select(table))), key=repr)
        fts = conn.execute(text(f"SELECT rowid, body FROM {FTS_TABLE} ORDER BY rowid"))
        state[FTS_TABLE] = list(map(tuple, fts))
    return state


def pending_steps(db: Database) -> dict[int, int]:
    """Pending A–D steps per live client (the plan keeps exactly one, none when churned)."""
    with db.session() as s:
        query = (
            select(FollowUp.customer_id, func.count())
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(FollowUp.status == FollowUpStatus.PENDING, Customer.deleted_at.is_(None))
            .group_by(FollowUp.customer_id)
        )
        return {cid: n for cid, n in s.execute(query)}
