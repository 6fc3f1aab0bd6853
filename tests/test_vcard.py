"""vCard in and out: every real-world .vcf, and our own 3.0 / 4.0 back again."""

from __future__ import annotations

import pytest
from importing.helpers import dossiers

from app.models.db import open_database
from app.services.customers import create_customer, get_customer
from app.services.importing import DuplicatePolicy, ImportProblem
from app.services.vcard import export_vcards, import_vcards, read_vcard_file
from app.services.vcard.parse import decode_quoted_printable, parse_vcards


def _one(db):
    return get_customer(db, 1)


def _check_shift_jis(db):
    c = _one(db)
    assert (c.surname, c.given_name, c.notes) == ("安藤", "ロイド1", "メモ")
    assert c.addresses[0].street == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert c.addresses[0].postcode == "150-8512"


def _check_sort_as(db):
    c = _one(db)
    assert (c.display_name, c.company, c.position) == ("安藤ロイド", "グーグル", "検索部門")


def _check_android_qp(db):
    names = [c.display_name for c in map(lambda i: get_customer(db, i), range(1, 5))]
    assert names[0] == "Ñ Ñ Ñ Ñ" and names[1] == " ".join(["Ñ"] * 11)
    assert get_customer(db, 2).notes.startswith("Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ")  # soft breaks joined


def _check_mixed_scripts(db):
    names = {get_customer(db, i).display_name for i in range(1, 9)}
    assert {"Mäx Mustermann", "John Doe얁", "éгор Згорскі"} <= names
    euro = next(get_customer(db, i) for i in range(1, 9) if get_customer(db, i).notes)
    assert euro.notes == "XXXXXXXXXX € ##,##\nXXXXXXXXXX € ##,##"


def _check_john_doe(db):
    c = _one(db)
    assert (c.surname, c.given_name, c.company) == ("Doe", "John Richter James", "IBM")


def _check_iphone(db):
    c = _one(db)
    _check_john_doe(db)
    labels = [(p.label.value, p.original) for p in c.phones]
    assert labels[:4] == [
        ("mobile", "905-555-1234"),
        ("home", "905-666-1234"),
        ("office", "905-777-1234"),
        ("fax", "905-888-1234"),
    ]
    assert (c.birth_year, c.birth_month, c.birth_day) == (2012, 6, 6)
    assert c.website == "http://www.ibm.com"  # Apple's escaped colon undone


def _check_outlook(db):
    c = _one(db)
    _check_john_doe(db)
    assert (c.birth_year, c.birth_month, c.birth_day) == (1980, 3, 22)
    assert [(a.title, a.year, a.month, a.day) for a in c.anniversaries] == [("纪念日", 2011, 1, 13)]


def _check_thunderbird(db):
    c = _one(db)
    assert (c.display_name, c.company, c.position) == ("John Doe", "TheOrganization", "TheTitle")
    assert len(c.emails) == 5 and c.phones[3].label.value == "fax"


def _check_outlook_2003(db):
    c = _one(db)
    assert c.notes == "This is the note field!!\nSecond line\n\nThird line is empty"
    assert c.company == "Company, The" and c.phones == []  # its "phones" are words


def _check_rfc6350(db):
    c = _one(db)
    assert (c.display_name, c.gender.value) == ("Simon Perreault", "male")
    assert (c.birth_year, c.birth_month, c.birth_day) == (None, 2, 3)
    assert [p.e164 for p in c.phones] == ["+14186569254", "+14182626501"]
    assert c.phones[0].original == "+1-418-656-9254 ext. 102"


def _check_ukrainian(db):
    c = _one(db)
    assert (c.surname, c.given_name) == ("Кличко", "Віталій Володимирович")
    assert c.addresses[0].city == "Київ"


def _check_utf16(db):
    first, second = get_customer(db, 1), get_customer(db, 2)
    assert (first.display_name, first.birth_year) == ("Folker Kinzel", 1978)
    assert second.company == "KMS Außenstelle" and second.emails[0].address == "blablö@blub.com"


def _check_huawei(db):
    c = _one(db)
    assert (c.display_name, c.company) == ("华为云", "华为云")
    assert c.website == "https://www.huaweicloud.com/"
    assert [p.original for p in c.phones] == ["400 095 5988", "950808"]


# file → (cards, created, skipped, rejected, check)
CASES = {
    "aosp__v21_japanese_2_shiftjis_qp.vcf": (1, 1, 0, 0, _check_shift_jis),
    "aosp__v40_sort_as_japanese.vcf": (1, 1, 0, 0, _check_sort_as),
    "calcard__009_android_qp_mixed_scripts.vcf": (10, 8, 2, 0, _check_mixed_scripts),
    "ezvcard__android.vcf": (6, 4, 0, 2, _check_android_qp),
    "ezvcard__evolution.vcf": (1, 1, 0, 0, _check_john_doe),
    "ezvcard__gmail.vcf": (1, 1, 0, 0, _check_john_doe),
    "ezvcard__iphone_ios5.vcf": (1, 1, 0, 0, _check_iphone),
    "ezvcard__mac_address_book.vcf": (1, 1, 0, 0, _check_john_doe),
    "ezvcard__ms_outlook.vcf": (1, 1, 0, 0, _check_outlook),
    "ezvcard__outlook_2003.vcf": (1, 1, 0, 0, _check_outlook_2003),
    "ezvcard__rfc6350_example_v4.vcf": (1, 1, 0, 0, _check_rfc6350),
    "ezvcard__thunderbird_mffab_extension.vcf": (1, 1, 0, 0, _check_thunderbird),
    "folkerkinzel__ukrainian_windows1251.vcf": (1, 1, 0, 0, _check_ukrainian),
    "folkerkinzel__v3_utf16le_bom.vcf": (2, 2, 0, 0, _check_utf16),
    "metowolf__huaweicloud_macos_chinese_photo.vcf": (1, 1, 0, 0, _check_huawei),
}


