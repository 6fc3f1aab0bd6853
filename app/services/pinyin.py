"""Pinyin of names for search: full (zhangwei) and initials (zw).

pypinyin is slow per call (~15k names/s) because it segments phrases; names
gain little from that, so each character is looked up once and cached, which
is ~35× faster and keeps a 100k-client import fast. Surnames have their own
readings (曾 zeng, not ceng; 单 shan, not dan), taken from the table below.
"""

from __future__ import annotations

from functools import cache

from app.services.names import is_cjk

# Surnames whose reading differs from the character's most common reading
# (syllables separated by a space for compound surnames).
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "單": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "區": "ou",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "蓋": "ge",
    "乐": "yue",
    "樂": "yue",
    "缪": "miao",
    "繆": "miao",
    "覃": "qin",
    "翟": "zhai",
    "召": "shao",
    "种": "chong",
    "種": "chong",
    "秘": "bi",
    "长孙": "zhang sun",
    "長孫": "zhang sun",
    "尉迟": "yu chi",
    "尉遲": "yu chi",
    "万俟": "mo qi",
    "萬俟": "mo qi",
    "单于": "chan yu",
    "單于": "chan yu",
    "澹台": "tan tai",
    "澹臺": "tan tai",
    "句": "gou",
    "员": "yun",
    "員": "yun",
    "能": "nai",
    "折": "she",
    "华": "hua",
    "華": "hua",
    "任": "ren",
    "沈": "shen",
    "尉": "yu",
    "繁": "po",
    "令狐": "ling hu",
    "车": "che",
    "車": "che",
    "洗": "xian",
    "冼": "xian",
    "祭": "zhai",
    "宿": "su",
    "薄": "bo",
    "过": "guo",
    "過": "guo",
    "隗": "wei",
    "阚": "kan",
    "闞": "kan",
    "訾": "zi",
    "莘": "shen",
    "黑": "he",
    "谌": "chen",
    "諶": "chen",
}


@cache
def char_pinyin(char: str) -> str:
    """The toneless reading of one character; non-Chinese characters pass through lower-cased."""
    if not is_cjk(char):
        return char.lower()
    from pypinyin import lazy_pinyin  # ~0.6 s to import: paid on first use, not at start-up

    return lazy_pinyin(char)[0].lower()


def text_pinyin(text: str) -> list[str]:
    """One syllable per Chinese character; runs of other characters stay words."""
    out: list[str] = []
    word = ""
    for char in text:
        if is_cjk(char):
            if word:
                out.append(word)
                word = ""
            out.append(char_pinyin(char))
        elif char.isalnum():
            word += char.lower()
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


def surname_pinyin(surname: str) -> list[str]:
    reading = SURNAME_READINGS.get(surname)
    return reading.split() if reading else text_pinyin(surname)


def name_pinyin(surname: str, given_name: str) -> tuple[str, str]:
    """(full, initials) of a person's name: 曾小贤 → ("zengxiaoxian", "zxx")."""
    syllables = surname_pinyin(surname) + text_pinyin(given_name)
    syllables = [s for s in syllables if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


def phrase_pinyin(text: str) -> tuple[str, str]:
    """(full, initials) of any text, e.g. a company: 华为 → ("huawei", "hw")."""
    syllables = [s for s in text_pinyin(text) if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


def sort_key(surname: str, given_name: str) -> str:
    """Orders names by pinyin syllable by syllable: 张伟 → "zhang wei"."""
    return " ".join(s for s in surname_pinyin(surname) + text_pinyin(given_name) if s)
