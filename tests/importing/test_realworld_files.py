"""Every spreadsheet in ../shared/realworld/xlsx: what the importer makes of it.

For each file the test states what an account manager would see: the sheets
offered, the header row found, the columns recognised, and then either the
clients imported or the clear message that stops the import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest
import python_calamine
from sqlalchemy import select

from app.models import Customer
from app.services.importing import (
    ImportPlan,
    ImportProblem,
    guess_mapping,
    open_source,
    preview_rows,
    read_preview,
    run_import,
)


@dataclass
class Expect:
    sheets: list[str] | None = None  # None: open_source itself refuses the file
    open_error: str | None = None
    header_row: int = 0
    guessed: dict[int, str] = field(default_factory=dict)
    mapping: dict[int, str] | None = None  # what the user picks when the guess is not enough
    created: int | None = None
    skipped: int = 0
    run_error: str | None = None
    preview_error: str | None = None


CASES = {
    "calamine__any_sheets_hidden_veryhidden_chartsheet.xlsx": Expect(
        sheets=["Visible"], run_error="no_name_column"
    ),
    "calamine__date_iso_typed_d_cells.xlsx": Expect(sheets=["Sheet"], run_error="no_name_column"),
    "calamine__date_libreoffice.xlsx": Expect(sheets=["Sheet1"], run_error="no_name_column"),
    "calamine__issue_530_wps_chinese.xlsx": Expect(
        sheets=["出勤分类组织汇总表"], header_row=4, mapping={5: "name", 4: "company"}, created=1
    ),
    "calamine__merged_range.xlsx": Expect(
        sheets=["Sheet1", "Sheet2"], header_row=1, mapping={0: "name", 3: "company"}, created=2
    ),
    "excelize__encryptSHA1_agile_password_is_password.xlsx": Expect(
        open_error="password_protected"
    ),
    "exceljs__fibonacci_formulas.xlsx": Expect(
        sheets=["fib"], mapping={0: "name", 1: "annual_sales"}, created=19
    ),
    "exceljs__google_sheets_export.xlsx": Expect(
        sheets=["Sheet1"], header_row=1, run_error="no_name_column"
    ),
    "exceljs__issue_877_excel_mac_merges_hidden_sheets.xlsx": Expect(
        sheets=["Handlungsanweisung"], preview_error="empty_sheet"
    ),
    "exceljs__issue_991_dates_as_text.csv": Expect(
        sheets=["exceljs__issue_991_dates_as_text"], run_error="no_name_column"
    ),
    "exceljs__krishnapatnam_line_up_text_dates.xlsx": Expect(
        sheets=["KRISHNAPATNAM", "Sheet1"],
        header_row=5,
        guessed={1: "name", 8: "notes"},
        created=25,
    ),
    "openpyxl__date_1904_excel_mac2011.xlsx": Expect(
        sheets=["Sheet1", "Sheet2", "Sheet3"], run_error="no_name_column"
    ),
    "poi__51519_japanese_furigana.xlsx": Expect(
        sheets=["Sheet1", "Sheet2", "Sheet3"],
        header_row=1,
        guessed={1: "name", 2: "company", 3: "notes"},
        created=16,
        skipped=1,  # row 18 repeats row 16: same name and company
    ),
    "poi__57523_very_long_text.xlsx": Expect(
        sheets=["Node Master", "Attribute Master"], header_row=1, guessed={1: "name"}, created=5
    ),
    "poi__InlineStrings.xlsx": Expect(
        sheets=["Sheet1", "Sheet2", "Sheet3"],
        header_row=1,
        mapping={1: "name", 2: "notes", 3: "annual_sales"},
        created=6,
    ),
    "poi__chinese-provinces.xls": Expect(open_error="legacy_format"),
    "poi__truncated_zip_clusterfuzz.xlsx": Expect(open_error="corrupt_file"),
}


def test_every_realworld_spreadsheet_has_a_case(realworld):
    assert sorted(CASES) == sorted(p.name for p in (realworld / "xlsx").iterdir())


@pytest.mark.parametrize("name", sorted(CASES))
def test_realworld_spreadsheet(db, realworld, name):
    expect = CASES[name]
    path = realworld / "xlsx" / name
    if expect.open_error:
        with pytest.raises(ImportProblem) as info:
            open_source(path)
        assert info.value.code == expect.open_error
        assert info.value.zh and info.value.en
        return
    source = open_source(path)
    assert [s.name for s in source.sheets] == expect.sheets
    sheet = expect.sheets[0]
    if expect.preview_error:
        with pytest.raises(ImportProblem) as info:
            read_preview(source, sheet)
        assert info.value.code == expect.preview_error
        return
    preview = read_preview(source, sheet)
    assert preview.header_row == expect.header_row
    guessed = guess_mapping(preview.headers())
    assert guessed == expect.guessed
    plan = ImportPlan(sheet, preview.header_row, expect.mapping or guessed)
    if expect.run_error:
        with pytest.raises(ImportProblem) as info:
            run_import(db, source, plan)
        assert info.value.code == expect.run_error
        return
    result = run_import(db, source, plan)
    assert (result.created, result.skipped, result.rejected) == (expect.created, expect.skipped, 0)


def _names(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Customer.display_name).order_by(Customer.id)))


def test_wps_file_with_backslash_paths_imports_its_chinese_row(db, realworld):
    source = open_source(realworld / "xlsx" / "calamine__issue_530_wps_chinese.xlsx")
    preview = read_preview(source, "出勤分类组织汇总表")
    assert preview.headers()[2:6] == ["领域", "平台", "小微", "节点组织"]
    run_import(db, source, ImportPlan("出勤分类组织汇总表", 4, {5: "name", 4: "company"}))
    with db.session() as s:
        client = s.scalars(select(Customer)).one()
    assert (client.display_name, client.company) == ("基础能力", "技术中心")


def test_japanese_names_come_without_furigana(db, realworld):
    source = open_source(realworld / "xlsx" / "poi__51519_japanese_furigana.xlsx")
    run_import(db, source, ImportPlan("Sheet1", 1, {1: "name", 2: "company"}))
    names = _names(db)
    assert names[:2] == ["豊田", "日本オラクル"]
    assert not any("トヨタ" in n for n in names[:1])


def test_formulas_are_read_as_their_cached_values(db, realworld):
    source = open_source(realworld / "xlsx" / "exceljs__fibonacci_formulas.xlsx")
    run_import(db, source, ImportPlan("fib", 0, {0: "name", 1: "annual_sales"}))
    with db.session() as s:
        sales = dict(s.execute(select(Customer.display_name, Customer.annual_sales)).all())
    assert sales["19"] == Decimal(4181) and sales["3"] == Decimal(2)


def test_merged_cells_below_the_header_fill_every_row_they_cover(db, realworld):
    source = open_source(realworld / "xlsx" / "calamine__merged_range.xlsx")
    run_import(db, source, ImportPlan("Sheet1", 1, {0: "name", 3: "company"}))
    with db.session() as s:
        rows = s.execute(select(Customer.given_name, Customer.company)).all()
    # D3 and D4 are empty cells inside the merged areas C3:D3 and C4:D4.
    assert sorted(rows) == [("A3", "C3"), ("A4", "C4")]


def test_inline_strings_and_long_texts(db, realworld):
    source = open_source(realworld / "xlsx" / "poi__InlineStrings.xlsx")
    run_import(db, source, ImportPlan("Sheet1", 1, {1: "name", 2: "notes"}))
    with db.session() as s:
        notes = dict(s.execute(select(Customer.given_name, Customer.notes)).all())
    assert notes["A"] == "1st Inline String"

    source = open_source(realworld / "xlsx" / "poi__57523_very_long_text.xlsx")
    result = run_import(db, source, ImportPlan("Attribute Master", 1, {4: "name", 6: "notes"}))
    assert result.created == 67 and result.problems == []
    with db.session() as s:
        longest = max(len(n or "") for n in s.scalars(select(Customer.notes)))
    # G35 holds 6,817 characters ending in a line break: kept whole but for that
    # trailing break (under the 20,000-character cap, so nothing is reported).
    assert longest == 6816


@pytest.mark.parametrize(
    ("name", "sheet", "expected"),
    [
        # A date cell, a datetime cell, then a time, which is no birthday.
        ("calamine__date_iso_typed_d_cells.xlsx", "Sheet", [(1, 1), (1, 1), None]),
        # Serial 44197 formatted yyyy-mm-dd by LibreOffice; an elapsed time is no date.
        ("calamine__date_libreoffice.xlsx", "Sheet1", [(1, 1), (1, 2), None]),
        # Excel 2011 for Mac counts from 1904: serial 39385 is 31 October 2011.
        ("openpyxl__date_1904_excel_mac2011.xlsx", "Sheet1", [(10, 31)]),
        # Text dates: ISO, month-first (the default order) and ISO with a time; then
        # two texts that only look like dates.
        ("exceljs__issue_991_dates_as_text.csv", None, [(11, 4), (11, 4), (11, 4), None, None]),
    ],
)
def test_dates_in_realworld_files(db, realworld, name, sheet, expected):
    source = open_source(realworld / "xlsx" / name)
    sheet = sheet or source.sheets[0].name
    rows = preview_rows(db, source, ImportPlan(sheet, 0, {0: "birthday"}), limit=len(expected))
    found = []
    for row in rows:
        birthday = row.draft.birthday
        found.append(None if birthday is None else (birthday.month, birthday.day))
        if birthday is None:
            assert [p.code for p in row.draft.problems] == ["invalid_date", "no_name"]
    assert found == expected
    years = {r.draft.birthday.year for r in rows if r.draft.birthday}
    assert years == {2021} or years == {2011} or years == {2019}
    assert all(r.rejected for r in rows)  # no name column: shown, never imported


def test_the_1904_file_reads_its_date_cell_right(realworld):
    with open_source(realworld / "xlsx" / "openpyxl__date_1904_excel_mac2011.xlsx") as source:
        assert source.date1904
        assert next(source.rows("Sheet1")) == (1, [date(2011, 10, 31)])
    with pytest.raises(python_calamine.WorkbookClosed):
        next(source.rows("Sheet2"))
