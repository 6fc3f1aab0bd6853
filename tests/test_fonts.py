"""Chinese font discovery (no Qt) and matplotlib set-up."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from app.services import fonts

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("fc-list") is None,
    reason="the machine check expects Linux with fontconfig and fonts-noto-cjk",
)


@pytest.fixture(autouse=True)
def fresh_cache():
    fonts.find_cjk_font.cache_clear()
    yield
    fonts.find_cjk_font.cache_clear()


@linux_only
def test_finds_the_simplified_chinese_noto_face_on_this_machine() -> None:
    font = fonts.find_cjk_font()
    assert font is not None
    assert font.family == "Noto Sans CJK SC"
    assert font.path.is_file()
    listing = subprocess.run(
        ["fc-list", "--format", "%{index}\n", f"{font.family}:style=Regular"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert str(font.index) in listing


@linux_only
def test_face_names_read_from_the_collection_agree_with_fontconfig() -> None:
    font = fonts.find_cjk_font()
    assert font is not None
    faces = fonts.face_families(font.path)
    assert len(faces) > 1  # a .ttc collection
    assert font.family in faces[font.index]


def test_without_any_chinese_font_the_answer_is_none(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts.sys, "platform", "linux")
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-list, no fc-match
    monkeypatch.setattr(fonts, "LINUX_FILES", ())
    assert fonts.find_cjk_font() is None


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_missing_font_message_names_the_debian_package(lang: str) -> None:
    message = fonts.missing_font_message(lang, "linux")
    assert "sudo apt install fonts-noto-cjk" in message
    assert ("中文字体" in message) == (lang == "zh_CN")


def test_windows_fonts_folder_is_probed(monkeypatch, tmp_path: Path) -> None:
    real = fonts.find_cjk_font.__wrapped__()  # whatever this machine has
    if real is None:
        pytest.skip("no Chinese font file to stand in for msyh.ttc")
    (tmp_path / "Fonts").mkdir()
    (tmp_path / "Fonts" / "msyh.ttc").symlink_to(real.path)
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    found = fonts.find_cjk_font()
    assert found is not None
    assert found.path == tmp_path / "Fonts" / "msyh.ttc"
    # The file is not really Microsoft YaHei, so its first face's own name is used.
    assert found.family == fonts.face_families(real.path)[0][0]


def test_unreadable_font_file_is_skipped(tmp_path: Path) -> None:
    junk = tmp_path / "junk.ttc"
    junk.write_bytes(b"ttcf\x00\x01\x00\x00\xff\xff\xff\xff")
    assert fonts._face_in_file(junk, "Anything") is None
    assert fonts._face_in_file(tmp_path / "absent.ttf", "Anything") is None


def _glyph_warnings(path: Path) -> list[str]:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 1))
    figure.text(0.05, 0.4, "张伟 客户", fontsize=14)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(path)
    return [str(w.message) for w in caught if "Glyph" in str(w.message)]


def test_configure_matplotlib_draws_chinese_without_missing_glyphs(tmp_path: Path) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    font = fonts.find_cjk_font()
    if font is None:
        pytest.skip("no Chinese font installed")
    with matplotlib.rc_context({"font.family": ["sans-serif"], "font.sans-serif": ["DejaVu Sans"]}):
        assert _glyph_warnings(tmp_path / "boxes.png")  # the check can see boxes
        fonts.configure_matplotlib(font)
        assert matplotlib.rcParams["font.sans-serif"][0] == font.family
        assert _glyph_warnings(tmp_path / "chinese.png") == []
    assert (tmp_path / "chinese.png").stat().st_size > 0


def test_importing_fonts_does_not_load_matplotlib() -> None:
    code = "import sys, app.services.fonts; sys.exit('matplotlib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
