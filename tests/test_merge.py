"""Merging two clients: nothing of either is lost, and a failure changes nothing."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from merge_data import MODELS, counts, make_pair
from sqlalchemy import func, select

from app.models import (
    Customer,
    FollowUp,
    Phone,
    customer_tag,
)
from app.models.enums import FollowUpStatus, Tier
from app.services.almanac import CalendarDate
from app.services.customers import (
    create_customer,
    get_customer,
    restore_customers,
    update_customer,
)
from app.services.duplicates import HISTORY, merge_customers, merge_preview, merging
from app.services.errors import NotFoundError, ValidationError
from app.services.search import search_customers


@pytest.fixture
def pair(db):
    return make_pair(db)


def test_preview_lists_conflicts_moves_and_additions_without_writing(db, pair):
    keep, other = pair
    before = counts(db, other)
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
    assert counts(db, other) == before


def test_merge_keeps_every_history_row_of_both(db, pair):
    keep, other = pair
    kept_before, other_before = counts(db, keep), counts(db, other)
    result = merge_customers(db, keep, other)
    assert result.moved == other_before
    assert counts(db, keep) == {k: kept_before[k] + other_before[k] for k in MODELS}
    assert set(counts(db, other).values()) == {0}
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
        state.append((columns, children, counts(db, cid)))
    with db.session() as s:
        state.append(sorted(s.execute(select(FollowUp.id, FollowUp.status, FollowUp.reason))))
        state.append(sorted(s.execute(select(customer_tag.c.customer_id, customer_tag.c.tag_id))))
    return state


def test_a_failure_mid_merge_leaves_both_clients_as_they_were(db, pair, monkeypatch):
    keep, other = pair
    before = _snapshot(db, keep, other)

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(merging, "_recompute", broken)  # after every row has moved
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
