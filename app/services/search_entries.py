"""What the search index holds for one client: its FTS text, short keys included.

``search_index`` writes these rows; the import computes them for 100,000
clients at a time, so the parts that repeat across a list (a name's pinyin,
Tom, 小王, a company) are worked out once and remembered. Every function here
is pure: the same client always gives the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from app.models.search import KEY_MARK, padded_key
from app.services.names import fold_text, has_cjk, is_cjk, normalize_text
from app.services.pinyin import SURNAME_READINGS, char_pinyin

KEY_LENGTH = 2  # short keys serve queries of one or two characters only (see _prefixes)
_NON_DIGIT = re.compile(r"\D")
# Entries per remembered part: bounded memory on any list, dropped by ``forget``
# when the import ends. Most names of a list are unique and computed once
# anyway; what repeats (王伟, a company's contacts, who come together) repeats
# often enough to stay among the last few thousand. 65,536 names took as long
# at 100,000 clients and held ~100 MB more.
_NAMES = 1 << 12
_COMPANIES = 1 << 12
_WORDS = 1 << 12  # English names and nicknames: Tom, Amy, 小王

Keys = frozenset[str]


@dataclass
class IndexSource:
    """What the index is built from, for one client."""

    id: int
    surname: str = ""
    given_name: str = ""
    display_name: str = ""
    english_name: str | None = None
    nickname: str | None = None
    company: str | None = None
    wechat_id: str | None = None
    notes: str | None = None
    city: str | None = None
    phones: list[tuple[str, str | None]] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def phone_digits(original: str, e164: str | None) -> list[str]:
    """Digit strings a phone fragment may be found in: as typed, national, E.164."""
    out = {_NON_DIGIT.sub("", original)}
    if e164:
        full = e164.lstrip("+")
        out.add(full)
        if full.startswith("86"):
            national = full[2:]
            out.add(national)
            if not national.startswith("1"):  # landlines are dialled with a trunk 0
                out.add("0" + national)
    return sorted(d for d in out if d)


class _Readings(dict):
    """Character code → what ``pinyin.text_pinyin`` makes of the character, for
    ``str.translate``: a Chinese character its syllable between NUL separators,
    a letter or digit itself lower-cased (runs of them stay words), anything
    else a separator. Filled on first sight, so a whole text is read in C."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if is_cjk(char):
            out = f"\0{char_pinyin(char)}\0"
        elif char.isalnum():
            out = char.lower()
        else:
            out = "\0"
        self[code] = out
        return out


_READINGS = _Readings()


def syllables(text: str) -> list[str]:
    """``[s for s in pinyin.text_pinyin(text) if s]``, ~10× faster (a test compares them)."""
    return [s for s in text.translate(_READINGS).split("\0") if s]


def name_syllables(surname: str, given_name: str) -> list[str]:
    """The syllables ``pinyin.name_pinyin`` and ``pinyin.sort_key`` are made of."""
    reading = SURNAME_READINGS.get(surname)
    return (reading.split() if reading else syllables(surname)) + syllables(given_name)


def _pinyin(words: list[str]) -> tuple[str, str]:
    """(full, initials), as ``pinyin.name_pinyin`` / ``phrase_pinyin`` give them."""
    return "".join(words), "".join([s[0] for s in words])


def fold(text: str) -> str:
    """``fold_text(text).lower()``, as the search box folds what is typed; ASCII
    (most index lines) needs no NFKC."""
    if text.isascii():
        return " ".join(text.split()).lower()
    return fold_text(text).lower()


def _fold_word(word: str) -> str:
    """``fold(word)``; an ASCII letters-and-digits word (pinyin, initials) is only
    lower-cased, which is what ``fold`` makes of it, without its split and join."""
    if word.isascii() and word.isalnum():
        return word.lower()
    return fold(word)


def _prefixes(words: list[str | None]) -> Keys:
    """The one- and two-character prefixes of the folded words, spaces removed:
    both lengths, so every short query is one exact index lookup.

    Written out for ``KEY_LENGTH`` 2 (two slices, no loop): ~40 % of the index
    text's time went here."""
    keys: list[str] = []
    for word in words:
        if word:
            clean = _fold_word(word).replace(" ", "")
            if clean:
                keys += (clean[:1], clean[:2])
    return frozenset(keys)


