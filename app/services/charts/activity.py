"""Charts of what happened in the period: churn, sales by month, top clients, follow-ups."""

from __future__ import annotations

from app.models.enums import ChurnReason
from app.services.charts.figure import (
    Chart,
    count_axis,
    empty,
    frame,
    headroom,
    horizontal_grid,
    money_axis,
    note,
    value_labels,
)
from app.services.charts.style import palette
from app.services.charts.wording import amount, text
from app.services.labels import label
from app.services.reports import ChurnReport, FollowUpWeeks, SalesByMonth, TopClients

MAX_SIDE_BY_SIDE = 16  # weeks of follow-ups shown as pairs of bars; more are stacked
MAX_LABELLED_MONTHS = 24  # months of sales with their amount written on the bar


def churn_chart(data: ChurnReport, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = palette(dark)
    rate = text(
        "churn_rate", lang, rate=f"{data.rate.rate:.1%}", start=data.rate.start, end=data.rate.end
    )
    title = f"{text('churn', lang)}\n{rate}"
    chart, ax = frame("churn", title, text("churned", lang), text("reason", lang), p)
    horizontal_grid(ax, p)
    names = [label(ChurnReason(s.key), lang) for s in data.reasons]
    bars = ax.barh(names, [s.count for s in data.reasons], color=p.overdue, height=0.6)
    for bar, s in zip(bars, data.reasons, strict=True):
        chart.clickable(bar, s.drill)
    ax.invert_yaxis()
    value_labels(ax, bars, [f"{s.count:,}" for s in data.reasons], p)
    headroom(ax, max((s.count for s in data.reasons), default=0), horizontal=True)
    count_axis(ax, "x")
    if any(s.count for s in data.reasons):
        note(ax, text("lost", lang, v=amount(data.lost_value, lang)), p, "bottom right")
    else:
        empty(ax, lang, p)
    return chart


def sales_chart(data: SalesByMonth, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = palette(dark)
    chart, ax = frame("sales", text("sales", lang), text("month", lang), text("amount", lang), p)
    months = [m.month.strftime("%Y-%m") for m in data.months]
    bars = ax.bar(months, [float(m.amount) for m in data.months], color=p.accent, width=0.7)
    many = len(months) > 14  # long ranges: vertical labels so they do not collide
    if len(months) <= MAX_LABELLED_MONTHS:  # beyond, the labels touch: the axis reads better
        value_labels(
            ax,
            bars,
            [amount(m.amount, lang) if m.orders else "" for m in data.months],
            p,
            rotation=90 if many else 0,
        )
    ax.tick_params(axis="x", labelrotation=90 if many else 45, labelsize=8)
    money_axis(ax, lang)
    headroom(ax, max((float(m.amount) for m in data.months), default=0) * (1.12 if many else 1))
    if not months:
        empty(ax, lang, p)
    return chart


def top_clients_chart(data: TopClients, lang: str = "zh_CN", dark: bool = False) -> Chart:
    p = palette(dark)
    chart, ax = frame(
        "top_clients", text("top", lang), text("client", lang), text("amount", lang), p
    )
    names = [c.name for c in data.clients]
    bars = ax.bar(names, [float(c.amount) for c in data.clients], color=p.accent, width=0.6)
    for bar, c in zip(bars, data.clients, strict=True):
        chart.clickable(bar, c.drill)
    value_labels(ax, bars, [amount(c.amount, lang) for c in data.clients], p)
    ax.tick_params(axis="x", labelrotation=30)
    money_axis(ax, lang)
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
        note(ax, text("pareto", lang, n=f"{n:,}", k=f"{k:,}"), p, "top left")
    else:
        empty(ax, lang, p)
    return chart


def follow_up_chart(data: FollowUpWeeks, lang: str = "zh_CN", dark: bool = False) -> Chart:
    """Done and overdue side by side; over a long period stacked, so a year still reads."""
    p = palette(dark)
    chart, ax = frame(
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
        value_labels(ax, late_bars, tops, p, rotation=90, fontsize=7)
        step = -(-len(weeks) // MAX_SIDE_BY_SIDE)
        ax.set_xticks(list(xs)[::step], [w.week.strftime("%m-%d") for w in weeks][::step])
        headroom(ax, max((d + o for d, o in zip(done, late, strict=True)), default=0) * 1.15)
    else:
        value_labels(ax, done_bars, [str(n) if n else "" for n in done], p)
        value_labels(ax, late_bars, [str(n) if n else "" for n in late], p)
        ax.set_xticks(list(xs), [w.week.strftime("%m-%d") for w in weeks])
        headroom(ax, max(max(done, default=0), max(late, default=0)))
    count_axis(ax)
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    ax.legend(loc="upper left", fontsize=8, frameon=False, labelcolor=p.text)
    return chart
