"""Step 4: guess which column is which target from its header.

Exact aliases win first for every column; then an alias inside a longer
header (客户姓名 → 姓名, "Vessels name" → name), the longest alias first. A
single-valued target goes to the first column that claims it; phones,
e-mails, addresses and tags may take several columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from app.services.importing.aliases import ALIASES, containment_allowed, header_key
from app.services.importing.errors import NoNameColumn, NoSuchColumn
from app.services.importing.targets import CUSTOM_PREFIX, target_for

NAME_TARGETS = ("name", "surname", "given_name")


def header_vocabulary(custom_fields: Iterable[str]) -> dict[str, str]:
    words = dict(ALIASES)
    for name in custom_fields:  # a custom field's own name beats a built-in alias
        words[header_key(name)] = CUSTOM_PREFIX + name
    words.pop("", None)
    return words


def match_header(text: object, vocabulary: Mapping[str, str]) -> tuple[str | None, bool]:
    """(target, exact) for one header text; (None, False) when nothing fits."""
    key = header_key(text)
    if not key:
        return None, False
    if key in vocabulary:
        return vocabulary[key], True
    inside = [a for a in vocabulary if a in key and containment_allowed(a)]
    if not inside:
        return None, False
    return vocabulary[max(inside, key=len)], False


def guess_mapping(headers: Sequence[object], custom_fields: Iterable[str] = ()) -> dict[int, str]:
    """Column index → target key for the headers that could be recognised."""
    vocabulary = header_vocabulary(custom_fields)
    matches = [match_header(h, vocabulary) for h in headers]
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for want_exact in (True, False):
        for column, (target, exact) in enumerate(matches):
            if target is None or exact is not want_exact or column in mapping:
                continue
            if target in taken and not target_for(target).multiple:
                continue
            mapping[column] = target
            taken.add(target)
    return mapping


def check_mapping(mapping: Mapping[int, str]) -> None:
    """Refuse a mapping that cannot give any client a name."""
    if not any(key in NAME_TARGETS for key in mapping.values()):
        raise NoNameColumn()


def mapping_by_header(headers: Sequence[object], mapping: Mapping[int, str]) -> dict[str, str]:
    """The mapping keyed by header text, as presets store it (columns move between files)."""
    return {header_key(headers[c]): t for c, t in mapping.items() if c < len(headers)}


def mapping_from_headers(headers: Sequence[object], saved: Mapping[str, str]) -> dict[int, str]:
    """A preset's header → target applied to this file's columns."""
    return {c: saved[header_key(h)] for c, h in enumerate(headers) if header_key(h) in saved}


def override_mapping(
    headers: Sequence[str], mapping: Mapping[int, str], overrides: Sequence[str]
) -> dict[int, str]:
    """Apply "HEADER=target" (or "C=target", "HEADER=-" to leave a column out) to a mapping.

    Raises ``NoSuchColumn`` for an override whose column is not in the file."""
    result = dict(mapping)
    for spec in overrides:
        column_text, _, target = spec.rpartition("=")
        wanted = header_key(column_text)
        columns = [i for i, h in enumerate(headers) if header_key(h) == wanted]
        if not columns and column_text.isalpha() and column_text.isupper():
            columns = [column_index(column_text)]
        if not columns or not column_text:
            raise NoSuchColumn(column_text)
        if target in ("", "-"):
            result.pop(columns[0], None)
        else:
            result[columns[0]] = target
    return result


def column_index(letters: str) -> int:
    """'A' → 0, 'AA' → 26."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
