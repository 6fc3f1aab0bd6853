"""The charts' colours in the app's light and dark themes, and their size."""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Tier

SIZE = (7.2, 4.4)  # inches; the page lays charts out two by two at about this size


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    muted: str
    grid: str
    accent: str  # bars of one series
    line: str  # the Pareto line
    done: str
    overdue: str
    tiers: dict[Tier, str]
    bands: dict[str, str]  # shading behind the histogram's bands


LIGHT = Palette(
    background="#ffffff",
    text="#222222",
    muted="#666666",
    grid="#e6e6e6",
    accent="#3d7bd9",
    line="#e07b00",
    done="#2e9d5b",
    overdue="#d64545",
    tiers={
        Tier.STRATEGIC: "#c8364a",
        Tier.LOYAL: "#e89b2e",
        Tier.CLOSE: "#1f8a9e",
        Tier.LOOSE: "#8fa9c8",
    },
    bands={"low": "#f4f4f4", "medium": "#eaf1fb", "high": "#e7f5ea"},
)
DARK = Palette(  # matches the app's dark QPalette (window #2b2b2b, text #e6e6e6)
    background="#2b2b2b",
    text="#e6e6e6",
    muted="#a6a6a6",
    grid="#3f3f3f",
    accent="#6ea8ff",
    line="#ffb347",
    done="#4cc07a",
    overdue="#ff6b6b",
    tiers={
        Tier.STRATEGIC: "#ff6b7d",
        Tier.LOYAL: "#f6c15b",
        Tier.CLOSE: "#3cc0d2",
        Tier.LOOSE: "#9db8d8",
    },
    bands={"low": "#323232", "medium": "#2e3947", "high": "#2e3f33"},
)


def palette(dark: bool) -> Palette:
    return DARK if dark else LIGHT
