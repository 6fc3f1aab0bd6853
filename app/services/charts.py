"""The Reports page's charts: report data → a matplotlib ``Figure``, no pyplot, no Qt.

The UI embeds ``Chart.figure`` in a ``FigureCanvasQTAgg``; the PDF writer
saves the same figures. Every clickable bar carries a ``gid`` and is
pickable, and ``Chart.target(artist)`` turns a pick event back into the
client-list filter behind it. matplotlib is imported inside the functions:
it costs a good part of a second, and the app must start without it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from app.models.enums import ChurnReason, Source, Tier
from app.services import fonts
from app.services.labels import label
from app.services.reports import (
    UNKNOWN,
    ChurnReport,
    Distribution,
    Drilldown,
    FollowUpWeeks,
    Funnel,
    IntentHistogram,
    Report,
    SalesByMonth,
    TopClients,
)

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

SIZE = (7.2, 4.4)  # inches; the page lays charts out two by two at about this size
MAX_SIDE_BY_SIDE = 16  # weeks of follow-ups shown as pairs of bars; more are stacked


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

# key → (English, 简体, 繁體)
TEXT: dict[str, tuple[str, str, str]] = {
    "tiers": ("Clients by tier", "客户级别分布", "客戶級別分佈"),
    "tier": ("Tier", "客户级别", "客戶級別"),
    "clients": ("Clients", "客户数", "客戶數"),
    "intent": ("Intent scores by tier", "意愿评分分布（按级别）", "意願評分分佈（按級別）"),
    "score": ("Intent score", "意愿评分", "意願評分"),
    "unassessed": ("Not assessed: {n}", "未评估：{n} 位", "未評估：{n} 位"),
    "band_low": ("Low", "低意愿", "低意願"),
    "band_medium": ("Medium", "中意愿", "中意願"),
    "band_high": ("High", "高意愿", "高意願"),
    "funnel": ("Development funnel", "客户开发漏斗", "客戶開發漏斗"),
    "stage": ("Stage", "开发阶段", "開發階段"),
    "reached": ("Clients at this stage or further", "达到该阶段的客户数", "達到該階段的客戶數"),
    "churned_aside": (
        "Churned, outside the funnel: {n}",
        "已流失（不计入）：{n} 位",
        "已流失（不計入）：{n} 位",
    ),
    "churn": ("Churn reasons", "流失原因分布", "流失原因分佈"),
    "churn_rate": (
        "churn rate {rate} ({start} – {end})",
        "流失率 {rate}（{start} 至 {end}）",
        "流失率 {rate}（{start} 至 {end}）",
    ),
    "reason": ("Reason", "流失原因", "流失原因"),
    "churned": ("Churned clients", "流失客户数", "流失客戶數"),
    "lost": ("Lifetime value lost: {v}", "流失客户终身价值：{v}", "流失客戶終身價值：{v}"),
    "sales": ("Sales by month", "月度销售额", "月度銷售額"),
    "month": ("Month", "月份", "月份"),
    "amount": ("Sales", "销售额（元）", "銷售額（元）"),
    "top": ("Top clients (Pareto)", "主要客户（帕累托）", "主要客戶（帕累托）"),
    "client": ("Client", "客户", "客戶"),
    "cumulative": ("Cumulative share of sales", "累计销售占比", "累計銷售佔比"),
    "pareto": (
        "{k} of {n} clients make 80% of sales",
        "{n} 位成交客户中 {k} 位贡献 80% 销售额",
        "{n} 位成交客戶中 {k} 位貢獻 80% 銷售額",
    ),
    "follow_ups": ("Follow-ups per week", "每周跟进完成与逾期", "每週跟進完成與逾期"),
    "week": ("Week (Monday)", "周（周一）", "週（週一）"),
    "count": ("Follow-ups", "跟进数", "跟進數"),
    "done": ("Done", "已完成", "已完成"),
    "overdue": ("Overdue", "逾期", "逾期"),
    "sources": ("Client sources", "客户来源", "客戶來源"),
    "source": ("Source", "来源", "來源"),
    UNKNOWN: ("Unknown", "未知", "未知"),
    "no_data": ("No data", "暂无数据", "暫無數據"),
    "joined": (
        "clients who joined {start} – {end}",
        "{start} 至 {end} 入网的客户",
        "{start} 至 {end} 入網的客戶",
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    en, zh, zh_hant = TEXT[key]
    chosen = (zh_hant if lang in ("zh_TW", "zh_HK", "zh_Hant") else zh) if lang[:2] == "zh" else en
    return chosen.format(**values) if values else chosen


def amount(value: Decimal | float, lang: str) -> str:
    """Money the way each reader counts it: 万/亿 in Chinese, K/M in English."""
    v = float(value)
    if lang.startswith("zh"):
        hant = lang in ("zh_TW", "zh_HK", "zh_Hant")
        units = (("億", 1e8), ("萬", 1e4)) if hant else (("亿", 1e8), ("万", 1e4))
    else:
        units = (("M", 1e6), ("K", 1e3))
    for unit, size in units:
        if abs(v) >= size:
            scaled = v / size
            digits = 0 if abs(scaled) >= 100 or scaled == int(scaled) else 1
            return f"{scaled:,.{digits}f}{unit}"
    return f"{v:,.0f}"


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


def _frame(key: str, title: str, xlabel: str, ylabel: str, p: Palette) -> tuple[Chart, Axes]:
    from matplotlib.figure import Figure  # imported here: charts load on demand

    _fonts_ready()
    figure = Figure(figsize=SIZE, facecolor=p.background, layout="constrained")
    ax = figure.add_subplot()
    _style(ax, p)
    ax.set_title(title, color=p.text, fontsize=12 if "\n" in title else 13, pad=10)
    ax.set_xlabel(xlabel, color=p.text, fontsize=10)
    ax.set_ylabel(ylabel, color=p.text, fontsize=10)
    return Chart(key, figure), ax


def _titled(key: str, joined: tuple[date | None, date | None] | None, lang: str) -> str:
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


def _note(ax: Axes, message: str, p: Palette, where: str = "top right") -> None:
    """A line of context in a corner the bars leave free."""
    y, va = (0.97, "top") if where.startswith("top") else (0.03, "bottom")
    x, ha = (0.99, "right") if where.endswith("right") else (0.01, "left")
    ax.text(x, y, message, transform=ax.transAxes, ha=ha, va=va, fontsize=9, color=p.muted)


def _empty(ax: Axes, lang: str, p: Palette) -> None:
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


def _labels(ax: Axes, bars: object, values: Sequence[str], p: Palette, **kw: object) -> None:
    ax.bar_label(bars, labels=list(values), padding=2, color=p.text, **{"fontsize": 8, **kw})


def _headroom(ax: Axes, top: float, horizontal: bool = False) -> None:
    """Room above the tallest bar for its value label."""
    if horizontal:
        ax.set_xlim(0, max(top, 1) * 1.18)
    else:
        ax.set_ylim(0, max(top, 1) * 1.15)


def _palette(dark: bool) -> Palette:
    return DARK if dark else LIGHT


def tier_chart(data: Distribution, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = _palette(dark)
    title = _titled("tiers", data.joined, lang)
    chart, ax = _frame("tiers", title, text("tier", lang), text("clients", lang), p)
    tiers = [Tier(s.key) for s in data.slices]
    bars = ax.bar(
        [label(t, lang) for t in tiers],
        [s.count for s in data.slices],
        color=[p.tiers[t] for t in tiers],
        width=0.6,
    )
    for bar, s in zip(bars, data.slices, strict=True):
        chart.clickable(bar, s.drill)
    total = data.total or 1
    _labels(
        ax,
        bars,
        [
            f"{s.count:,}（{s.count / total:.0%}）"
            if lang[:2] == "zh"
            else f"{s.count:,} ({s.count / total:.0%})"
            for s in data.slices
        ],
        p,
    )
    _headroom(ax, max((s.count for s in data.slices), default=0))
    if not data.total:
        _empty(ax, lang, p)
    return chart


def intent_chart(data: IntentHistogram, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = _palette(dark)
    chart, ax = _frame(
        "intent", text("intent", lang), text("score", lang), text("clients", lang), p
    )
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
    _labels(ax, bars, [f"{b.count:,}" if b.count else "" for b in data.bins], p)
    ax.set_xticks(list(xs), names)
    ax.set_xlim(-0.5, len(names) - 0.5)
    _headroom(ax, max(bottoms, default=0) * 1.1)
    ax.legend(
        loc="upper left", bbox_to_anchor=(0.0, 0.93), fontsize=8, frameon=False, labelcolor=p.text
    )
    if data.unassessed:
        _note(ax, text("unassessed", lang, n=f"{data.unassessed:,}"), p)
    return chart


def funnel_chart(data: Funnel, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = _palette(dark)
    chart, ax = _frame(
        "funnel",
        _titled("funnel", data.joined, lang),
        text("reached", lang),
        text("stage", lang),
        p,
    )
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=p.grid, linewidth=0.8)
    names = [label(s.status, lang) for s in data.stages]
    bars = ax.barh(names, [s.reached for s in data.stages], color=p.accent, height=0.6)
    for bar, s in zip(bars, data.stages, strict=True):
        chart.clickable(bar, s.drill)
    ax.invert_yaxis()  # the wide end of the funnel on top
    _labels(
        ax,
        bars,
        [
            f"{s.reached:,}" + ("" if s.conversion is None else f"  → {s.conversion:.0%}")
            for s in data.stages
        ],
        p,
    )
    _headroom(ax, max((s.reached for s in data.stages), default=0), horizontal=True)
    if data.churned:
        _note(ax, text("churned_aside", lang, n=f"{data.churned:,}"), p, "bottom right")
    return chart


def churn_chart(data: ChurnReport, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = _palette(dark)
    rate = text(
        "churn_rate", lang, rate=f"{data.rate.rate:.1%}", start=data.rate.start, end=data.rate.end
    )
    title = f"{text('churn', lang)}\n{rate}"
    chart, ax = _frame("churn", title, text("churned", lang), text("reason", lang), p)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color=p.grid, linewidth=0.8)
    names = [label(ChurnReason(s.key), lang) for s in data.reasons]
    bars = ax.barh(names, [s.count for s in data.reasons], color=p.overdue, height=0.6)
    for bar, s in zip(bars, data.reasons, strict=True):
        chart.clickable(bar, s.drill)
    ax.invert_yaxis()
    _labels(ax, bars, [f"{s.count:,}" for s in data.reasons], p)
    _headroom(ax, max((s.count for s in data.reasons), default=0), horizontal=True)
    if any(s.count for s in data.reasons):
        _note(ax, text("lost", lang, v=amount(data.lost_value, lang)), p, "bottom right")
    else:
        _empty(ax, lang, p)
    return chart


def _money_axis(ax: Axes, lang: str, axis: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(FuncFormatter(lambda v, _pos: amount(v, lang)))


def sales_chart(data: SalesByMonth, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = _palette(dark)
    chart, ax = _frame("sales", text("sales", lang), text("month", lang), text("amount", lang), p)
    months = [m.month.strftime("%Y-%m") for m in data.months]
    bars = ax.bar(months, [float(m.amount) for m in data.months], color=p.accent, width=0.7)
    many = len(months) > 14  # long ranges: vertical labels so they do not collide
    _labels(
        ax,
        bars,
        [amount(m.amount, lang) if m.orders else "" for m in data.months],
        p,
        rotation=90 if many else 0,
    )
    ax.tick_params(axis="x", labelrotation=90 if many else 45, labelsize=8)
    _money_axis(ax, lang)
    _headroom(ax, max((float(m.amount) for m in data.months), default=0) * (1.12 if many else 1))
    if not months:
        _empty(ax, lang, p)
    return chart


def top_clients_chart(data: TopClients, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = _palette(dark)
    chart, ax = _frame(
        "top_clients", text("top", lang), text("client", lang), text("amount", lang), p
    )
    names = [c.name for c in data.clients]
    bars = ax.bar(names, [float(c.amount) for c in data.clients], color=p.accent, width=0.6)
    for bar, c in zip(bars, data.clients, strict=True):
        chart.clickable(bar, c.drill)
    _labels(ax, bars, [amount(c.amount, lang) for c in data.clients], p)
    ax.tick_params(axis="x", labelrotation=30)
    _money_axis(ax, lang)
    top = max((float(c.amount) for c in data.clients), default=0) * 1.4 or 1.0  # 80% clears labels
    ax.set_ylim(0, top)
    # The share line lives on the bars' own axes, scaled so 100% is the top, and a
    # secondary axis reads it in percent: a twinx() axes would sit on top of the
    # bars and take their clicks.
    scale = top / 100
    shares = [c.cumulative_share * 100 * scale for c in data.clients]
    ax.plot(names, shares, color=p.line, marker="o", linewidth=2, zorder=3)
    ax.axhline(80 * scale, color=p.line, linestyle="--", linewidth=1)
    share = ax.secondary_yaxis("right", functions=(lambda v: v / scale, lambda v: v * scale))
    share.set_ylabel(text("cumulative", lang) + " (%)", color=p.text, fontsize=10)
    share.tick_params(colors=p.text, labelsize=9)
    share.spines["right"].set_color(p.muted)
    if data.clients:
        n, k = data.clients_with_sales, data.clients_for_80
        _note(ax, text("pareto", lang, n=f"{n:,}", k=f"{k:,}"), p, "top left")
    else:
        _empty(ax, lang, p)
    return chart


def follow_up_chart(data: FollowUpWeeks, lang: str = "zh_CN", dark: bool = False) -> Chart:
    """Done and overdue side by side; over a long period stacked, so a year still reads."""
    p = _palette(dark)
    chart, ax = _frame(
        "follow_ups", text("follow_ups", lang), text("week", lang), text("count", lang), p
    )
    weeks = data.weeks
    xs = range(len(weeks))
    stacked = len(weeks) > MAX_SIDE_BY_SIDE
    shift, width = (0.0, 0.8) if stacked else (0.2, 0.4)
    done = [w.done for w in weeks]
    late = [w.overdue for w in weeks]
    done_bars = ax.bar(
        [x - shift for x in xs], done, width=width, color=p.done, label=text("done", lang)
    )
    late_bars = ax.bar(
        [x + shift for x in xs],
        late,
        width=width,
        color=p.overdue,
        bottom=done if stacked else None,
        label=text("overdue", lang),
    )
    for bar, n in zip(late_bars, late, strict=True):
        if n:
            chart.clickable(bar, data.overdue_drill)
    if stacked:  # one label per week: "done/overdue" on top of the stack
        tops = [f"{d}/{o}" if d or o else "" for d, o in zip(done, late, strict=True)]
        _labels(ax, late_bars, tops, p, rotation=90, fontsize=7)
        step = -(-len(weeks) // MAX_SIDE_BY_SIDE)
        ax.set_xticks(list(xs)[::step], [w.week.strftime("%m-%d") for w in weeks][::step])
        _headroom(ax, max((d + o for d, o in zip(done, late, strict=True)), default=0) * 1.15)
    else:
        _labels(ax, done_bars, [str(n) if n else "" for n in done], p)
        _labels(ax, late_bars, [str(n) if n else "" for n in late], p)
        ax.set_xticks(list(xs), [w.week.strftime("%m-%d") for w in weeks])
        _headroom(ax, max(max(done, default=0), max(late, default=0)))
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.legend(loc="upper left", fontsize=8, frameon=False, labelcolor=p.text)
    return chart


def sources_chart(data: Distribution, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = _palette(dark)
    chart, ax = _frame(
        "sources",
        _titled("sources", data.joined, lang),
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
    total = data.total or 1
    _labels(ax, bars, [f"{s.count:,} ({s.count / total:.0%})" for s in slices], p)
    _headroom(ax, max((s.count for s in slices), default=0))
    if not data.total:
        _empty(ax, lang, p)
    return chart


# The page's order, which the PDF report follows too.
CHARTS: dict[str, tuple[Callable[..., Chart], Callable[[Report], object]]] = {
    "tiers": (tier_chart, lambda r: r.tiers),
    "intent": (intent_chart, lambda r: r.intent),
    "funnel": (funnel_chart, lambda r: r.funnel),
    "churn": (churn_chart, lambda r: r.churn),
    "sales": (sales_chart, lambda r: r.sales),
    "top_clients": (top_clients_chart, lambda r: r.top_clients),
    "follow_ups": (follow_up_chart, lambda r: r.follow_ups),
    "sources": (sources_chart, lambda r: r.sources),
}


def report_charts(report: Report, lang: str = "zh_CN", dark: bool = False) -> list[Chart]:
    """Every chart of the page, in the page's order."""
    return [draw(part(report), lang, dark) for draw, part in CHARTS.values()]


def chart_for(report: Report, key: str, lang: str = "zh_CN", dark: bool = False) -> Chart:
    draw, part = CHARTS[key]
    return draw(part(report), lang, dark)
