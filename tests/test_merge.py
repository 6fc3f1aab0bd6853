"""Merging two clients: nothing of either is lost, and a failure changes nothing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import (
    Assessment,
    Attachment,
    ChurnRecord,
    Complaint,
    Customer,
    FollowUp,
    Interaction,
    LoyaltyEntry,
    Order,
    Phone,
    Promotion,
    ServiceRequest,
    customer_tag,
)
from app.models.enums import ChurnReason, FollowUpStatus, Stage, Tier
from app.services import duplicates
from app.services.almanac import CalendarDate
from app.services.custom_fields import define_field
from app.services.customers import (
    create_customer,
    get_customer,
    restore_customers,
    update_customer,
)
from app.services.duplicates import HISTORY, merge_customers, merge_preview
from app.services.errors import NotFoundError, ValidationError
from app.services.search import search_customers

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


def _history(db, cid: int, n: int, *, due: date, score: str, taken: date, contact: datetime):
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


def _counts(db, cid: int) -> dict[str, int]:
    with db.session() as s:
        return {
            name: s.scalar(select(func.count()).select_from(m).where(m.customer_id == cid))
            for name, m in MODELS.items()
        }


@pytest.fixture
def pair(db):
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
    _history(
        db, keep, 2, due=date(2025, 3, 1), score="40", taken=date(2024, 1, 1),
        contact=datetime(2024, 6, 1, 10),
    )  # fmt: skip
    _history(
        db, other, 3, due=date(2025, 2, 1), score="80", taken=date(2024, 9, 1),
        contact=datetime(2024, 8, 1, 10),
    )  # fmt: skip
    return keep, other


def test_preview_lists_conflicts_moves_and_additions_without_writing(db, pair):
    keep, other = pair
    before = _counts(db, other)
    preview = merge_preview(db, keep, other)
    conflicts = {c.key: (c.keep_value, c.other_value, c.default) for c in preview.conflicts}
    assert conflicts == {
        "company": ("华为技术有限公司", "华为技术", "keep"),
        "position": ("采购经理", "采购总监", "keep"),
        "tier": (Tier.CLOSE, Tier.STRATEGIC, "keep"),
        "food_taste": (None, "川菜", "other"),
        "birthday": (None, CalendarDate("lunar", 8, 15), "other"),
        "custom:高尔夫差点": (Decimal("12"), Decimal("9"), "keep"),
        "custom:车牌": (None, "粤B12345", "other"),
    }
    assert preview.moves == before
    assert preview.additions == {
        "phones": 1,  # the same mobile in another format is not added twice
        "emails": 1,
        "addresses": 1,
        "family": 1,
        "anniversaries": 1,
        "tags": 1,
    }
    assert (preview.keep.id, preview.other.id) == (keep, other)
    assert _counts(db, other) == before


def test_merge_keeps_every_history_row_of_both(db, pair):
    keep, other = pair
    kept_before, other_before = _counts(db, keep), _counts(db, other)
    result = merge_customers(db, keep, other)
    assert result.moved == other_before
    assert _counts(db, keep) == {k: kept_before[k] + other_before[k] for k in MODELS}
    assert set(_counts(db, other).values()) == {0}
    assert set(HISTORY) == set(MODELS)


def test_merge_unites_contacts_tags_and_custom_values(db, pair):
    keep, other = pair
    merge_customers(db, keep, other)
    c = get_customer(db, keep)
    assert [p.e164 for p in c.phones] == ["+8613812345678", "+8613900001111"]
    assert [p.position for p in c.phones] == [0, 1]
    assert [e.address for e in c.emails] == ["wf@huawei.com", "wangfang@163.com"]
    assert [a.city for a in c.addresses] == ["深圳市", "北京市"]
    assert sorted(f.name for f in c.family) == ["小芳", "李强"]
    assert [a.title for a in c.anniversaries] == ["结婚纪念日"]
    assert sorted(t.name for t in c.tags) == ["VIP", "老客户", "高尔夫会员"]
    custom = {v.field.name: v.text_value or v.number_value for v in c.custom_values}
    assert custom == {"高尔夫差点": Decimal("12"), "车牌": "粤B12345"}
    # The trashed client keeps its own dossier, so restoring it loses nothing.
    gone = get_customer(db, other, include_deleted=True)
    assert len(gone.phones) == 2 and len(gone.tags) == 2 and len(gone.custom_values) == 2


def test_chosen_values_are_applied_and_defaults_fill_the_rest(db, pair):
    keep, other = pair
    merge_customers(
        db, keep, other, {"position": "other", "custom:高尔夫差点": "other", "food_taste": "keep"}
    )
    c = get_customer(db, keep)
    assert c.position == "采购总监"  # chosen
    assert c.company == "华为技术有限公司"  # conflict left to its default: keep's
    assert c.tier is Tier.CLOSE
    assert c.food_taste is None  # keep's emptiness was chosen explicitly
    assert (c.birthday_calendar.value, c.birth_month, c.birth_day) == ("lunar", 8, 15)  # default
    custom = {v.field.name: v.text_value or v.number_value for v in c.custom_values}
    assert custom["高尔夫差点"] == Decimal("9")


def test_choosing_the_other_name_renames_the_kept_client(db):
    keep = create_customer(db, {"name": "张伟"})
    other = create_customer(db, {"name": "张大伟"})
    merge_customers(db, keep, other, {"given_name": "other"})
    c = get_customer(db, keep)
    assert (c.display_name, c.name_sort) == (
        "张大伟",
        get_customer(db, other, include_deleted=True).name_sort,
    )


def test_list_columns_are_recomputed(db, pair):
    keep, other = pair
    merge_customers(db, keep, other)
    c = get_customer(db, keep)
    assert c.last_contact_at == datetime(2024, 8, 1, 10)
    assert c.next_follow_up_on == date(2025, 2, 1)
    assert c.intent_score == Decimal("80")  # the latest assessment is the other's
    assert c.loyalty_points == 500
    assert (c.primary_phone, c.city) == ("138 1234 5678", "深圳市")
    with db.session() as s:
        pending = s.scalars(
            select(FollowUp).where(
                FollowUp.customer_id == keep, FollowUp.status == FollowUpStatus.PENDING
            )
        ).all()
    assert [f.due_on for f in pending] == [date(2025, 2, 1)]  # one pending step, the earliest
    gone = get_customer(db, other, include_deleted=True)
    assert (gone.loyalty_points, gone.intent_score, gone.next_follow_up_on) == (0, None, None)


def test_other_goes_to_trash_with_a_note_and_can_be_restored(db, pair):
    keep, other = pair
    merge_customers(db, keep, other)
    with pytest.raises(NotFoundError):
        get_customer(db, other)
    gone = get_customer(db, other, include_deleted=True)
    assert gone.deleted_at is not None
    assert f"merged into #{keep}" in gone.notes
    assert restore_customers(db, [other]) == 1
    assert get_customer(db, other).display_name == "王芳"


def test_search_finds_the_kept_client_by_the_others_phone(db, pair):
    keep, other = pair
    assert [h.id for h in search_customers(db, "13900001111")] == [other]
    merge_customers(db, keep, other)
    assert [h.id for h in search_customers(db, "13900001111")] == [keep]
    assert [h.id for h in search_customers(db, "wangfang@163")] == [keep]


def _snapshot(db, *ids: int) -> list:
    state = []
    for cid in ids:
        c = get_customer(db, cid, include_deleted=True)
        columns = {col.key: getattr(c, col.key) for col in Customer.__table__.columns}
        children = [
            sorted((p.original, p.e164, p.position) for p in c.phones),
            sorted(e.address for e in c.emails),
            sorted(a.one_line() for a in c.addresses),
            sorted(f.name or "" for f in c.family),
            sorted(a.title for a in c.anniversaries),
            sorted(t.name for t in c.tags),
            sorted((v.field.name, v.text_value, v.number_value) for v in c.custom_values),
        ]
        state.append((columns, children, _counts(db, cid)))
    with db.session() as s:
        state.append(sorted(s.execute(select(FollowUp.id, FollowUp.status, FollowUp.reason))))
        state.append(sorted(s.execute(select(customer_tag.c.customer_id, customer_tag.c.tag_id))))
    return state


def test_a_failure_mid_merge_leaves_both_clients_as_they_were(db, pair, monkeypatch):
    keep, other = pair
    before = _snapshot(db, keep, other)

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(duplicates, "_recompute", broken)  # after every row has moved
    with pytest.raises(RuntimeError):
        merge_customers(db, keep, other, {"position": "other"})
    assert _snapshot(db, keep, other) == before
    assert [h.id for h in search_customers(db, "13900001111")] == [other]


def test_refusals_write_nothing(db, pair):
    keep, other = pair
    before = _snapshot(db, keep, other)
    with pytest.raises(ValidationError) as bad:
        merge_customers(db, keep, other, {"position": "both", "shoe_size": "other"})
    assert sorted(bad.value.fields) == ["position", "shoe_size"]
    with pytest.raises(ValidationError):
        merge_customers(db, keep, keep)
    with pytest.raises(NotFoundError):
        merge_customers(db, keep, 999)
    assert _snapshot(db, keep, other) == before


def test_a_trashed_client_cannot_be_merged(db, pair):
    keep, other = pair
    merge_customers(db, keep, other)
    with pytest.raises(NotFoundError):
        merge_preview(db, keep, other)
    assert get_customer(db, keep).phones[0].customer_id == keep
    with db.session() as s:  # the other's phones stayed with it in Trash
        assert s.scalar(select(func.count()).where(Phone.customer_id == other)) == 2


def test_a_churned_kept_client_is_left_without_a_pending_step(db, pair):
    keep, other = pair
    update_customer(db, keep, {"dev_status": "churned"})
    merge_customers(db, keep, other)
    with db.session() as s:
        statuses = s.scalars(select(FollowUp.status).where(FollowUp.customer_id == keep)).all()
    # 5 seeded by the fixture plus the A step each client got when it was created.
    assert FollowUpStatus.PENDING not in statuses and len(statuses) == 7
    assert get_customer(db, keep).next_follow_up_on is None
