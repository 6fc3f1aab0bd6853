"""The search index's fast text making gives exactly what the plain definitions give.

``search_entries`` reads pinyin with ``str.translate`` and remembers the parts
that repeat; the reference below is the straightforward reading with
``pinyin.text_pinyin`` / ``name_pinyin`` that the index was first written with.
"""

from __future__ import annotations

import pytest

from app.services.names import fold_text, has_cjk, is_cjk, normalize_text
from app.services.pinyin import name_pinyin, phrase_pinyin, sort_key, text_pinyin
from app.services.search_entries import (
    KEY_LENGTH,
    IndexSource,
    index_entries,
    name_syllables,
    phone_digits,
    syllables,
)

TEXTS = [
    "张伟",
    "欧阳娜娜",
    "曾小贤",
    "单于",
    "华为技术有限公司",
    "深圳12345号科技有限公司",
    "ＡＢＣ１２３ 公司",
    "Wei Zhang",
    "Anna-Maria O'Neil",
    "İstanbul Ltd.",
    "Ωmega ΣΑΣ",
    "café 〇号",
    "北京·朝阳\t区  ",
    "①② ⅷ",
    "😀 emoji 店",
    "",
    "   ",
]
NAMES = [
    ("张", "伟"),
    ("曾", "小贤"),
    ("单", "田芳"),
    ("长孙", "无忌"),
    ("", "Anna"),
    ("Zhang", "Wei"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_syllables_are_text_pinyin(text: str) -> None:
    assert syllables(text) == [s for s in text_pinyin(text) if s]
    assert ("".join(syllables(text)), "".join(s[0] for s in syllables(text))) == phrase_pinyin(text)


@pytest.mark.parametrize(("surname", "given"), NAMES + [(t[:1], t[1:]) for t in TEXTS])
def test_name_syllables_are_name_pinyin_and_sort_key(surname: str, given: str) -> None:
    words = name_syllables(surname, given)
    assert ("".join(words), "".join(w[0] for w in words)) == name_pinyin(surname, given)
    assert " ".join(words) == sort_key(surname, given)


def reference_body(src: IndexSource) -> str:
    full, initials = name_pinyin(src.surname, src.given_name)
    lines = [src.display_name, src.english_name, src.nickname, full, initials]
    if src.company:
        lines += [src.company, *phrase_pinyin(src.company)]
    lines += [src.wechat_id, src.city, src.notes]
    for original, e164 in src.phones:
        lines += phone_digits(original, e164)
    lines += src.emails
    return "\n".join(fold_text(x).lower() for x in lines if x)


def reference_keys(src: IndexSource) -> set[str]:
    full, initials = name_pinyin(src.surname, src.given_name)
    words = [full, initials, src.english_name, src.nickname]
    name = normalize_text(src.display_name).replace(" ", "")
    if has_cjk(name):
        words += [name[i:] for i in range(len(name)) if is_cjk(name[i])]
    else:
        words += [*name.lower().split(), name]
    if src.company:
        company = normalize_text(src.company)
        words += [company, *phrase_pinyin(company)]
    keys = set()
    for word in words:
        if word:
            clean = fold_text(word).lower().replace(" ", "")
            keys.update(clean[:n] for n in range(1, KEY_LENGTH + 1) if len(clean) >= n)
    return keys


def sources() -> list[IndexSource]:
    out = []
    for i, text in enumerate(TEXTS):
        surname, given = NAMES[i % len(NAMES)]
        out.append(
            IndexSource(
                id=i,
                surname=surname,
                given_name=given,
                display_name=text or surname + given,
                english_name=TEXTS[-i - 1] or None,
                nickname=text[:2] or None,
                company=text or None,
                wechat_id=f"WX_{text}",
                notes=f"第一行\n  {text} second line" if i % 2 else None,
                city=text[:3] or None,
                phones=[("138 1234 5678", "+8613812345678"), ("010-8888 0000", "+861088880000")],
                emails=[f"Ｕser{i}@Example.com"],
            )
        )
    return out


@pytest.mark.parametrize("src", sources(), ids=lambda s: str(s.id))
def test_entries_are_the_reference_body_and_keys(src: IndexSource) -> None:
    for _ in range(2):  # the second time from the remembered parts
        body, keys = index_entries(src)
        assert body == reference_body(src)
        assert keys == reference_keys(src)
