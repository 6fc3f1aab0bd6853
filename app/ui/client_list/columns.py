"""The columns of the client lists: key, header, how a row's value is shown.

A column's key is also its sort key in :data:`app.services.client_rows.SORT_COLUMNS`
(tags cannot be sorted). Values are formatted for the UI language: enum labels
from the services, dates and numbers by a QLocale of that language.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from app.models.enums import Tier
from app.services.client_rows import SORT_COLUMNS, ClientRow
from app.services.labels import label
from app.ui import settings
from app.ui.i18n import resolve_language

translate = QCoreApplication.translate
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]  # called each time: the language can change
    width: int  # default width in pixels at the default font
    align: Qt.AlignmentFlag = LEFT

    @property
    def sortable(self) -> bool:
        return self.key in SORT_COLUMNS


# Every column a client list can show, in default order. The strings are
# literal in translate() calls so pyside6-lupdate finds them.
COLUMNS: tuple[Column, ...] = (
    Column("name", lambda: translate("ClientColumns", "Name"), 130),
    Column("company", lambda: translate("ClientColumns", "Company"), 210),
    Column("position", lambda: translate("ClientColumns", "Position"), 110),
    Column("tier", lambda: translate("ClientColumns", "Tier"), 104),
    Column("status", lambda: translate("ClientColumns", "Status"), 118),
    Column("intent", lambda: translate("ClientColumns", "Intent"), 70, RIGHT),
    Column("last_contact", lambda: translate("ClientColumns", "Last contact"), 104),
    Column("next_follow_up", lambda: translate("ClientColumns", "Next follow-up"), 112),
    Column("phone", lambda: translate("ClientColumns", "Phone"), 130),
    Column("city", lambda: translate("ClientColumns", "City"), 80),
    Column("tags", lambda: translate("ClientColumns", "Tags"), 160),
    Column("deleted", lambda: translate("ClientColumns", "Deleted"), 150),
)
BY_KEY = {column.key: column for column in COLUMNS}
CLIENT_COLUMNS = tuple(c.key for c in COLUMNS if c.key != "deleted")
TRASH_COLUMNS = ("name", "company", "tier", "status", "phone", "city", "deleted")


TIER_COLOURS = {  # strongest ties warmest; mid-tones that read on light and dark
    Tier.STRATEGIC: "#c0392b",
    Tier.LOYAL: "#e67e22",
    Tier.CLOSE: "#2e86c1",
    Tier.LOOSE: "#95a5a6",
}


@functools.cache
def tier_dot(tier: Tier) -> QIcon:
    """A small filled circle in the tier's colour, drawn at 2x for sharp HiDPI."""
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(TIER_COLOURS.get(tier, "#95a5a6")))
    painter.drawEllipse(6, 6, 12, 12)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


def current_language() -> str:
    """The language the UI speaks: the setting, or the system's for "follow system"."""
    return resolve_language(settings.LANGUAGE.get())


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks ``language`` (keeps regional formats), else its own."""
    system = QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def _local(stored: datetime) -> datetime:
    """Stored datetimes are naive UTC; people read their own clock."""
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class Formatter:
    """Turns row values into text for one language; build a new one when it changes."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = locale_for(language)
        short = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        # Four-digit years: "11/22/25" is ambiguous in a list spanning decades.
        self.date_format = short if "yyyy" in short else short.replace("yy", "yyyy")
        self.tag_separator = "、" if language.startswith("zh") else ", "

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        day = _local(value).date() if isinstance(value, datetime) else value
        return self.locale.toString(QDate(day.year, day.month, day.day), self.date_format)

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = _local(value)
        time = self.locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        return f"{self.date(local.date())} {time}"

    def number(self, value: float | None) -> str:
        return "" if value is None else self.locale.toString(value, "f", 0)

    def count(self, value: int) -> str:
        return self.locale.toString(value)

    def text(self, row: ClientRow, key: str) -> str:
        """What the cell of ``key`` shows for ``row``."""
        if key == "tier":
            return label(row.tier, self.language)
        if key == "status":
            return label(row.status, self.language)
        if key == "intent":
            return self.number(row.intent)
        if key in ("last_contact", "next_follow_up"):
            return self.date(getattr(row, key))
        if key == "deleted":
            return self.datetime(row.deleted_at)
        if key == "tags":
            return self.tag_separator.join(row.tags)
        return getattr(row, key) or ""
