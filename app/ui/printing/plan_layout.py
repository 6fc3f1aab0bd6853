"""A visit plan on paper: one card per visit answering 5W1H, under day or area headings.

Each card is one block, so the paginator keeps it on one page; a heading is
kept with the card that follows it. The ruled notes area at the foot of each
card carries the client's name, so notes stay attributable when the sheets
are shuffled.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.services.care import CareRow, Occasion
from app.services.fields import FIELDS
from app.services.labels import label
from app.services.visit_plan import GroupBy, VisitEntry, VisitGroup, VisitPlan
from app.ui.printing.blocks import NotesArea, TextBlock
from app.ui.printing.pages import Block, Frame, PrintDocument

translate = QCoreApplication.translate
_TOPICS = {
    "problems": lambda: translate("PrintedPlan", "Problems raised"),
    "client_plans": lambda: translate("PrintedPlan", "Their plans"),
    "interests": lambda: translate("PrintedPlan", "Interests noticed"),
}
_HOW_FIELDS = (
    "interests",
    "food_taste",
    "favourite_colour",
    "taboos",
    "superstitions",
    "consumption_habits",
)


def day_text(day: date, lang: str, with_year: bool = False) -> str:
    """11月25日 星期三 / Wed 25 Nov; with the year: 2026年11月25日 星期三 / Wed 25 Nov 2026."""
    if lang.startswith("zh"):
        pattern = "yyyy年M月d日 dddd" if with_year else "M月d日 dddd"
    else:
        pattern = "ddd d MMM yyyy" if with_year else "ddd d MMM"
    return QLocale(lang).toString(QDate(day.year, day.month, day.day), pattern)


def plan_document(plan: VisitPlan, lang: str, manager: str, printed_on: date) -> PrintDocument:
    period = plan.period
    span = day_text(period.start, lang, with_year=True)
    if period.end != period.start:
        span += " – " + day_text(period.end, lang, with_year=period.end.year != period.start.year)
    count = translate("PrintedPlan", "Visits: {n}").format(n=len(plan.entries))
    return PrintDocument(
        title=translate("PrintedPlan", "Visit plan · {period}").format(period=period.code),
        subtitle=f"{span} · {count}",
        manager=manager,
        printed_on=printed_on,
        blocks=lambda frame: plan_blocks(frame, plan, lang),
    )


def plan_blocks(frame: Frame, plan: VisitPlan, lang: str) -> list[Block]:
    blocks: list[Block] = []
    number = 0
    if not plan.entries:
        empty = translate("PrintedPlan", "No visits are planned in this period.")
        return [TextBlock(frame, f"<p class='muted'>{escape(empty)}</p>")]
    for group in plan.groups:
        if plan.group_by != GroupBy.MANUAL:
            blocks.append(TextBlock(frame, _heading(group, lang), keep_with_next=True, points=11))
        for entry in group.entries:
            number += 1
            notes = NotesArea(
                caption=translate("PrintedPlan", "{name} · notes and outcome").format(
                    name=entry.who.name
                ),
                outcomes=(
                    translate("PrintedPlan", "Met"),
                    translate("PrintedPlan", "Rescheduled"),
                    translate("PrintedPlan", "Not reached"),
                ),
                next_label=translate("PrintedPlan", "Next step:"),
            )
            blocks.append(TextBlock(frame, entry_html(entry, number, lang), card=True, notes=notes))
    return blocks


def _heading(group: VisitGroup, lang: str) -> str:
    if group.day is not None:
        title = day_text(group.day, lang)
    else:
        title = group.area or translate("PrintedPlan", "No address on file")
    count = translate("PrintedPlan", "Visits: {n}").format(n=len(group.entries))
    return f"<p><b>{escape(title)}</b> <span class='muted'>· {escape(count)}</span></p>"


def _text(value: str | None) -> str:
    return escape(value or "").replace("\n", "<br>")


def _pairs(pairs: list[tuple[str, str | None]], lang: str) -> list[str]:
    """ "Label: value" items, for the values that are there."""
    colon = "：" if lang.startswith("zh") else ": "
    return [f"<span class='key'>{escape(k)}{colon}</span>{_text(v)}" for k, v in pairs if v]


def _joined(parts: list[str], lang: str) -> str:
    return ("；" if lang.startswith("zh") else "; ").join(parts)


def _aside(text: str, lang: str) -> str:
    return f"（{text}）" if lang.startswith("zh") else f" ({text})"


def entry_html(entry: VisitEntry, number: int, lang: str) -> str:
    who, why = entry.who, entry.why
    when = f"{entry.when.time:%H:%M} " if entry.when.time else ""
    role = " · ".join(escape(p) for p in (who.position, who.company) if p)
    badge = " · ".join(
        p for p in (label(why.stage, lang), label(why.tier, lang), label(why.dev_status, lang)) if p
    )
    title = (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td><span style='font-size:11.5pt'><b>{number}. {when}{escape(who.name)}</b>"
        f"</span>&nbsp;&nbsp;<span class='muted'>{role}</span></td>"
        f"<td align='right' class='muted'>{escape(badge)}</td></tr></table>"
    )
    rows = [
        (translate("PrintedPlan", "Why"), _why(entry, lang)),
        (translate("PrintedPlan", "What"), _what(entry, lang)),
        (translate("PrintedPlan", "Who"), _who(entry, lang)),
        (translate("PrintedPlan", "When"), _when(entry, lang)),
        (translate("PrintedPlan", "Where"), _where(entry, lang)),
        (translate("PrintedPlan", "How"), _how(entry, lang)),
    ]
    body = "".join(
        f"<tr><td width='11%' class='label'>{escape(name)}</td>"
        f"<td>{'<br>'.join(items) or '—'}</td></tr>"
        for name, items in rows
    )
    return f"{title}<table width='100%' cellspacing='0' cellpadding='2.5'>{body}</table>"


def _why(entry: VisitEntry, lang: str) -> list[str]:
    why = entry.why
    if why.stage is None:
        return [escape(translate("PrintedPlan", "Added by hand"))]
    items = [f"<b>{escape(label(why.stage, lang))}</b> {_text(why.purpose)}"]
    if why.due_on and why.due_on != entry.when.day:
        due = translate("PrintedPlan", "Planned for")
        items += _pairs([(due, day_text(why.due_on, lang))], lang)
    return items


def _what(entry: VisitEntry, lang: str) -> list[str]:
    what = entry.what
    items = _pairs([(_TOPICS[p.topic](), p.text) for p in what.talking_points], lang)
    last = what.last_contact
    if last is not None:
        when = f"{last.occurred_at:%Y-%m-%d} {label(last.channel, lang)}"
        title = translate("PrintedPlan", "Last contact ({when})").format(when=when)
        items += _pairs([(title, last.summary or "—")], lang)
        items += _pairs([(translate("PrintedPlan", "We promised"), last.next_step)], lang)
    orders = [
        f"{o.product} {o.amount:,.2f} {label(o.status, lang)}"
        + (f" {o.contract_no}" if o.contract_no else "")
        + _aside(str(o.ordered_on), lang)
        for o in what.open_orders
    ]
    complaints = [k.subject + _aside(str(k.received_on), lang) for k in what.open_complaints]
    items += _pairs(
        [
            (translate("PrintedPlan", "Open orders"), _joined(orders, lang)),
            (translate("PrintedPlan", "Open complaints"), _joined(complaints, lang)),
        ],
        lang,
    )
    return items


def _who(entry: VisitEntry, lang: str) -> list[str]:
    who = entry.who
    phones = _joined([f"{label(kind, lang)} {number}" for kind, number in who.phones], lang)
    assistant = " ".join(p for p in (who.assistant_name, who.assistant_phone) if p)
    return _pairs(
        [
            (translate("PrintedPlan", "Phones"), phones),
            (FIELDS["assistant_name"].label(lang), assistant),
        ],
        lang,
    )


def _when(entry: VisitEntry, lang: str) -> list[str]:
    day = day_text(entry.when.day, lang)
    if entry.when.time is None:
        open_time = translate("PrintedPlan", "time open")
        return [f"{day} · <span class='muted'>{escape(open_time)}</span>"]
    return [f"{day} <b>{entry.when.time:%H:%M}</b>"]


def _where(entry: VisitEntry, lang: str) -> list[str]:
    where = entry.where
    items = [_text(where.address)] if where.address else []
    if not where.address and where.city:
        items.append(_text(where.city))
    return items + _pairs([(translate("PrintedPlan", "Directions"), where.directions)], lang)


def _how(entry: VisitEntry, lang: str) -> list[str]:
    how = entry.how
    facts = [(FIELDS[key].label(lang), getattr(how, key)) for key in _HOW_FIELDS]
    items = [_joined(_pairs(facts, lang), lang)] if any(v for _k, v in facts) else []
    items += _pairs([(translate("PrintedPlan", "Family"), _joined(list(how.family), lang))], lang)
    items += [_care(row, lang) for row in how.care]
    loyalty = []
    if how.retention:
        loyalty.append(how.retention)
    if how.loyalty_points and how.retention:
        loyalty.append(translate("PrintedPlan", "{n} points").format(n=f"{how.loyalty_points:,}"))
    if how.club_member and how.retention:
        loyalty.append(translate("PrintedPlan", "club member"))
    items += _pairs([(translate("PrintedPlan", "Retention"), " · ".join(loyalty))], lang)
    if not items:
        hint = translate(
            "PrintedPlan", "Nothing on file yet: note their tastes and family this time."
        )
        items.append(f"<span class='muted'>{escape(hint)}</span>")
    return items


def _care(row: CareRow, lang: str) -> str:
    if row.occasion == Occasion.BIRTHDAY:
        title = translate("PrintedPlan", "Birthday")
        turning = translate("PrintedPlan", "turns {n}") if row.turning else ""
    else:
        title = row.title
        turning = translate("PrintedPlan", "{n} years") if row.turning else ""
    when = day_text(row.date, lang) + (_aside(row.lunar_label, lang) if row.lunar_label else "")
    if turning:
        when += " · " + turning.format(n=row.turning)
    return _pairs([(title, when)], lang)[0]
