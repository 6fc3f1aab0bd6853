"""The printable dossier on a real SQLite file: every section labelled, custom
fields, the last 20 history entries and the intent trend."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete

from app.models import Assessment, FollowUp, Interaction, Order
from app.models.enums import Channel, OrderStatus, Stage
from app.services.custom_fields import define_field
from app.services.customers import create_customer, trash_customers
from app.services.dossier_sheet import build_sheet
from app.services.errors import NotFoundError


def new_client(db, data: dict) -> int:
    """A client with no follow-up yet (create_customer may plan an A as of the real
    date), so the history holds exactly what each test adds."""
    cid = create_customer(db, data)
    with db.session() as s, s.begin():
        s.execute(delete(FollowUp).where(FollowUp.customer_id == cid))
    return cid


def rows_of(sheet, key: str) -> dict[str, str]:
    [section] = [s for s in sheet.sections if s.key == key]
    return {row.label: row.value for row in section.rows}


@pytest.fixture
def nina(db) -> int:
    define_field(db, "微信群", "text")
    define_field(db, "年预算", "number")
    define_field(db, "空字段", "text")
    return new_client(
        db,
        {
            "name": "欧阳娜娜",
            "english_name": "Nina",
            "gender": "female",
            "phones": [{"number": "138 0013 8000"}, {"number": "021-5080 1234", "label": "office"}],
            "emails": ["nina@hd-elec.cn"],
            "addresses": [{"city": "上海市", "district": "浦东新区", "street": "张江路88号"}],
            "company": "华东电子有限公司",
            "position": "采购总监",
            "enterprise_nature": "private",
            "annual_sales": "380000000",
            "birthday": "1980-11-28",
            "food_taste": "清淡",
            "family": [{"relation": "女儿", "name": "小雨", "birth_year": 2012}],
            "anniversaries": [{"title": "结婚纪念日", "date": "农历八月十五"}],
            "visit_directions": "地铁2号线张江高科站",
            "assistant_name": "李秘书",
            "tier": "strategic",
            "star_rating": 4,
            "club_member": True,
            "tags": ["重点客户"],
            "custom": {"微信群": "采购对接群", "年预算": "850"},
        },
    )


def test_all_five_sections_with_their_labels_and_only_filled_fields(db, nina) -> None:
    sheet = build_sheet(db, nina, "zh_CN")
    assert (sheet.name, sheet.company, sheet.position) == (
        "欧阳娜娜",
        "华东电子有限公司",
        "采购总监",
    )
    keys = ["basic", "business", "personal", "logistics", "segment", "custom"]
    assert [s.key for s in sheet.sections] == keys
    assert [s.title for s in sheet.sections] == [
        "基本细节",
        "商业细节",
        "个人细节",
        "后勤细节",
        "客户细分与忠诚度",
        "自定义字段",
    ]
    basic = rows_of(sheet, "basic")
    assert basic["姓名"] == "欧阳娜娜" and basic["英文名"] == "Nina" and basic["性别"] == "女"
    assert basic["电话"] == "138 0013 8000（手机）\n021-5080 1234（办公）"
    assert basic["地址"] == "上海市浦东新区张江路88号（工作）"
    assert "银行账号" not in basic  # empty fields are left out
    business = rows_of(sheet, "business")
    assert business["企业性质"] == "民营" and business["全年销售额"] == "380,000,000.00"
    personal = rows_of(sheet, "personal")
    assert (personal["生日"], personal["生肖"], personal["星座"]) == ("1980-11-28", "猴", "射手座")
    assert personal["口味"] == "清淡" and personal["家庭成员"] == "女儿 小雨 2012"
    assert personal["主要纪念日"] == "结婚纪念日：农历八月十五"
    assert rows_of(sheet, "logistics") == {"拜访路线": "地铁2号线张江高科站", "助理/秘书": "李秘书"}
    segment = rows_of(sheet, "segment")
    assert segment["客户级别"] == "战略级" and segment["星级"] == "★★★★☆"
    assert segment["俱乐部会员"] == "是" and segment["标签"] == "重点客户"
    assert rows_of(sheet, "custom") == {"微信群": "采购对接群", "年预算": "850"}


def test_english_labels(db, nina) -> None:
    sheet = build_sheet(db, nina, "en")
    assert sheet.sections[0].title == "Basic details"
    basic = rows_of(sheet, "basic")
    assert basic["Phones"] == "138 0013 8000 (Mobile)\n021-5080 1234 (Office)"
    assert rows_of(sheet, "segment")["Tier"] == "Strategic"
    assert build_sheet(db, nina, "zh_TW").sections[0].title == "基本細節"


def test_a_bare_client_prints_its_name_and_nothing_invented(db) -> None:
    cid = new_client(db, {"name": "王伟"})
    sheet = build_sheet(db, cid)
    assert [s.key for s in sheet.sections] == ["basic", "segment"]  # the tier always has a value
    assert rows_of(sheet, "basic") == {"姓名": "王伟"}
    assert sheet.history == () and sheet.trend == ()


def test_the_last_20_history_entries_newest_first_and_the_intent_trend(db, nina) -> None:
    start = datetime(2026, 1, 1, 9, 0)
    with db.session() as s, s.begin():
        for n in range(25):
            s.add(
                Interaction(
                    customer_id=nina,
                    occurred_at=start + timedelta(days=n),
                    channel=Channel.VISIT,
                    stage=Stage.B,
                    summary=f"第{n}次",
                    next_step="寄样品" if n == 24 else None,
                )
            )
        s.add(
            Order(
                customer_id=nina,
                ordered_on=date(2026, 1, 30),
                product="服务器",
                amount=Decimal("128000"),
                status=OrderStatus.SHIPPED,
                contract_no="HT-9",
            )
        )
        s.add(
            FollowUp(customer_id=nina, stage=Stage.C, due_on=date(2026, 2, 3), purpose="二次见面")
        )
        for taken, score, band in (
            (date(2025, 3, 1), 48, "medium"),
            (date(2026, 1, 28), 78, "high"),
        ):
            s.add(
                Assessment(
                    customer_id=nina,
                    taken_on=taken,
                    questionnaire_version="v1",
                    score=Decimal(score),
                    band=band,
                )
            )
    sheet = build_sheet(db, nina, "zh_CN")
    assert len(sheet.history) == 20
    whens = [line.when for line in sheet.history]
    assert whens == sorted(whens, reverse=True)
    first, second = sheet.history[0], sheet.history[1]
    assert (first.kind, first.status, first.title) == ("跟进", "待办", "二次见面")
    assert (second.kind, second.status, second.title) == ("订单", "已发货", "服务器")
    assert second.amount == Decimal("128000") and second.detail == "HT-9"
    assessment, contact = sheet.history[2], sheet.history[3]
    assert (assessment.kind, assessment.title, assessment.status) == (
        "意愿评估",
        "意愿评分 78",
        "高",
    )
    assert assessment.amount is None  # the score is said once, in the title
    assert (contact.kind, contact.status, contact.stage) == ("联系", "拜访", Stage.B)
    assert contact.title == "第24次" and contact.detail == "寄样品" and contact.has_time
    assert [(p.taken_on, p.score, p.band) for p in sheet.trend] == [
        (date(2025, 3, 1), 48.0, "中"),
        (date(2026, 1, 28), 78.0, "高"),
    ]
    assert len(build_sheet(db, nina, history_limit=5).history) == 5


def test_missing_or_trashed_clients_are_not_found(db, nina) -> None:
    with pytest.raises(NotFoundError):
        build_sheet(db, 9999)
    trash_customers(db, [nina])
    with pytest.raises(NotFoundError):
        build_sheet(db, nina)
