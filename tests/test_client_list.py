"""The client list service against plain Python over every row of a demo database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models import Customer, Tag, customer_tag
from app.models.enums import DevStatus, RelationshipLevel, Tier
from app.services.client_list import SORT_KEYS, ListFilter, count, list_ids, load_rows
from app.services.customers import set_segment, trash_customers
from app.services.demo import generate_demo
from app.services.errors import ValidationError
from app.services.search import search_customers
from app.services.views import delete_view, list_views, save_view

TODAY = date(2026, 11, 22)
TIER_ORDER = {t: i for i, t in enumerate(Tier)}
STATUS_ORDER = {s: i for i, s in enumerate(DevStatus)}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from app.models.db import open_database

    db = open_database(tmp_path_factory.mktemp("list") / "demo.sqlite3")
    generate_demo(db, 1500, seed=11, today=TODAY)
    trash_customers(db, [3, 5, 8])
    yield db
    db.dispose()


def _all(db) -> list[Customer]:
    with db.session() as s:
        return list(s.scalars(select(Customer)))


def _python_key(sort: str):
    attr = {
        "name": "name_sort",
        "company": "company",
        "position": "position",
        "intent": "intent_score",
        "last_contact": "last_contact_at",
        "next_follow_up": "next_follow_up_on",
        "phone": "primary_phone",
        "city": "city",
        "created": "created_at",
        "deleted": "deleted_at",
    }
    if sort == "tier":
        return lambda c: TIER_ORDER[c.tier]
    if sort == "status":
        return lambda c: STATUS_ORDER[c.dev_status]
    return lambda c: getattr(c, attr[sort])


@pytest.mark.parametrize("sort", [k for k in SORT_KEYS if k != "deleted"])
@pytest.mark.parametrize("descending", [False, True])
def test_sort_matches_python(demo, sort, descending):
    live = [c for c in _all(demo) if c.deleted_at is None]
    key = _python_key(sort)
    # NULLs last either way, ties broken by id in the same direction.
    with_value = [c for c in live if key(c) is not None]
    without = [c for c in live if key(c) is None]
    with_value.sort(key=lambda c: (key(c), c.id), reverse=descending)
    without.sort(key=lambda c: c.id, reverse=descending)
    expected = [c.id for c in with_value + without]
    assert list_ids(demo, ListFilter(), sort, descending, today=TODAY) == expected


def test_filters_match_python(demo):
    customers = [c for c in _all(demo) if c.deleted_at is None]
    flt = ListFilter(
        tiers=frozenset({Tier.STRATEGIC, Tier.LOYAL}),
        statuses=frozenset({DevStatus.COOPERATING, DevStatus.INTERESTED}),
        levels=frozenset({RelationshipLevel.SOCIAL}),
    )
    expected = {
        c.id
        for c in customers
        if c.tier in flt.tiers
        and c.dev_status in flt.statuses
        and c.relationship_level in flt.levels
    }
    got = list_ids(demo, flt, today=TODAY)
    assert set(got) == expected and len(got) == len(expected) == count(demo, flt, today=TODAY)
    assert expected  # the demo has such clients, so the test can fail


def test_overdue_intent_and_tags(demo):
    customers = [c for c in _all(demo) if c.deleted_at is None]
    overdue = {c.id for c in customers if c.next_follow_up_on and c.next_follow_up_on < TODAY}
    assert set(list_ids(demo, ListFilter(overdue=True), today=TODAY)) == overdue and overdue
    high = {c.id for c in customers if c.intent_score is not None and c.intent_score >= 70}
    assert set(list_ids(demo, ListFilter(intent_bands=frozenset({"high"})))) == high and high
    with demo.session() as s:
        vip = set(
            s.scalars(
                select(customer_tag.c.customer_id)
                .join(Tag, Tag.id == customer_tag.c.tag_id)
                .join(Customer, Customer.id == customer_tag.c.customer_id)
                .where(Tag.name == "VIP", Customer.deleted_at.is_(None))
            )
        )
    assert set(list_ids(demo, ListFilter(tags=frozenset({"VIP"})))) == vip and vip


def test_search_text_combines_with_filters(demo):
    hits = {h.id for h in search_customers(demo, "z", limit=10_000)}
    flt = ListFilter(text="z", tiers=frozenset({Tier.CLOSE}))
    close = {c.id for c in _all(demo) if c.tier == Tier.CLOSE}
    assert set(list_ids(demo, flt)) == hits & close


def test_trash_lists_only_deleted(demo):
    assert sorted(list_ids(demo, ListFilter(trashed=True), "deleted")) == [3, 5, 8]
    assert not {3, 5, 8} & set(list_ids(demo, ListFilter()))


def test_load_rows_in_batches(demo):
    ids = list_ids(demo, ListFilter(), "company")
    rows = {}
    for start in range(0, len(ids), 256):  # batch boundaries, as the view loads them
        rows.update(load_rows(demo, ids[start : start + 256]))
    assert set(rows) == set(ids) and len(rows) == len(ids)
    by_id = {c.id: c for c in _all(demo)}
    sample = rows[ids[100]]
    assert sample.name == by_id[ids[100]].display_name
    assert sample.company == by_id[ids[100]].company
    assert all(isinstance(r.tags, tuple) for r in rows.values())


def test_saved_views_round_trip(db):
    flt = ListFilter(
        text="张", tiers=frozenset({Tier.LOYAL}), tags=frozenset({"VIP"}), overdue=True
    )
    save_view(db, "重点客户", flt)
    save_view(db, "重点客户", flt.with_text("李"))  # same name: replaced, not duplicated
    views = list_views(db)
    assert [v.name for v in views] == ["重点客户"] and views[0].filter == flt.with_text("李")
    delete_view(db, views[0].id)
    assert list_views(db) == []


def test_bulk_segment(db):
    from app.services.customers import create_customer, get_customer

    ids = [create_customer(db, {"name": n}) for n in ("甲一", "乙二", "丙三")]
    assert set_segment(db, ids[:2], "tier", "strategic") == 2
    assert [get_customer(db, i).tier for i in ids] == [Tier.STRATEGIC, Tier.STRATEGIC, Tier.LOOSE]
    with pytest.raises(ValidationError):
        set_segment(db, ids, "tier", "gold")
    assert get_customer(db, ids[2]).tier == Tier.LOOSE  # nothing half-written
    with pytest.raises(ValidationError):
        set_segment(db, ids, "company", "x")
