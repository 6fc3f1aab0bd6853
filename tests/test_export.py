"""Client list export: a real .xlsx, safe, and importable back without loss."""

from __future__ import annotations

import csv
import shutil
import subprocess
import zipfile
from datetime import date
from decimal import Decimal

import pytest
import python_calamine
from importing.helpers import dossiers
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.models import Customer, Phone
from app.models.db import open_database
from app.models.enums import FieldType
from app.services.custom_fields import define_field
from app.services.customers import create_customer
from app.services.demo import generate_demo
from app.services.exporting import export_clients, export_columns, write_import_template
from app.services.importing import (
    ImportPlan,
    guess_mapping,
    open_source,
    read_preview,
    run_import,
)
from app.services.phones import parse_phone

TODAY = date(2026, 1, 15)
HOSTILE = [
    "=1+2",
    "+SUM(A1)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1)",
    "\t=1",
    "\r=1",
    "'quoted",
    "'=1+2",  # an apostrophe of its own, before a trigger: kept through the round trip
]


def _special_clients(db) -> list[int]:
    define_field(db, "高尔夫差点", FieldType.NUMBER)
    define_field(db, "会员到期", FieldType.DATE)
    define_field(db, "渠道", FieldType.CHOICE, ["线上", "线下"])
    ids = [
        create_customer(
            db,
            {
                "name": "欧阳娜娜",
                "company": "华为技术有限公司",
                "tier": "strategic",
                "phones": [
                    "+86 138 1234 5678",
                    {"number": "010-65528888", "label": "office"},
                    {"number": "13912345678", "label": "home"},
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
                ],
                "birthday": "农历八月十五",
                "anniversaries": [
                    {"title": "结婚纪念日", "date": "2010-05-20"},
                    {"title": "相识", "date": "农历正月初八"},
                ],
                "family": [
                    {"relation": "女儿", "name": "小欧", "birth_year": 2012, "notes": "爱画画"},
                    {"relation": "配偶"},
                ],
                "tags": ["VIP", "高尔夫"],
                "custom": {"高尔夫差点": "12.5", "会员到期": "2027-03-31", "渠道": "线下"},
                "annual_sales": "1200000.50",
                "client_since": "2015-06-01",
                "fiscal_year_start": "04-01",
                "star_rating": 4,
                "club_member": True,
                "notes": "第一行\n第二行 喜欢喝茶",
                "gender": "female",
                "enterprise_nature": "private",
            },
        ),
        create_customer(
            db,
            {"name": "Wei Zhang", "birthday": {"month": 3, "day": 2}, "english_name": "Wei"},
        ),
        create_customer(db, {"name": "司马光", "birthday": "1890-01-01", "position": "顾问"}),
    ]
    for i, text in enumerate(HOSTILE):
        ids.append(create_customer(db, {"name": f"测试{i}", "notes": text, "company": text}))
    return ids


def _demo(db, n: int) -> None:
    """Demo clients, with office numbers given the E.164 form the editor would store
    (the demo generator leaves it out for landlines)."""
    generate_demo(db, n, seed=3, today=TODAY)
    with db.engine.begin() as conn:
        rows = conn.execute(select(Phone.id, Phone.original).where(Phone.e164.is_(None))).all()
        for pid, original in rows:
            e164 = parse_phone(original).e164
            conn.execute(update(Phone).where(Phone.id == pid).values(e164=e164))


def test_export_then_import_into_an_empty_database_gives_the_same_clients(db, tmp_path):
    _demo(db, 200)
    _special_clients(db)
    path = tmp_path / "clients.xlsx"
    assert export_clients(db, path) == 211

    target = open_database(tmp_path / "empty.sqlite3")
    for field in ("高尔夫差点", "会员到期"):
        define_field(target, field, FieldType.NUMBER if field == "高尔夫差点" else FieldType.DATE)
    define_field(target, "渠道", FieldType.CHOICE, ["线上", "线下"])
    source = open_source(path)
    preview = read_preview(source, "客户")
    mapping = guess_mapping(preview.headers(), ["高尔夫差点", "会员到期", "渠道"])
    importable = [c for c in export_columns(db) if c.importable]
    assert sorted(mapping.values()) == sorted(c.key for c in importable)
    result = run_import(target, source, ImportPlan("客户", preview.header_row, mapping))
    assert (result.created, result.skipped, result.rejected, result.problems) == (211, 0, 0, [])
    assert dossiers(target) == dossiers(db)
    target.dispose()


