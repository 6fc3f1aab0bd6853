"""Several values in one cell: how the export writes them and the import reads them.

One client per row means phones, e-mails, addresses, tags, family members
and anniversaries share a cell. The forms are the ones people type anyway:

    138 1234 5678; 010-6552 8888 (办公)        phones, a label only when not obvious
    nana@example.com; nana@home.cn (家庭)      e-mails
    广东省 深圳市 南山区 科技园路1号 518000     addresses, one per line
    VIP; 高尔夫                                tags (also split on ，、)
    女儿 小欧 (2012) — 爱画画                   family members
    结婚纪念日: 2010-05-20; 相识: 农历八月十五    anniversaries

A Chinese address without spaces (广东省深圳市南山区科技园路1号) is split into
province, city and district by their suffixes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from app.models.enums import ContactLabel
from app.services.labels import label as label_text
from app.services.labels import parse_label
from app.services.names import has_cjk, normalize_text

LIST_SPLIT = re.compile(r"\s*[;；\n]\s*")
PHONE_SPLIT = re.compile(r"\s*[;；,，、/\n]\s*")
TAG_SPLIT = re.compile(r"\s*[;；,，、|\n]\s*")
EMAIL_SPLIT = re.compile(r"\s*[;；,，、\n]\s*")
_LABEL = re.compile(r"^(.*?)\s*[(（]([^()（）]{1,16})[)）]$")
_YEAR = re.compile(r"^(.*?)\s*[(（](\d{4})[)）]$")

MUNICIPALITIES = {"北京": "北京市", "上海": "上海市", "天津": "天津市", "重庆": "重庆市"}
_PROVINCE = (
    r"(?:北京市?|上海市?|天津市?|重庆市?|\S{2,7}?(?:省|自治区|自治區|特别行政区|特別行政區))"
)
_CITY = r"\S{1,9}?(?:市|自治州|地区|地區|盟)"
_DISTRICT = r"\S{1,9}?(?:区|區|县|縣|旗|市)"
_PART = {"province": _PROVINCE, "city": _CITY, "district": _DISTRICT}
_COMPACT = re.compile(
    rf"^(?P<province>{_PROVINCE})?(?P<city>{_CITY})?(?P<district>{_DISTRICT})?(?P<street>.*)$"
)
_POSTCODE = re.compile(r"^\d{6}$")
ADDRESS_PARTS = ("province", "city", "district", "street", "postcode")


def split_label(text: str) -> tuple[str, ContactLabel | None]:
    """'010-6552 8888 (办公)' → ('010-6552 8888', OFFICE); unknown words stay in the text."""
    match = _LABEL.match(text)
    if match:
        found = parse_label(ContactLabel, match[2])
        if found is not None:
            return match[1], found  # type: ignore[return-value]
    return text, None


def auto_phone_label(e164: str | None) -> ContactLabel:
    """What a person calls a number at a glance: a Chinese 1xx number is a mobile."""
    if e164 and e164.startswith("+861") and len(e164) == 14:
        return ContactLabel.MOBILE
    return ContactLabel.OFFICE


def _with_label(text: str, label: str, default: str, language: str) -> str:
    if label == default:
        return text
    return f"{text} ({label_text(ContactLabel(label), language)})"


def format_phones(phones: list[tuple[str, str, str | None]], language: str = "zh_CN") -> str:
    """(label, as typed, E.164) rows → one cell."""
    return "; ".join(
        _with_label(original, label, auto_phone_label(e164).value, language)
        for label, original, e164 in phones
    )


def format_emails(emails: list[tuple[str, str]], language: str = "zh_CN") -> str:
    return "; ".join(
        _with_label(a, label, ContactLabel.WORK.value, language) for label, a in emails
    )


def parse_address(text: str) -> dict[str, str | None]:
    """Province, city, district, street and postcode of a one-line address."""
    parts: dict[str, str | None] = dict.fromkeys(ADDRESS_PARTS)
    text = normalize_text(text)
    if not has_cjk(text):
        parts["street"] = text or None
        return parts
    tokens = text.split(" ")
    if len(tokens) > 1 and _POSTCODE.match(tokens[-1]):
        parts["postcode"] = tokens.pop()
    if len(tokens) > 1:  # written with spaces: each part is a word
        for key, pattern in _PART.items():
            if tokens and re.fullmatch(pattern, tokens[0]):
                parts[key] = tokens.pop(0)
        parts["street"] = " ".join(tokens) or None
    else:
        match = _COMPACT.match(tokens[0])
        assert match is not None  # every group is optional
        parts.update({k: v or None for k, v in match.groupdict().items()})
    province = parts["province"]
    if province and province.rstrip("市") in MUNICIPALITIES:
        # 北京市 is province and city at once; stored so, as the editor does.
        parts["province"] = MUNICIPALITIES[province.rstrip("市")]
        parts["city"] = parts["city"] or parts["province"]
    return parts


def format_address(parts: Mapping[str, Any]) -> str:
    """Chinese order, parts separated by spaces; a municipality's city is not repeated."""
    words = [parts.get("province")]
    if parts.get("city") != parts.get("province"):
        words.append(parts.get("city"))
    words += [parts.get("district"), parts.get("street"), parts.get("postcode")]
    return " ".join(str(w) for w in words if w)


def format_addresses(addresses: list[dict[str, Any]], language: str = "zh_CN") -> str:
    return "\n".join(
        _with_label(format_address(a), a["label"], ContactLabel.WORK.value, language)
        for a in addresses
    )


def format_family(members: list[dict[str, Any]]) -> str:
    out = []
    for m in members:
        text = " ".join(p for p in (m.get("relation"), m.get("name")) if p)
        if m.get("birth_year"):
            text += f" ({m['birth_year']})"
        if m.get("notes"):
            text += f" — {m['notes']}"
        out.append(text)
    return "; ".join(out)


def parse_family(text: str) -> dict[str, Any]:
    """'女儿 小欧 (2012) — 爱画画' → relation, name, birth year, notes."""
    main, _, notes = text.partition(" — ")
    match = _YEAR.match(main.strip())
    year = int(match[2]) if match else None
    words = (match[1] if match else main).split(" ", 1)
    return {
        "relation": words[0],
        "name": words[1].strip() if len(words) > 1 else None,
        "birth_year": year,
        "notes": notes.strip() or None,
    }


def split_titled(text: str) -> tuple[str, str]:
    """'结婚纪念日: 2010-05-20' → ('结婚纪念日', '2010-05-20'); no title → ('', text)."""
    for colon in (": ", "：", ":"):
        if colon in text:
            title, _, when = text.rpartition(colon)
            return title.strip(), when.strip()
    return "", text.strip()
