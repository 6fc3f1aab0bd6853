"""Chinese and Western calendar facts for birthdays, anniversaries and greetings.

生肖 (zodiac animal), 星座 (star sign), solar or lunar (农历) dates, the day a
birthday falls on in a given year, and the festivals account managers send
greetings for. Pure Python over ``lunardate``, which covers lunar years
1900–2099; ``today`` is always a parameter so results never depend on the clock.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal

from lunardate import LunarDate

FIRST_LUNAR_YEAR = 1900
LAST_LUNAR_YEAR = 2099


@dataclass(frozen=True)
class Zodiac:
    code: str  # stable identifier for storage and translation: "rat", "ox", ...
    zh: str
    zh_hant: str
    en: str


# In cycle order: 鼠 is lunar year 4 (mod 12), e.g. 2020 庚子.
ZODIAC_ANIMALS: tuple[Zodiac, ...] = tuple(
    Zodiac(code, zh, hant, en)
    for code, zh, hant, en in (
        ("rat", "鼠", "鼠", "Rat"),
        ("ox", "牛", "牛", "Ox"),
        ("tiger", "虎", "虎", "Tiger"),
        ("rabbit", "兔", "兔", "Rabbit"),
        ("dragon", "龙", "龍", "Dragon"),
        ("snake", "蛇", "蛇", "Snake"),
        ("horse", "马", "馬", "Horse"),
        ("goat", "羊", "羊", "Goat"),
        ("monkey", "猴", "猴", "Monkey"),
        ("rooster", "鸡", "雞", "Rooster"),
        ("dog", "狗", "狗", "Dog"),
        ("pig", "猪", "豬", "Pig"),
    )
)


def zodiac_of_lunar_year(year: int) -> Zodiac:
    """The animal of a lunar year (the year that starts at that year's 春节)."""
    return ZODIAC_ANIMALS[(year - 4) % 12]


def _lunar_month_length(year: int, month: int, leap: bool) -> int:
    try:
        LunarDate(year, month, 30, leap).to_solar_date()
    except ValueError:
        return 29
    return 30


def _last_solar_day() -> date:
    leap = LunarDate.leap_month_for_year(LAST_LUNAR_YEAR) == 12
    length = _lunar_month_length(LAST_LUNAR_YEAR, 12, leap)
    return LunarDate(LAST_LUNAR_YEAR, 12, length, leap).to_solar_date()


# The solar span lunardate can convert: 春节 1900 to the last day of lunar 2099.
_FIRST_SOLAR = LunarDate(FIRST_LUNAR_YEAR, 1, 1).to_solar_date()
_LAST_SOLAR = _last_solar_day()


def _lunar(d: date) -> LunarDate:
    # lunardate does not range-check solar input and silently returns nonsense.
    if not _FIRST_SOLAR <= d <= _LAST_SOLAR:
        raise ValueError(f"{d} is outside the supported range {_FIRST_SOLAR}..{_LAST_SOLAR}")
    return LunarDate.from_solar_date(d.year, d.month, d.day)


def zodiac(birth: date) -> Zodiac:
    """The animal of a solar birth date; it changes at 春节, not on 1 January."""
    return zodiac_of_lunar_year(_lunar(birth).year)


@dataclass(frozen=True)
class StarSign:
    code: str
    zh: str
    zh_hant: str
    en: str
    start: tuple[int, int]


# Conventional order, Aries first; ``start`` is the first (month, day) of each sign.
STAR_SIGNS: tuple[StarSign, ...] = (
    StarSign("aries", "白羊座", "白羊座", "Aries", (3, 21)),
    StarSign("taurus", "金牛座", "金牛座", "Taurus", (4, 20)),
    StarSign("gemini", "双子座", "雙子座", "Gemini", (5, 21)),
    StarSign("cancer", "巨蟹座", "巨蟹座", "Cancer", (6, 22)),
    StarSign("leo", "狮子座", "獅子座", "Leo", (7, 23)),
    StarSign("virgo", "处女座", "處女座", "Virgo", (8, 23)),
    StarSign("libra", "天秤座", "天秤座", "Libra", (9, 23)),
    StarSign("scorpio", "天蝎座", "天蠍座", "Scorpio", (10, 24)),
    StarSign("sagittarius", "射手座", "射手座", "Sagittarius", (11, 23)),
    StarSign("capricorn", "摩羯座", "摩羯座", "Capricorn", (12, 22)),
    StarSign("aquarius", "水瓶座", "水瓶座", "Aquarius", (1, 20)),
    StarSign("pisces", "双鱼座", "雙魚座", "Pisces", (2, 19)),
)


def star_sign(month: int, day: int) -> StarSign:
    """The Western star sign of a solar month/day (29 February is allowed)."""
    _check_solar_day(month, day, None)
    started = [s for s in STAR_SIGNS if s.start <= (month, day)]
    # Before 20 January no sign has started this year: it is still Capricorn,
    # which began on 22 December, the latest start of all.
    return max(started or STAR_SIGNS, key=lambda s: s.start)


def _check_solar_day(month: int, day: int, year: int | None) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} is outside 1-12")
    # 2000 is a leap year: without a year, 29 February is a possible birthday.
    last = calendar.monthrange(2000 if year is None else year, month)[1]
    if not 1 <= day <= last:
        where = f" {year}" if year is not None else ""
        raise ValueError(f"{calendar.month_name[month]}{where} has no day {day}")


