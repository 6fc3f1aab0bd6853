"""What a column can be imported as: every dossier field, and the parts that
are not single fields (a full name, phones by kind, addresses, birthday, tags,
custom fields).

A target key is a string the mapping, presets and the UI share: a field of
``fields.FIELDS`` (``company``), a compound (``name``, ``phone:office``,
``address:home``, ``birthday``, ``tags``) or ``custom:<field name>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.db import Database
from app.services.custom_fields import list_fields
from app.services.fields import FIELDS

CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True)
class ImportTarget:
    key: str
    en: str
    zh: str
    zh_hant: str
    group: str  # the dossier section, or "contact" / "custom", for grouping a drop-down
    multiple: bool = False  # several columns may feed it (two phone columns, say)

    def label(self, language: str = "zh_CN") -> str:
        if language.startswith("zh"):
            return self.zh_hant if language in ("zh_TW", "zh_HK", "zh_Hant") else self.zh
        return self.en


# key | English | 简体 | 繁體 | group | multiple
_COMPOUND = """
    name | Full name | 姓名 | 姓名 | basic | 0
    phone | Phone | 电话 | 電話 | contact | 1
    phone:mobile | Mobile phone | 手机 | 手機 | contact | 1
    phone:office | Office phone | 办公电话 | 辦公電話 | contact | 1
    phone:home | Home phone | 家庭电话 | 家庭電話 | contact | 1
    phone:fax | Fax | 传真 | 傳真 | contact | 1
    email | E-mail | 邮箱 | 郵箱 | contact | 1
    address | Work address | 地址 | 地址 | contact | 1
    address:home | Home address | 家庭地址 | 家庭地址 | contact | 1
    province | Province | 省份 | 省份 | contact | 0
    city | City | 城市 | 城市 | contact | 0
    district | District | 区县 | 區縣 | contact | 0
    postcode | Postcode | 邮编 | 郵遞區號 | contact | 0
    birthday | Birthday | 生日 | 生日 | personal | 0
    family | Family members | 家庭成员 | 家庭成員 | personal | 1
    anniversaries | Anniversaries | 纪念日 | 紀念日 | personal | 1
    tags | Tags | 标签 | 標籤 | segment | 1
"""


def _compound() -> dict[str, ImportTarget]:
    out = {}
    for line in _COMPOUND.strip().splitlines():
        key, en, zh, hant, group, multiple = (p.strip() for p in line.split("|"))
        out[key] = ImportTarget(key, en, zh, hant, group, multiple == "1")
    return out


COMPOUND_TARGETS: dict[str, ImportTarget] = _compound()
FIELD_TARGETS: dict[str, ImportTarget] = {
    spec.key: ImportTarget(spec.key, spec.en, spec.zh, spec.zh_hant, spec.section.value)
    for spec in FIELDS.values()
}


def custom_target(name: str) -> ImportTarget:
    return ImportTarget(CUSTOM_PREFIX + name, name, name, name, "custom")


def import_targets(db: Database) -> list[ImportTarget]:
    """Every target in dossier order, this database's custom fields last."""
    ordered = [COMPOUND_TARGETS["name"], *FIELD_TARGETS.values()]
    ordered += [t for k, t in COMPOUND_TARGETS.items() if k != "name"]
    return ordered + [custom_target(f.name) for f in list_fields(db)]


def target_for(key: str) -> ImportTarget:
    if key.startswith(CUSTOM_PREFIX):
        return custom_target(key[len(CUSTOM_PREFIX) :])
    target = COMPOUND_TARGETS.get(key) or FIELD_TARGETS.get(key)
    if target is None:
        raise KeyError(key)
    return target