def test_the_sheet_is_made_for_people(db, tmp_path):
    ids = _special_clients(db)
    path = tmp_path / "list.xlsx"
    chosen = ["id", "name", "phone", "birthday", "client_since", "annual_sales", "notes"]
    export_clients(db, path, ids=[ids[1], ids[0]], columns=chosen)
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:G3"
    assert all(cell.font.bold for cell in sheet[1])
    titles = ["客户编号", "姓名", "电话", "生日", "入网时间", "全年销售额", "备注"]
    assert [c.value for c in sheet[1]] == titles
    assert sheet.column_dimensions["C"].width >= 18
    first, second = sheet[2], sheet[3]
    assert first[1].value == "Wei Zhang" and second[1].value == "欧阳娜娜"  # the order given
    assert first[0].value == str(ids[1]) and first[0].data_type == "s"  # ids as text
    # It starts with "+": text with Excel's quote prefix, so no apostrophe shows.
    assert second[2].value == "+86 138 1234 5678; 010-65528888; 13912345678 (家庭)"
    assert second[2].data_type == "s" and second[2].quotePrefix
    assert not second[1].quotePrefix  # only texts that need it
    assert second[3].value == "农历八月十五" and first[3].value == "03-02"
    assert second[4].is_date and second[4].value.date() == date(2015, 6, 1)
    assert second[5].value == 1200000.5
    assert second[6].value == "第一行\n第二行 喜欢喝茶" and second[6].alignment.wrap_text


def test_no_exported_cell_is_a_formula(db, tmp_path):
    _special_clients(db)
    path = tmp_path / "safe.xlsx"
    export_clients(db, path, columns=["name", "company", "notes"])
    with zipfile.ZipFile(path) as package:
        assert b"<f>" not in package.read("xl/worksheets/sheet1.xml")
    sheet = load_workbook(path).active
    exported = {}
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)
        exported[row[0].value] = row[2]
    stored = {d["display_name"]: d["notes"] for d in dossiers(db)}
    for i in range(len(HOSTILE)):
        cell, text = exported[f"测试{i}"], stored[f"测试{i}"]  # stored stripped "\t=1"
        # Text with the quote prefix Excel itself writes for '=…: no apostrophe in the
        # value, except before an apostrophe of its own (the importer takes one off).
        assert cell.data_type == "s" and cell.quotePrefix
        assert cell.value == ("'" + text if text.startswith("'=") else text)
    assert not exported["欧阳娜娜"].quotePrefix


def test_sections_pick_whole_parts_of_the_dossier(db, tmp_path):
    _special_clients(db)
    path = tmp_path / "business.xlsx"
    export_clients(db, path, sections=["business"])
    headers = [c.value for c in load_workbook(path).active[1]]
    assert headers[0] == "姓名" and "公司" in headers and "全年销售额" in headers
    assert "电话" not in headers and "生日" not in headers


def test_english_export(db, tmp_path):
    ids = _special_clients(db)
    path = tmp_path / "en.xlsx"
    columns = ["name", "tier", "club_member", "phone"]
    export_clients(db, path, ids=ids[:1], columns=columns, language="en")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["Full name", "Tier", "Club member", "Phone"]
    assert [c.value for c in sheet[2]][1:3] == ["Strategic", "Yes"]
    assert sheet[2][3].value.endswith("13912345678 (Home)")


def test_the_import_template(db, tmp_path):
    define_field(db, "高尔夫差点", FieldType.NUMBER)
    path = tmp_path / "template.xlsx"
    write_import_template(db, path)
    book = load_workbook(path)
    clients, notes = book.worksheets
    headers = [c.value for c in clients[1]]
    assert clients.max_row == 1 and clients.freeze_panes == "A2"
    mapping = guess_mapping(headers, ["高尔夫差点"])
    assert len(mapping) == len(headers) and mapping[len(headers) - 1] == "custom:高尔夫差点"
    hints = {row[0].value: row[1].value for row in notes.iter_rows(min_row=2)}
    assert "农历八月十五" in hints["生日"] and "战略级" in hints["客户级别"]