@dataclass(frozen=True)
class CalendarDate:
    """A birthday or anniversary as the client gives it: solar or lunar, year optional.

    For a lunar date ``year`` is the lunar year, so 腊月 of lunar 1990 may be
    January 1991 in the solar calendar. Instances are validated on creation.
    """

    calendar: Literal["solar", "lunar"]
    month: int
    day: int
    year: int | None = None
    leap_month: bool = False

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ValueError with an English message if the date cannot exist."""
        if self.calendar == "solar":
            if self.leap_month:
                raise ValueError("leap months exist only in the lunar calendar")
            if self.year is not None and not 1 <= self.year <= 9999:
                raise ValueError(f"year {self.year} is out of range")
            _check_solar_day(self.month, self.day, self.year)
        elif self.calendar == "lunar":
            if not 1 <= self.month <= 12:
                raise ValueError(f"lunar month {self.month} is outside 1-12")
            if not 1 <= self.day <= 30:
                raise ValueError(f"lunar day {self.day} is outside 1-30")
            if self.year is None:
                return
            if not FIRST_LUNAR_YEAR <= self.year <= LAST_LUNAR_YEAR:
                raise ValueError(
                    f"lunar year {self.year} is outside {FIRST_LUNAR_YEAR}-{LAST_LUNAR_YEAR}"
                )
            if self.leap_month and LunarDate.leap_month_for_year(self.year) != self.month:
                raise ValueError(f"lunar year {self.year} has no leap month {self.month}")
            if _lunar_month_length(self.year, self.month, self.leap_month) < self.day:
                kind = "leap month" if self.leap_month else "month"
                raise ValueError(f"lunar {kind} {self.month} of {self.year} has only 29 days")
        else:
            raise ValueError(f"calendar must be 'solar' or 'lunar', not {self.calendar!r}")


def solar_birth_date(cd: CalendarDate) -> date | None:
    """The actual solar date, or None when the year is unknown."""
    if cd.year is None:
        return None
    if cd.calendar == "solar":
        return date(cd.year, cd.month, cd.day)
    return LunarDate(cd.year, cd.month, cd.day, cd.leap_month).to_solar_date()


def zodiac_for(cd: CalendarDate) -> Zodiac | None:
    """A lunar date with a year is simply that lunar year's animal."""
    if cd.year is None:
        return None
    if cd.calendar == "lunar":
        return zodiac_of_lunar_year(cd.year)
    return zodiac(date(cd.year, cd.month, cd.day))


