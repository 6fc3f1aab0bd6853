"""vCard properties → a ``ClientDraft``, as the sheet importer makes from a row.

Name from N (family; given; additional), else FN, else the organisation of a
company card. Phones, e-mails and addresses keep their kind (TYPE=CELL/WORK/
HOME/FAX, Apple's item labels). BDAY in any of its forms (1980-03-22,
19800322, --0203, a timestamp); Rapport's own X-RAPPORT-* properties carry
what vCard has no place for (lunar birthdays, family, anniversaries).
Photos and keys are not imported. A card without any name is rejected.
"""

from __future__ import annotations

import re

from app.models.enums import ContactLabel
from app.services.importing import textforms as tf
from app.services.importing.dates import NotADate, parse_birthday
from app.services.importing.draft import DROPPED, REJECTED, ClientDraft
from app.services.importing.list_cells import problem
from app.services.importing.phone_parse import parse_phone_fast
from app.services.names import has_cjk, normalize_text, split_name
from app.services.validation import FieldProblem, clean_email, clean_longtext
from app.services.vcard.parse import Card, Property, split_value, unescape

_PHONE_KINDS = [
    ("fax", ContactLabel.FAX),
    ("cell", ContactLabel.MOBILE),
    ("mobile", ContactLabel.MOBILE),
    ("home", ContactLabel.HOME),
    ("work", ContactLabel.OFFICE),
]
_BDAY = re.compile(r"^(?:(\d{4})|--)-?(\d{2})-?(\d{2})(?:T.*)?$")
_ANNIVERSARIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY", "X-MS-ANNIVERSARY")
_SPOUSES = ("X-SPOUSE", "X-EVOLUTION-SPOUSE", "X-MS-SPOUSE")
_FIELDS = {"TITLE": "position", "ROLE": "position", "URL": "website", "NICKNAME": "nickname"}
_LIMITS = {"position": 120, "website": 300, "nickname": 80, "company": 200}


def card_to_draft(card: Card, number: int) -> ClientDraft:
    """The client one card describes; ``number`` is its place in the file."""
    draft = ClientDraft(number)
    _name(card, draft)
    for prop in card.properties:
        _property(card, prop, draft)
    org = card.first("ORG")
    if org is not None:
        company, *departments = [normalize_text(p) for p in split_value(org.text)]
        if company:
            draft.fields["company"] = company[: _LIMITS["company"]]
        department = " ".join(d for d in departments if d)
        if department and "position" not in draft.fields:  # the department says the role
            draft.fields["position"] = department[: _LIMITS["position"]]
    notes = [clean_longtext(unescape(p.text)) for p in card.all("NOTE")]
    if any(notes):
        draft.fields["notes"] = "\n".join(n for n in notes if n)[:20_000]
    if not draft.has_name:
        draft.problems.append(problem(number, "N/FN", "", "no_name", REJECTED))
    return draft


def _name(card: Card, draft: ClientDraft) -> None:
    n = card.first("N")
    parts = [normalize_text(p) for p in split_value(n.text)] if n else []
    family, given, additional = [*parts, "", "", ""][:3]
    if family or given:
        joiner = "" if has_cjk(family + given) else " "
        middle = normalize_text(additional.replace(",", " "))  # several middle names
        draft.surname = family[:40]
        draft.given_name = joiner.join(p for p in (given, middle) if p)[:80]
        return
    for name in ("FN", "NICKNAME", "ORG"):
        prop = card.first(name)
        text = normalize_text(split_value(prop.text)[0]) if prop else ""
        if text:
            draft.surname, draft.given_name = (p[:80] for p in split_name(text))
            return


