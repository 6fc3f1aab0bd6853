"""Values are cleaned the way a person reads them, from real files written here."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.services.custom_fields import define_field
from app.services.customers import get_customer
from app.services.importing import ImportPlan, open_source, preview_rows, run_import
from app.services.importing.dates import NotADate, parse_birthday, parse_date
from app.services.importing.phone_parse import display_phone, parse_phone_fast
from app.services.phones import format_phone, parse_phone

from .helpers import write_csv, write_xlsx


def _import(db, tmp_path, header, *rows, mapping=None, **plan):
    path = write_xlsx(tmp_path / "in.xlsx", [header, *rows])
    source = open_source(path)
    mapping = mapping or dict(enumerate(plan.pop("targets")))
    return run_import(db, source, ImportPlan("客户", 1, mapping, **plan))


@pytest.mark.parametrize(
    "text",
    ["1985-03-02", "1985/3/2", "1985.3.2", "1985年3月2日", "19850302", " 1985 年 3 月 2 日 "],
)
def test_date_texts(text):
    assert parse_date(text) == date(1985, 3, 2)


def test_day_month_order_is_the_users_choice_unless_only_one_reading_exists():
    assert parse_date("03/02/1985", "mdy") == date(1985, 3, 2)
    assert parse_date("03/02/1985", "dmy") == date(1985, 2, 3)
    assert parse_date("25/12/1985", "mdy") == date(1985, 12, 25)
    with pytest.raises(NotADate):
        parse_date("31/31/1985")


def test_excel_serials_in_both_date_systems():
    assert parse_date(39385.0) == date(2007, 10, 30)
    assert parse_date(39385.0, date1904=True) == date(2011, 10, 31)
    assert parse_date(61.0) == date(1900, 3, 1) and parse_date(59.0) == date(1900, 2, 28)
    with pytest.raises(NotADate):  # Excel's phantom 29 February 1900
        parse_date(60.0)
    assert parse_date(datetime(1985, 3, 2, 10, 30)) == date(1985, 3, 2)


def test_a_bare_serial_in_a_1904_workbook(db, tmp_path):
    path = write_xlsx(
        tmp_path / "mac.xlsx", [["姓名", "生日"], ["张伟", 39385]], sheet="客户", date1904=True
    )
    source = open_source(path)
    assert source.date1904
    run_import(db, source, ImportPlan("客户", 1, {0: "name", 1: "birthday"}))
    client = get_customer(db, 1)
    assert (client.birth_year, client.birth_month, client.birth_day) == (2011, 10, 31)


def test_birthdays_lunar_and_without_year():
    lunar = parse_birthday("农历八月十五")
    assert (lunar.calendar, lunar.month, lunar.day, lunar.year) == ("lunar", 8, 15, None)
    leap = parse_birthday("农历2020年闰四月初一")
    assert (leap.year, leap.month, leap.day, leap.leap_month) == (2020, 4, 1, True)
    assert parse_birthday("3月2日").year is None and parse_birthday("03-02").month == 3
    with pytest.raises(NotADate):
        parse_birthday("农历十三月初一")


def test_fast_phone_parsing_agrees_with_phonenumbers():
    samples = [f"1{p}{n:08d}" for p in range(30, 100) for n in (0, 12345678, 99999999)]
    samples += ["+86 138 1234 5678", "0086-139-1234-5678", "8613812345678", "010-65528888"]
    samples += ["1.3812345678E10", "13812345678.0", "+1 650 253 0000", "12345"]
    for text in samples:
        fast, slow = parse_phone_fast(text), parse_phone(text)
        assert fast == slow, text
        if fast.e164:
            assert display_phone(fast) == format_phone(slow.e164, slow.original)


def test_a_row_cleaned_like_a_person_would(db, tmp_path):
    define_field(db, "高尔夫差点", "number")
    result = _import(
        db,
        tmp_path,
        [
            "客户姓名",
            "手機",
            "電子郵件",
            "單位",
            "職務",
            "生日",
            "客户级别",
            "年销售额",
            "高尔夫差点",
        ],
        [
            "　欧阳娜娜　",
            13812345678,
            "NaNa@Example.COM",
            "ＡＢＣ 公司",
            "总经理",
            "农历八月十五",
            "戰略級",
            "120万",
            12.5,
        ],
        targets=[
            "name",
            "phone:mobile",
            "email",
            "company",
            "position",
            "birthday",
            "tier",
            "annual_sales",
            "custom:高尔夫差点",
        ],
    )
    assert (result.created, result.problems) == (1, [])
    c = get_customer(db, 1)
    assert (c.surname, c.given_name, c.display_name) == ("欧阳", "娜娜", "欧阳娜娜")
    assert [(p.original, p.e164) for p in c.phones] == [("13812345678", "+8613812345678")]
    assert c.primary_phone == "138 1234 5678"
    assert c.emails[0].address == "nana@example.com"
    assert c.company == "ABC 公司"  # full-width letters made ASCII
    assert (c.birthday_calendar.value, c.birth_month, c.birth_day) == ("lunar", 8, 15)
    assert c.tier.value == "strategic" and c.annual_sales == Decimal(1_200_000)
    assert c.source.value == "import"
    assert c.custom_values[0].number_value == Decimal("12.5")


def test_bad_values_are_left_out_and_reported_the_rest_imported(db, tmp_path):
    result = _import(
        db,
        tmp_path,
        ["姓名", "手机", "邮箱", "生日", "性别"],
        ["张伟", "1.3812345678E10", "zhang-at-example", "明年", "男"],
        ["", "13912345678", "", "", ""],
        targets=["name", "phone", "email", "birthday", "gender"],
    )
    assert (result.created, result.rejected) == (1, 1)
    found = [(p.row, p.column, p.code, p.action) for p in result.problems]
    assert found == [
        (2, "B 手机", "recovered_digits", "altered"),
        (2, "C 邮箱", "invalid_email", "dropped"),
        (2, "D 生日", "invalid_date", "dropped"),
        (3, "A 姓名", "no_name", "rejected"),
    ]
    c = get_customer(db, 1)
    assert [p.original for p in c.phones] == ["13812345678"] and c.emails == []
    assert c.gender.value == "male" and c.birthday_calendar is None


def test_several_phones_emails_and_a_chinese_address_in_one_cell(db, tmp_path):
    _import(
        db,
        tmp_path,
        ["姓名", "电话", "邮箱", "地址", "标签"],
        [
            "李娜",
            "138 1234 5678; 010-6552 8888 (办公)；13812345678",
            "li@a.cn, li@b.cn (家庭)",
            "广东省深圳市南山区科技园路1号",
            "VIP，高尔夫、VIP",
        ],
        targets=["name", "phone", "email", "address", "tags"],
    )
    c = get_customer(db, 1)
    assert [(p.label.value, p.original) for p in c.phones] == [
        ("mobile", "138 1234 5678"),
        ("office", "010-6552 8888"),
    ]
    assert [(e.label.value, e.address) for e in c.emails] == [
        ("work", "li@a.cn"),
        ("home", "li@b.cn"),
    ]
    a = c.addresses[0]
    assert (a.province, a.city, a.district, a.street) == (
        "广东省",
        "深圳市",
        "南山区",
        "科技园路1号",
    )
    assert c.city == "深圳市"
    assert sorted(t.name for t in c.tags) == ["VIP", "高尔夫"]


def test_address_part_columns_and_a_month_day_field(db, tmp_path):
    _import(
        db,
        tmp_path,
        ["姓名", "省份", "城市", "详细地址", "财年开始"],
        ["王芳", "浙江省", "杭州市", "西湖区文三路5号", datetime(2024, 4, 1)],
        targets=["name", "province", "city", "address", "fiscal_year_start"],
    )
    c = get_customer(db, 1)
    a = c.addresses[0]
    assert (a.province, a.city, a.district, a.street) == ("浙江省", "杭州市", "西湖区", "文三路5号")
    assert c.fiscal_year_start == "04-01"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b""), ("utf-16", b"")],
)
def test_csv_encodings_are_detected(db, tmp_path, encoding, bom):
    rows = [["姓名", "公司", "备注"], ["张伟", "华为技术有限公司", "喜欢喝茶"]]
    rows += [[f"客户{i}", "深圳市腾讯计算机系统有限公司", "重要客户"] for i in range(20)]
    path = tmp_path / "list.csv"
    write_csv(path, rows, encoding=encoding)
    path.write_bytes(bom + path.read_bytes())
    source = open_source(path)
    result = run_import(db, source, ImportPlan("list", 1, {0: "name", 1: "company", 2: "notes"}))
    assert result.created == 21
    assert get_customer(db, 1).company == "华为技术有限公司"


def test_preview_marks_problems_without_writing(db, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [["姓名", "邮箱"], ["张伟", "bad"], ["", "x@y.cn"]])
    rows = preview_rows(db, open_source(path), ImportPlan("客户", 1, {0: "name", 1: "email"}))
    assert [(r.row, r.rejected) for r in rows] == [(2, False), (3, True)]
    assert [p.code for p in rows[0].draft.problems] == ["invalid_email"]
    with db.session() as s:
        from app.models import Customer

        assert s.query(Customer).count() == 0
