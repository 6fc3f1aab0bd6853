"""A chart: its matplotlib ``Figure``, its clickable bars, and the framing every chart shares.

Every clickable bar carries a ``gid`` and is pickable, and
``Chart.target(artist)`` turns a pick event back into the client-list filter
behind it. matplotlib is imported inside the functions: it costs a good part
of a second, and the app must start without it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app.services import fonts
from app.services.charts.style import SIZE, Palette
from app.services.charts.wording import amount, text
from app.services.reports import Drilldown

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


@dataclass
class Chart:
    key: str  # tiers, intent, funnel, churn, sales, top_clients, follow_ups, sources
    figure: Figure
    targets: dict[str, Drilldown] = field(default_factory=dict)  # artist gid → drill-down

    def target(self, artist: Artist) -> Drilldown | None:
        """What a pick event on ``artist`` opens: a client-list filter or a dossier."""
        return self.targets.get(artist.get_gid() or "")

    def clickable(self, artist: Artist, drill: Drilldown | None) -> None:
        if drill is None:
            return
        gid = f"{self.key}:{len(self.targets)}"
        artist.set_gid(gid)
        artist.set_picker(True)
        self.targets[gid] = drill


@functools.cache
def _fonts_ready() -> bool:
    """Point matplotlib at the system's Chinese font, once per process."""
    font = fonts.find_cjk_font()
    fonts.configure_matplotlib(font)
    return font is not None


def frame(key: str, title: str, xlabel: str, ylabel: str, p: Palette) -> tuple[Chart, Axes]:
    """A new chart with one styled axes, its title and axis labels."""
    from matplotlib.figure import Figure  # imported here: charts load on demand

    _fonts_ready()
    figure = Figure(figsize=SIZE, facecolor=p.background, layout="constrained")
    ax = figure.add_subplot()
    _style(ax, p)
    ax.set_title(title, color=p.text, fontsize=12 if "\n" in title else 13, pad=10)
    ax.set_xlabel(xlabel, color=p.text, fontsize=10)
    ax.set_ylabel(ylabel, color=p.text, fontsize=10)
    return Chart(key, figure), ax


def titled(key: str, joined: tuple[date | None, date | None] | None, lang: str) -> str:
    """The title, and under it the period when the chart counts the clients who joined in it."""
    if joined is None:
        return text(key, lang)
    start, end = (d.isoformat() if d else "…" for d in joined)
    return f"{text(key, lang)}\n{text('joined', lang, start=start, end=end)}"


def _style(ax: Axes, p: Palette) -> None:
    ax.set_facecolor(p.background)
    ax.tick_params(colors=p.text, labelsize=9)
    for name, spine in ax.spines.items():
        spine.set_visible(name in ("left", "bottom"))
        spine.set_color(p.muted)
    ax.grid(axis="y", color=p.grid, linewidth=0.8)
    ax.set_axisbelow(True)


def horizontal_grid(ax: Axes, p: Palette) -> None:
    """Grid lines across the value axis of a horizontal bar chart."""
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=p.grid, linewidth=0.8)


def note(ax: Axes, message: str, p: Palette, where: str = "top right") -> None:
    """A line of context in a corner the bars leave free."""
    y, va = (0.97, "top") if where.startswith("top") else (0.03, "bottom")
    x, ha = (0.99, "right") if where.endswith("right") else (0.01, "left")
    ax.text(x, y, message, transform=ax.transAxes, ha=ha, va=va, fontsize=9, color=p.muted)


def empty(ax: Axes, lang: str, p: Palette) -> None:
    ax.text(
        0.5,
        0.5,
        text("no_data", lang),
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=12,
        color=p.muted,
    )


def value_labels(ax: Axes, bars: object, values: Sequence[str], p: Palette, **kw: object) -> None:
    ax.bar_label(bars, labels=list(values), padding=2, color=p.text, **{"fontsize": 8, **kw})


def headroom(ax: Axes, top: float, horizontal: bool = False) -> None:
    """Room above the tallest bar for its value label."""
    if horizontal:
        ax.set_xlim(0, max(top, 1) * 1.18)
    else:
        ax.set_ylim(0, max(top, 1) * 1.15)


def count_axis(ax: Axes, axis: str = "y") -> None:
    """Whole numbers only on an axis of counts (no 2.5 clients)."""
    from matplotlib.ticker import MaxNLocator

    (ax.yaxis if axis == "y" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))


def money_axis(ax: Axes, lang: str, axis: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(FuncFormatter(lambda v, _pos: amount(v, lang)))