def _property(card: Card, prop: Property, draft: ClientDraft) -> None:
    name = prop.name
    if name == "TEL":
        _phone(card, prop, draft)
    elif name == "EMAIL":
        _email(prop, draft)
    elif name == "ADR":
        _address(prop, draft)
    elif name == "BDAY" or name == "X-RAPPORT-BIRTHDAY":
        when = _date_text(prop)
        try:
            draft.birthday = parse_birthday(when)
        except (NotADate, ValueError):
            draft.problems.append(problem(draft.row, name, prop.text, "invalid_date", DROPPED))
    elif name in _ANNIVERSARIES or name == "X-RAPPORT-ANNIVERSARY" or _is_anniversary(card, prop):
        _anniversary(card, prop, draft)
    elif name in _SPOUSES or name == "X-RAPPORT-FAMILY":
        text = normalize_text(unescape(prop.text))
        if name == "X-RAPPORT-FAMILY":
            draft.family.append(tf.parse_family(text))
        else:
            draft.family.append(
                {"relation": "配偶", "name": text, "birth_year": None, "notes": None}
            )
    elif name == "CATEGORIES":
        for tag in split_value(prop.text, ","):
            tag = normalize_text(tag)[:60]
            if tag and tag not in draft.tags:
                draft.tags.append(tag)
    elif name in ("GENDER", "X-GENDER"):
        code = {"m": "male", "f": "female", "o": "other"}.get(prop.text[:1].lower())
        if code:
            draft.fields["gender"] = code
    elif name in ("X-WECHAT", "X-QQ"):
        draft.fields["wechat_id" if name == "X-WECHAT" else "qq_id"] = unescape(prop.text)[:40]
    elif name in _FIELDS and _FIELDS[name] not in draft.fields:
        key = _FIELDS[name]
        value = normalize_text(unescape(prop.text))
        if key == "nickname" and "," in value:
            value = split_value(prop.text, ",")[0]
        if value:
            draft.fields[key] = value[: _LIMITS[key]]


def _phone(card: Card, prop: Property, draft: ClientDraft) -> None:
    text = unescape(prop.text).strip().removeprefix("tel:")
    number, _, extension = text.partition(";ext=")  # RFC 3966, as vCard 4.0 writes it
    parsed = parse_phone_fast(f"{number} ext. {extension}" if extension else number)
    if sum(c.isdigit() for c in parsed.original) < 3:
        draft.problems.append(problem(draft.row, "TEL", prop.text, "invalid_phone", DROPPED))
        return
    types = prop.types() | {(card.group_label(prop) or "").lower()}
    label = next((kind for word, kind in _PHONE_KINDS if any(word in t for t in types)), None)
    label = _own_label(prop) or label or tf.auto_phone_label(parsed.e164)
    if not any(p[1] == parsed.original for p in draft.phones):
        draft.phones.append((label.value, parsed.original[:60], parsed.e164))


def _email(prop: Property, draft: ClientDraft) -> None:
    try:
        address = clean_email(unescape(prop.text))
    except FieldProblem:
        draft.problems.append(problem(draft.row, "EMAIL", prop.text, "invalid_email", DROPPED))
        return
    label = _own_label(prop) or (ContactLabel.HOME if "home" in prop.types() else ContactLabel.WORK)
    if address not in (e[1] for e in draft.emails):
        draft.emails.append((label.value, address))


def _address(prop: Property, draft: ClientDraft) -> None:
    parts = [normalize_text(p) for p in split_value(prop.text)] + [""] * 7
    _pobox, extended, street, city, region, code, country = parts[:7]
    label = _own_label(prop) or (ContactLabel.HOME if "home" in prop.types() else ContactLabel.WORK)
    if has_cjk(region + city + street):
        # Chinese order, and the district travels inside the street: parse it out again.
        found = tf.parse_address(" ".join(p for p in (region, city, extended, street) if p))
    else:
        place = ", ".join(p.strip(" ,") for p in (extended, street) if p.strip(" ,"))
        found = {"province": region or None, "city": city or None}
        found |= {"district": None, "street": place or None}
        if country and not found["street"]:
            found["street"] = country
        elif country:
            found["street"] = f"{found['street']}, {country}"
    found["postcode"] = code[:12] or None
    if any(found.values()):
        draft.addresses.append({"label": label.value, **found})


def _own_label(prop: Property) -> ContactLabel | None:
    """Rapport's own label parameter, for kinds vCard has no TYPE word for."""
    value = (prop.param("X-RAPPORT-LABEL") or "").lower()
    return ContactLabel(value) if value in ContactLabel._value2member_map_ else None


def _date_text(prop: Property) -> str:
    text = unescape(prop.text).strip()
    match = _BDAY.match(text)
    if match:
        year, month, day = match.groups()
        return f"{year}-{month}-{day}" if year else f"{month}-{day}"
    return text


def _is_anniversary(card: Card, prop: Property) -> bool:
    label = (card.group_label(prop) or "").lower()
    return prop.name == "X-ABDATE" and "anniversary" in label


def _anniversary(card: Card, prop: Property, draft: ClientDraft) -> None:
    if prop.name == "X-RAPPORT-ANNIVERSARY":
        title, when = tf.split_titled(unescape(prop.text))
    else:
        title, when = "纪念日", _date_text(prop)
    try:
        draft.anniversaries.append((title[:120], parse_birthday(when)))
    except (NotADate, ValueError):
        draft.problems.append(problem(draft.row, prop.name, prop.text, "invalid_date", DROPPED))
