"""Files that are not what they claim, damaged, huge or malicious: each gets a
clear typed error (ImportProblem with a code and a message in both languages)
and the database is never touched."""

from __future__ import annotations

import re
import zipfile

import pytest
from openpyxl import Workbook

from app.services.importing import (
    ImportPlan,
    ImportProblem,
    open_source,
    read_preview,
    run_import,
)
from app.services.importing.sniff import OLE_MAGIC

from .helpers import fingerprint, write_csv, write_xlsx


def _problem(call) -> ImportProblem:
    with pytest.raises(ImportProblem) as info:
        call()
    assert info.value.zh and info.value.en and " / " in str(info.value)
    return info.value


def test_a_picture_named_xlsx(tmp_path):
    path = tmp_path / "客户.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    error = _problem(lambda: open_source(path))
    assert error.code == "not_a_spreadsheet" and "PNG" in error.en and ".xlsx" in error.zh


def test_csv_text_named_xlsx_and_html_named_xls(tmp_path):
    text = tmp_path / "list.xlsx"
    text.write_text("姓名,手机\n张伟,13812345678\n", encoding="utf-8")
    assert "plain text" in _problem(lambda: open_source(text)).en
    html = tmp_path / "export.xls"  # what many OA systems hand out as "Excel"
    html.write_text("<html><body><table><tr><td>张伟</td></tr></table></body></html>")
    assert "web page" in _problem(lambda: open_source(html)).en


def test_a_word_document_and_an_ods_file(tmp_path):
    docx = tmp_path / "名单.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    assert "Word" in _problem(lambda: open_source(docx)).en
    ods = tmp_path / "名单.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    error = _problem(lambda: open_source(ods))
    assert error.code == "legacy_format" and "另存为" in error.zh and "Save As" in error.en


def test_old_binary_formats_say_how_to_convert(tmp_path):
    body = OLE_MAGIC + bytes(504) + "Workbook".encode("utf-16-le") + bytes(100)
    for name, kind in (("old.xls", ".xls"), ("wps.et", ".et")):
        path = tmp_path / name
        path.write_bytes(body)
        error = _problem(lambda p=path: open_source(p))
        assert error.code == "legacy_format" and kind in error.en
        assert "文件 → 另存为" in error.zh and ".xlsx" in error.zh


def test_an_encrypted_package_is_reported_as_password_protected(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(
        OLE_MAGIC
        + bytes(504)
        + "EncryptionInfo".encode("utf-16-le")
        + "EncryptedPackage".encode("utf-16-le")
    )
    error = _problem(lambda: open_source(path))
    assert error.code == "password_protected" and "密码" in error.zh


def test_truncated_and_empty_files(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", [["姓名"], ["张伟"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert _problem(lambda: open_source(cut)).code == "corrupt_file"
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "empty file" in _problem(lambda: open_source(empty)).en
    blank_csv = tmp_path / "blank.csv"
    blank_csv.write_text("\n,,\n", encoding="utf-8")
    source = open_source(blank_csv)
    assert _problem(lambda: read_preview(source, "blank")).code == "empty_sheet"


def _bomb_xml(xml: str) -> str:
    body = re.sub(r"^<\?xml[^>]*\?>", "", xml)
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    return f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>{body}'


def _with_part_replaced(source, target, member: str, edit) -> None:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == member:
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)


def test_xml_entity_bombs_are_refused(db, tmp_path):
    base = write_xlsx(tmp_path / "base.xlsx", [["姓名"], ["PLACEHOLDER"]])
    in_sheet = tmp_path / "bomb_sheet.xlsx"

    def bomb_sheet(xml: str) -> str:
        return _bomb_xml(xml.replace("PLACEHOLDER", "&lol9;"))

    _with_part_replaced(base, in_sheet, "xl/worksheets/sheet1.xml", bomb_sheet)
    before = fingerprint(db)
    source = open_source(in_sheet)
    assert _problem(lambda: read_preview(source, "客户")).code == "unsafe_file"
    in_workbook = tmp_path / "bomb_book.xlsx"
    _with_part_replaced(base, in_workbook, "xl/workbook.xml", _bomb_xml)
    assert _problem(lambda: open_source(in_workbook)).code == "unsafe_file"
    assert fingerprint(db) == before


def test_a_sheet_over_the_row_limit_is_refused_before_loading(db, tmp_path):
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["姓名"])
    for i in range(150):
        sheet.append([f"客户{i}"])
    book.save(tmp_path / "many.xlsx")
    source = open_source(tmp_path / "many.xlsx", row_limit=100)
    assert source.sheets[0].too_large
    error = _problem(lambda: read_preview(source, "客户"))
    assert error.code == "too_many_rows" and "100" in error.zh
    before = fingerprint(db)
    plan = ImportPlan("客户", 1, {0: "name"})
    assert _problem(lambda: run_import(db, source, plan)).code == "too_many_rows"
    assert fingerprint(db) == before

    rows = [["姓名"]] + [[f"客户{i}"] for i in range(150)]
    csv_source = open_source(write_csv(tmp_path / "many.csv", rows), row_limit=100)
    assert _problem(lambda: read_preview(csv_source, "many")).code == "too_many_rows"


def test_one_cell_in_the_last_excel_row_makes_a_million_row_sheet(tmp_path):
    book = Workbook()
    book.active.title = "客户"
    book.active["A1"] = "姓名"
    book.active.cell(row=1_048_576, column=1, value="张伟")
    book.save(tmp_path / "sparse.xlsx")
    source = open_source(tmp_path / "sparse.xlsx")
    assert source.sheets[0].rows > 1_000_000 and source.sheets[0].too_large
    assert _problem(lambda: read_preview(source, "客户")).code == "too_many_rows"


def test_a_100000_character_cell_is_capped_and_reported(db, tmp_path):
    huge = "很长的备注" * 20_000
    path = write_xlsx(
        tmp_path / "huge.xlsx", [["姓名", "备注"], ["张伟", huge], ["李" * 100_000, "x"]]
    )
    source = open_source(path)
    result = run_import(db, source, ImportPlan("客户", 1, {0: "name", 1: "notes"}))
    assert result.created == 2
    assert [(p.row, p.column, p.code, p.action, p.detail) for p in result.problems] == [
        (2, "B 备注", "truncated", "altered", "20000"),
        (3, "A 姓名", "truncated", "altered", "120"),
    ]
    assert len(result.problems[0].value) == 201  # the report shows a 200-character excerpt
