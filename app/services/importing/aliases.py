"""Header words people use for each target, simplified, traditional and English.

Every field's own labels (``fields.FIELDS`` en/zh/zh_hant) count as aliases
already; the table below adds what lists from colleagues, trade shows and old
systems actually say. Headers are compared after ``header_key``: NFKC,
case-folded, without spaces, punctuation, "(必填)" markers or a trailing
number, so "手机号码 2", "E-mail:" and "ＱＱ" all find their target.
"""

from __future__ import annotations

import re
import unicodedata

from app.services.importing.targets import COMPOUND_TARGETS, FIELD_TARGETS
from app.services.names import has_cjk

# key | Chinese words, space-separated | English phrases, comma-separated.
# A key may take several lines; either part may be empty.
_EXTRA = """
    name | 姓名 名字 客户名称 客戶名稱 客户姓名 客戶姓名 联系人 聯絡人 聯繫人 |
    name | 联络人 联系人姓名 客户 客戶 全名 |
    name | | name, full name, contact, contact name, customer name, client name
    surname | 姓氏 | last name, family name, surname
    given_name | 名 | first name, given name, forename
    english_name | 英文名 英文名字 英文姓名 | english name
    nickname | 昵称 暱稱 小名 称呼 稱呼 | nickname, nick name
    gender | 性别 性別 | sex, gender
    wechat_id | 微信 微信号 微信號 微信id | wechat, weixin, wechat id
    qq_id | qq号 qq號 qq号码 | qq
    bank_account | 银行账号 銀行帳號 银行卡号 开户行账号 | bank account
    company | 公司 单位 單位 公司名称 公司名稱 企业 企業 企业名称 企業名稱 工作单位 |
    company | 工作單位 所在公司 所在单位 机构 機構 |
    company | | company, company name, companyname, organization, organisation, employer, firm
    position | 职位 職位 职务 職務 岗位 崗位 头衔 頭銜 | job title, title, position, role
    industry | 行业 行業 所属行业 | industry, sector
    phone | 电话 電話 联系电话 聯繫電話 聯絡電話 联系方式 聯絡方式 电话号码 |
    phone | 電話號碼 | phone, telephone, tel, phone number
    phone:mobile | 手机 手機 手机号 手機號 手机号码 手機號碼 移动电话 行動電話 手提 |
    phone:mobile | | mobile, cell, cellphone, mobile phone, cell phone
    phone:office | 办公电话 辦公電話 公司电话 公司電話 工作电话 工作電話 座机 座機 |
    phone:office | | office phone, work phone, business phone
    phone:home | 家庭电话 家庭電話 住宅电话 住宅電話 家里电话 | home phone
    phone:fax | 传真 傳真 传真号码 | fax, fax number
    email | 邮箱 郵箱 电子邮件 電子郵件 电子邮箱 電子郵箱 电子信箱 邮件 郵件 |
    email | | email, e-mail, mail, email address, e-mail address
    address | 地址 联系地址 聯絡地址 通讯地址 通訊地址 公司地址 办公地址 辦公地址 |
    address | 工作地址 单位地址 | address, work address, business address, office address
    address:home | 家庭地址 家庭住址 住址 家庭住址 | home address
    province | 省 省份 省/直辖市 所在省份 | province, state
    city | 城市 市 所在城市 所在地 | city, town
    district | 区 區 区县 區縣 县区 縣區 | district, county
    postcode | 邮编 郵編 邮政编码 郵政編碼 郵遞區號 | postcode, zip, zip code, postal code
    birthday | 生日 出生日期 出生年月 出生年月日 农历生日 農曆生日 阳历生日 |
    birthday | | birthday, birth date, date of birth, dob, birthdate
    family | 家庭成员 家庭成員 家人 | family, family members
    anniversaries | 纪念日 紀念日 重要日子 主要纪念日 | anniversary, anniversaries
    tags | 标签 標籤 分类 分類 分组 分組 类别 類別 | tags, tag, category, categories, group
    notes | 备注 備註 说明 說明 附注 附註 | notes, note, remark, remarks, comment, comments, memo
    website | 网站 網站 网址 網址 主页 主頁 官网 官網 | website, url, web, homepage
    client_since | 入网时间 入網時間 成为客户时间 合作开始时间 | client since, customer since
    tier | 客户级别 客戶級別 级别 級別 客户等级 客戶等級 等级 等級 | tier, level, grade
    dev_status | 开发状态 開發狀態 客户状态 客戶狀態 状态 狀態 | development status, status
    source | 客户来源 客戶來源 来源 來源 渠道 | source, lead source
    annual_sales | 全年销售额 年销售额 年銷售額 销售额 銷售額 | annual sales, revenue, turnover
    birthplace | 出生地 籍贯 籍貫 老家 | birthplace, hometown, place of birth
    interests | 兴趣爱好 興趣愛好 爱好 愛好 兴趣 興趣 | interests, hobbies, hobby
    education | 学历 學歷 教育程度 | education, degree
    religion | 宗教 宗教信仰 | religion, faith
    food_taste | 口味 饮食口味 飲食口味 | taste in food, food, cuisine
    favourite_colour | 喜欢的颜色 喜歡的顏色 颜色 顏色 |
    favourite_colour | | favourite colour, favorite color, colour, color
    vehicle | 座驾 座駕 车辆 車輛 车型 | vehicle, car
    taboos | 忌讳 忌諱 禁忌 | taboos, taboo
    assistant_name | 助理 秘书 秘書 助理/秘书 | assistant, secretary, gatekeeper
    assistant_phone | 助理电话 助理電話 秘书电话 秘書電話 | assistant phone, secretary phone
    star_rating | 星级 星級 星级认证 | stars, star rating
    club_member | 会员 會員 俱乐部会员 俱樂部會員 | club member, member, membership
    preferred_channel | 首选联系方式 首選聯繫方式 联系偏好 | preferred channel, contact preference
    preferred_contact_time | 方便联系时间 方便聯繫時間 联系时间 | best time to call, contact time
"""

_DROP = re.compile(r"[\s_\-:：*＊#.·•/\\()（）\[\]【】<>《》'\"“”‘’?？!！]+")
_MARKERS = re.compile(r"[(（\[【](必填|选填|選填|可选|可選|必须|必須|required|optional)[)）\]】]")
_TRAILING_NUMBER = re.compile(r"(?<=\D)\d{1,2}$")


def header_key(text: object) -> str:
    """The comparable form of a header cell."""
    value = unicodedata.normalize("NFKC", str(text or "")).casefold()
    value = _MARKERS.sub("", value)
    value = _DROP.sub("", value)
    return _TRAILING_NUMBER.sub("", value)


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    # Field labels first, then the extras; the first target to claim a word keeps it.
    for target in [*COMPOUND_TARGETS.values(), *FIELD_TARGETS.values()]:
        for word in (target.key, target.en, target.zh, target.zh_hant):
            table.setdefault(header_key(word), target.key)
    for line in _EXTRA.strip().splitlines():
        key, chinese, english = (part.strip() for part in line.split("|"))
        for word in [*chinese.split(), *english.split(",")]:
            if word.strip():
                table[header_key(word)] = key
    table.pop("", None)
    return table


ALIASES: dict[str, str] = _build()


def containment_allowed(alias: str) -> bool:
    """Whether an alias may match inside a longer header (客户姓名 ⊃ 姓名).

    One-character Chinese words (姓, 名, 市) and short Latin words (tel, qq,
    org) would match far too much, so they match whole headers only.
    """
    return len(alias) >= 2 if has_cjk(alias) else len(alias) >= 4
