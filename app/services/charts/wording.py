"""The charts' words in English, simplified and traditional Chinese, and money amounts.

Chart text lives here rather than in the Qt catalogues: the services draw the
charts without Qt (for the PDF report and ``rapport report`` too).
"""

from __future__ import annotations

from decimal import Decimal

from app.services.reports import UNKNOWN

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
