"""Charts of the client base: tiers, intent scores by tier, the funnel, sources."""

from __future__ import annotations

from collections.abc import Sequence

from app.models.enums import Source, Tier
from app.services.charts.figure import (
    Chart,
    count_axis,
    empty,
    frame,
    headroom,
    horizontal_grid,
    note,
    titled,
    value_labels,
)
from app.services.charts.style import palette
from app.services.charts.wording import text
from app.services.labels import label
from app.services.reports import UNKNOWN, Distribution, Funnel, IntentHistogram, Slice


def _shares(slices: Sequence[Slice], total: int, lang: str) -> list[str]:
    """ "120（15%）": the count and its share, in full-width brackets in Chinese."""
    shares = [(f"{s.count:,}", f"{s.count / (total or 1):.0%}") for s in slices]
    pattern = "{}（{}）" if lang[:2] == "zh" else "{} ({})"
    return [pattern.format(count, share) for count, share in shares]


def tier_chart(data: Distribution, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = palette(dark)
    title = titled("tiers", data.joined, lang)
    chart, ax = frame("tiers", title, text("tier", lang), text("clients", lang), p)
    tiers = [Tier(s.key) for s in data.slices]
    bars = ax.bar(
        [label(t, lang) for t in tiers],
        [s.count for s in data.slices],
        color=[p.tiers[t] for t in tiers],
        width=0.6,
    )
    for bar, s in zip(bars, data.slices, strict=True):
        chart.clickable(bar, s.drill)
    value_labels(ax, bars, _shares(data.slices, data.total, lang), p)
    headroom(ax, max((s.count for s in data.slices), default=0))
    count_axis(ax)
    if not data.total:
        empty(ax, lang, p)
    return chart


def intent_chart(data: IntentHistogram, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = palette(dark)
    chart, ax = frame("intent", text("intent", lang), text("score", lang), text("clients", lang), p)
    names = [f"{b.low}–{b.high}" for b in data.bins]
    xs = range(len(names))
    for i, b in enumerate(data.bins):  # shade each band and name it once
        ax.axvspan(i - 0.5, i + 0.5, color=p.bands[b.band], zorder=0, linewidth=0)
        if i == 0 or data.bins[i - 1].band != b.band:
            ax.text(
                i - 0.4,
                1.0,
                text(f"band_{b.band}", lang),
                transform=ax.get_xaxis_transform(),
                va="top",
                fontsize=9,
                color=p.muted,
            )
    bottoms = [0] * len(names)
    for tier in Tier:
        heights = [b.by_tier.get(tier, 0) for b in data.bins]
        bars = ax.bar(
            xs,
            heights,
            bottom=bottoms,
            color=p.tiers[tier],
            width=0.75,
            label=label(tier, lang),
            zorder=2,
        )
        for bar, b in zip(bars, data.bins, strict=True):
            chart.clickable(bar, b.tier_drills[tier])
        bottoms = [a + h for a, h in zip(bottoms, heights, strict=True)]
    value_labels(ax, bars, [f"{b.count:,}" if b.count else "" for b in data.bins], p)
    ax.set_xticks(list(xs), names)
    ax.set_xlim(-0.5, len(names) - 0.5)
    # The tiers' legend is one row under the band names; the bars stay below it.
    headroom(ax, max(bottoms, default=0) * 1.25)
    count_axis(ax)
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, 0.93),
        ncols=len(Tier),
        fontsize=8,
        frameon=False,
        labelcolor=p.text,
        handlelength=1.2,
        columnspacing=1.2,
    )
    if data.unassessed:
        note(ax, text("unassessed", lang, n=f"{data.unassessed:,}"), p)
    return chart


def funnel_chart(data: Funnel, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = palette(dark)
    chart, ax = frame(
        "funnel",
        titled("funnel", data.joined, lang),
        text("reached", lang),
        text("stage", lang),
        p,
    )
    horizontal_grid(ax, p)
    names = [label(s.status, lang) for s in data.stages]
    bars = ax.barh(names, [s.reached for s in data.stages], color=p.accent, height=0.6)
    for bar, s in zip(bars, data.stages, strict=True):
        chart.clickable(bar, s.drill)
    ax.invert_yaxis()  # the wide end of the funnel on top
    value_labels(
        ax,
        bars,
        [
            f"{s.reached:,}" + ("" if s.conversion is None else f"  → {s.conversion:.0%}")
            for s in data.stages
        ],
        p,
    )
    headroom(ax, max((s.reached for s in data.stages), default=0), horizontal=True)
    count_axis(ax, "x")
    if data.churned:
        note(ax, text("churned_aside", lang, n=f"{data.churned:,}"), p, "bottom right")
    return chart


def sources_chart(data: Distribution, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = palette(dark)
    chart, ax = frame(
        "sources",
        titled("sources", data.joined, lang),
        text("source", lang),
        text("clients", lang),
        p,
    )
    slices = [s for s in data.slices if s.key != UNKNOWN or s.count]
    names = [
        text(UNKNOWN, lang) if s.key == UNKNOWN else label(Source(s.key), lang) for s in slices
    ]
    bars = ax.bar(names, [s.count for s in slices], color=p.accent, width=0.6)
    for bar, s in zip(bars, slices, strict=True):
        chart.clickable(bar, s.drill)
    value_labels(ax, bars, _shares(slices, data.total, lang), p)
    headroom(ax, max((s.count for s in slices), default=0))
    count_axis(ax)
    if not data.total:
        empty(ax, lang, p)
    return chart
