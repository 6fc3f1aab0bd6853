"""The dossier at a glance: who, where, how close — and the "eight weapons" (八大竞争法宝).

The eight weapons are views over fields the dossier already holds; the
header derives them from the values being edited, so it stays current while
the user types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services import almanac
from app.services.fields import FIELDS
from app.services.labels import label
from app.services.names import display_name
from app.ui.dossier.birthday import calendar_date, localized_name

translate = QCoreApplication.translate

# Each weapon: its title and the dossier keys it reads, in the order shown.
WEAPONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("characteristics", QT_TRANSLATE_NOOP("DossierHeader", "Characteristics"),
     ("personality", "special_habits", "personal_biases")),
    ("preferences", QT_TRANSLATE_NOOP("DossierHeader", "Preferences"),
     ("interests", "food_taste", "favourite_colour", "aesthetic_taste", "consumption_habits")),
    ("superstitions", QT_TRANSLATE_NOOP("DossierHeader", "Superstitions"),
     ("superstitions", "taboos", "zodiac", "star_sign")),
    ("category", QT_TRANSLATE_NOOP("DossierHeader", "Category"),
     ("tier", "dev_status", "relationship_level", "value_orientation", "source")),
    ("identity", QT_TRANSLATE_NOOP("DossierHeader", "Identity"),
     ("position", "company", "industry", "enterprise_nature")),
    ("quality", QT_TRANSLATE_NOOP("DossierHeader", "Quality"),
     ("education", "knowledge_breadth", "ideals")),
    ("willingness", QT_TRANSLATE_NOOP("DossierHeader", "Willingness"),
     ("intent", "product_attitude", "preferred_channel")),
    ("background", QT_TRANSLATE_NOOP("DossierHeader", "Life background"),
     ("birthplace", "age", "religion", "family", "vehicle")),
)  # fmt: skip
BAND_NAMES = {
    "high": QT_TRANSLATE_NOOP("DossierHeader", "high"),
    "medium": QT_TRANSLATE_NOOP("DossierHeader", "medium"),
    "low": QT_TRANSLATE_NOOP("DossierHeader", "low"),
}
TIER_COLOURS = {"strategic": "#c62828", "loyal": "#ef6c00", "close": "#1565c0", "loose": "#607d8b"}
STATUS_COLOURS = {
    "not_developed": "#78909c",
    "developed": "#00838f",
    "interested": "#f9a825",
    "cooperating": "#2e7d32",
    "churned": "#5d4037",
}


@dataclass(frozen=True)
class Facts:
    """What the header shows that is not edited in the form (kept by other services)."""

    intent_score: Decimal | float | None = None
    intent_band: str | None = None  # high / medium / low by the user's thresholds
    next_follow_up_on: date | None = None
    last_contact_at: datetime | None = None
    loyalty_points: int = 0


def _derived(key: str, values: Mapping[str, Any], facts: Facts, today: date, lang: str) -> str:
    """Text of a key that is not a plain field: zodiac, star sign, age, family, intent."""
    cd = calendar_date(values.get("birthday"))
    if key == "zodiac" and cd is not None and (animal := almanac.zodiac_for(cd)):
        return localized_name(animal, lang)
    if key == "star_sign" and cd is not None and (sign := almanac.star_sign_for(cd)):
        return localized_name(sign, lang)
    if key == "age" and cd is not None and almanac.solar_birth_date(cd) is not None:
        return translate("DossierHeader", "age %1").replace("%1", str(almanac.age_on(cd, today)))
    if key == "family":
        members = values.get("family") or []
        return "，".join(" ".join(filter(None, (m["relation"], m["name"]))) for m in members)
    if key == "intent" and facts.intent_score is not None:
        score = f"{Decimal(facts.intent_score).normalize():f}"
        if facts.intent_band not in BAND_NAMES:
            return translate("DossierHeader", "intent %1").replace("%1", score)
        band = translate("DossierHeader", BAND_NAMES[facts.intent_band])
        text = translate("DossierHeader", "intent %1 (%2)")
        return text.replace("%1", score).replace("%2", band)
    return ""


def field_text(key: str, value: Any, lang: str) -> str:
    spec = FIELDS.get(key)
    if value in (None, "", []):
        return ""
    if spec is not None and spec.enum is not None:
        return label(spec.enum(value), lang)
    return " ".join(str(value).split())  # long texts on one line


def weapons(
    values: Mapping[str, Any], facts: Facts, today: date, lang: str
) -> list[tuple[str, str, str]]:
    """(key, summary, tooltip) of each of the eight weapons; empty parts are left out."""
    result = []
    for key, _title, parts in WEAPONS:
        found = []
        for part in parts:
            text = (
                field_text(part, values.get(part), lang)
                if part in FIELDS
                else _derived(part, values, facts, today, lang)
            )
            if text:
                name = FIELDS[part].label(lang) if part in FIELDS else ""
                found.append((name, text))
        summary = "；".join(text for _label, text in found)
        tooltip = "\n".join(f"{n}：{t}" if n else t for n, t in found)
        result.append((key, summary, tooltip))
    return result


def _pill_style(colour: str) -> str:
    return f"background: {colour}; color: white; border-radius: 9px; padding: 1px 9px;"


class ElidedLabel(QLabel):
    """One line that ends in … when it does not fit; the whole text is kept for tooltips."""

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.full_text = ""
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width()))


class DossierHeader(QFrame):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="dossierHeader")
        self.today = today
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(objectName="headerName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.aka = QLabel(objectName="headerAka")
        self.company = QLabel(objectName="headerCompany")
        self.tier, self.status = QLabel(objectName="headerTier"), QLabel(objectName="headerStatus")
        self.intent = QLabel(objectName="headerIntent")
        self.follow_up = QLabel(objectName="headerFollowUp")
        self.last_contact = QLabel(objectName="headerLastContact")
        self.points = QLabel(objectName="headerPoints")
        self.stars = QLabel(objectName="headerStars", styleSheet="color: #e0a800;")
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addWidget(self.aka, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        for widget in (self.tier, self.status, self.stars):
            top.addWidget(widget)
        facts = QHBoxLayout()
        facts.addWidget(self.company)
        facts.addStretch(1)
        for widget in (self.points, self.intent, self.last_contact, self.follow_up):
            facts.addSpacing(16)
            facts.addWidget(widget)
        self.weapon_titles: dict[str, QLabel] = {}
        self.weapon_texts: dict[str, ElidedLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for i, (key, _title, _parts) in enumerate(WEAPONS):
            title = QLabel(objectName=f"weaponTitle_{key}")
            title.setStyleSheet("font-weight: bold; color: palette(highlight);")
            text = ElidedLabel(f"weapon_{key}")
            self.weapon_titles[key], self.weapon_texts[key] = title, text
            row, column = divmod(i, 4)
            grid.addWidget(title, row, column * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(text, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addLayout(grid)

    def show_summary(self, values: Mapping[str, Any], facts: Facts, lang: str) -> None:
        name = display_name(values.get("surname") or "", values.get("given_name") or "")
        self.name.setText(name or translate("DossierHeader", "New client"))
        aka = (values.get("english_name"), values.get("nickname"))
        self.aka.setText(" · ".join(filter(None, aka)))
        self.company.setText(
            " · ".join(filter(None, (values.get(k) for k in ("company", "position", "industry"))))
        )
        tier, status = values.get("tier") or "loose", values.get("dev_status") or "not_developed"
        self.tier.setText(field_text("tier", tier, lang))
        self.tier.setStyleSheet(_pill_style(TIER_COLOURS[tier]))
        self.status.setText(field_text("dev_status", status, lang))
        self.status.setStyleSheet(_pill_style(STATUS_COLOURS[status]))
        stars = int(values.get("star_rating") or 0)
        self.stars.setText("★" * stars)
        self.stars.setVisible(stars > 0)
        intent = _derived("intent", values, facts, self.today, lang)
        self.intent.setText(intent or translate("DossierHeader", "intent not assessed"))
        self.points.setText(
            translate("DossierHeader", "%1 points").replace("%1", f"{facts.loyalty_points:,}")
        )
        self.points.setVisible(facts.loyalty_points > 0)
        last = facts.last_contact_at
        self.last_contact.setVisible(last is not None)
        if last is not None:
            text = translate("DossierHeader", "last contact %1")
            self.last_contact.setText(text.replace("%1", last.date().isoformat()))
        due = facts.next_follow_up_on
        if due is None:
            self.follow_up.setText(translate("DossierHeader", "no follow-up planned"))
            self.follow_up.setStyleSheet("")
        else:
            text = translate("DossierHeader", "next follow-up %1").replace("%1", due.isoformat())
            self.follow_up.setText(text)
            self.follow_up.setStyleSheet("color: #c62828;" if due < self.today else "")
        for (key, title, _parts), (_key, summary, tooltip) in zip(
            WEAPONS, weapons(values, facts, self.today, lang), strict=True
        ):
            self.weapon_titles[key].setText(translate("DossierHeader", title))
            self.weapon_texts[key].set_full_text(summary or "—")
            self.weapon_texts[key].setToolTip(tooltip)
