"""Finding the header row under title rows, and guessing targets from header words."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from app.models.enums import FieldType
from app.services.custom_fields import define_field
from app.services.fields import FIELDS
from app.services.importing import (
    delete_preset,
    guess_mapping,
    import_targets,
    list_presets,
    load_preset,
    open_source,
    read_preview,
    save_preset,
)
from app.services.importing.aliases import ALIASES, header_key
from app.services.importing.mapping import match_header

from .helpers import write_xlsx


def test_title_rows_blank_rows_and_a_merged_banner_above_the_header(tmp_path):
    book = Workbook()
    ws = book.active
    ws.title = "客户"
    ws["A1"] = "2024 上海展会客户名单"
    ws.merge_cells("A1:E1")
    ws["A2"] = "导出时间：2024年5月1日"
    ws.append([])
    ws.append(["序号", "姓名", "手机号码", "公司名称", "职务"])
    ws.append([1, "张伟", 13812345678, "华为", "经理"])
    ws.append([2, "李娜", 13912345678, "腾讯", "总监"])
    book.save(tmp_path / "list.xlsx")
    preview = read_preview(open_source(tmp_path / "list.xlsx"), "客户")
    assert preview.header_row == 4
    assert preview.headers() == ["序号", "姓名", "手机号码", "公司名称", "职务"]
    assert guess_mapping(preview.headers()) == {
        1: "name",
        2: "phone:mobile",
        3: "company",
        4: "position",
    }


def test_a_sheet_of_data_only_has_no_header(tmp_path):
    path = write_xlsx(tmp_path / "d.xlsx", [["张伟", 13812345678], ["李娜", 13912345678]])
    preview = read_preview(open_source(path), "客户")
    assert preview.header_row == 0 and preview.headers() == ["A", "B"]


COMMON = ["name", "phone:mobile", "company", "position", "birthday", "address", "email"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["姓名", "手机", "公司", "职位", "生日", "地址", "邮箱", "微信"],
            [*COMMON, "wechat_id"],
        ),
        (
            ["聯絡人", "手機", "單位", "職務", "出生日期", "聯絡地址", "電子郵件", "備註"],
            [*COMMON, "notes"],
        ),
        (
            ["Name", "Mobile", "Company", "Title", "Birthday", "Address", "E-mail", "WeChat"],
            [*COMMON, "wechat_id"],
        ),
        (
            [
                "客户名称",
                "联系电话",
                "工作单位",
                "职务*",
                "出生年月日",
                "办公地址",
                "E-Mail:",
                "QQ",
            ],
            ["name", "phone", "company", "position", "birthday", "address", "email", "qq_id"],
        ),
    ],
)
def test_aliases_in_simplified_traditional_and_english(headers, expected):
    assert guess_mapping(headers) == dict(enumerate(expected))


def test_every_field_is_found_by_its_own_labels():
    for spec in FIELDS.values():
        for word in (spec.zh, spec.zh_hant, spec.en):
            assert match_header(word, ALIASES)[0] == spec.key, word


def test_header_keys_ignore_markers_punctuation_width_and_numbering():
    assert header_key("手机号码 2") == header_key("手机号码")
    assert header_key("ＱＱ") == "qq"
    assert header_key("姓名（必填）") == "姓名"
    assert header_key("E-mail:") == "email"


def test_containment_and_single_valued_targets():
    # "客户姓名" contains 姓名; a second name-like column is left for the user.
    assert guess_mapping(["客户姓名", "联系人姓名", "备用手机", "手机2"]) == {
        0: "name",
        2: "phone:mobile",
        3: "phone:mobile",
    }
    assert guess_mapping(["Hotel", "Date"]) == {}  # "tel" is too short to match inside


def test_custom_fields_are_targets_and_beat_aliases(db):
    define_field(db, "来源", FieldType.TEXT)  # also an alias of the built-in source field
    define_field(db, "高尔夫差点", FieldType.NUMBER)
    assert guess_mapping(["姓名", "来源", "高尔夫差点"], ["来源", "高尔夫差点"]) == {
        0: "name",
        1: "custom:来源",
        2: "custom:高尔夫差点",
    }
    keys = [t.key for t in import_targets(db)]
    assert keys[0] == "name" and keys[-2:] == ["custom:来源", "custom:高尔夫差点"]
    assert set(FIELDS) <= set(keys)
    assert {"phone", "email", "address", "birthday", "tags", "family"} <= set(keys)


def test_presets_follow_headers_not_positions(db):
    saved = save_preset(
        db, "展会名单", ["姓名", "手机", "自定义"], {0: "name", 1: "phone", 2: "notes"}
    )
    assert [p.name for p in list_presets(db)] == ["展会名单"]
    preset = load_preset(db, "展会名单")
    assert preset == saved
    assert preset.apply(["备注", "自定义", "姓名 ", "手机"]) == {1: "notes", 2: "name", 3: "phone"}
    delete_preset(db, "展会名单")
    assert list_presets(db) == []