def star_sign_for(cd: CalendarDate) -> StarSign | None:
    """Solar dates need no year; lunar ones do, to find the solar month and day."""
    if cd.calendar == "solar":
        return star_sign(cd.month, cd.day)
    birth = solar_birth_date(cd)
    return None if birth is None else star_sign(birth.month, birth.day)


def _solar_occurrence(cd: CalendarDate, year: int) -> date:
    # 29 February in a common year is kept on 28 February, the day before
    # 1 March: the convention in China and in most calendar apps' reminders.
    if (cd.month, cd.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, cd.month, cd.day)


def _lunar_occurrence(cd: CalendarDate, lunar_year: int) -> date:
    # Born in a leap month: celebrate in the leap month when the year has one,
    # else in the ordinary month of the same number (the usual custom).
    leap = cd.leap_month and LunarDate.leap_month_for_year(lunar_year) == cd.month
    # Day 30 in a 29-day month moves to the 29th, the last day of that month.
    day = min(cd.day, _lunar_month_length(lunar_year, cd.month, leap))
    return LunarDate(lunar_year, cd.month, day, leap).to_solar_date()


def _occurrences_near(cd: CalendarDate, year: int) -> list[date]:
    """Occurrences from the years around solar ``year``, sorted."""
    if cd.calendar == "solar":
        return [_solar_occurrence(cd, y) for y in (year - 1, year, year + 1) if 1 <= y <= 9999]
    # Lunar year Y-1's 冬月/腊月 can land in January of Y, and Y's in January of Y+1.
    years = range(max(year - 1, FIRST_LUNAR_YEAR), min(year + 1, LAST_LUNAR_YEAR) + 1)
    return [_lunar_occurrence(cd, y) for y in years]


def occurrences_in_year(cd: CalendarDate, year: int) -> list[date]:
    """Every occurrence in solar ``year``: always one for solar dates, but 0–2
    for lunar 冬月/腊月 dates, because a lunar year is 354–385 days long."""
    return [d for d in _occurrences_near(cd, year) if d.year == year]


def occurrence_in_year(cd: CalendarDate, year: int) -> date:
    """The day the birthday/anniversary falls on in solar ``year``.

    Rule: the first occurrence on or after 1 January of ``year``. When two lunar
    occurrences land in that year this is the January one; when none does it is
    the one in early January of the next year. Use ``occurrences_in_year`` for
    an exact yearly listing and ``next_occurrence`` for reminders.
    """
    return next_occurrence(cd, date(year, 1, 1))


def next_occurrence(cd: CalendarDate, today: date) -> date:
    """The first occurrence on or after ``today``."""
    for d in _occurrences_near(cd, today.year):
        if d >= today:
            return d
    raise ValueError(f"no occurrence after {today} within the supported range")


def age_on(cd: CalendarDate, on: date) -> int | None:
    """Full years completed (周岁) on ``on``; None when the birth year is unknown.

    A lunar birthday adds a year on each lunar anniversary, so a 腊月 birthday
    counts the anniversary that fell in January, not the lunar year number.
    """
    birth = solar_birth_date(cd)
    if birth is None or cd.year is None:
        return None
    if on < birth:
        raise ValueError(f"{on} is before the date of birth {birth}")
    if cd.calendar == "solar":
        return on.year - cd.year - (_solar_occurrence(cd, on.year) > on)
    # The latest lunar anniversary on or before ``on`` is in one of these lunar years.
    for lunar_year in (on.year, on.year - 1, on.year - 2):
        if lunar_year <= LAST_LUNAR_YEAR and _lunar_occurrence(cd, lunar_year) <= on:
            return lunar_year - cd.year
    raise ValueError(f"{on} is outside the supported range")


@dataclass(frozen=True)
class Festival:
    code: str
    zh: str
    zh_hant: str
    en: str
    date: date


