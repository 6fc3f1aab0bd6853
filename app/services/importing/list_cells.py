"""Cells that hold several values: phones, e-mails, addresses, tags, family.

Each handler reads one cell into the draft and reports what it had to leave
out (a "phone" of two digits) or change (a number recovered from 1.38E+10)
under the given column label. The text forms are those of ``textforms``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.models.enums import ContactLabel
from app.services.importing import textforms as tf
from app.services.importing.cell_values import cell_text, text_value
from app.services.importing.draft import ALTERED, DROPPED, CellProblem, ClientDraft
from app.services.importing.phone_parse import parse_phone_fast
from app.services.validation import FieldProblem, clean_email

ADDRESS_LIMITS = {"province": 40, "city": 60, "district": 60, "street": 300, "postcode": 12}
_FLOATY = ("e+", "e1", "e9", ".0")


def problem(
    row: int, column: str, value: object, code: str, action: str, detail: object = ""
) -> CellProblem:
    text = cell_text(value)
    shown = text if len(text) <= 200 else text[:200] + "…"
    return CellProblem(row, column, shown, code, action, str(detail))


def items(pattern: re.Pattern[str], value: object) -> list[str]:
    text = cell_text(value).strip()
    if text.isalnum():  # one plain value, as most cells hold: no splitting needed
        return [text]
    return [p for p in pattern.split(text) if p]


def _label_of(item: str) -> tuple[str, ContactLabel | None]:
    return tf.split_label(item) if item.endswith((")", "）")) else (item, None)


def phones(draft: ClientDraft, value: object, label: str, fixed: ContactLabel | None) -> None:
    for item in items(tf.PHONE_SPLIT, value):
        text, suffix = _label_of(item)
        parsed = parse_phone_fast(text)
        original = parsed.original
        digits = len(original) if original.isdigit() else sum(map(str.isdigit, original))
        if digits < 3 or len(original) > 60:
            draft.problems.append(problem(draft.row, label, item, "invalid_phone", DROPPED))
            continue
        if parsed.original != text and any(m in text.lower() for m in _FLOATY):
            recovered = problem(draft.row, label, item, "recovered_digits", ALTERED, text)
            draft.problems.append(recovered)
        if parsed.e164 and any(p[2] == parsed.e164 for p in draft.phones):
            continue  # the same number twice in one row
        kind = fixed or suffix or tf.auto_phone_label(parsed.e164)
        draft.phones.append((kind.value, parsed.original, parsed.e164))


def emails(draft: ClientDraft, value: object, label: str) -> None:
    for item in items(tf.EMAIL_SPLIT, value):
        text, suffix = _label_of(item)
        for word in text.split():
            try:
                address = clean_email(word)
            except FieldProblem:
                draft.problems.append(problem(draft.row, label, word, "invalid_email", DROPPED))
                continue
            if len(address) <= 254 and address not in (e[1] for e in draft.emails):
                draft.emails.append(((suffix or ContactLabel.WORK).value, address))


def addresses(draft: ClientDraft, value: object, label: str, default: ContactLabel) -> None:
    for item in items(tf.LIST_SPLIT, value):
        text, suffix = _label_of(item)
        parts = dict(_parse_address(text))  # a copy: the remembered parts stay as parsed
        for key, limit in ADDRESS_LIMITS.items():
            part = parts[key]
            if part and len(part) > limit:
                draft.problems.append(problem(draft.row, label, item, "truncated", ALTERED, limit))
                parts[key] = part[:limit]
        draft.addresses.append({"label": (suffix or default).value, **parts})


# A list repeats its addresses (科技园路 1 号 for a whole office); parsing is pure.
_parse_address = lru_cache(maxsize=1 << 12)(tf.parse_address)


def forget_addresses() -> None:
    _parse_address.cache_clear()


def merge_parts(draft: ClientDraft, parts: dict[str, str]) -> None:
    """Province/city/district/postcode columns complete the first address."""
    if not draft.addresses:
        empty = dict.fromkeys(tf.ADDRESS_PARTS)
        draft.addresses.append({"label": ContactLabel.WORK.value, **empty})
    first = draft.addresses[0]
    for key, text in parts.items():
        if text:
            first[key] = text


def tags(draft: ClientDraft, value: object, label: str) -> None:
    for item in items(tf.TAG_SPLIT, value):
        tag = text_value(item, 60)
        if tag and tag not in draft.tags:
            draft.tags.append(tag)


def family(draft: ClientDraft, value: object, label: str) -> None:
    for item in items(tf.LIST_SPLIT, value):
        member = tf.parse_family(item)
        member["relation"] = (member["relation"] or "")[:40]
        member["name"] = member["name"][:80] if member["name"] else None
        draft.family.append(member)
