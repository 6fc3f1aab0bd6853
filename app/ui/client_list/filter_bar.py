"""Filter chips: tier, status, relationship level, tag, intent band, overdue, birthdays.

Each list chip is a drop-down of checkable options whose menu stays open, so
several options can be ticked in one go; the chip's text says what is chosen
("Tier: Strategic +1") and it looks pressed while it narrows the list. The
bar edits a :class:`ListFilter` (the search text is the page's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from app.models.enums import DevStatus, RelationshipLevel, Tier
from app.services.client_rows import BANDS, ListFilter
from app.services.labels import label
from app.ui.client_list.columns import current_language

translate = QCoreApplication.translate
BIRTHDAY_DAYS = 30
Options = Callable[[], list[tuple[str, str]]]  # → (value, label) pairs

CHIP_STYLE = """
QToolButton[chip="true"] {
    padding: 3px 10px; border: 1px solid palette(mid); border-radius: 12px;
}
QToolButton[chip="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}
QToolButton[chip="true"]::menu-indicator { image: none; width: 0; }
"""


class StayOpenMenu(QMenu):
    """A menu whose checkable entries toggle without closing it."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class Chip(QToolButton):
    """A drop-down of checkable options; ``values`` are the ticked ones."""

    changed = Signal()

    def __init__(self, name: str, title: Callable[[], str], options: Options) -> None:
        super().__init__(objectName=name)
        self._title, self._options = title, options
        self.values: frozenset[str] = frozenset()
        self._labels: dict[str, str] = {}
        self.setProperty("chip", True)
        self.setCheckable(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(StayOpenMenu(self))
        self.menu().aboutToShow.connect(self._fill)
        self.update_text()

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        pairs = self._options()
        self._labels = dict(pairs)
        for value, text in pairs:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(value in self.values)
            action.toggled.connect(lambda on, v=value: self._toggle(v, on))
        if not pairs:
            menu.addAction(translate("FilterBar", "(none)")).setEnabled(False)
        if self.values:
            menu.addSeparator()
            menu.addAction(translate("FilterBar", "Clear"), lambda: self.set_values(frozenset()))

    def _toggle(self, value: str, on: bool) -> None:
        self.set_values(self.values | {value} if on else self.values - {value})

    def set_values(self, values: frozenset[str], *, announce: bool = True) -> None:
        if values == self.values:
            self.update_text()
            return
        self.values = frozenset(values)
        self.update_text()
        if announce:
            self.changed.emit()

    def update_text(self) -> None:
        title = self._title()
        self.setChecked(bool(self.values))
        if not self.values:
            self.setText(f"{title} ▾")
            return
        labels = self._labels or dict(self._options())
        chosen = [text for value, text in labels.items() if value in self.values]
        first = chosen[0] if chosen else sorted(self.values)[0]  # e.g. a tag since deleted
        more = f" +{len(self.values) - 1}" if len(self.values) > 1 else ""
        self.setText(f"{title}: {first}{more} ▾")


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, tag_names: Callable[[], list[tuple[str, str]]]) -> None:
        super().__init__(objectName="filterBar")
        self.setStyleSheet(CHIP_STYLE)
        self.tier = Chip("tierChip", lambda: translate("FilterBar", "Tier"), _enum(Tier))
        self.status = Chip("statusChip", lambda: translate("FilterBar", "Status"), _enum(DevStatus))
        self.level = Chip(
            "levelChip", lambda: translate("FilterBar", "Relationship"), _enum(RelationshipLevel)
        )
        self.tag = Chip("tagChip", lambda: translate("FilterBar", "Tag"), tag_names)
        self.intent = Chip("intentChip", lambda: translate("FilterBar", "Intent"), _bands)
        self.overdue = self._toggle_chip("overdueChip")
        self.birthday = self._toggle_chip("birthdayChip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for chip in (self.tier, self.status, self.level, self.tag, self.intent):
            chip.changed.connect(self.changed)
            layout.addWidget(chip)
        layout.addWidget(self.overdue)
        layout.addWidget(self.birthday)
        self.clear_button = QToolButton(objectName="clearFilters", autoRaise=True)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.retranslate_ui()

    def _toggle_chip(self, name: str) -> QToolButton:
        chip = QToolButton(objectName=name, checkable=True)
        chip.setProperty("chip", True)
        chip.toggled.connect(self.changed)
        return chip

    def list_filter(self, base: ListFilter) -> ListFilter:
        """``base`` with the chips' choices (its text and trash switch kept)."""
        return replace(
            base,
            tiers=frozenset(Tier(v) for v in self.tier.values),
            statuses=frozenset(DevStatus(v) for v in self.status.values),
            levels=frozenset(RelationshipLevel(v) for v in self.level.values),
            tags=self.tag.values,
            intent_bands=self.intent.values,
            overdue=self.overdue.isChecked(),
            birthday_days=BIRTHDAY_DAYS if self.birthday.isChecked() else 0,
            birthday_ids=None,
        )

    def set_filter(self, flt: ListFilter) -> None:
        """Show ``flt``'s choices without announcing a change."""
        self.tier.set_values(frozenset(t.value for t in flt.tiers), announce=False)
        self.status.set_values(frozenset(s.value for s in flt.statuses), announce=False)
        self.level.set_values(frozenset(lv.value for lv in flt.levels), announce=False)
        self.tag.set_values(flt.tags, announce=False)
        self.intent.set_values(flt.intent_bands, announce=False)
        for chip, on in ((self.overdue, flt.overdue), (self.birthday, flt.birthday_days > 0)):
            chip.blockSignals(True)
            chip.setChecked(on)
            chip.blockSignals(False)

    def clear(self) -> None:
        self.set_filter(ListFilter())
        self.changed.emit()

    def retranslate_ui(self) -> None:
        for chip in (self.tier, self.status, self.level, self.tag, self.intent):
            chip.update_text()
        self.overdue.setText(translate("FilterBar", "Follow-up overdue"))
        self.birthday.setText(translate("FilterBar", "Birthday in 30 days"))
        self.clear_button.setText(translate("FilterBar", "Clear filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _enum(enum_cls: type[Tier] | type[DevStatus] | type[RelationshipLevel]) -> Options:
    return lambda: [(m.value, label(m, current_language())) for m in enum_cls]


def _bands() -> list[tuple[str, str]]:
    names = {
        "high": translate("FilterBar", "High"),
        "medium": translate("FilterBar", "Medium"),
        "low": translate("FilterBar", "Low"),
    }
    return [(band, names[band]) for band in BANDS]