@lru_cache(maxsize=_NAMES)
def _name_part(
    surname: str, given_name: str, display_name: str
) -> tuple[list[str], list[str], Keys]:
    """Body lines [display name] and [full pinyin, initials] (blanks left out), keys."""
    full, initials = _pinyin(name_syllables(surname, given_name))
    name = normalize_text(display_name).replace(" ", "")
    shown = [fold(display_name)] if display_name else []
    pinyin = [_fold_word(x) for x in (full, initials) if x]
    if has_cjk(name):
        # Every suffix, so 伟 and 小贤 find 张伟 and 曾小贤: the first one or two
        # characters of each, from the name folded once.
        folded = fold(name).replace(" ", "")
        suffixes = [(c, folded[i : i + 2]) for i, c in enumerate(folded) if is_cjk(c)]
        return shown, pinyin, _prefixes([full, initials]) | {k for s in suffixes for k in s}
    return shown, pinyin, _prefixes([full, initials, *name.lower().split(), name])


@lru_cache(maxsize=_WORDS)
def _word_part(word: str) -> tuple[str, Keys]:
    """An English name or nickname: its body line and keys."""
    return fold(word), _prefixes([word])


@lru_cache(maxsize=_COMPANIES)
def _company_part(company: str) -> tuple[list[str], Keys]:
    """Body lines [company, its pinyin, its initials] and keys."""
    pinyin = _pinyin(syllables(company))
    lines = [_fold_word(x) for x in (company, *pinyin) if x]
    normal = normalize_text(company)
    if normal != company:  # imported and edited companies are normalised already
        pinyin = _pinyin(syllables(normal))
    return lines, _prefixes([normal, *pinyin])


def forget() -> None:
    """Drop the remembered parts: worth their memory while a large import runs only."""
    for remembered in (_name_part, _word_part, _company_part):
        remembered.cache_clear()
    _PADDED.clear()


def index_entries(src: IndexSource) -> tuple[str, set[str]]:
    """The FTS body (one line per searchable value: trigrams never span a newline
    query) and the short keys of one client."""
    lines, pinyin, name_keys = _name_part(src.surname, src.given_name, src.display_name)
    lines = lines.copy()
    keys = set(name_keys)
    for word in (src.english_name, src.nickname):
        if word:
            line, more = _word_part(word)
            lines.append(line)
            keys |= more
    lines += pinyin
    if src.company:
        company_lines, more = _company_part(src.company)
        lines += company_lines
        keys |= more
    lines += [fold(x) for x in (src.wechat_id, src.city, src.notes) if x]
    for original, e164 in src.phones:
        lines += phone_digits(original, e164)
    lines += [fold(x) for x in src.emails if x]
    return "\n".join(lines), keys


class _Padded(dict):
    """Short key → its padded form (``models.search.padded_key``); a key that holds
    ``KEY_MARK`` or NUL → "" (left out). Filled on first sight: a dict lookup per
    key instead of a function call. Keys are one or two characters, so it stays
    small; ``forget`` empties it."""

    def __missing__(self, key: str) -> str:
        out = "" if KEY_MARK in key or "\0" in key else padded_key(key)
        self[key] = out
        return out


_PADDED = _Padded()


def with_keys(body: str, keys: set[str]) -> str:
    """The text stored for a client: its body, then its padded short keys (see
    ``app.models.search``), sorted, so the same client always gives the same text.

    Values may hold control characters (a CSV file, a paste). ``KEY_MARK`` in
    the body becomes a space, and a key holding it is left out, so only real
    keys have the padded form; NUL becomes a space too, as FTS5's tokenizer
    stops reading at it (the keys after it would be lost)."""
    text = body.replace(KEY_MARK, " ").replace("\0", " ")
    if not keys:
        return text
    return text + "\n" + "".join(map(_PADDED.__getitem__, sorted(keys)))


def index_text(src: IndexSource) -> str:
    """What the search index stores for this client."""
    return with_keys(*index_entries(src))
