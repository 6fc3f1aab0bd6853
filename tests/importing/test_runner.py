"""The import as a whole: duplicates, one transaction, cancel, failure, undo, report."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
import python_calamine
from sqlalchemy import func, select

from app.models import Customer, FollowUp, ImportBatch, ImportChange
from app.services.customers import create_customer, get_customer, trash_customers
from app.services.importing import (
    DuplicatePolicy,
    ImportCancelled,
    ImportPlan,
    ImportProblem,
    find_duplicates,
    list_batches,
    open_source,
    preview_rows,
    run_import,
    undo_import,
    write_error_report,
)
from app.services.search import search_customers
from app.services.search_index import rebuild_all

from .helpers import fail_on_second_flush, fingerprint, write_csv, write_xlsx

HEADER = ["姓名", "手机", "邮箱", "公司", "职位", "备注", "标签"]
MAPPING = {0: "name", 1: "phone", 2: "email", 3: "company", 4: "position", 5: "notes", 6: "tags"}


def _source(tmp_path, *rows, name="in.xlsx"):
    return open_source(write_xlsx(tmp_path / name, [HEADER, *rows]))


def _plan(**kw):
    return ImportPlan("客户", 1, MAPPING, **kw)


def _count(db, model=Customer) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def existing(db):
    return create_customer(
        db,
        {
            "name": "张伟",
            "company": "华为",
            "phones": ["13812345678"],
            "emails": ["zw@huawei.com"],
            "notes": "老客户",
            "tags": ["VIP"],
        },
    )


def test_new_clients_get_index_list_columns_and_the_batch(db, tmp_path):
    source = _source(tmp_path, ["曾小贤", "13912345678", "", "广播电台", "主持人", "", "VIP"])
    result = run_import(db, source, _plan(), today=date(2026, 1, 15))
    assert (result.created, result.updated, result.skipped, result.rejected) == (1, 0, 0, 0)
    client = get_customer(db, 1)
    assert client.name_sort == "zeng xiao xian" and client.primary_phone == "139 1234 5678"
    assert client.import_batch_id == result.batch_id
    assert [h.id for h in search_customers(db, "zxx")] == [1]
    assert [h.id for h in search_customers(db, "1234567")] == [1]
    [batch] = list_batches(db)
    assert (batch.filename, batch.sheet, batch.created) == ("in.xlsx", "客户", 1)
    # Like a client made in the editor, it has its first A–D step planned.
    with db.session() as s:
        steps = s.execute(select(FollowUp.stage, FollowUp.status, FollowUp.due_on)).all()
    assert [(st.value, status.value) for st, status, _ in steps] == [("A", "pending")]
    assert client.next_follow_up_on == steps[0][2] >= date(2026, 1, 15)


@pytest.mark.parametrize(
    ("policy", "company", "notes", "phones", "tags"),
    [
        (DuplicatePolicy.SKIP, "华为", "老客户", 1, ["VIP"]),
        (DuplicatePolicy.FILL_EMPTY, "华为", "老客户", 2, ["VIP", "展会"]),
        (DuplicatePolicy.OVERWRITE, "华为技术", "新备注", 2, ["VIP", "展会"]),
    ],
)
def test_duplicate_policies(db, tmp_path, existing, policy, company, notes, phones, tags):
    row = ["张伟", "13812345678；13700000000", "", "华为技术", "总监", "新备注", "展会"]
    result = run_import(db, _source(tmp_path, row), _plan(policy=policy))
    assert _count(db) == 1
    client = get_customer(db, existing)
    assert (client.company, client.notes, len(client.phones)) == (company, notes, phones)
    assert sorted(t.name for t in client.tags) == sorted(tags)
    assert client.position == (None if policy == DuplicatePolicy.SKIP else "总监")
    if policy == DuplicatePolicy.SKIP:
        assert result.skipped == 1 and result.problems[0].code == "duplicate_skipped"
    else:
        assert result.updated == 1


def test_import_as_new_and_per_row_choices(db, tmp_path, existing):
    rows = [
        ["张伟", "", "zw@huawei.com", "", "", "", ""],  # same e-mail
        ["张伟", "", "", "华为", "", "", ""],  # same name and company
        ["王五", "13812345678", "", "", "", "", ""],  # same phone
    ]
    source = _source(tmp_path, *rows)
    found = find_duplicates(db, source, _plan())
    assert [(d.row, d.key, d.customer_id) for d in found] == [
        (2, "email", existing),
        (3, "name_company", existing),
        (4, "phone", existing),
    ]
    decisions = {3: DuplicatePolicy.CREATE, 4: DuplicatePolicy.FILL_EMPTY}
    result = run_import(db, source, _plan(decisions=decisions))
    assert (result.created, result.updated, result.skipped) == (1, 1, 1)
    assert _count(db) == 2


def test_finding_duplicates_reports_progress_and_can_stop(db, tmp_path):
    rows = [[f"客户{i}", "13812345678", "", "", "", "", ""] for i in range(2500)]
    source = _source(tmp_path, *rows)
    calls = []
    found = find_duplicates(db, source, _plan(), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)] and len(found) == 2499
    stopped = find_duplicates(db, source, _plan(), progress=lambda d, t: False)
    assert len(stopped) == 999  # the first thousand rows only


def test_duplicates_within_the_file(db, tmp_path):
    rows = [
        ["张伟", "13812345678", "", "", "", "第一行", ""],
        ["张伟", "138 1234 5678", "zw@x.cn", "", "经理", "第二行", ""],
        ["李娜", "13912345678", "", "", "", "", ""],
    ]
    skipped = run_import(db, _source(tmp_path, *rows), _plan())
    assert (skipped.created, skipped.skipped) == (2, 1)
    assert skipped.problems[0].code == "duplicate_in_file" and skipped.problems[0].detail == "2"
    assert skipped.problems[0].reason() == "与文件中第 2 行重复，按设置跳过"
    undo_import(db, skipped.batch_id)
    merged = run_import(db, _source(tmp_path, *rows), _plan(policy=DuplicatePolicy.FILL_EMPTY))
    assert (merged.created, merged.updated) == (2, 1)
    first = get_customer(db, min(c.id for c in search_customers(db, "张伟")))
    assert (first.notes, first.position, first.emails[0].address) == ("第一行", "经理", "zw@x.cn")


def test_undo_removes_created_and_restores_updated(db, tmp_path, existing):
    before = fingerprint(db)
    rows = [
        ["张伟", "13700000000", "", "华为", "总监", "", "展会"],
        ["李娜", "13912345678", "ln@x.cn", "腾讯", "", "", "VIP"],
    ]
    result = run_import(db, _source(tmp_path, *rows), _plan(policy=DuplicatePolicy.OVERWRITE))
    assert (result.created, result.updated) == (1, 1)
    assert _count(db, ImportChange) == 2
    outcome = undo_import(db, result.batch_id)
    assert (outcome.removed, outcome.restored) == (1, 1)
    after = fingerprint(db)
    # Everything is back but the batch's own record (now marked undone) and the new tag.
    changed = {t for t in before if before[t] != after[t]}
    assert changed == {"import_batch", "tag"}
    assert _count(db, ImportChange) == 0
    assert list_batches(db)[0].undone_at is not None
    with pytest.raises(ImportProblem) as info:
        undo_import(db, result.batch_id)
    assert info.value.code == "undo_not_possible"


def test_an_older_import_cannot_be_undone_under_a_newer_one(db, tmp_path, existing):
    first = run_import(
        db,
        _source(tmp_path, ["张伟", "", "", "华为", "经理", "", ""]),
        _plan(policy=DuplicatePolicy.OVERWRITE),
    )
    second = run_import(
        db,
        _source(tmp_path, ["张伟", "", "", "华为", "总监", "", ""], name="b.xlsx"),
        _plan(policy=DuplicatePolicy.OVERWRITE),
    )
    assert first.updated == second.updated == 1
    with pytest.raises(ImportProblem) as info:
        undo_import(db, first.batch_id)
    assert f"import {second.batch_id}" in info.value.en
    undo_import(db, second.batch_id)
    assert get_customer(db, existing).position == "经理"
    undo_import(db, first.batch_id)
    assert get_customer(db, existing).position is None


def _many(tmp_path, n):
    rows = [[f"客户{i}", f"139{i:08d}", f"c{i}@x.cn", "公司", "", "", "标签"] for i in range(n)]
    return _source(tmp_path, *rows)


def test_cancel_halfway_leaves_the_database_as_it_was(db, tmp_path, existing):
    before = fingerprint(db)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 2  # cancel after the second batch of rows

    with pytest.raises(ImportCancelled):
        run_import(db, _many(tmp_path, 2500), _plan(), progress=progress)
    assert calls == [(1000, 2500), (2000, 2500)]
    assert fingerprint(db) == before


def test_a_failure_midway_leaves_the_database_as_it_was(db, tmp_path, existing, monkeypatch):
    before = fingerprint(db)
    fail_on_second_flush(monkeypatch)
    with pytest.raises(OSError):
        run_import(db, _many(tmp_path, 2500), _plan())
    assert fingerprint(db) == before
    assert _count(db, ImportBatch) == 0


def test_the_error_report_lists_every_problem_and_holds_no_formula(db, tmp_path):
    evil = '=HYPERLINK("http://evil.example")'
    rows = [HEADER, ["张伟", "12", evil, "", "", "", ""], ["", "13912345678", "", "", "", "", ""]]
    source = open_source(write_csv(tmp_path / "in.csv", rows))
    result = run_import(db, source, ImportPlan("in", 1, MAPPING))
    report = tmp_path / "问题.xlsx"
    assert write_error_report(result.problems, report) == 3
    sheet = python_calamine.CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0)
    lines = sheet.to_python()
    assert lines[0] == ["行号", "列", "值", "处理", "原因"]
    assert [(int(r[0]), r[1], r[2], r[3]) for r in lines[1:]] == [
        (2, "B 手机", "12", "未导入此值"),
        (2, "C 邮箱", "'" + evil, "未导入此值"),
        (3, "A 姓名", "", "整行未导入"),
    ]
    with zipfile.ZipFile(report) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet1.xml")
    english = tmp_path / "problems.xlsx"
    write_error_report(result.problems, english, "en")
    lines = python_calamine.CalamineWorkbook.from_path(str(english)).get_sheet_by_index(0)
    assert lines.to_python()[1][4] == "not a phone number"


def test_trashed_clients_are_not_duplicates(db, tmp_path, existing):
    trash_customers(db, [existing])
    result = run_import(
        db, _source(tmp_path, ["张伟", "13812345678", "", "华为", "", "", ""]), _plan()
    )
    assert (result.created, result.skipped) == (1, 0)


def test_the_index_of_new_clients_is_what_a_rebuild_makes(db, tmp_path):
    rows = [
        ["曾小贤", "13912345678", "zxx@radio.cn", "广播电台", "", "节目主持", "VIP"],
        ["Wei Zhang", "+1 650 253 0000", "", "Google", "", "", ""],
        ["欧阳娜娜", "010-65528888", "", "华为技术有限公司", "", "", ""],
    ]
    run_import(db, _source(tmp_path, *rows), _plan())
    written = fingerprint(db)
    with db.engine.begin() as conn:
        rebuild_all(conn)
    rebuilt = fingerprint(db)
    assert written["customer_fts"] == rebuilt["customer_fts"]


def test_preview_rows_show_cleaned_values_and_mark_cells(db, tmp_path):
    rows = [["欧阳娜娜", "1.3812345678E10", "bad-mail", "华为", "总监", "", "VIP；高尔夫"]]
    source = _source(tmp_path, *rows)
    [row] = preview_rows(db, source, _plan())
    values = row.values()
    assert values["name"] == "欧阳娜娜" and values["phone"] == "13812345678"
    assert values["tags"] == "VIP; 高尔夫" and "email" not in values
    assert [(p.code, p.index) for p in row.draft.problems] == [
        ("recovered_digits", 1),
        ("invalid_email", 2),
    ]