def test_every_realworld_vcard_has_a_case(realworld):
    assert sorted(CASES) == sorted(p.name for p in (realworld / "vcf").iterdir())


@pytest.mark.parametrize("name", sorted(CASES))
def test_realworld_vcard(db, realworld, name):
    cards, created, skipped, rejected, check = CASES[name]
    path = realworld / "vcf" / name
    assert len(read_vcard_file(path)) == cards
    result = import_vcards(db, path)
    assert (result.created, result.skipped, result.rejected) == (created, skipped, rejected)
    check(db)


def test_quoted_printable_tolerates_broken_escapes():
    assert decode_quoted_printable(b"=C3=91=20=C3") == "Ñ \udcc3".encode(errors="surrogateescape")
    assert decode_quoted_printable(b"a=C=C3=91") == "aCÑ".encode()
    [card] = parse_vcards(b"BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=\r\nb=3D\r\nEND:VCARD")
    assert card.first("NOTE").text == "ab="


def test_not_a_vcard(tmp_path):
    path = tmp_path / "x.vcf"
    path.write_text("姓名,手机\n张伟,13812345678\n", encoding="utf-8")
    with pytest.raises(ImportProblem) as info:
        read_vcard_file(path)
    assert info.value.code == "not_a_vcard"


def _clients(db) -> None:
    create_customer(
        db,
        {
            "name": "欧阳娜娜",
            "nickname": "娜娜; 小欧",
            "company": "华为技术有限公司",
            "position": "总监",
            "website": "https://www.huawei.com",
            "notes": "第一行\n第二行, 含逗号; 和分号 \\ 反斜杠",
            "gender": "female",
            "wechat_id": "nana_wx",
            "qq_id": "123456",
            "phones": [
                "13812345678",
                {"number": "010-65528888", "label": "office"},
                {"number": "13912345678", "label": "work"},
                {"number": "010-65528889", "label": "fax"},
            ],
            "emails": ["nana@huawei.com", {"address": "nana@home.cn", "label": "home"}],
            "addresses": [
                {
                    "label": "work",
                    "province": "广东省",
                    "city": "深圳市",
                    "district": "龙岗区",
                    "street": "坂田华为基地",
                    "postcode": "518129",
                },
                {
                    "label": "home",
                    "province": "北京市",
                    "city": "北京市",
                    "district": "朝阳区",
                    "street": "建国路1号",
                },
                {"label": "other", "city": "Springfield", "street": "742 Evergreen Terrace"},
            ],
            "birthday": "农历八月十五",
            "anniversaries": [{"title": "结婚纪念日", "date": "2010-05-20"}],
            "family": [{"relation": "女儿", "name": "小欧", "birth_year": 2012}],
            "tags": ["VIP", "高尔夫, 网球"],
        },
    )
    create_customer(db, {"name": "Wei Zhang", "birthday": "1985-03-02", "gender": "male"})
    create_customer(db, {"name": "李" + "长" * 60, "birthday": {"month": 2, "day": 29}})


_VCARD_FIELDS = """
    surname given_name display_name name_sort nickname company position website notes gender
    wechat_id qq_id birthday_calendar birth_year birth_month birth_day birth_leap_month
    phones emails addresses tags family anniversaries city primary_phone
""".split()


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_gives_the_same_clients(db, tmp_path, version):
    _clients(db)
    path = tmp_path / f"contacts-{version}.vcf"
    assert export_vcards(db, path, version=version) == 3
    data = path.read_bytes()
    assert data.count(b"BEGIN:VCARD") == 3 and f"VERSION:{version}".encode() in data
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded at 75 octets
    target = open_database(tmp_path / "empty.sqlite3")
    result = import_vcards(target, path)
    assert (result.created, result.problems) == (3, [])

    def covered(rows):
        return [{k: r[k] for k in _VCARD_FIELDS} for r in rows]

    assert covered(dossiers(target)) == covered(dossiers(db))
    target.dispose()


def test_reimporting_the_same_cards_finds_the_duplicates(db, tmp_path):
    _clients(db)
    path = tmp_path / "c.vcf"
    export_vcards(db, path)
    result = import_vcards(db, path, policy=DuplicatePolicy.FILL_EMPTY)
    # 欧阳娜娜 is found by phone and e-mail; the other two have no phone, e-mail or
    # company to be recognised by, so they come in again as new clients.
    assert (result.created, result.updated) == (2, 1)
