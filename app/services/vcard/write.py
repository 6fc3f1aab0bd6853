"""Dossiers → vCard 3.0 or 4.0 text, UTF-8, CRLF, folded at 75 octets.

Everything standard vCard can hold goes in standard properties, so phones
and Outlook understand it; what it cannot (lunar birthdays, family members,
anniversaries with titles, WeChat/QQ, a phone's "work" label) goes into
X-RAPPORT-* / X-WECHAT / X-QQ properties that ``read`` takes back.
"""

from __future__ import annotations

from app.services.exporting.records import ClientRecord
from app.services.importing import textforms as tf
from app.services.importing.dates import format_birthday

_PHONE_TYPES = {"mobile": "CELL", "office": "WORK,VOICE", "home": "HOME,VOICE", "fax": "FAX"}
_PLAIN = {"home": "HOME", "work": "WORK"}
_SIMPLE = [
    ("nickname", "NICKNAME"),
    ("company", "ORG"),
    ("position", "TITLE"),
    ("website", "URL"),
    ("notes", "NOTE"),
]
_GENDER = {"male": ("M", "Male"), "female": ("F", "Female"), "other": ("O", "Other")}


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def fold(line: str) -> str:
    """Lines of at most 75 octets, never splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _types(version: str, types: str, label: str, standard: dict[str, str]) -> str:
    """ ";TYPE=…" for the label, and X-RAPPORT-LABEL when vCard has no word for it."""
    text = f";TYPE={types.lower() if version == '4.0' else types}" if types else ""
    if label not in standard:
        text += f";X-RAPPORT-LABEL={label}"
    return text


def format_vcard(record: ClientRecord, version: str = "3.0") -> str:
    row = record.row
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{escape(row['display_name'])}"]
    lines.append(f"N:{escape(row['surname'])};{escape(row['given_name'])};;;")
    for key, prop in _SIMPLE:
        if row.get(key):
            lines.append(f"{prop}:{escape(row[key])}")
    for label, original, _e164 in record.phones:
        types = _PHONE_TYPES.get(label, "VOICE")
        lines.append(f"TEL{_types(version, types, label, _PHONE_TYPES)}:{original}")
    for label, address in record.emails:
        types = ("INTERNET," if version == "3.0" else "") + _PLAIN.get(label, "")
        lines.append(f"EMAIL{_types(version, types.rstrip(','), label, _PLAIN)}:{address}")
    for a in record.addresses:
        street = " ".join(p for p in (a.get("district"), a.get("street")) if p)
        city, province, code = (a.get(k) or "" for k in ("city", "province", "postcode"))
        parts = ["", "", street, city, province, code, ""]
        types = _types(version, _PLAIN.get(a["label"], ""), a["label"], _PLAIN)
        lines.append(f"ADR{types}:{';'.join(escape(p) for p in parts)}")
    lines += _personal(record, version)
    if record.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in record.tags))
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def _personal(record: ClientRecord, version: str) -> list[str]:
    row, lines = record.row, []
    birthday = record.birthday
    if birthday is not None:
        if birthday.calendar == "lunar":
            lines.append(f"X-RAPPORT-BIRTHDAY:{format_birthday(birthday)}")
        else:
            dash = "-" if version == "3.0" else ""  # 1985-03-02 / 19850302, --03-02 / --0302
            month_day = f"{birthday.month:02d}{dash}{birthday.day:02d}"
            year = f"{birthday.year:04d}{dash}" if birthday.year else "--"
            lines.append(f"BDAY:{year}{month_day}")
    gender = row.get("gender")
    if gender:
        code, word = _GENDER[str(getattr(gender, "value", gender))]
        lines.append(f"GENDER:{code}" if version == "4.0" else f"X-GENDER:{word}")
    if row.get("wechat_id"):
        lines.append(f"X-WECHAT:{escape(row['wechat_id'])}")
    if row.get("qq_id"):
        lines.append(f"X-QQ:{escape(row['qq_id'])}")
    for member in record.family:
        lines.append(f"X-RAPPORT-FAMILY:{escape(tf.format_family([member]))}")
    for title, cd in record.anniversaries:
        when = format_birthday(cd)
        text = when.isoformat() if not isinstance(when, str) else when
        lines.append(f"X-RAPPORT-ANNIVERSARY:{escape(f'{title}: {text}')}")
    return lines
