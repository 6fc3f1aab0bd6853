"""The .ics export parsed back with icalendar: event counts, all-day dates, stable UIDs,
Chinese text, and the ``rapport export-ics`` command run in-process."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar

from app.cli import main
from app.models.enums import Tier
from app.services.almanac import CalendarDate
from app.services.customers import create_customer
from app.services.errors import ValidationError
from app.services.followup_policy import FollowUpPolicy, save_policy
from app.services.followups import ContactInput, complete_follow_up, ensure_plan, reschedule
from app.services.ics_export import build_calendar, export_ics

TODAY = date(2026, 9, 1)
NOW = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
START, END = date(2026, 9, 1), date(2027, 10, 31)


@pytest.fixture
def seeded(db):
    """Two clients: one with a lunar birthday and an anniversary, one with a solar birthday."""
    save_policy(db, FollowUpPolicy(greeting_festivals=("mid_autumn",)))
    wang = create_customer(
        db,
        {
            "name": "王伟",
            "company": "华信贸易",
            "tier": Tier.STRATEGIC,
            "birthday": CalendarDate("lunar", 8, 15, 1966),
            "anniversaries": [{"title": "结婚纪念日", "date": "1995-10-08"}],
        },
        today=TODAY,  # creating a client plans its A step, due from this day
    )
    li = create_customer(
        db, {"name": "李娜", "tier": Tier.CLOSE, "birthday": "1990-12-24"}, today=TODAY
    )
    a_wang = ensure_plan(db, wang, TODAY)  # due 09-04
    a_li = ensure_plan(db, li, TODAY)
    reschedule(db, a_li.id, date(2026, 9, 10), "客户出差", TODAY)  # 09-04 cancelled, 09-10 new
    done = ContactInput(datetime(2026, 9, 4, 15), "visit", "首次拜访", stage="A")
    complete_follow_up(db, a_wang.id, done, date(2026, 9, 4))  # B due 09-11
    return db, wang, li


def events(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_export_parses_back_with_the_expected_events(seeded, tmp_path):
    db, wang, li = seeded
    path = tmp_path / "rapport.ics"
    summary = export_ics(db, path, START, END, now=NOW)
    cal = Calendar.from_ical(path.read_bytes())
    found = events(cal)
    assert summary.total == len(found) == 11
    assert (summary.follow_ups, summary.care, summary.festivals) == (4, 5, 2)
    assert set(found) == {
        "followup-1@rapport",
        "followup-2@rapport",
        "followup-3@rapport",
        "followup-4@rapport",
        f"birthday-{wang}-2026@rapport",  # lunar: one event per lunar year
        f"birthday-{wang}-2027@rapport",
        f"birthday-{li}-2026@rapport",
        "anniversary-1-2026@rapport",
        "anniversary-1-2027@rapport",
        "festival-mid_autumn-2026@rapport",
        "festival-mid_autumn-2027@rapport",
    }
    lunar_2026 = found[f"birthday-{wang}-2026@rapport"]
    lunar_2027 = found[f"birthday-{wang}-2027@rapport"]
    assert lunar_2026["DTSTART"].dt == date(2026, 9, 25)
    assert lunar_2027["DTSTART"].dt == date(2027, 9, 15)
    assert lunar_2026["DTSTART"].params["VALUE"] == "DATE"
    assert str(lunar_2026["SUMMARY"]) == "王伟 生日（农历八月十五）·60岁"
    assert "生肖：马" in str(lunar_2026["DESCRIPTION"])
    assert str(found["anniversary-1-2026@rapport"]["SUMMARY"]) == "王伟 结婚纪念日·31周年"
    b_step = found["followup-4@rapport"]
    assert b_step["DTSTART"].dt == date(2026, 9, 11)
    assert str(b_step["SUMMARY"]) == "B·保持联系：王伟（华信贸易）"
    assert "目的：保持联系（晃）：第 1 次轻触" in str(b_step["DESCRIPTION"])
    assert "等级：战略级" in str(b_step["DESCRIPTION"])
    assert str(found["followup-1@rapport"]["SUMMARY"]).endswith("（已完成）")
    moved = found["followup-2@rapport"]
    assert str(moved["STATUS"]) == "CANCELLED" and "客户出差" in str(moved["DESCRIPTION"])
    assert str(found["followup-3@rapport"]["STATUS"]) == "CONFIRMED"
    assert all(e["DTSTAMP"].dt == NOW for e in found.values())
    assert str(found["festival-mid_autumn-2026@rapport"]["SUMMARY"]) == (
        "中秋节：问候战略级、死党级客户（1 位）"
    )


def test_uids_are_stable_across_exports(seeded, tmp_path):
    db, wang, _li = seeded
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(db, first, START, END, now=NOW)
    export_ics(db, second, START, END, now=NOW)
    assert first.read_bytes() == second.read_bytes()  # deterministic with a fixed now
    before = events(Calendar.from_ical(first.read_bytes()))
    # A later export: the clock moved and a step was moved; the rest keep their UIDs.
    reschedule(db, 4, date(2026, 9, 20), "改约", TODAY)
    later, _ = build_calendar(db, START, END)
    after = events(later)
    assert set(after) == set(before) | {"followup-5@rapport"}
    assert str(after["followup-4@rapport"]["STATUS"]) == "CANCELLED"
    assert after[f"birthday-{wang}-2026@rapport"]["DTSTART"].dt == date(2026, 9, 25)


def test_a_period_that_ends_before_it_starts_is_refused(db, tmp_path):
    with pytest.raises(ValidationError) as err:
        export_ics(db, tmp_path / "x.ics", END, START)
    assert err.value.fields == ["end"]
    assert not (tmp_path / "x.ics").exists()


def test_cli_export_ics_writes_a_file(seeded, tmp_path, capsys):
    db, _wang, li = seeded
    path = tmp_path / "out.ics"
    args = ["export-ics", str(path), "--from", "2026-11-01", "--to", "2027-01-31"]
    assert main([*args, "--db", db.url]) == 0
    cal = Calendar.from_ical(path.read_bytes())
    assert [str(e["UID"]) for e in cal.walk("VEVENT")] == [f"birthday-{li}-2026@rapport"]
    assert "wrote 1 events" in capsys.readouterr().out
    backwards = ["--db", db.url, "export-ics", str(path), "--from", "2027-02-01", "--to", "2027-01"]
    with pytest.raises(SystemExit):  # not a date: argparse refuses it
        main(backwards)
    assert main([*backwards[:-1], "2027-01-01"]) == 2
    assert "ends before it starts" in capsys.readouterr().err
