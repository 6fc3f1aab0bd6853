"""Search: pinyin, initials, polyphonic surnames, phone fragments, company, email."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.services.customers import (
    create_customer,
    restore_customers,
    trash_customers,
    update_customer,
)
from app.services.search import search_customers, terms_of


@pytest.fixture
def people(db):
    ids = {}
    for name, extra in [
        ("张伟", {"company": "华为技术有限公司", "phones": ["138 1234 5678"]}),
        ("曾小贤", {"company": "都市之声电台", "emails": ["xiaoxian@fm.cn"]}),
        ("单田芳", {"phones": ["010-6552 8888"]}),
        ("欧阳娜娜", {"english_name": "Nana Ouyang"}),
        ("解缙", {"notes": "喜欢书法，忌讳数字四"}),
        ("赵伟强", {"company": "腾讯"}),
        ("Anna Schmidt", {"company": "Siemens AG", "emails": ["anna.schmidt@siemens.com"]}),
    ]:
        ids[name] = create_customer(db, {"name": name, **extra})
    return ids


def names(db, query):
    return [h.display_name for h in search_customers(db, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zw", ["张伟", "赵伟强"]),  # initials prefix, two letters: the short-query path
        ("zhangwei", ["张伟"]),  # full pinyin
        ("ZhangWei", ["张伟"]),  # case does not matter
        ("zxx", ["曾小贤"]),  # 曾 read as zeng, not ceng
        ("zengxiaoxian", ["曾小贤"]),
        ("stf", ["单田芳"]),  # 单 read as shan
        ("xiejin", ["解缙"]),  # 解 read as xie
        ("oynn", ["欧阳娜娜"]),  # compound surname
        ("张伟", ["张伟"]),  # two Chinese characters
        ("伟", ["张伟", "赵伟强"]),  # one character, inside a name
        ("小贤", ["曾小贤"]),
        ("1234", ["张伟"]),  # phone fragment
        ("138 1234", ["张伟"]),  # with spaces
        ("138-1234-5678", ["张伟"]),
        ("6552 8888", ["单田芳"]),
        ("010 6552", ["单田芳"]),  # a landline with its trunk 0
        ("华为", ["张伟"]),  # company, Chinese
        ("技术有限", ["张伟"]),
        ("huawei", ["张伟"]),  # company pinyin
        ("siemens", ["Anna Schmidt"]),
        ("xiaoxian@fm", ["曾小贤"]),  # email
        ("喜欢书法", ["解缙"]),  # notes (three characters or more: substrings of any text)
        ("nana", ["欧阳娜娜"]),  # English name
        ("schmidt", ["Anna Schmidt"]),
        ("ｚｈａｎｇｗｅｉ", ["张伟"]),  # full-width input
        ("腾讯 赵", ["赵伟强"]),
        ("zwq", ["赵伟强"]),  # every word must match
        ("nobody", []),
        ("12", []),  # too few digits to mean a phone
    ],
)
def test_search_finds(db, people, query, expected):
    assert sorted(names(db, query)) == sorted(expected)


def test_exact_name_ranks_first(db, people):
    create_customer(db, {"name": "张伟明"})
    assert names(db, "张伟")[0] == "张伟"


def test_trashed_client_not_found_until_restored(db, people):
    cid = people["曾小贤"]
    trash_customers(db, [cid])
    assert names(db, "zxx") == [] and names(db, "电台") == []
    restore_customers(db, [cid])
    assert names(db, "zxx") == ["曾小贤"]


def test_index_follows_updates(db, people):
    cid = people["张伟"]
    update_customer(db, cid, {"name": "李娜", "phones": ["13999990000"]})
    assert names(db, "zhangwei") == [] and names(db, "138 1234") == []
    assert names(db, "ln") == ["李娜"] and names(db, "99990000") == ["李娜"]


def test_search_uses_indexes_not_a_table_scan(db, people):
    """EXPLAIN QUERY PLAN shows the FTS index (short keys included), never SCAN customer."""
    from app.services.search import matching_ids_query

    for query in ("zw", "伟", "zhangwei", "1234"):
        stmt = matching_ids_query(query)
        compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": True})
        with db.engine.connect() as conn:
            plan = " | ".join(r[-1] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
        assert "SCAN customer " not in plan + " ", plan


def test_a_value_holding_the_key_mark_cannot_pose_as_a_short_key(db, people):
    """Short keys are padded with U+0001 in the index text; a note from a CSV file
    that holds the same control character must not answer a short query."""
    create_customer(db, {"name": "钱七", "notes": "备注\x01\x01v\x01vq"})
    assert names(db, "v") == [] and names(db, "vq") == []
    assert names(db, "qq") == ["钱七"]  # its own keys: qianqi, qq
    # A key holding the mark would pad to another key's form: "␁@" is "␁␁@", i.e. "@".
    create_customer(db, {"name": "\x01@a"})
    assert names(db, "@") == [] and names(db, "a") == ["Anna Schmidt", "\x01@a"]


def test_a_nul_in_a_value_hides_nothing_after_it(db):
    """FTS5's tokenizer stops reading a text at NUL: the e-mail and the short keys
    after a pasted NUL in the notes would be lost."""
    cid = create_customer(db, {"name": "张伟", "notes": "pasted\x00note", "emails": ["zw@x.cn"]})
    for query in ("zw", "张伟", "张", "note", "zw@x"):
        assert [h.id for h in search_customers(db, query)] == [cid], query


def test_terms_of():
    assert terms_of("  138 1234 ") == ["1381234"]
    assert terms_of("张 科技") == ["张", "科技"]
    assert terms_of("") == []
