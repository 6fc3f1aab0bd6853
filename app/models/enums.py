"""Enumerations of the domain, stored as stable string codes.

The codes are what the database holds and what files exchange; the labels the
user sees are translated in the UI (``app.services.labels`` has the zh/en text).
New members can be added without a migration: no CHECK constraint is created.
"""

from enum import StrEnum


class Tier(StrEnum):
    """四级客户管理 — the four-level management, strictest first."""

    STRATEGIC = "strategic"  # 战略级
    LOYAL = "loyal"  # 死党级
    CLOSE = "close"  # 紧密型
    LOOSE = "loose"  # 松散型


class DevStatus(StrEnum):
    """Development status along the funnel, plus churned."""

    NOT_DEVELOPED = "not_developed"  # 未开发
    DEVELOPED = "developed"  # 已开发
    INTERESTED = "interested"  # 有意向
    COOPERATING = "cooperating"  # 已合作
    CHURNED = "churned"  # 已流失


class RelationshipLevel(StrEnum):
    """关系营销层次."""

    FINANCIAL = "financial"  # 一级
    SOCIAL = "social"  # 二级
    STRUCTURAL = "structural"  # 三级


class ValueOrientation(StrEnum):
    PRICE = "price"  # 价格取向
    VALUE = "value"  # 价值取向
    COMPOUND = "compound"  # 复合取向


class Source(StrEnum):
    REFERRAL = "referral"
    EVENT = "event"
    COLD_CALL = "cold_call"
    ONLINE = "online"
    IMPORT = "import"
    OTHER = "other"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class EnterpriseNature(StrEnum):
    """企业性质."""

    STATE_OWNED = "state_owned"
    PRIVATE = "private"
    FOREIGN = "foreign"
    JOINT = "joint"
    OTHER = "other"


class ContactLabel(StrEnum):
    """Label of a phone/email/address/IM row."""

    MOBILE = "mobile"
    OFFICE = "office"
    HOME = "home"
    WORK = "work"
    WECHAT = "wechat"
    QQ = "qq"
    FAX = "fax"
    VISIT = "visit"  # an address: where to go when visiting (后勤细节)
    OTHER = "other"


class Stage(StrEnum):
    """The A–D follow-up plan."""

    A = "A"  # first contact
    B = "B"  # keep appearing (晃)
    C = "C"  # the second meeting
    D = "D"  # retention


class Channel(StrEnum):
    VISIT = "visit"
    PHONE = "phone"
    WECHAT = "wechat"
    EMAIL = "email"
    MEETING = "meeting"
    GIFT = "gift"
    EVENT = "event"


class FollowUpStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"  # re-planned by a tier change or churn; kept, never deleted


class OrderStatus(StrEnum):
    ORDERED = "ordered"
    SHIPPED = "shipped"
    RETURNED = "returned"
    PAID = "paid"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class ChurnReason(StrEnum):
    PRICE = "price"
    PRODUCT = "product"
    SERVICE = "service"
    MARKET = "market"
    TECHNOLOGY = "technology"
    POLITICAL = "political"  # political / social responsibility


class FieldType(StrEnum):
    """Type of a user-defined custom field."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"


class CalendarKind(StrEnum):
    SOLAR = "solar"
    LUNAR = "lunar"
