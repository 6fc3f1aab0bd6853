"""Every scalar dossier field, declared once: section, kind, labels.

The editor, the validator, the importer's header guessing and the exporter's
column titles all read this table, so a field added here shows up everywhere.
Multi-valued parts (phones, emails, addresses, family, anniversaries, tags,
custom fields) and the birthday are handled by name in ``customers.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.models.enums import (
    DevStatus,
    EnterpriseNature,
    Gender,
    RelationshipLevel,
    Source,
    Tier,
    ValueOrientation,
)


class Section(StrEnum):
    BASIC = "basic"  # 基本细节
    BUSINESS = "business"  # 商业细节
    PERSONAL = "personal"  # 个人细节
    LOGISTICS = "logistics"  # 后勤细节
    SEGMENT = "segment"  # 客户细分


@dataclass(frozen=True)
class FieldSpec:
    key: str
    section: Section
    kind: str  # text, longtext, enum, date, decimal, int, bool, monthday
    en: str
    zh: str
    zh_hant: str
    enum: type[StrEnum] | None = None

    def label(self, language: str) -> str:
        if language.startswith("zh"):
            return self.zh_hant if language in ("zh_TW", "zh_HK", "zh_Hant") else self.zh
        return self.en


ENUMS: dict[str, type[StrEnum]] = {
    "gender": Gender,
    "enterprise_nature": EnterpriseNature,
    "tier": Tier,
    "dev_status": DevStatus,
    "relationship_level": RelationshipLevel,
    "value_orientation": ValueOrientation,
    "source": Source,
}

# key | kind | English | 简体 | 繁體 — grouped by section.
_TABLE = {
    Section.BASIC: """
        surname | text | Surname | 姓 | 姓
        given_name | text | Given name | 名 | 名
        english_name | text | English name | 英文名 | 英文名
        nickname | text | Nickname | 昵称 | 暱稱
        gender | enum | Gender | 性别 | 性別
        wechat_id | text | WeChat ID | 微信号 | 微信號
        qq_id | text | QQ | QQ号 | QQ號
        bank_account | text | Bank account | 银行账号 | 銀行帳號
    """,
    Section.BUSINESS: """
        company | text | Company | 公司 | 公司
        position | text | Position | 职位 | 職位
        industry | text | Industry | 所在行业 | 所在行業
        enterprise_nature | enum | Enterprise nature | 企业性质 | 企業性質
        development_plan | longtext | Company development plan | 公司发展计划 | 公司發展計劃
        fiscal_year_start | monthday | Fiscal year start | 财年开始 | 財年開始
        fiscal_year_end | monthday | Fiscal year end | 财年结束 | 財年結束
        annual_sales | decimal | Annual sales | 全年销售额 | 全年銷售額
        org_structure | longtext | Organisation structure | 组织结构 | 組織結構
        credit_rating | text | Credit rating | 信用度 | 信用度
        marketing_model | longtext | Marketing model | 营销模式 | 營銷模式
        price_system | longtext | Price system | 价格体系 | 價格體系
        sales_policy | longtext | Sales policy | 销售政策 | 銷售政策
        product_attitude | longtext | Attitude to our products | 产品态度 | 產品態度
        website | text | Website | 网站 | 網站
        product_structure | longtext | Product structure | 产品结构 | 產品結構
        value_added_services | longtext | Value-added services used | 增值服务 | 增值服務
        client_since | date | Client since | 入网时间 | 入網時間
    """,
    Section.PERSONAL: """
        birthplace | text | Birthplace | 出生地 | 出生地
        religion | text | Religion | 宗教信仰 | 宗教信仰
        personality | longtext | Personality | 性格类型 | 性格類型
        interests | longtext | Interests and hobbies | 兴趣爱好 | 興趣愛好
        education | text | Education | 教育程度 | 教育程度
        knowledge_breadth | longtext | Breadth of knowledge | 知识面 | 知識面
        aesthetic_taste | longtext | Aesthetic taste | 审美品味 | 審美品味
        ideals | longtext | Ideals | 理想 | 理想
        special_habits | longtext | Special habits | 特殊习惯 | 特殊習慣
        consumption_habits | longtext | Consumption habits | 消费习惯 | 消費習慣
        food_taste | text | Taste in food | 口味 | 口味
        favourite_colour | text | Favourite colour | 喜欢的颜色 | 喜歡的顏色
        taboos | longtext | Taboos | 忌讳 | 忌諱
        superstitions | longtext | Superstitions and beliefs | 迷信与信仰 | 迷信與信仰
        vehicle | text | Vehicle | 座驾 | 座駕
        personal_biases | longtext | Personal biases | 个人偏见 | 個人偏見
    """,
    Section.LOGISTICS: """
        delivery_preference | longtext | Delivery preferences | 送货偏好 | 送貨偏好
        preferred_channel | text | Preferred contact channel | 首选联系方式 | 首選聯繫方式
        preferred_contact_time | text | Preferred contact time | 方便联系时间 | 方便聯繫時間
        visit_directions | longtext | Visit directions | 拜访路线 | 拜訪路線
        assistant_name | text | Assistant / gatekeeper | 助理/秘书 | 助理/秘書
        assistant_phone | text | Assistant's phone | 助理电话 | 助理電話
    """,
    Section.SEGMENT: """
        tier | enum | Tier | 客户级别 | 客戶級別
        dev_status | enum | Development status | 开发状态 | 開發狀態
        relationship_level | enum | Relationship level | 关系层次 | 關係層次
        value_orientation | enum | Value orientation | 价值取向 | 價值取向
        source | enum | Source | 客户来源 | 客戶來源
        star_rating | int | Star rating | 星级 | 星級
        club_member | bool | Club member | 俱乐部会员 | 俱樂部會員
        notes | longtext | Notes | 备注 | 備註
    """,
}


def _parse() -> dict[str, FieldSpec]:
    specs: dict[str, FieldSpec] = {}
    for section, block in _TABLE.items():
        for line in block.strip().splitlines():
            key, kind, en, zh, zh_hant = (part.strip() for part in line.split("|"))
            specs[key] = FieldSpec(key, section, kind, en, zh, zh_hant, ENUMS.get(key))
    return specs


FIELDS: dict[str, FieldSpec] = _parse()


def fields_in(section: Section) -> list[FieldSpec]:
    return [f for f in FIELDS.values() if f.section == section]
