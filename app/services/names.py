"""Chinese personal names: surname and given name, compound surnames included.

A Chinese name is never split on spaces: 张伟 is 张 + 伟, 欧阳娜娜 is 欧阳 + 娜娜.
Names in Latin script ("Wei Zhang", "Anna Schmidt") follow Western order.
"""

from __future__ import annotations

import unicodedata

# Full-width ASCII letters and digits (ＡＢＣ１２３) and the ideographic space.
_WIDTH_FOLD = {
    code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code - 0xFEE0).isalnum()
} | {0x3000: 0x20}

# 复姓 — compound surnames, simplified and traditional forms.
COMPOUND_SURNAMES: frozenset[str] = frozenset(
    """
    欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕
    令狐 钟离 闻人 澹台 公冶 太史 申屠 端木 赫连 拓跋 呼延 百里 东郭 南宫
    西门 独孤 万俟 司空 仲孙 濮阳 淳于 单于 第五 左丘 谷梁 梁丘 鲜于 壤驷
    公羊 羊舌 微生 巫马 亓官 司寇 子车 颛孙 乐正 漆雕 段干 公良 东门 公西
    乌孙 完颜 耶律 歐陽 司馬 諸葛 東方 尉遲 公孫 長孫 軒轅 鍾離 鐘離 聞人
    澹臺 東郭 南宮 西門 獨孤 萬俟 仲孫 濮陽 單于 鮮于 壤駟 顓孫 樂正 東門
    烏孫
    """.split()
)


def normalize_text(text: str | None) -> str:
    """Full-width letters, digits and spaces become ASCII; white space is collapsed.

    Chinese punctuation (，。：、) is the user's writing and stays as it is;
    NFKC would turn it into ASCII commas and colons.
    """
    if not text:
        return ""
    return " ".join(text.translate(_WIDTH_FOLD).split())


def fold_text(text: str | None) -> str:
    """Everything NFKC folds, punctuation too: for emails, phones and search terms."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or char == "\u3007"


def has_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


def split_name(full_name: str) -> tuple[str, str]:
    """Return (surname, given name).

    >>> split_name("欧阳娜娜")
    ('欧阳', '娜娜')
    >>> split_name("Wei Zhang")
    ('Zhang', 'Wei')
    """
    name = normalize_text(full_name)
    if not name:
        return "", ""
    if has_cjk(name):
        compact = name.replace(" ", "").replace("·", "")
        if len(compact) == 1:
            return compact, ""
        # A four-character name starting with a compound surname is the common case;
        # a two-character name is never a compound surname alone (司马 could be a given name).
        if len(compact) >= 3 and compact[:2] in COMPOUND_SURNAMES:
            return compact[:2], compact[2:]
        return compact[0], compact[1:]
    parts = name.split(" ")
    if len(parts) == 1:
        return "", parts[0]
    if "," in parts[0]:  # "Zhang, Wei"
        return parts[0].rstrip(","), " ".join(parts[1:])
    return parts[-1], " ".join(parts[:-1])


def display_name(surname: str, given_name: str) -> str:
    """张 + 伟 → 张伟; Zhang + Wei → Wei Zhang."""
    surname, given_name = surname.strip(), given_name.strip()
    if has_cjk(surname + given_name):
        return surname + given_name
    return " ".join(p for p in (given_name, surname) if p)