# (code, zh, zh_hant, en, lunar month/day or None for a solar 1 January)
_FESTIVALS: tuple[tuple[str, str, str, str, tuple[int, int] | None], ...] = (
    ("new_year", "元旦", "元旦", "New Year's Day", None),
    ("spring_festival", "春节", "春節", "Spring Festival", (1, 1)),
    ("lantern", "元宵节", "元宵節", "Lantern Festival", (1, 15)),
    ("dragon_boat", "端午节", "端午節", "Dragon Boat Festival", (5, 5)),
    ("mid_autumn", "中秋节", "中秋節", "Mid-Autumn Festival", (8, 15)),
    ("double_ninth", "重阳节", "重陽節", "Double Ninth Festival", (9, 9)),
)


def festivals_in_year(year: int) -> list[Festival]:
    """Greeting festivals in solar ``year``, in date order."""
    festivals = []
    for code, zh, hant, en, lunar_md in _FESTIVALS:
        # These lunar dates all fall between late January and November, so
        # lunar year ``year`` always puts them in solar year ``year``.
        when = date(year, 1, 1) if lunar_md is None else LunarDate(year, *lunar_md).to_solar_date()
        festivals.append(Festival(code, zh, hant, en, when))
    return sorted(festivals, key=lambda f: f.date)


_DIGITS = "一二三四五六七八九十"
LUNAR_MONTH_NAMES = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")


def _day_name(day: int) -> str:
    if day <= 10:
        return "初" + _DIGITS[day - 1]
    if day < 20:
        return "十" + _DIGITS[day - 11]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 21]
    return "三十"


def lunar_label(month: int, day: int, leap: bool = False) -> str:
    """Chinese text such as 农历八月十五, 农历闰四月初一, 农历腊月三十."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"no lunar month {month} day {day}")
    return f"农历{'闰' if leap else ''}{LUNAR_MONTH_NAMES[month - 1]}月{_day_name(day)}"


_LUNAR_TEXT = re.compile(
    r"(?:农历|阴历|農曆|陰曆)?(?P<leap>[闰閏])?"
    r"(?P<month>[正元冬腊臘]|[一二三四五六七八九十]{1,2}|\d{1,2})月"
    r"(?P<day>初?[一二三四五六七八九十廿卅]{1,3}|\d{1,2})[日号號]?"
)
_MONTH_WORDS = {"正": 1, "元": 1, "冬": 11, "腊": 12, "臘": 12}


def _chinese_number(text: str) -> int:
    """1–39 written as 5, 五, 十五, 二十三, 廿三, 卅; raises ValueError otherwise."""
    if text.isdigit():
        return int(text)
    tens, rest = 0, text
    if text[0] in "廿卅":
        tens, rest = (20 if text[0] == "廿" else 30), text[1:]
    elif "十" in text:
        before, _, rest = text.partition("十")
        if before == "":
            tens = 10
        elif len(before) == 1 and before in _DIGITS[:9]:
            tens = 10 * (_DIGITS.index(before) + 1)
        else:
            raise ValueError(f"not a number: {text!r}")
    if rest == "":
        return tens
    if len(rest) != 1 or rest not in _DIGITS[:9]:
        raise ValueError(f"not a number: {text!r}")
    return tens + _DIGITS.index(rest) + 1


def parse_lunar_text(text: str) -> tuple[int, int, bool]:
    """Parse 农历八月十五 / 阴历闰四月初一 / 腊月廿三 / 农历8月15 into (month, day, leap)."""
    # NFKC turns full-width digits into ASCII; spaces carry no meaning here.
    cleaned = "".join(unicodedata.normalize("NFKC", text).split())
    match = _LUNAR_TEXT.fullmatch(cleaned)
    if match is None:
        raise ValueError(f"not a lunar date: {text!r}")
    month_text, day_text = match["month"], match["day"]
    try:
        month = _MONTH_WORDS.get(month_text) or _chinese_number(month_text)
        if day_text.startswith("初"):
            day = _chinese_number(day_text[1:])
            if day > 10:  # 初 is only used for the first ten days
                raise ValueError
        else:
            day = _chinese_number(day_text)
    except ValueError:
        raise ValueError(f"not a lunar date: {text!r}") from None
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"not a lunar date: {text!r}")
    return month, day, match["leap"] is not None
