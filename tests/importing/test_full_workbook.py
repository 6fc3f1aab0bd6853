"""The whole database out to one workbook and back into an empty one, nothing lost."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.models import (
    AppSetting,
    Assessment,
    AssessmentAnswer,
    Attachment,
    Customer,
    LoyaltyEntry,
    MergeRecord,
    Promotion,
    SavedView,
    ServiceRequest,
)
from app.models.db import open_database
from app.models.enums import FieldType
from app.services.custom_fields import define_field
from app.services.customers import create_customer
from app.services.demo import generate_demo
from app.services.exporting import export_clients
from app.services.exporting.fullbook_format import LONG_VALUES, README, data_tables
from app.services.exporting.workbook import export_all
from app.services.exporting.workbook_restore import import_all
from app.services.importing import ImportPlan, ImportProblem, open_source, run_import

from .helpers import fingerprint, write_xlsx

NOW = datetime(2026, 1, 15, 9, 30)


def _everything(db, tmp_path) -> None:
    """Demo clients, plus a row in every table and every awkward kind of value."""
    generate_demo(db, 300, seed=5, today=NOW.date())
    define_field(db, "渠道", FieldType.CHOICE, ["线上", "线下"])
    cid = create_customer(
        db,
        {
            "name": "欧阳娜娜",
            "notes": "=SUM(A1)\n" + "长" * 40_000,  # a formula look-alike, over Excel's cell limit
            "company": "",  # an empty text, not NULL
            "nickname": "'引号",
            "taboos": "控制字符\x01\x1f在此",  # characters XML cannot hold
            "family": [{"relation": "父亲", "name": "欧阳老", "birth_year": 1890}],
            "anniversaries": [{"title": "相识", "date": "农历正月初八"}],
            "client_since": "1899-12-31",  # before the first day Excel can show
            "custom": {"渠道": "线上"},
            "tags": ["VIP"],
        },
    )
    photo = bytes(range(256)) * 200  # 51,200 bytes: base64 longer than one cell
    with db.session() as s, s.begin():
        s.get(Customer, cid).company = ""
        s.add(
            Attachment(
                customer_id=cid,
                kind="photo",
                filename="卡片.png",
                mime_type="image/png",
                size=len(photo),
                sha256=hashlib.sha256(photo).hexdigest(),
                content=photo,
            )
        )
        assessment = Assessment(
            customer_id=cid,
            taken_on=date(2025, 12, 1),
            questionnaire_version="v1",
            score=Decimal("72.5"),
            band="high",
        )
        s.add(assessment)
        s.flush()
        s.add(
            AssessmentAnswer(
                assessment_id=assessment.id,
                question_key="q1",
                answer=["是", 3, None],
                points=Decimal("4.25"),
            )
        )
        s.add(LoyaltyEntry(customer_id=cid, occurred_on=date(2025, 5, 1), points=-20, reason=""))
        s.add(Promotion(customer_id=cid, name="春季品鉴会", joined_on=date(2025, 4, 1)))
        s.add(ServiceRequest(customer_id=cid, requested_on=date(2025, 3, 1), subject="安装"))
        s.add(
            MergeRecord(
                keep_id=cid,
                other_id=1,
                keep_updated_at=NOW,
                other_updated_at=NOW,
                changes={"fields": {"company": [None, "华为"]}, "moved": {"phone": [7]}},
            )
        )
        s.add(SavedView(name="重点", query={"text": "zw", "filters": {"tier": ["strategic"]}}))
        s.add(AppSetting(key="ad.policy", value={"strategic": 7, "note": "每周"}))
        s.add(AppSetting(key="flag", value=None))
    path = write_xlsx(tmp_path / "in.xlsx", [["姓名", "手机"], ["新客户", "13812340000"]])
    run_import(db, open_source(path), ImportPlan("客户", 1, {0: "name", 1: "phone"}))


def test_every_table_comes_back_byte_for_byte(db, tmp_path):
    _everything(db, tmp_path)
    path = tmp_path / "全部数据.xlsx"
    summary = export_all(db, path, now=NOW)
    assert summary.tables["customer"] == 302 and summary.long_values > 2
    assert all(n > 0 for n in summary.tables.values()), summary.tables

    target = open_database(tmp_path / "empty.sqlite3")
    restored = import_all(target, path)
    assert restored.tables == summary.tables
    # Every table, the search index (rebuilt) included, holds the same rows.
    assert fingerprint(target) == fingerprint(db)
    target.dispose()


def test_the_workbook_is_readable_and_safe(db, tmp_path):
    _everything(db, tmp_path)
    path = tmp_path / "all.xlsx"
    export_all(db, path, now=NOW)
    book = load_workbook(path)
    assert book.sheetnames[0] == README and book.sheetnames[-1] == LONG_VALUES
    assert {t.name for t in data_tables()} <= set(book.sheetnames)
    assert "search_key" not in book.sheetnames  # derived, rebuilt on import
    readme = {row[0].value: row[1].value for row in book[README].iter_rows(min_row=2)}
    assert readme["rows:customer"] == 302 and readme["exported_at"] == "2026-01-15 09:30:00"
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)
    interactions = book["interaction"]
    column = [c.value for c in interactions[1]].index("occurred_at")
    assert interactions.cell(row=2, column=column + 1).is_date


def test_refuses_a_database_with_data_and_files_that_are_not_full_workbooks(db, tmp_path):
    create_customer(db, {"name": "张伟"})
    path = tmp_path / "all.xlsx"
    export_all(db, path, now=NOW)
    before = fingerprint(db)
    with pytest.raises(ImportProblem) as info:
        import_all(db, path)
    assert info.value.code == "database_not_empty"
    assert fingerprint(db) == before

    client_list = tmp_path / "list.xlsx"
    export_clients(db, client_list)
    empty = open_database(tmp_path / "empty.sqlite3")
    with pytest.raises(ImportProblem) as info:
        import_all(empty, client_list)
    assert info.value.code == "not_a_full_workbook"
    empty.dispose()


def test_cancel_leaves_the_empty_database_empty(db, tmp_path):
    _everything(db, tmp_path)
    path = tmp_path / "all.xlsx"
    export_all(db, path, now=NOW)
    target = open_database(tmp_path / "empty.sqlite3")
    before = fingerprint(target)
    with pytest.raises(ImportProblem) as info:
        import_all(target, path, progress=lambda done, total: done < 8)
    assert info.value.code == "cancelled"
    assert fingerprint(target) == before
    target.dispose()
