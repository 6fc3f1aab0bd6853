"""The fixed words of the printed dossier, in English, simplified and traditional Chinese."""

from __future__ import annotations

from app.services import almanac

# key → (English, 简体, 繁體)
WORDS = {
    "basic": ("Basic details", "基本细节", "基本細節"),
    "business": ("Business details", "商业细节", "商業細節"),
    "personal": ("Personal details", "个人细节", "個人細節"),
    "logistics": ("Logistics", "后勤细节", "後勤細節"),
    "segment": ("Segmentation and loyalty", "客户细分与忠诚度", "客戶細分與忠誠度"),
    "custom": ("Custom fields", "自定义字段", "自訂欄位"),
    "name": ("Name", "姓名", "姓名"),
    "phones": ("Phones", "电话", "電話"),
    "emails": ("Email", "邮箱", "郵箱"),
    "addresses": ("Addresses", "地址", "地址"),
    "birthday": ("Birthday", "生日", "生日"),
    "zodiac": ("Zodiac", "生肖", "生肖"),
    "star_sign": ("Star sign", "星座", "星座"),
    "family": ("Family", "家庭成员", "家庭成員"),
    "anniversaries": ("Key anniversaries", "主要纪念日", "主要紀念日"),
    "tags": ("Tags", "标签", "標籤"),
    "intent": ("Intent score", "意愿评分", "意願評分"),
    "points": ("Loyalty points", "积分", "積分"),
    "yes": ("Yes", "是", "是"),
    "no": ("No", "否", "否"),
    "high": ("High", "高", "高"),
    "medium": ("Medium", "中", "中"),
    "low": ("Low", "低", "低"),
    # History kinds and the statuses they carry (timeline.EntryKind, FollowUpStatus,
    # ComplaintStatus, a service request's open/done); other statuses are enums of labels.py.
    "interaction": ("Contact", "联系", "聯繫"),
    "order": ("Order", "订单", "訂單"),
    "complaint": ("Complaint", "抱怨", "抱怨"),
    "service_request": ("Service", "服务请求", "服務請求"),
    "assessment": ("Assessment", "意愿评估", "意願評估"),
    "follow_up": ("Follow-up", "跟进", "跟進"),
    "churn": ("Churn", "流失", "流失"),
    "promotion": ("Promotion", "促销活动", "促銷活動"),
    "pending": ("Pending", "待办", "待辦"),
    "done": ("Done", "已完成", "已完成"),
    "skipped": ("Skipped", "已跳过", "已跳過"),
    "cancelled": ("Cancelled", "已取消", "已取消"),
    "open": ("Open", "未解决", "未解決"),
    "resolved": ("Resolved", "已解决", "已解決"),
}


def word(key: str, lang: str) -> str:
    """A fixed word of the printed sheet in ``lang`` (zh_CN, zh_TW or en)."""
    en, zh, zh_hant = WORDS[key]
    if lang.startswith("zh"):
        return zh_hant if lang in ("zh_TW", "zh_HK", "zh_Hant") else zh
    return en


def aside(text: str, lang: str) -> str:
    return f"（{text}）" if lang.startswith("zh") else f" ({text})"


def colon(lang: str) -> str:
    return "：" if lang.startswith("zh") else ": "


def pick(named: almanac.Zodiac | almanac.StarSign, lang: str) -> str:
    """The zh / zh_hant / en name of an almanac Zodiac or StarSign."""
    if lang.startswith("zh"):
        return named.zh_hant if lang in ("zh_TW", "zh_HK", "zh_Hant") else named.zh
    return named.en