def test_the_import_template_in_traditional_chinese(db, tmp_path):
    path = tmp_path / "範本.xlsx"
    write_import_template(db, path, "zh_TW")
    book = load_workbook(path)
    assert book.sheetnames == ["客戶", "填寫說明"]
    clients, notes = book.worksheets
    headers = [c.value for c in clients[1]]
    assert "電話" in headers and "客戶級別" in headers
    assert len(guess_mapping(headers)) == len(headers)  # the importer knows every title
    assert [c.value for c in notes[1]] == ["欄", "寫法"]
    hints = {row[0].value: row[1].value for row in notes.iter_rows(min_row=2)}
    assert "農曆八月十五" in hints["生日"] and "戰略級" in hints["客戶級別"]
    assert "數字" in hints["全年銷售額"]
    simplified = set("个号码写为农历数标签开关请选择从与户级战")
    assert not any(simplified & set(hint or "") for hint in hints.values()), hints


def test_a_list_in_traditional_chinese(db, tmp_path):
    ids = _special_clients(db)
    path = tmp_path / "客戶.xlsx"
    export_clients(db, path, ids=ids[:1], columns=["name", "tier", "phone"], language="zh_TW")
    book = load_workbook(path)
    assert book.sheetnames == ["客戶"]
    assert [c.value for c in book.active[1]] == ["姓名", "客戶級別", "電話"]
    assert book.active[2][1].value == "戰略級"


def test_awkward_texts_in_a_list(db, tmp_path):
    cid = create_customer(
        db,
        {
            "name": "王芳",
            "notes": "=1+2\n第二行",  # formula-like and wrapped
            "nickname": "@小王",
        },
    )
    with db.engine.begin() as conn:  # as an older version or a merge may have stored them
        taboos = "控制字符\x01\x1f在此"  # characters XML cannot hold
        conn.execute(update(Customer).where(Customer.id == cid).values(taboos=taboos, company=""))
    path = tmp_path / "awkward.xlsx"
    columns = ["name", "notes", "taboos", "company", "nickname"]
    export_clients(db, path, ids=[cid], columns=columns)
    cells = load_workbook(path).active[2]
    assert cells[1].value == "=1+2\n第二行" and cells[1].data_type == "s"
    assert cells[1].quotePrefix and cells[1].alignment.wrap_text
    assert cells[2].value == "控制字符在此" and not cells[2].quotePrefix
    assert cells[3].value is None
    assert cells[4].value == "@小王" and cells[4].quotePrefix


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_reads_the_same_cell_text(db, tmp_path):
    ids = _special_clients(db)
    path = tmp_path / "lo.xlsx"
    columns = ["id", "name", "company", "phone", "email", "birthday", "client_since", "notes"]
    export_clients(db, path, ids=ids, columns=columns)
    subprocess.run(
        [
            "soffice",
            "--headless",
            # comma, double quote, UTF-8 (76): LibreOffice's own default is the locale's
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    with (tmp_path / "lo.csv").open(encoding="utf-8", newline="") as handle:
        seen = list(csv.reader(handle))
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    written = book.get_sheet_by_index(0).to_python()
    as_text = [[v.isoformat() if isinstance(v, date) else str(v) for v in r] for r in written]
    # Every cell reads the same in LibreOffice: texts (the quote-prefixed "=1+2" too,
    # as text, not the formula's 3), ids and phones as text, dates as yyyy-mm-dd.
    assert seen == as_text
    notes = [row[7] for row in seen]
    assert "=1+2" in notes and "3" not in notes


def test_decimal_values_survive(db, tmp_path):
    cid = create_customer(db, {"name": "张伟", "annual_sales": "98765432.10"})
    path = tmp_path / "d.xlsx"
    export_clients(db, path, ids=[cid], columns=["name", "annual_sales"])
    target = open_database(tmp_path / "t.sqlite3")
    run_import(target, open_source(path), ImportPlan("客户", 1, {0: "name", 1: "annual_sales"}))
    assert dossiers(target)[0]["annual_sales"] == Decimal("98765432.10")
    target.dispose()


def test_text_in_a_number_column_is_no_formula_either(db, tmp_path):
    """A number column can hold text (a restored backup, SQLite's loose typing);
    "=…" there must stay text too."""
    ids = _special_clients(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE customer SET annual_sales = '=HYPERLINK(\"http://x\")' WHERE id = ?",
            (ids[0],),
        )
    path = tmp_path / "numbers.xlsx"
    export_clients(db, path, ids=[ids[0]], columns=["name", "annual_sales", "intent_score"])
    with zipfile.ZipFile(path) as package:
        assert b"<f>" not in package.read("xl/worksheets/sheet1.xml")
    cell = load_workbook(path).active["B2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'
