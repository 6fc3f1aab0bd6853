"""The visit plan on a real SQLite file: which visits a period holds, their order,
and every 5W1H part filled from the dossier."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete

from app.models import Complaint, FollowUp, Interaction, Order
from app.models.enums import (
    Channel,
    ComplaintStatus,
    ContactLabel,
    FollowUpStatus,
    OrderStatus,
    Stage,
    Tier,
)
from app.services.care import Occasion
from app.services.customers import create_customer, trash_customers
from app.services.errors import NotFoundError, ValidationError
from app.services.visit_plan import (
    GroupBy,
    PlanItem,
    build_plan,
    day_period,
    due_items,
    range_period,
    rearrange,
    set_appointment,
    week_period,
)

WEEK = week_period("2026-W48")  # Monday 23 – Sunday 29 November 2026


def new_client(db, data: dict) -> int:
    """A client with no follow-up yet (create_customer may plan an A as of the real
    date), so each test states exactly the steps it means."""
    cid = create_customer(db, data)
    with db.session() as s, s.begin():
        s.execute(delete(FollowUp).where(FollowUp.customer_id == cid))
    return cid


def client(db, name: str, city: str, district: str, street: str, **more) -> int:
    data = {"name": name, "addresses": [{"city": city, "district": district, "street": street}]}
    return new_client(db, {**data, **more})


def step(db, cid: int, due: date, stage: Stage = Stage.B, **more) -> int:
    with db.session() as s, s.begin():
        row = FollowUp(customer_id=cid, stage=stage, due_on=due, purpose=f"{stage}计划", **more)
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def week(db):
    """Five clients due in W48 in three areas, and the follow-ups that must stay out."""
    ids = {
        "王建国": client(db, "王建国", "上海市", "浦东新区", "张江路88号", tier=Tier.STRATEGIC),
        "马丽": client(db, "马丽", "杭州市", "西湖区", "文三路10号"),
        "金海涛": client(db, "金海涛", "上海市", "徐汇区", "漕溪北路5号"),
        "欧阳娜娜": client(db, "欧阳娜娜", "上海市", "浦东新区", "世纪大道1号"),
        "高飞": client(db, "高飞", "杭州市", "西湖区", "文一路2号"),
    }
    due = {
        "王建国": step(db, ids["王建国"], date(2026, 11, 25), Stage.C),
        "马丽": step(db, ids["马丽"], date(2026, 11, 23)),
        "金海涛": step(db, ids["金海涛"], date(2026, 11, 29), Stage.A),
        "欧阳娜娜": step(db, ids["欧阳娜娜"], date(2026, 11, 23), Stage.D, suggested_action="送茶"),
        "高飞": step(db, ids["高飞"], date(2026, 11, 24)),
    }
    # Out of the plan: the week before and after, a done and a cancelled step, a trashed client.
    outside = client(db, "赵六", "上海市", "静安区", "南京西路1号")
    step(db, outside, date(2026, 11, 22))
    step(db, outside, date(2026, 11, 30))
    step(db, ids["马丽"], date(2026, 11, 26), status=FollowUpStatus.DONE)
    step(db, ids["高飞"], date(2026, 11, 27), status=FollowUpStatus.CANCELLED)
    gone = client(db, "钱七", "上海市", "黄浦区", "外滩1号")
    step(db, gone, date(2026, 11, 24))
    trash_customers(db, [gone])
    return ids, due


def names(plan) -> list[str]:
    return [e.who.name for e in plan.entries]


def test_week_period_is_monday_to_sunday_and_rejects_nonsense() -> None:
    assert (WEEK.start, WEEK.end, WEEK.code) == (date(2026, 11, 23), date(2026, 11, 29), "2026-W48")
    assert week_period("2020w53").start == date(2020, 12, 28)  # 2020 has a week 53
    for bad in ("2026-W54", "2025-W53", "W48", "2026-48"):
        with pytest.raises(ValidationError):
            week_period(bad)
    assert day_period(date(2026, 11, 24)).code == "2026-11-24"
    assert range_period(date(2026, 11, 1), date(2026, 11, 5)).code == "2026-11-01…2026-11-05"
    with pytest.raises(ValidationError):
        range_period(date(2026, 11, 5), date(2026, 11, 1))


def test_the_week_holds_exactly_the_pending_follow_ups_due_in_it(db, week) -> None:
    _ids, due = week
    items = due_items(db, WEEK)
    assert sorted(i.follow_up_id for i in items) == sorted(due.values())
    plan = build_plan(db, WEEK)
    assert sorted(e.item.follow_up_id for e in plan.entries) == sorted(due.values())
    # By time: day by day, each day a group.
    assert names(plan) == ["马丽", "欧阳娜娜", "高飞", "王建国", "金海涛"]
    assert [g.day for g in plan.groups] == [date(2026, 11, d) for d in (23, 24, 25, 29)]
    assert build_plan(db, day_period(date(2026, 11, 23))).entries[0].who.name == "马丽"


def test_appointment_times_order_a_day_and_untimed_visits_keep_the_users_order(db, week) -> None:
    ids, _due = week
    items = {i.customer_id: i for i in due_items(db, WEEK)}
    ma, ouyang = items[ids["马丽"]], items[ids["欧阳娜娜"]]
    timed = PlanItem(ouyang.customer_id, ouyang.day, time(9, 30), ouyang.follow_up_id)
    # Moved to Tuesday at 08:00 by the user: it leads Tuesday now.
    moved = PlanItem(ma.customer_id, date(2026, 11, 24), time(8, 0), ma.follow_up_id)
    rest = [i for cid, i in items.items() if cid not in (ids["马丽"], ids["欧阳娜娜"])]
    plan = build_plan(db, WEEK, [*rest, timed, moved], GroupBy.TIME)
    assert names(plan) == ["欧阳娜娜", "马丽", "高飞", "王建国", "金海涛"]
    assert plan.entries[1].when.time == time(8, 0)
    manual = build_plan(db, WEEK, [moved, *rest, timed], GroupBy.MANUAL)
    assert names(manual) == ["马丽", "高飞", "王建国", "金海涛", "欧阳娜娜"]
    assert len(manual.groups) == 1


def test_grouping_by_city_puts_one_areas_visits_together(db, week) -> None:
    plan = build_plan(db, WEEK, group_by="city")
    assert [g.area for g in plan.groups] == ["上海市徐汇区", "上海市浦东新区", "杭州市西湖区"]
    assert [[e.who.name for e in g.entries] for g in plan.groups] == [
        ["金海涛"],
        ["欧阳娜娜", "王建国"],  # 世纪大道 sorts before 张江路 in the same district
        ["高飞", "马丽"],
    ]


def test_a_client_added_by_hand_is_visited_for_its_pending_step(db, week) -> None:
    extra = client(db, "孙悟空", "上海市", "静安区", "南京西路2号")
    later = step(db, extra, date(2026, 12, 20), Stage.B)
    plan = build_plan(db, WEEK, [PlanItem(extra, date(2026, 11, 26))])
    [entry] = plan.entries
    assert entry.item.follow_up_id is None
    assert (entry.why.stage, entry.why.due_on) == (Stage.B, date(2026, 12, 20))
    assert entry.why.purpose == "B计划" and later
    lone = new_client(db, {"name": "无计划"})
    [bare] = build_plan(db, WEEK, [PlanItem(lone, WEEK.start)]).entries
    assert (bare.why.stage, bare.why.purpose, bare.where.address) == (None, None, None)
    trash_customers(db, [lone])
    assert build_plan(db, WEEK, [PlanItem(lone, WEEK.start)]).entries == []


def test_every_5w1h_part_is_filled_from_the_dossier(db) -> None:
    cid = new_client(
        db,
        {
            "name": "欧阳娜娜",
            "company": "华东电子有限公司",
            "position": "采购总监",
            "tier": "strategic",
            "phones": [{"number": "138 0013 8000"}, {"number": "021-5080 1234", "label": "office"}],
            "addresses": [
                {"label": "home", "city": "上海市", "district": "静安区", "street": "家1号"},
                {
                    "label": "work",
                    "province": "上海市",
                    "city": "上海市",
                    "district": "浦东新区",
                    "street": "张江路88号",
                },
            ],
            "visit_directions": "地铁2号线张江高科站3号口，访客登记在B座一楼",
            "assistant_name": "李秘书",
            "assistant_phone": "139 0000 1111",
            "interests": "高尔夫、普洱茶",
            "consumption_habits": "注重品质",
            "favourite_colour": "深蓝",
            "food_taste": "清淡、不吃辣",
            "taboos": "忌讳数字4",
            "superstitions": "看重风水",
            "birthday": "1980-11-28",
            "family": [{"relation": "女儿", "name": "小雨", "birth_year": 2012, "notes": "学钢琴"}],
            "anniversaries": [{"title": "公司成立", "date": "2010-12-08"}],
            "club_member": True,
        },
    )
    fid = step(db, cid, date(2026, 11, 25), Stage.D, suggested_action="邀请参加客户俱乐部活动")
    with db.session() as s, s.begin():
        s.add(Interaction(customer_id=cid, occurred_at=datetime(2026, 10, 1, 10), summary="旧的"))
        s.add(
            Interaction(
                customer_id=cid,
                occurred_at=datetime(2026, 11, 2, 15, 30),
                channel=Channel.VISIT,
                summary="谈了明年的采购计划",
                problems="交货周期太长",
                client_plans="明年扩建二期厂房",
                interests="最近在学摄影",
                next_step="寄送新款样品",
            )
        )
        s.add(
            Order(
                customer_id=cid,
                ordered_on=date(2026, 10, 9),
                product="服务器",
                amount=Decimal("120000"),
                status=OrderStatus.SHIPPED,
                contract_no="HT-7",
            )
        )
        s.add(
            Order(
                customer_id=cid,
                ordered_on=date(2026, 9, 1),
                product="旧货",
                amount=Decimal(1),
                status=OrderStatus.PAID,
            )
        )
        s.add(Complaint(customer_id=cid, received_on=date(2026, 10, 20), subject="交货延迟"))
        s.add(
            Complaint(
                customer_id=cid,
                received_on=date(2026, 8, 1),
                subject="旧的",
                status=ComplaintStatus.RESOLVED,
            )
        )
    item = PlanItem(cid, date(2026, 11, 25), time(14, 0), fid)
    [e] = build_plan(db, WEEK, [item]).entries

    assert (e.why.stage, e.why.purpose, e.why.tier) == (Stage.D, "D计划", Tier.STRATEGIC)
    assert [(p.topic, p.text) for p in e.what.talking_points] == [
        ("problems", "交货周期太长"),
        ("client_plans", "明年扩建二期厂房"),
        ("interests", "最近在学摄影"),
    ]
    last = e.what.last_contact
    assert (last.summary, last.next_step, last.channel) == (
        "谈了明年的采购计划",
        "寄送新款样品",
        Channel.VISIT,
    )
    assert [(o.product, o.status) for o in e.what.open_orders] == [("服务器", OrderStatus.SHIPPED)]
    assert [k.subject for k in e.what.open_complaints] == ["交货延迟"]
    assert (e.who.name, e.who.position, e.who.company) == (
        "欧阳娜娜",
        "采购总监",
        "华东电子有限公司",
    )
    assert e.who.phones == (
        (ContactLabel.MOBILE, "138 0013 8000"),
        (ContactLabel.OFFICE, "021-5080 1234"),
    )
    assert (e.who.assistant_name, e.who.assistant_phone) == ("李秘书", "139 0000 1111")
    assert (e.when.day, e.when.time) == (date(2026, 11, 25), time(14, 0))
    assert e.where.address == "上海市浦东新区张江路88号"  # the work address, not home
    assert (e.where.city, e.where.district) == ("上海市", "浦东新区")
    assert e.where.directions.startswith("地铁2号线")
    how = e.how
    assert (how.interests, how.food_taste, how.taboos) == (
        "高尔夫、普洱茶",
        "清淡、不吃辣",
        "忌讳数字4",
    )
    assert (how.consumption_habits, how.favourite_colour, how.superstitions) == (
        "注重品质",
        "深蓝",
        "看重风水",
    )
    assert how.family == ("女儿 小雨（2012）：学钢琴",)
    assert [(c.occasion, c.date, c.turning) for c in how.care] == [
        (Occasion.BIRTHDAY, date(2026, 11, 28), 46),
        (Occasion.ANNIVERSARY, date(2026, 12, 8), 16),
    ]
    assert how.retention == "邀请参加客户俱乐部活动" and how.club_member


def test_retention_is_only_for_d_steps_and_empty_history_reads_as_none(db) -> None:
    cid = new_client(db, {"name": "新客户"})
    fid = step(db, cid, date(2026, 11, 24), Stage.B, suggested_action="不该出现")
    [e] = build_plan(db, WEEK).entries
    assert e.item.follow_up_id == fid
    assert e.how.retention is None
    assert e.what.last_contact is None and e.what.talking_points == ()
    assert e.what.open_orders == () and e.how.care == ()


def test_last_contact_is_the_newest_per_client_among_many(db) -> None:
    ids = [new_client(db, {"name": f"客户{n}"}) for n in range(3)]
    with db.session() as s, s.begin():
        for n, cid in enumerate(ids):
            for day in range(1, 6):
                when = datetime(2026, 11, day, 9) + timedelta(hours=n)
                s.add(Interaction(customer_id=cid, occurred_at=when, summary=f"{n}-{day}"))
    items = [PlanItem(cid, WEEK.start) for cid in ids]
    plan = build_plan(db, WEEK, items, GroupBy.MANUAL)
    assert [e.what.last_contact.summary for e in plan.entries] == ["0-5", "1-5", "2-5"]


def test_an_agreed_time_is_kept_with_the_follow_up_and_comes_back(db, week) -> None:
    ids, due = week
    set_appointment(db, due["金海涛"], datetime(2026, 11, 24, 10, 30))  # moved Sun → Tue 10:30
    plan = build_plan(db, WEEK)
    assert names(plan) == ["马丽", "欧阳娜娜", "金海涛", "高飞", "王建国"]
    jin = plan.entries[2]
    assert (jin.when.day, jin.when.time) == (date(2026, 11, 24), time(10, 30))
    assert jin.item.time == time(10, 30) and jin.why.due_on == date(2026, 11, 29)
    # A time the user gives in the list wins over the kept one.
    mine = PlanItem(ids["金海涛"], date(2026, 11, 27), time(16, 0), due["金海涛"])
    [entry] = build_plan(db, WEEK, [mine]).entries
    assert (entry.when.day, entry.when.time) == (date(2026, 11, 27), time(16, 0))
    set_appointment(db, due["金海涛"], None)
    assert build_plan(db, WEEK).entries[-1].when.time is None
    with pytest.raises(NotFoundError):
        set_appointment(db, 99999, None)


def test_rearrange_reorders_a_built_plan_without_the_database(db, week) -> None:
    plan = build_plan(db, WEEK)
    items = [e.item for e in plan.entries][::-1]
    db.dispose()  # nothing below may read it
    manual = rearrange(plan, items, GroupBy.MANUAL)
    assert names(manual) == names(plan)[::-1]
    dropped = rearrange(plan, items[1:], "time")
    assert len(dropped.entries) == len(plan.entries) - 1
    assert rearrange(plan, [], GroupBy.TIME).groups == ()
