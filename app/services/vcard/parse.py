"""A small, forgiving vCard 2.1 / 3.0 / 4.0 parser, written for what phones export.

Works on bytes, because one file can mix encodings: a Japanese feature phone
writes Shift_JIS under ``CHARSET=SHIFT_JIS``, an old Android writes UTF-8
quoted-printable with soft line breaks (``=`` at the end of a line, the next
line not indented), a Ukrainian phone writes raw Windows-1251 with no charset
at all, iPhones end lines with CR CR LF. Steps:

1. BOMs: UTF-16 files are decoded whole (then read as UTF-8).
2. Physical lines, any line ending; folded lines (leading space or tab)
   unfolded; quoted-printable values continued across soft line breaks.
3. ``group.NAME;param=a,b;BARE:value`` split; bare 2.1 parameters (CELL,
   QUOTED-PRINTABLE, BASE64) understood.
4. Values decoded: quoted-printable (tolerating broken escapes), then the
   property's charset, else UTF-8, else the file's guessed 8-bit charset.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import charset_normalizer

_LINE_END = re.compile(rb"\r\r\n|\r\n|\n|\r")
_PROPERTY_START = re.compile(rb"^[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)?[;:]")
_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})?")
_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}


@dataclass
class Property:
    group: str
    name: str  # upper case
    params: dict[str, list[str]] = field(default_factory=dict)  # upper-case keys
    raw: bytes = b""  # the value as in the file, unfolded
    text: str = ""  # decoded text (empty for binary values)

    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None


@dataclass
class Card:
    version: str = "2.1"
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        return next((p for p in self.properties if p.name == name), None)

    def group_label(self, prop: Property) -> str | None:
        """Apple's ``itemN.X-ABLabel`` naming a grouped property."""
        if not prop.group:
            return None
        label = next(
            (p for p in self.properties if p.group == prop.group and p.name == "X-ABLABEL"), None
        )
        return label.text if label else None


def _to_utf8(data: bytes) -> bytes:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16").encode("utf-8")
    if data[:2] == b"B\x00" or data[:2] == b"\x00B":  # UTF-16 without a BOM
        return data.decode("utf-16-le" if data[1] == 0 else "utf-16-be").encode("utf-8")
    return data


def file_charset(data: bytes) -> str:
    """The 8-bit charset raw text without a CHARSET parameter is likely in."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    return best.encoding if best is not None else "cp1252"


def _logical_lines(data: bytes) -> list[bytes]:
    lines: list[bytes] = []
    quoted_printable = False
    for line in _LINE_END.split(data):
        if lines and quoted_printable and lines[-1].endswith(b"="):
            # A soft line break: the next line continues the value, whatever it starts with.
            lines[-1] = lines[-1][:-1] + line
        elif lines and line[:1] in (b" ", b"\t"):
            lines[-1] += line[1:]
        elif lines and quoted_printable and line and not _PROPERTY_START.match(line):
            lines[-1] += line  # a broken soft break: the "=" is missing
        elif line.strip():
            lines.append(line)
        else:
            continue
        head = lines[-1].split(b":", 1)[0].upper()
        quoted_printable = b"QUOTED-PRINTABLE" in head
    return lines


def _split_params(head: str) -> tuple[str, str, dict[str, list[str]]]:
    parts = re.findall(r'(?:[^;"]|"[^"]*")+', head)
    name = parts[0] if parts else ""
    group, _, name = name.rpartition(".")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, sep, value = part.partition("=")
        if not sep:  # vCard 2.1: ;CELL;QUOTED-PRINTABLE;JPEG
            upper = key.strip().upper()
            key, value = ("ENCODING", upper) if upper in _ENCODINGS else ("TYPE", key)
        values = re.findall(r'"[^"]*"|[^,]+', value)
        params.setdefault(key.strip().upper(), []).extend(v.strip().strip('"') for v in values)
    return group, name.strip().upper(), params


def decode_quoted_printable(raw: bytes) -> bytes:
    """=XX escapes; a stray "=" (a broken escape) is dropped rather than kept."""
    return _ESCAPE.sub(lambda m: bytes([int(m[1], 16)]) if m[1] else b"", raw)


def _text(raw: bytes, charset: str | None, fallback: str) -> str:
    for candidate in (charset, "utf-8", fallback):
        if not candidate:
            continue
        try:
            return raw.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode(fallback, errors="replace")


def parse_vcards(data: bytes) -> list[Card]:
    """Every card in ``data``; properties outside BEGIN/END are ignored."""
    data = _to_utf8(data)
    fallback = file_charset(data)
    cards: list[Card] = []
    current: Card | None = None
    for line in _logical_lines(data):
        head, sep, raw = line.partition(b":")
        if not sep:
            continue
        group, name, params = _split_params(head.decode("ascii", errors="replace"))
        if name == "BEGIN" and raw.strip().upper() == b"VCARD":
            current = Card()
            continue
        if current is None:
            continue
        if name == "END":
            cards.append(current)
            current = None
            continue
        encoding = (params.get("ENCODING") or [""])[0].upper()
        prop = Property(group, name, params, raw)
        if name == "VERSION":
            current.version = raw.decode("ascii", errors="replace").strip()
        if encoding == "QUOTED-PRINTABLE":
            prop.text = _text(decode_quoted_printable(raw), prop.param("CHARSET"), fallback)
        elif encoding not in ("BASE64", "B"):
            prop.text = _text(raw, prop.param("CHARSET"), fallback)
        current.properties.append(prop)
    return cards


def split_value(text: str, separator: str | None = ";") -> list[str]:
    """Components of a structured value, with backslash escapes undone
    (``separator=None``: the whole value as one component)."""
    parts, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append({"n": "\n", "N": "\n"}.get(char, char))
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def unescape(text: str) -> str:
    return split_value(text, None)[0]
