"""Zodiac, star signs, lunar birthdays and festivals, against known calendar dates.

Every lunar vector below was computed with lunardate and, where marked, checked
against published calendar facts (春节 and 中秋 dates, the 2025 闰六月).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lunardate import LunarDate

from app.services.almanac import (
    STAR_SIGNS,
    ZODIAC_ANIMALS,
    CalendarDate,
    age_on,
    festivals_in_year,
    lunar_label,
    next_occurrence,
    occurrence_in_year,
    occurrences_in_year,
    parse_lunar_text,
    solar_birth_date,
    star_sign,
    star_sign_for,
    zodiac,
    zodiac_for,
    zodiac_of_lunar_year,
)


def lunar(month: int, day: int, year: int | None = None, leap: bool = False) -> CalendarDate:
    return CalendarDate("lunar", month, day, year, leap)


def solar(month: int, day: int, year: int | None = None) -> CalendarDate:
    return CalendarDate("solar", month, day, year)


# --- 生肖 -------------------------------------------------------------------


def test_zodiac_table() -> None:
    assert [z.zh for z in ZODIAC_ANIMALS] == list("鼠牛虎兔龙蛇马羊猴鸡狗猪")
    assert [z.code for z in ZODIAC_ANIMALS][:3] == ["rat", "ox", "tiger"]
    assert ZODIAC_ANIMALS[4].zh_hant == "龍" and ZODIAC_ANIMALS[4].en == "Dragon"


@pytest.mark.parametrize(
    ("birth", "code"),
    [
        (date(2026, 1, 1), "snake"),
        (date(2026, 2, 16), "snake"),  # 除夕 of 乙巳
        (date(2026, 2, 17), "horse"),  # 春节 2026
        (date(1990, 1, 26), "snake"),
        (date(1990, 1, 27), "horse"),  # 春节 1990
        (date(2020, 1, 25), "rat"),  # 春节 2020, 庚子
    ],
)
def test_zodiac_changes_at_spring_festival(birth: date, code: str) -> None:
    assert zodiac(birth).code == code


def test_zodiac_of_lunar_year() -> None:
    assert zodiac_of_lunar_year(2026).zh == "马"
    assert zodiac_of_lunar_year(1989).code == "snake"
    assert zodiac_of_lunar_year(2024).zh_hant == "龍"


def test_zodiac_outside_lunardate_range() -> None:
    with pytest.raises(ValueError, match="supported range"):
        zodiac(date(1900, 1, 30))
    with pytest.raises(ValueError, match="supported range"):
        zodiac(date(2100, 3, 1))


def test_zodiac_for() -> None:
    assert zodiac_for(solar(1, 26, 1990)).code == "snake"  # type: ignore[union-attr]
    # 腊月 of lunar 1989 is January 1990, still the snake.
    assert zodiac_for(lunar(12, 20, 1989)).code == "snake"  # type: ignore[union-attr]
    assert zodiac_for(solar(5, 1)) is None
    assert zodiac_for(lunar(5, 1)) is None


# --- 星座 -------------------------------------------------------------------

CUTOFFS = [
    ((3, 21), "aries", (3, 20), "pisces"),
    ((4, 20), "taurus", (4, 19), "aries"),
    ((5, 21), "gemini", (5, 20), "taurus"),
    ((6, 22), "cancer", (6, 21), "gemini"),
    ((7, 23), "leo", (7, 22), "cancer"),
    ((8, 23), "virgo", (8, 22), "leo"),
    ((9, 23), "libra", (9, 22), "virgo"),
    ((10, 24), "scorpio", (10, 23), "libra"),
    ((11, 23), "sagittarius", (11, 22), "scorpio"),
    ((12, 22), "capricorn", (12, 21), "sagittarius"),
    ((1, 20), "aquarius", (1, 19), "capricorn"),
    ((2, 19), "pisces", (2, 18), "aquarius"),
]


@pytest.mark.parametrize(("first", "sign", "day_before", "previous"), CUTOFFS)
def test_star_sign_cutoffs(
    first: tuple[int, int], sign: str, day_before: tuple[int, int], previous: str
) -> None:
    assert star_sign(*first).code == sign
    assert star_sign(*day_before).code == previous


def test_star_sign_labels_and_year_ends() -> None:
    assert [s.zh for s in STAR_SIGNS][:3] == ["白羊座", "金牛座", "双子座"]
    assert star_sign(1, 1).zh == "摩羯座" and star_sign(12, 31).code == "capricorn"
    assert star_sign(2, 29).code == "pisces"
    assert star_sign(8, 1).zh_hant == "獅子座" and star_sign(8, 1).en == "Leo"
    with pytest.raises(ValueError):
        star_sign(2, 30)


def test_star_sign_for() -> None:
    assert star_sign_for(solar(9, 25)).code == "libra"  # type: ignore[union-attr]
    # 农历 1990-08-15 is 1990-10-03.
    assert star_sign_for(lunar(8, 15, 1990)).code == "libra"  # type: ignore[union-attr]
    assert star_sign_for(lunar(8, 15)) is None


# --- CalendarDate -----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("solar", 2, 30), "February has no day 30"),
        (("solar", 4, 31), "April has no day 31"),
        (("solar", 2, 29, 2027), "February 2027 has no day 29"),
        (("solar", 13, 1), "month 13"),
        (("solar", 5, 1, None, True), "leap months exist only in the lunar"),
        (("lunar", 13, 1), "lunar month 13"),
        (("lunar", 0, 1), "lunar month 0"),
        (("lunar", 1, 31), "lunar day 31"),
        (("lunar", 1, 0), "lunar day 0"),
        (("lunar", 3, 1, 2025, True), "no leap month 3"),
        (("lunar", 6, 1, 2026, True), "no leap month 6"),
        (("lunar", 8, 30, 2026), "has only 29 days"),
        (("lunar", 1, 1, 1850), "outside 1900-2099"),
        (("gregorian", 1, 1), "calendar must be"),
    ],
)
def test_validation_errors(args: tuple, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CalendarDate(*args)


@pytest.mark.parametrize(
    "args",
    [
        ("solar", 2, 29),  # no year: a leap-day birthday is possible
        ("solar", 2, 29, 2024),
        ("lunar", 6, 1, 2025, True),  # 2025 has 闰六月
        ("lunar", 4, 30, None, True),  # no year: cannot be checked, so accepted
        ("lunar", 8, 30, 2024),  # 2024's 八月 has 30 days
    ],
)
def test_valid_dates(args: tuple) -> None:
    CalendarDate(*args).validate()


def test_solar_birth_date() -> None:
    assert solar_birth_date(solar(3, 5, 1988)) == date(1988, 3, 5)
    assert solar_birth_date(lunar(8, 15, 1990)) == date(1990, 10, 3)
    assert solar_birth_date(lunar(6, 1, 2025, leap=True)) == date(2025, 7, 25)
    assert solar_birth_date(lunar(8, 15)) is None


# --- occurrences ------------------------------------------------------------


def test_mid_autumn_birthday_2026() -> None:
    assert occurrence_in_year(lunar(8, 15), 2026) == date(2026, 9, 25)
    assert occurrence_in_year(lunar(8, 15, 1990), 2024) == date(2024, 9, 17)  # 中秋 2024
    assert occurrence_in_year(lunar(8, 15, 1990), 2025) == date(2025, 10, 6)  # 中秋 2025


def test_leap_month_birthday() -> None:
    # Born 闰六月初一 2025 (2025-07-25, the known first day of 2025's 闰六月).
    born = lunar(6, 1, 2025, leap=True)
    assert LunarDate.leap_month_for_year(2025) == 6
    assert occurrence_in_year(born, 2025) == date(2025, 7, 25)
    # 2026 has no 闰六月: celebrated on the ordinary 六月初一.
    assert occurrence_in_year(born, 2026) == date(2026, 7, 14)
    assert LunarDate(2026, 6, 1).to_solar_date() == date(2026, 7, 14)
    # An ordinary-month birthday ignores a leap month of the same number.
    assert occurrence_in_year(lunar(6, 1), 2025) == date(2025, 6, 25)
    # 2023's 闰二月 began on 2023-03-22; 二月初一 was 2023-02-20.
    assert occurrence_in_year(lunar(2, 1, leap=True), 2023) == date(2023, 3, 22)
    assert occurrence_in_year(lunar(2, 1), 2023) == date(2023, 2, 20)


def test_lunar_thirtieth_in_short_month_moves_to_29th() -> None:
    born = lunar(8, 30, 2024)  # 2024-10-02; 2026's 八月 has 29 days
    assert solar_birth_date(born) == date(2024, 10, 2)
    assert occurrence_in_year(born, 2026) == LunarDate(2026, 8, 29).to_solar_date()
    assert occurrence_in_year(born, 2026) == date(2026, 10, 9)


def test_lunar_twelfth_month_lands_in_january() -> None:
    # 腊月三十 falls on 除夕; lunar 2024's 腊月 has 29 days, so 除夕 2025 is the 29th.
    eve = lunar(12, 30, 2023)
    assert solar_birth_date(eve) == date(2024, 2, 9)  # 除夕 before 春节 2024-02-10
    assert occurrence_in_year(eve, 2025) == date(2025, 1, 28)  # before 春节 2025-01-29
    assert occurrence_in_year(eve, 2026) == date(2026, 2, 16)  # before 春节 2026-02-17


def test_lunar_dates_landing_twice_or_never_in_a_solar_year() -> None:
    first_of_la = lunar(12, 1)
    # Lunar 2023's and lunar 2024's 腊月初一 both land in solar 2024 ...
    assert occurrences_in_year(first_of_la, 2024) == [date(2024, 1, 11), date(2024, 12, 31)]
    assert occurrence_in_year(first_of_la, 2024) == date(2024, 1, 11)
    # ... so none lands in 2025: the rule gives the first one on or after 1 January.
    assert occurrences_in_year(first_of_la, 2025) == []
    assert occurrence_in_year(first_of_la, 2025) == date(2026, 1, 19)
    assert occurrences_in_year(first_of_la, 2026) == [date(2026, 1, 19)]


def test_leap_day_birthday() -> None:
    leap_day = solar(2, 29, 2000)
    assert occurrence_in_year(leap_day, 2027) == date(2027, 2, 28)
    assert occurrence_in_year(leap_day, 2028) == date(2028, 2, 29)
    assert occurrences_in_year(leap_day, 2027) == [date(2027, 2, 28)]


def test_next_occurrence() -> None:
    assert next_occurrence(solar(1, 5), date(2026, 12, 20)) == date(2027, 1, 5)
    assert next_occurrence(solar(12, 20), date(2026, 12, 20)) == date(2026, 12, 20)
    assert next_occurrence(solar(2, 29), date(2027, 3, 1)) == date(2028, 2, 29)
    assert next_occurrence(lunar(12, 1), date(2024, 12, 15)) == date(2024, 12, 31)
    assert next_occurrence(lunar(12, 1), date(2025, 1, 1)) == date(2026, 1, 19)
    assert (
        next_occurrence(lunar(8, 15), date(2026, 9, 26)) == LunarDate(2027, 8, 15).to_solar_date()
    )


def test_age_on() -> None:
    assert age_on(solar(6, 15, 1990), date(2026, 6, 14)) == 35
    assert age_on(solar(6, 15, 1990), date(2026, 6, 15)) == 36
    assert age_on(solar(2, 29, 2000), date(2027, 2, 28)) == 27
    assert age_on(solar(2, 29, 2000), date(2027, 2, 27)) == 26
    assert age_on(lunar(8, 15, 1990), date(2026, 9, 24)) == 35
    assert age_on(lunar(8, 15, 1990), date(2026, 9, 25)) == 36
    # 腊月初一 of lunar 2024 is 2024-12-31; the first birthday is 2026-01-19.
    assert age_on(lunar(12, 1, 2024), date(2024, 12, 31)) == 0
    assert age_on(lunar(12, 1, 2024), date(2026, 1, 18)) == 0
    assert age_on(lunar(12, 1, 2024), date(2026, 1, 19)) == 1
    assert age_on(solar(6, 15), date(2026, 6, 15)) is None
    with pytest.raises(ValueError, match="before the date of birth"):
        age_on(solar(6, 15, 1990), date(1990, 6, 14))


lunar_dates = st.builds(
    CalendarDate,
    calendar=st.just("lunar"),
    month=st.integers(1, 12),
    day=st.integers(1, 30),
    leap_month=st.booleans(),
)
days = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@given(cd=lunar_dates, today=days)
def test_next_lunar_occurrence_is_the_right_lunar_day(cd: CalendarDate, today: date) -> None:
    found = next_occurrence(cd, today)
    assert today <= found < today + timedelta(days=390)
    on_lunar = LunarDate.from_solar_date(found.year, found.month, found.day)
    assert on_lunar.month == cd.month
    assert on_lunar.day == cd.day or (cd.day == 30 and on_lunar.day == 29)
    assert found in occurrences_in_year(cd, found.year)


# --- festivals and lunar text ----------------------------------------------


def test_festivals_2026() -> None:
    assert [(f.code, f.zh, f.date) for f in festivals_in_year(2026)] == [
        ("new_year", "元旦", date(2026, 1, 1)),
        ("spring_festival", "春节", date(2026, 2, 17)),
        ("lantern", "元宵节", date(2026, 3, 3)),
        ("dragon_boat", "端午节", date(2026, 6, 19)),
        ("mid_autumn", "中秋节", date(2026, 9, 25)),
        ("double_ninth", "重阳节", date(2026, 10, 18)),
    ]
    assert festivals_in_year(2026)[4].en == "Mid-Autumn Festival"


@pytest.mark.parametrize(
    ("args", "label"),
    [
        ((8, 15), "农历八月十五"),
        ((4, 1, True), "农历闰四月初一"),
        ((12, 30), "农历腊月三十"),
        ((1, 10), "农历正月初十"),
        ((11, 20), "农历冬月二十"),
        ((10, 23), "农历十月廿三"),
    ],
)
def test_lunar_label(args: tuple, label: str) -> None:
    assert lunar_label(*args) == label


def test_lunar_label_round_trips_for_every_day() -> None:
    for month in range(1, 13):
        for day in range(1, 31):
            for leap in (False, True):
                assert parse_lunar_text(lunar_label(month, day, leap)) == (month, day, leap)


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("阴历八月十五", (8, 15, False)),
        ("八月十五", (8, 15, False)),
        ("农历一月初五", (1, 5, False)),
        ("农历十一月廿三", (11, 23, False)),
        ("农历十二月二十三", (12, 23, False)),
        ("腊月二十三", (12, 23, False)),
        ("农历8月15", (8, 15, False)),
        ("农历8月15日", (8, 15, False)),
        ("农历 闰4月 1", (4, 1, True)),
        ("农历１２月３０", (12, 30, False)),
        ("農曆閏四月初一", (4, 1, True)),
    ],
)
def test_parse_lunar_text(text: str, parsed: tuple[int, int, bool]) -> None:
    assert parse_lunar_text(text) == parsed


@pytest.mark.parametrize(
    "text",
    [
        "",
        "农历",
        "八月",
        "农历十三月初一",
        "农历八月三十一",
        "农历八月初十一",
        "农历13月1",
        "农历8月0",
        "公历八月十五",
        "农历八月十五号半",
        "农历二十月初一",
        "农历八月十十",
    ],
)
def test_parse_lunar_text_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_lunar_text(text)


def test_lunar_label_rejects_impossible() -> None:
    with pytest.raises(ValueError):
        lunar_label(13, 1)
    with pytest.raises(ValueError):
        lunar_label(1, 31)
