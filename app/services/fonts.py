"""Find a font that can draw Chinese, for Qt, matplotlib and PDF output.

No Qt here: the UI, the chart code and the PDF writer all ask the same
question, and only the UI has Qt. Each OS is probed where its Chinese fonts
live; Linux asks fontconfig. The answer names the face inside a .ttc
collection, because Noto's collection starts with the Japanese face, whose
glyph shapes differ from the simplified Chinese ones for many characters.
"""

from __future__ import annotations

import functools
import glob
import mmap
import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CjkFont:
    family: str
    path: Path
    index: int = 0  # face number inside a .ttc collection, 0 for .ttf/.otf


# Best first. Simplified-Chinese faces first: most users read zh_CN.
LINUX_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Noto Sans CJK TC",
    "Source Han Sans TC",
)
WINDOWS_FILES = (  # (family, file name in %WINDIR%\Fonts)
    ("Microsoft YaHei", "msyh.ttc"),
    ("Microsoft YaHei", "msyh.ttf"),  # Windows 7 shipped a .ttf
    ("SimHei", "simhei.ttf"),
    ("SimSun", "simsun.ttc"),
)
MACOS_FILES = (  # (family, glob pattern); newer macOS keeps PingFang in a font asset
    ("PingFang SC", "/System/Library/Fonts/PingFang.ttc"),
    (
        "PingFang SC",
        "/System/Library/AssetsV2/com_apple_MobileAsset_Font*/*/AssetData/PingFang.ttc",
    ),
    ("Hiragino Sans GB", "/System/Library/Fonts/Hiragino Sans GB.ttc"),
    ("Hiragino Sans GB", "/Library/Fonts/Hiragino Sans GB W3.otf"),
    ("Heiti SC", "/System/Library/Fonts/STHeiti Light.ttc"),
    ("Heiti SC", "/System/Library/Fonts/STHeiti Medium.ttc"),
    ("Songti SC", "/System/Library/Fonts/Supplemental/Songti.ttc"),
    ("Songti SC", "/Library/Fonts/Songti.ttc"),
)
# Used on Linux only when fontconfig's fc-list is not installed.
LINUX_FILES = (
    ("Noto Sans CJK SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    ("Noto Sans CJK SC", "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
    ("WenQuanYi Micro Hei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    ("WenQuanYi Zen Hei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    ("Droid Sans Fallback", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
)


@functools.cache
def find_cjk_font() -> CjkFont | None:
    """The best Chinese-capable font on this machine, or None."""
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        return _first_file(
            [(family, str(windir / "Fonts" / name)) for family, name in WINDOWS_FILES]
        )
    if sys.platform == "darwin":
        return _first_file(MACOS_FILES)
    return _ask_fontconfig() or _first_file(LINUX_FILES)


def _first_file(candidates: Iterable[tuple[str, str]]) -> CjkFont | None:
    for family, pattern in candidates:
        for path in sorted(glob.glob(pattern)):
            font = _face_in_file(Path(path), family)
            if font is not None:
                return font
    return None


def _face_in_file(path: Path, family: str) -> CjkFont | None:
    """The face of ``path`` named ``family``; else its first face under its own name."""
    try:
        faces = face_families(path)
    except (OSError, ValueError, struct.error):  # unreadable, empty or not a font
        return None
    for index, names in enumerate(faces):
        if family in names:
            return CjkFont(family, path, index)
    return CjkFont(faces[0][0], path, 0) if faces and faces[0] else None


def face_families(path: Path) -> list[list[str]]:
    """Family names of each face in a .ttf/.otf/.ttc, read from its 'name' table.

    Small enough to own; it spares a font library just to map a face name to
    its index in a collection when no fontconfig is there to tell us.
    """
    # mmap: only the few header pages are read, not a 20 MB collection.
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if data[:4] == b"ttcf":
            (count,) = struct.unpack_from(">I", data, 8)
            offsets = struct.unpack_from(f">{count}I", data, 12)
        else:
            offsets = (0,)
        return [_family_names(data, offset) for offset in offsets]


def _family_names(data: mmap.mmap, font_offset: int) -> list[str]:
    (table_count,) = struct.unpack_from(">H", data, font_offset + 4)
    for i in range(table_count):
        tag, _checksum, table, _length = struct.unpack_from(
            ">4sIII", data, font_offset + 12 + 16 * i
        )
        if tag == b"name":
            break
    else:
        return []
    _format, count, strings = struct.unpack_from(">HHH", data, table)
    names: list[str] = []
    for i in range(count):
        platform, encoding, _lang, name_id, length, offset = struct.unpack_from(
            ">6H", data, table + 6 + 12 * i
        )
        if name_id not in (1, 16):  # family, typographic family
            continue
        raw = data[table + strings + offset : table + strings + offset + length]
        if platform in (0, 3):
            name = raw.decode("utf-16-be", errors="replace")
        elif platform == 1 and encoding == 0:
            name = raw.decode("mac_roman")
        else:
            continue
        if name not in names:
            names.append(name)
    return names


def _ask_fontconfig() -> CjkFont | None:
    """Linux and BSD: fontconfig lists every face that covers Chinese."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    listing = _run([fc_list, "--format", "%{family}\t%{style[0]}\t%{index}\t%{file}\n", ":lang=zh"])
    faces: list[tuple[list[str], str, int, Path]] = []
    for line in listing.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[2].isdigit():
            faces.append((parts[0].split(","), parts[1], int(parts[2]), Path(parts[3])))
    # Regular weight before bold; then fontconfig's own choice; then any face.
    faces.sort(key=lambda face: (face[1] not in ("Regular", "Book", "Normal"), str(face[3])))
    for family in LINUX_FAMILIES:
        for names, _style, index, path in faces:
            if family in names:
                return CjkFont(family, path, index)
    chosen = _run(["fc-match", "--format", "%{file}\t%{index}", "sans-serif:lang=zh-cn"])
    for names, _style, index, path in faces:
        if f"{path}\t{index}" == chosen:
            return CjkFont(names[0], path, index)
    return CjkFont(faces[0][0][0], faces[0][3], faces[0][2]) if faces else None


def _run(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=15, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


_FIXES = {
    "en": {
        "win32": "Settings › Apps › Optional features › Add a feature › "
        "“Chinese (Simplified) Supplemental Fonts”.",
        "darwin": "Open Font Book and download “PingFang SC” or restore the system fonts.",
        "linux": "Debian/Ubuntu: sudo apt install fonts-noto-cjk\n"
        "Fedora: sudo dnf install google-noto-sans-cjk-fonts\n"
        "Arch: sudo pacman -S noto-fonts-cjk\n"
        "openSUSE: sudo zypper install noto-sans-cjk-fonts",
    },
    "zh": {
        "win32": "设置 › 应用 › 可选功能 › 添加功能 › “中文(简体)补充字体”。",
        "darwin": "打开“字体册”，下载“苹方-简”（PingFang SC），或恢复系统字体。",
        "linux": "Debian/Ubuntu：sudo apt install fonts-noto-cjk\n"
        "Fedora：sudo dnf install google-noto-sans-cjk-fonts\n"
        "Arch：sudo pacman -S noto-fonts-cjk\n"
        "openSUSE：sudo zypper install noto-sans-cjk-fonts",
    },
}


def missing_font_message(lang: str, platform: str = sys.platform) -> str:
    """What to tell the user, once, when no Chinese font was found."""
    key = "zh" if lang.lower().startswith("zh") else "en"
    fix = _FIXES[key].get(platform, _FIXES[key]["linux"])
    if key == "zh":
        return (
            f"未找到中文字体，汉字可能显示为方框。\n\n安装方法：\n{fix}\n\n安装后请重新启动客情簿。"
        )
    return (
        "No Chinese font was found, so Chinese text may show as boxes.\n\n"
        f"To fix it:\n{fix}\n\nThen restart Rapport."
    )


def configure_matplotlib(font: CjkFont | None) -> None:
    """Make matplotlib draw Chinese with ``font``. Imports matplotlib only now."""
    if font is None:
        return
    from matplotlib import font_manager, rcParams  # slow import: charts only

    if not any(Path(entry.fname) == font.path for entry in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(str(font.path))  # registers every face of a .ttc
    others = [name for name in rcParams["font.sans-serif"] if name != font.family]
    rcParams["font.sans-serif"] = [font.family, *others]
    rcParams["font.family"] = ["sans-serif"]
    rcParams["axes.unicode_minus"] = False  # CJK fonts may lack U+2212 MINUS SIGN
