"""Which language the UI speaks, and the translators that make it speak it.

Source strings are English, written as ``QCoreApplication.translate("Context",
"text")`` with a literal context: PySide's ``self.tr()`` takes its context
from the *runtime* class, so a subclass would silently lose its translations.
``pyside6-lupdate -extensions py app/ui -ts resources/translations/rapport_zh_CN.ts
resources/translations/rapport_zh_TW.ts -locations none -no-obsolete``
refreshes the catalogues (no line numbers, so parallel edits merge cleanly;
without ``-extensions py`` lupdate finds no sources and empties them).

Loading, simplest robust option: .qm files are generated, so none is
committed. At startup ``lrelease`` (shipped inside PySide6) compiles each .ts
into the per-user cache, named by a hash of the .ts so an edited, upgraded or
downgraded catalogue can never be served stale, and Qt's own QTranslator loads
it. Where lrelease is missing (a frozen build ships no tools), a small reader
of the .ts XML feeds :class:`TsTranslator` instead; Chinese has no plural
forms, so the reader's one-form-fits-all numerus handling loses nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SOURCE_LANGUAGE = "en"
TRANSLATED = ("zh_CN", "zh_TW")

_installed: list[QTranslator] = []  # kept alive here; Qt only borrows them


def language_for_locale(locale: QLocale) -> str:
    """zh_TW for traditional Chinese (TW, HK, MO, Hant), zh_CN for other Chinese, else en."""
    if locale.language() != QLocale.Language.Chinese:
        return SOURCE_LANGUAGE
    traditional_places = (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
    if locale.script() == QLocale.Script.TraditionalHanScript or (
        locale.territory() in traditional_places
    ):
        return "zh_TW"
    return "zh_CN"


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """The setting's choice, or for "" (follow the system) the system locale's language."""
    if choice in (*TRANSLATED, SOURCE_LANGUAGE):
        return choice
    return language_for_locale(locale if locale is not None else QLocale.system())


def install_translator(app: QCoreApplication, language: str, cache_dir: Path | None = None) -> str:
    """Replace the installed translators with ones for ``language``; return the language used.

    Installing sends every widget a LanguageChange event, so open windows can
    retranslate themselves.
    """
    resolved = resolve_language(language)
    while _installed:
        app.removeTranslator(_installed.pop())
    if resolved == SOURCE_LANGUAGE:
        return resolved
    ts_file = TRANSLATIONS_DIR / f"rapport_{resolved}.ts"
    ours = _load_catalogue(ts_file, cache_dir or Path(user_cache_dir("Rapport", appauthor=False)))
    # Qt's own strings (the buttons of message boxes and file dialogs).
    qt_strings = QTranslator()  # no parent: dropping it from _installed frees it
    if qt_strings.load(
        f"qtbase_{resolved}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed.append(qt_strings)
    if ours is not None:
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    return resolved


def _load_catalogue(ts_file: Path, cache_dir: Path) -> QTranslator | None:
    if not ts_file.exists():
        return None
    qm_file = compile_translation(ts_file, cache_dir)
    if qm_file is not None:
        translator = QTranslator()
        if translator.load(str(qm_file)):
            return translator
    return TsTranslator(ts_file)


def find_lrelease() -> Path | None:
    """The lrelease binary: PySide6's own, else one on PATH."""
    package = Path(PySide6.__file__).parent
    for candidate in (package / "lrelease", package / "lrelease.exe"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def compile_translation(ts_file: Path, cache_dir: Path) -> Path | None:
    """``ts_file`` compiled to a .qm in ``cache_dir`` (reused if current), or None."""
    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    qm_file = cache_dir / f"{ts_file.stem}-{digest}.qm"
    if qm_file.exists():
        return qm_file
    lrelease = find_lrelease()
    if lrelease is None:
        return None
    partial = qm_file.with_suffix(f".{os.getpid()}.tmp")  # two starts at once must not clash
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [str(lrelease), "-silent", "-nounfinished", str(ts_file), "-qm", str(partial)],
            capture_output=True,
            timeout=30,
            check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flash on Windows
        )
        if done.returncode != 0 or not partial.exists():
            return None
        partial.replace(qm_file)
    except (OSError, subprocess.SubprocessError):
        return None
    finally:
        partial.unlink(missing_ok=True)
    for stale in cache_dir.glob(f"{ts_file.stem}-*.qm"):
        if stale != qm_file:
            with contextlib.suppress(OSError):  # Windows: another running copy maps it
                stale.unlink()
    return qm_file


def read_ts(ts_file: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> finished translation, from a Qt .ts file."""
    catalogue: dict[tuple[str, str, str], str] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            # Chinese has a single plural form, so the first numerusform serves every n.
            text = (
                translation.findtext("numerusform")
                if message.get("numerus") == "yes"
                else translation.text
            )
            if text:
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                catalogue[key] = text
    return catalogue


class TsTranslator(QTranslator):
    """A QTranslator answering from a .ts file read in Python (no lrelease needed)."""

    def __init__(self, ts_file: Path) -> None:
        super().__init__()
        self._catalogue = read_ts(ts_file)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Like Qt's lookup: try the disambiguation first, then the bare text.
        found = self._catalogue.get((context, source, disambiguation or ""))
        return found or self._catalogue.get((context, source, ""), "")

    def isEmpty(self) -> bool:  # Qt skips translators that report empty
        return not self._catalogue
