"""Finding likely duplicates: phones, emails, name and company; Trash left out."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, text

from app.models import Phone
from app.services.customers import create_customer, trash_customers
from app.services.duplicates import Match, Reason, duplicates_of, find_duplicates, finding


def _groups(db) -> dict[frozenset[int], set[Match]]:
    return {frozenset(g.ids): set(g.matches) for g in find_duplicates(db)}


def test_same_mobile_typed_differently_is_one_group(db):
    a = create_customer(db, {"name": "王芳", "phones": ["+86 138 1234 5678"]})
    b = create_customer(db, {"name": "王芳芳", "phones": ["13812345678", "010-65528888"]})
    create_customer(db, {"name": "李娜", "phones": ["139 0000 1111"]})
    assert _groups(db) == {frozenset({a, b}): {Match(Reason.PHONE, "+8613812345678")}}


def test_unparsed_numbers_match_by_their_digits(db):
    # Too short to be a valid number: E.164 is NULL, the typed digits still agree.
    a = create_customer(db, {"name": "赵雷", "phones": ["8888-123"]})
    b = create_customer(db, {"name": "钱雷", "phones": ["(8888) 123"]})
    c = create_customer(db, {"name": "孙雷", "phones": ["8888-124"]})
    groups = _groups(db)
    assert groups == {frozenset({a, b}): {Match(Reason.PHONE, "8888123")}}
    assert c not in set().union(*groups)


def test_short_fragments_are_no_evidence(db):
    ids = [create_customer(db, {"name": name}) for name in ("甲", "乙")]
    with db.engine.begin() as conn:  # an importer may have stored junk such as "110"
        conn.execute(insert(Phone), [{"customer_id": i, "original": "110"} for i in ids])
    assert find_duplicates(db) == []


def test_email_in_another_case_is_the_same_email(db):
    a = create_customer(db, {"name": "Li Ming", "emails": ["Li.Ming@Example.COM"]})
    b = create_customer(db, {"name": "李明", "emails": ["li.ming@example.com"]})
    create_customer(db, {"name": "李明明", "emails": ["li.ming@example.org"]})
    assert _groups(db) == {frozenset({a, b}): {Match(Reason.EMAIL, "li.ming@example.com")}}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("华为技术有限公司", "华为技术"),
        ("华为技术有限公司", "华为技术股份有限公司"),
        ("华为技术有限责任公司", "华为 技术 有限公司"),
        ("Acme Trading Co., Ltd.", "ACME trading"),
        ("Acme Trading CO.,LTD", "acme trading co., ltd."),
    ],
)
def test_same_name_at_the_same_company_despite_suffixes(db, first, second):
    a = create_customer(db, {"name": "张伟", "company": first})
    b = create_customer(db, {"name": "张伟", "company": second})
    [group] = find_duplicates(db)
    assert set(group.ids) == {a, b}
    assert group.matches[0].reason is Reason.NAME_COMPANY
    assert group.matches[0].value.startswith("张伟 · ")


def test_same_name_elsewhere_or_another_name_is_not_a_duplicate(db):
    create_customer(db, {"name": "张伟", "company": "华为技术有限公司"})
    create_customer(db, {"name": "张伟", "company": "腾讯科技有限公司"})
    create_customer(db, {"name": "张伟"})  # no company: nothing to compare
    create_customer(db, {"name": "张伟", "company": "有限公司"})  # nothing left once stripped
    create_customer(db, {"name": "李娜", "company": "华为技术有限公司"})
    assert find_duplicates(db) == []


def test_clients_matched_twice_form_one_group_with_both_reasons(db):
    a = create_customer(db, {"name": "周杰", "company": "联想集团", "emails": ["zj@lenovo.com"]})
    b = create_customer(db, {"name": "周杰", "company": "联想集团", "emails": ["ZJ@lenovo.com"]})
    c = create_customer(db, {"name": "吴昊", "phones": ["13900001111"]})
    d = create_customer(db, {"name": "吴浩", "phones": ["139-0000-1111"]})
    groups = find_duplicates(db)
    assert [g.ids for g in groups] == [(a, b), (c, d)]  # more reasons first
    assert {m.reason for m in groups[0].matches} == {Reason.EMAIL, Reason.NAME_COMPANY}
    assert groups[0].members[0].display_name == "周杰"
    assert groups[0].members[0].company == "联想集团"


def test_three_clients_sharing_a_number_are_one_group(db):
    ids = [create_customer(db, {"name": n, "phones": ["13700001111"]}) for n in "甲乙丙"]
    assert [g.ids for g in find_duplicates(db)] == [tuple(ids)]


def test_trashed_clients_are_left_out(db):
    a = create_customer(db, {"name": "王芳", "phones": ["13812345678"], "company": "华为"})
    b = create_customer(db, {"name": "王芳", "phones": ["138 1234 5678"], "company": "华为"})
    c = create_customer(db, {"name": "王芳", "company": "华为有限公司"})
    trash_customers(db, [b])
    assert _groups(db) == {frozenset({a, c}): {Match(Reason.NAME_COMPANY, "王芳 · 华为")}}
    trash_customers(db, [c])
    assert find_duplicates(db) == []
    assert duplicates_of(db, a) == []


def test_limit_caps_the_number_of_groups(db):
    for i in range(5):
        for name in ("甲", "乙"):
            create_customer(db, {"name": f"{name}{i}", "phones": [f"1380000000{i}"]})
    assert len(find_duplicates(db)) == 5
    assert len(find_duplicates(db, limit=2)) == 2


def test_duplicates_of_one_client_for_the_dossier(db):
    a = create_customer(
        db,
        {
            "name": "陈静",
            "company": "平安保险股份有限公司",
            "phones": ["13811112222", "8888-123"],
            "emails": ["cj@pingan.com"],
        },
    )
    by_phone = create_customer(db, {"name": "陈晶", "phones": ["+86 138-1111-2222"]})
    by_typed = create_customer(db, {"name": "程静", "phones": ["8888 123"]})
    by_both = create_customer(
        db, {"name": "陈静", "company": "平安保险", "emails": ["CJ@pingan.com"]}
    )
    create_customer(db, {"name": "陈静", "company": "平安银行"})
    found = {c.client.id: {m.reason for m in c.matches} for c in duplicates_of(db, a)}
    assert found == {
        by_phone: {Reason.PHONE},
        by_typed: {Reason.PHONE},
        by_both: {Reason.EMAIL, Reason.NAME_COMPANY},
    }
    assert duplicates_of(db, 999) == []


def test_finding_groups_uses_the_indexes(db):
    """The first GROUP BY of each reason reads an index, never the whole table."""
    create_customer(db, {"name": "甲", "phones": ["13800000000"], "emails": ["a@b.cn"]})
    with db.engine.connect() as conn:
        for query, index in (
            (finding._phone_groups(), "ix_phone_e164"),
            (finding._email_groups(), "ix_email_address"),
            (finding._name_company_groups(), "ix_customer_live_name"),
        ):
            sql = str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))
            plan = [row[3] for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql))]
            assert any(f"COVERING INDEX {index}" in step for step in plan), plan
            table_scans = [
                step
                for step in plan
                if step.split()[:2] in (["SCAN", "customer"], ["SCAN", "phone"], ["SCAN", "email"])
                and "INDEX" not in step
            ]
            assert table_scans == []
