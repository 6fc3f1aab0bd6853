"""Customer CRUD, validation and the trash, on a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import Customer, Interaction, Phone
from app.models.enums import CalendarKind, Tier
from app.services.custom_fields import define_field
from app.services.customers import (
    count_customers,
    create_customer,
    get_customer,
    purge_customers,
    restore_customers,
    trash_customers,
    update_customer,
)
from app.services.errors import NotFoundError, ValidationError


def _rows(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_create_and_read_whole_dossier(db):
    define_field(db, "高尔夫差点", "number")
    cid = create_customer(
        db,
        {
            "name": "欧阳娜娜",
            "company": "华为技术有限公司",
            "tier": "strategic",
            "dev_status": "已合作",  # a label is accepted as well as a code
            "phones": ["138 1234 5678", {"number": "010-65528888", "label": "office"}],
            "emails": ["NaNa@Example.COM"],
            "addresses": [
                {"label": "work", "province": "广东省", "city": "深圳市", "street": "坂田"}
            ],
            "birthday": "农历八月十五",
            "anniversaries": [{"title": "结婚纪念日", "date": "2010-05-20"}],
            "family": [{"relation": "女儿", "name": "小欧", "birth_year": 2012}],
            "tags": ["VIP", "高尔夫"],
            "custom": {"高尔夫差点": "12.5"},
            "annual_sales": "1,200,000.50",
        },
    )
    c = get_customer(db, cid)
    assert (c.surname, c.given_name, c.display_name) == ("欧阳", "娜娜", "欧阳娜娜")
    assert c.tier is Tier.STRATEGIC and c.dev_status.value == "cooperating"
    assert [p.e164 for p in c.phones] == ["+8613812345678", "+861065528888"]
    assert c.phones[0].original == "138 1234 5678"
    assert c.primary_phone == "138 1234 5678"
    assert c.emails[0].address == "nana@example.com"
    assert c.city == "深圳市"
    assert c.birthday_calendar is CalendarKind.LUNAR
    assert (c.birth_month, c.birth_day, c.birth_year) == (8, 15, None)
    assert c.anniversaries[0].year == 2010 and c.anniversaries[0].month == 5
    assert {t.name for t in c.tags} == {"VIP", "高尔夫"}
    assert float(c.custom_values[0].number_value) == 12.5
    assert str(c.annual_sales) == "1200000.50"
    assert c.created_at is not None and c.updated_at is not None


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({"company": "无名公司"}, "name", "required"),
        ({"name": "   "}, "name", "required"),
        ({"name": "张伟", "emails": ["zhang@"]}, "emails", "invalid_email"),
        ({"name": "张伟", "birthday": "1990-02-30"}, "birthday", "invalid_date"),
        ({"name": "张伟", "birthday": "1990-13-01"}, "birthday", "invalid_date"),
        ({"name": "张伟", "client_since": "2021-04-31"}, "client_since", "invalid_date"),
        ({"name": "张伟", "tier": "platinum"}, "tier", "invalid_choice"),
        ({"name": "张伟", "star_rating": 9}, "star_rating", "out_of_range"),
        ({"name": "张伟", "phones": ["call me"]}, "phones", "invalid_phone"),
        ({"name": "张伟", "shoe_size": 42}, "shoe_size", "unknown_field"),
    ],
)
def test_validation_names_the_field_and_writes_nothing(db, data, field, code):
    with pytest.raises(ValidationError) as info:
        create_customer(db, data)
    assert field in info.value.fields
    assert code in {e.code for e in info.value.errors}
    assert _rows(db, Customer) == 0 and _rows(db, Phone) == 0


def test_all_problems_reported_together(db):
    with pytest.raises(ValidationError) as info:
        create_customer(db, {"emails": ["bad"], "birthday": "2001-02-29"})
    assert set(info.value.fields) == {"emails", "birthday", "name"}


def test_lunar_leap_month_that_does_not_exist_is_refused(db):
    with pytest.raises(ValidationError) as info:
        create_customer(
            db,
            {
                "name": "李四",
                "birthday": {
                    "calendar": "lunar",
                    "year": 2026,
                    "month": 3,
                    "day": 1,
                    "leap_month": True,
                },
            },
        )
    assert info.value.fields == ["birthday"]


def test_update_failure_leaves_row_unchanged(db):
    cid = create_customer(db, {"name": "王芳", "company": "甲公司", "emails": ["a@b.cn"]})
    with pytest.raises(ValidationError):
        update_customer(db, cid, {"company": "乙公司", "emails": ["not-an-email"]})
    c = get_customer(db, cid)
    assert c.company == "甲公司" and [e.address for e in c.emails] == ["a@b.cn"]


def test_update_replaces_collections_and_renames(db):
    cid = create_customer(db, {"name": "王芳", "phones": ["13800000001"], "tags": ["A"]})
    update_customer(db, cid, {"surname": "汪", "phones": ["13900000002"], "tags": ["B", "A"]})
    c = get_customer(db, cid)
    assert c.display_name == "汪芳"
    assert [p.e164 for p in c.phones] == ["+8613900000002"]
    assert sorted(t.name for t in c.tags) == ["A", "B"]
    assert _rows(db, Phone) == 1


def test_trash_restore_purge(db):
    cid = create_customer(db, {"name": "赵六", "phones": ["13700000000"]})
    with db.session() as s, s.begin():
        s.add(Interaction(customer_id=cid, occurred_at=date(2026, 1, 5), summary="拜访"))
    assert purge_customers(db, [cid]) == 0  # a live client is never purged
    assert trash_customers(db, [cid]) == 1
    with pytest.raises(NotFoundError):
        get_customer(db, cid)
    assert count_customers(db) == 0 and count_customers(db, deleted=True) == 1
    assert restore_customers(db, [cid]) == 1
    assert get_customer(db, cid).display_name == "赵六"
    assert _rows(db, Interaction) == 1  # the history came back with it
    trash_customers(db, [cid])
    assert purge_customers(db, [cid]) == 1
    assert _rows(db, Customer) == 0 and _rows(db, Interaction) == 0 and _rows(db, Phone) == 0


def test_chinese_punctuation_is_kept_and_full_width_letters_folded(db):
    cid = create_customer(
        db, {"name": "周　杰", "company": "ＡＢＣ科技", "taboos": "不喝酒，忌数字４：切记"}
    )
    c = get_customer(db, cid)
    assert c.display_name == "周杰" and c.company == "ABC科技"
    assert c.taboos == "不喝酒，忌数字4：切记"
