"""Every UI setting, declared once with its type and default.

Values live in QSettings (organisation and application "Rapport"): the
registry on Windows, a plist on macOS, an INI file on Linux. Each setting
converts what the store hands back, because stores lose types: an INI file
returns "true" for True, "3" for 3, a bare string for a one-item list and
nothing at all for an empty one. Tests call :func:`use_settings_file` so they
never touch the user's real settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Rapport"
APPLICATION = "Rapport"

T = TypeVar("T")

_store: QSettings | None = None


def store() -> QSettings:
    """The QSettings every setting reads and writes."""
    global _store
    if _store is None:
        _store = QSettings(ORGANIZATION, APPLICATION)
    return _store


def use_settings_file(path: Path | None) -> None:
    """Keep settings in the INI file ``path`` (tests, portable installs); None = default."""
    global _store
    if _store is not None:
        _store.sync()
    _store = None if path is None else QSettings(str(path), QSettings.Format.IniFormat)


class Setting(Generic[T]):
    """One typed value under ``key``; subclasses say how to read it back."""

    registry: ClassVar[dict[str, Setting[Any]]] = {}

    def __init__(self, key: str, default: T) -> None:
        if key in Setting.registry:
            raise ValueError(f"setting {key!r} is declared twice")
        self.key = key
        self.default = default
        Setting.registry[key] = self

    def get(self) -> T:
        raw = store().value(self.key)
        if raw is None:
            return self.convert(self.default)
        try:
            return self.convert(raw)
        except (TypeError, ValueError):  # hand-edited or from an older version
            return self.convert(self.default)

    def set(self, value: T) -> None:
        store().setValue(self.key, value)

    def reset(self) -> None:
        store().remove(self.key)

    def convert(self, raw: object) -> T:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, {self.default!r})"


class TextSetting(Setting[str]):
    def convert(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise TypeError(f"not text: {raw!r}")
        return raw


class ChoiceSetting(TextSetting):
    """Text limited to ``choices``; anything else reads as the default."""

    def __init__(self, key: str, default: str, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)
        super().__init__(key, default)

    def convert(self, raw: object) -> str:
        text = super().convert(raw)
        if text not in self.choices:
            raise ValueError(f"{self.key}: {text!r} is not one of {self.choices}")
        return text

    def set(self, value: str) -> None:
        super().set(self.convert(value))  # a typo in code fails loudly, not on next start


class BoolSetting(Setting[bool]):
    def convert(self, raw: object) -> bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("true", "1", "yes")
        return bool(raw)


class IntSetting(Setting[int]):
    def convert(self, raw: object) -> int:
        return int(str(raw))


class TextListSetting(Setting[list[str]]):
    def convert(self, raw: object) -> list[str]:
        if isinstance(raw, str):  # INI stores a one-item list as a plain string
            return [raw] if raw else []
        if isinstance(raw, list | tuple):
            return [str(item) for item in raw]
        raise TypeError(f"not a list: {raw!r}")

    def get(self) -> list[str]:
        # INI stores an empty list as @Invalid(), which reads back as None.
        if store().value(self.key) is None and store().contains(self.key):
            return []
        return super().get()

    def set(self, value: list[str]) -> None:
        store().setValue(self.key, list(value))


class BlobSetting(Setting[bytes]):
    """Opaque bytes such as QWidget.saveGeometry() output."""

    def convert(self, raw: object) -> bytes:
        if isinstance(raw, QByteArray):
            return raw.data()
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        raise TypeError(f"not bytes: {raw!r}")

    def set(self, value: bytes) -> None:
        store().setValue(self.key, QByteArray(value))


def blob_setting(key: str) -> BlobSetting:
    """The blob setting under ``key``, declared on first use (per-window state)."""
    existing = Setting.registry.get(key)
    return existing if isinstance(existing, BlobSetting) else BlobSetting(key, b"")


def window_geometry(window: str) -> BlobSetting:
    return blob_setting(f"windows/{window}/geometry")


def window_state(window: str) -> BlobSetting:
    return blob_setting(f"windows/{window}/state")


def splitter_state(window: str, splitter: str) -> BlobSetting:
    return blob_setting(f"windows/{window}/splitters/{splitter}")


LANGUAGES = ("", "zh_CN", "zh_TW", "en")  # "" follows the system locale
LANGUAGE = ChoiceSetting("ui/language", "", LANGUAGES)
THEME = ChoiceSetting("ui/theme", "system", ("system", "light", "dark"))
MISSING_FONT_WARNED = BoolSetting("ui/missing_font_warned", False)
LAST_PAGE = TextSetting("ui/last_page", "today")
MANAGER_NAME = TextSetting("profile/manager_name", "")
LAST_IMPORT_FOLDER = TextSetting("import/last_folder", "")

MAIN_WINDOW = "mainWindow"  # the main window's objectName, also its settings group
MAIN_WINDOW_GEOMETRY = window_geometry(MAIN_WINDOW)
MAIN_WINDOW_STATE = window_state(MAIN_WINDOW)
MAIN_SPLITTER_STATE = splitter_state(MAIN_WINDOW, "mainSplitter")

CLIENT_LIST_COLUMNS = TextListSetting(
    "clients/visible_columns", ["name", "company", "tier", "status", "phone", "next_follow_up"]
)
CLIENT_LIST_SORT_COLUMN = TextSetting("clients/sort_column", "name")
CLIENT_LIST_SORT_ORDER = ChoiceSetting(
    "clients/sort_order", "ascending", ("ascending", "descending")
)
