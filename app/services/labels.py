"""Human labels of the enum codes, in English, simplified and traditional Chinese.

The database and files hold codes (``strategic``); people read 战略级.
"""

from __future__ import annotations

from enum import StrEnum

from app.models import enums as e

# code → (English, 简体, 繁體), per enum.
_LABELS: dict[type[StrEnum], dict[str, tuple[str, str, str]]] = {
    e.Tier: {
        "strategic": ("Strategic", "战略级", "戰略級"),
        "loyal": ("Loyal", "死党级", "死黨級"),
        "close": ("Close", "紧密型", "緊密型"),
        "loose": ("Loose", "松散型", "鬆散型"),
    },
    e.DevStatus: {
        "not_developed": ("Not developed", "未开发", "未開發"),
        "developed": ("Developed", "已开发", "已開發"),
        "interested": ("Interested", "有意向", "有意向"),
        "cooperating": ("Cooperating", "已合作", "已合作"),
        "churned": ("Churned", "已流失", "已流失"),
    },
    e.RelationshipLevel: {
        "financial": ("Financial", "一级·财务", "一級·財務"),
        "social": ("Social", "二级·社交", "二級·社交"),
        "structural": ("Structural", "三级·结构", "三級·結構"),
    },
    e.ValueOrientation: {
        "price": ("Price-oriented", "价格取向", "價格取向"),
        "value": ("Value-oriented", "价值取向", "價值取向"),
        "compound": ("Compound", "复合取向", "複合取向"),
    },
    e.Source: {
        "referral": ("Referral", "转介绍", "轉介紹"),
        "event": ("Event", "活动", "活動"),
        "cold_call": ("Cold call", "陌生拜访", "陌生拜訪"),
        "online": ("Online", "网络", "網絡"),
        "import": ("Import", "导入", "匯入"),
        "other": ("Other", "其他", "其他"),
    },
    e.Gender: {
        "male": ("Male", "男", "男"),
        "female": ("Female", "女", "女"),
        "other": ("Other", "其他", "其他"),
    },
    e.EnterpriseNature: {
        "state_owned": ("State-owned", "国有", "國有"),
        "private": ("Private", "民营", "民營"),
        "foreign": ("Foreign", "外资", "外資"),
        "joint": ("Joint venture", "合资", "合資"),
        "other": ("Other", "其他", "其他"),
    },
    e.ContactLabel: {
        "mobile": ("Mobile", "手机", "手機"),
        "office": ("Office", "办公", "辦公"),
        "home": ("Home", "家庭", "家庭"),
        "work": ("Work", "工作", "工作"),
        "wechat": ("WeChat", "微信", "微信"),
        "qq": ("QQ", "QQ", "QQ"),
        "fax": ("Fax", "传真", "傳真"),
        "visit": ("Visit", "拜访地址", "拜訪地址"),
        "other": ("Other", "其他", "其他"),
    },
    e.Stage: {
        "A": ("A · first contact", "A·初次接触", "A·初次接觸"),
        "B": ("B · keep in touch", "B·保持联系", "B·保持聯繫"),
        "C": ("C · second meeting", "C·二次会面", "C·二次會面"),
        "D": ("D · retention", "D·维系", "D·維繫"),
    },
    e.Channel: {
        "visit": ("Visit", "拜访", "拜訪"),
        "phone": ("Phone", "电话", "電話"),
        "wechat": ("WeChat", "微信", "微信"),
        "email": ("Email", "邮件", "郵件"),
        "meeting": ("Meeting", "会面", "會面"),
        "gift": ("Gift", "送礼", "送禮"),
        "event": ("Event", "活动", "活動"),
    },
    e.OrderStatus: {
        "ordered": ("Ordered", "已下单", "已下單"),
        "shipped": ("Shipped", "已发货", "已發貨"),
        "returned": ("Returned", "已退货", "已退貨"),
        "paid": ("Paid", "已付款", "已付款"),
    },
    e.ChurnReason: {
        "price": ("Price", "价格", "價格"),
        "product": ("Product", "产品", "產品"),
        "service": ("Service", "服务", "服務"),
        "market": ("Market", "市场", "市場"),
        "technology": ("Technology", "技术", "技術"),
        "political": ("Political / social", "政治/社会责任", "政治/社會責任"),
    },
}


def label(value: StrEnum | None, language: str = "zh_CN") -> str:
    """The label of an enum member in a UI language (zh_CN, zh_TW, en)."""
    if value is None:
        return ""
    texts = _LABELS.get(type(value), {}).get(value.value)
    if texts is None:
        return value.value
    en, zh, zh_hant = texts
    if language.startswith("zh"):
        return zh_hant if language in ("zh_TW", "zh_HK", "zh_Hant") else zh
    return en


def parse_label(enum_cls: type[StrEnum], text: str) -> StrEnum | None:
    """A code or any label of a member, in any language → the member, else None."""
    needle = text.strip().lower()
    for member in enum_cls:
        texts = _LABELS.get(enum_cls, {}).get(member.value, ())
        if needle == member.value or needle in (t.lower() for t in texts):
            return member
    return None
