"""The application shell: main window, settings, window state, translations, icons."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSplitter

from app.models.db import open_database
from app.services import fonts
from app.ui import application, i18n, settings
from app.ui.icons import ICON_NAMES, ICONS_DIR, icon
from app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path):
    """Every test gets its own INI file; the user's real settings are never touched."""
    path = tmp_path / "settings.ini"
    settings.use_settings_file(path)
    yield path
    settings.use_settings_file(None)


@pytest.fixture
def english(qapp):
    i18n.install_translator(qapp, "en")
    yield
    i18n.install_translator(qapp, "en")  # leave no translator behind for other tests


@pytest.fixture
def database(tmp_path: Path):
    db = open_database(tmp_path / "t.sqlite3")
    yield db
    db.dispose()


@pytest.fixture
def window(qtbot, database, english) -> MainWindow:
    main = MainWindow(database)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


# Main window ----------------------------------------------------------------


def test_window_opens_on_a_temporary_database(window: MainWindow, database) -> None:
    assert window.objectName() == "mainWindow"
    assert window.windowTitle() == "Rapport"
    assert window.navigation.count() == 5
    assert str(database.path) in window.database_label.text()
    assert window.current_page_key() == "today"


def test_navigation_switches_pages(window: MainWindow, qtbot) -> None:
    row = [window.navigation.item(r).data(Qt.ItemDataRole.UserRole) for r in range(5)].index(
        "reports"
    )
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "reports"
    assert window.pages.currentWidget() is window.page("reports")
    assert window.page("reports").objectName() == "reportsPage"
    assert settings.LAST_PAGE.get() == "reports"


def test_badge_count_shows_after_the_title(window: MainWindow) -> None:
    window.set_badge("follow_ups", 3)
    item = window.navigation.item(2)
    assert item.text() == "Follow-ups (3)"
    window.set_badge("follow_ups", 0)
    assert item.text() == "Follow-ups"


def test_add_page_replaces_a_placeholder_and_appends_new_keys(window: MainWindow) -> None:
    window.show_page("clients")
    real = QLabel("the real client list")
    window.add_page("clients", "Clients", icon("clients"), real)
    assert window.page("clients") is real
    assert window.pages.currentWidget() is real
    assert window.navigation.count() == 5
    window.add_page("visits", "Visits", icon("today"), QLabel("visits"))
    assert window.navigation.count() == 6
    window.show_page("visits")
    assert window.pages.currentWidget().text() == "visits"


def test_menus_have_stable_names_and_shortcuts(window: MainWindow) -> None:
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.print_action.isEnabled()  # Ctrl+P: the visit plan (app.ui.printing)
    assert [m.objectName() for m in (window.file_menu, window.view_menu, window.help_menu)] == [
        "fileMenu",
        "viewMenu",
        "helpMenu",
    ]


def test_f5_asks_for_a_refresh(window: MainWindow, qtbot) -> None:
    with qtbot.waitSignal(window.refresh_requested, timeout=1000):
        window.refresh_action.trigger()


def test_geometry_and_splitter_survive_a_restart(qtbot, database, english, settings_file) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(720, 520)  # inside the 800×600 offscreen screen, or Qt moves it back
    splitter = first.findChild(QSplitter, "mainSplitter")
    splitter.setSizes([260, 640])
    first.close()
    assert "windows" in settings_file.read_text(encoding="utf-8")

    second = MainWindow(database)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == QSize(720, 520)
    assert second.findChild(QSplitter, "mainSplitter").sizes()[0] == 260


# Translations ---------------------------------------------------------------


def test_zh_cn_translator_turns_the_menu_chinese(window: MainWindow, qapp, qtbot, tmp_path) -> None:
    assert window.file_menu.title() == "&File"
    assert i18n.install_translator(qapp, "zh_CN", cache_dir=tmp_path) == "zh_CN"
    # The open window retranslates itself on the (posted) LanguageChange event.
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)", timeout=2000)
    assert window.navigation.item(1).text() == "客户"
    assert window.windowTitle() == "客情簿"


def test_language_menu_switches_and_remembers(window: MainWindow, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "user_cache_dir", lambda *_args, **_kw: str(tmp_path))
    window.findChild(QAction, "languageAction_zh_TW").trigger()
    qtbot.waitUntil(lambda: window.help_menu.title() == "說明(&H)", timeout=2000)
    assert settings.LANGUAGE.get() == "zh_TW"
    window.findChild(QAction, "languageAction_en").trigger()
    qtbot.waitUntil(lambda: window.help_menu.title() == "&Help", timeout=2000)


def test_fallback_reader_translates_without_lrelease(qapp, english, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    i18n.install_translator(qapp, "zh_TW", cache_dir=tmp_path)
    assert QCoreApplication.translate("MainWindow", "&File") == "檔案(&F)"
    assert not list(tmp_path.glob("*.qm"))


def test_lrelease_output_is_cached_and_reused(monkeypatch, tmp_path) -> None:
    if i18n.find_lrelease() is None:
        pytest.skip("no lrelease here")
    ts_file = i18n.TRANSLATIONS_DIR / "rapport_zh_CN.ts"
    qm_file = i18n.compile_translation(ts_file, tmp_path)
    assert qm_file is not None and qm_file.stat().st_size > 0
    monkeypatch.setattr(i18n, "find_lrelease", lambda: pytest.fail("compiled twice"))
    assert i18n.compile_translation(ts_file, tmp_path) == qm_file


def test_catalogues_translate_every_string(qapp) -> None:
    for language in i18n.TRANSLATED:
        catalogue = i18n.read_ts(i18n.TRANSLATIONS_DIR / f"rapport_{language}.ts")
        assert len(catalogue) >= 20
        assert all("{" not in source or "{" in text for (_c, source, _d), text in catalogue.items())


@pytest.mark.parametrize(
    ("locale", "language"),
    [("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"),
     ("zh_Hant", "zh_TW"), ("en_US", "en"), ("de_DE", "en")],
)  # fmt: skip
def test_language_follows_the_system_locale(locale: str, language: str) -> None:
    assert i18n.resolve_language("", QLocale(locale)) == language
    assert i18n.resolve_language("en", QLocale(locale)) == "en"


# Settings -------------------------------------------------------------------


def test_settings_read_back_typed_from_a_hand_written_ini(tmp_path: Path) -> None:
    path = tmp_path / "hand.ini"
    path.write_text(
        "[ui]\nlanguage=klingon\nmissing_font_warned=true\n"
        "[clients]\nvisible_columns=name\nsort_order=descending\n",
        encoding="utf-8",
    )
    settings.use_settings_file(path)
    assert settings.LANGUAGE.get() == ""  # not a choice: the default
    assert settings.MISSING_FONT_WARNED.get() is True
    assert settings.CLIENT_LIST_COLUMNS.get() == ["name"]  # INI drops one-item lists to text
    assert settings.CLIENT_LIST_SORT_ORDER.get() == "descending"
    assert settings.THEME.get() == "system"


def test_settings_round_trip_and_reject_bad_choices() -> None:
    settings.CLIENT_LIST_COLUMNS.set([])
    assert settings.CLIENT_LIST_COLUMNS.get() == []
    settings.CLIENT_LIST_COLUMNS.set(["name", "phone"])
    assert settings.CLIENT_LIST_COLUMNS.get() == ["name", "phone"]
    settings.MAIN_WINDOW_GEOMETRY.set(b"\x00\x01raw")
    assert settings.MAIN_WINDOW_GEOMETRY.get() == b"\x00\x01raw"
    with pytest.raises(ValueError):
        settings.THEME.set("purple")
    settings.MANAGER_NAME.set("张伟")
    settings.MANAGER_NAME.reset()
    assert settings.MANAGER_NAME.get() == ""
    with pytest.raises(ValueError):
        settings.TextSetting("profile/manager_name", "again")


# Fonts and icons ------------------------------------------------------------


def test_application_font_falls_back_to_a_chinese_family(qapp) -> None:
    font = fonts.find_cjk_font()
    if font is None:
        pytest.skip("no Chinese font installed")
    family = application.apply_cjk_font(qapp, font)
    assert family in qapp.font().families()
    assert QFontMetrics(QFont(family)).inFontUcs4(ord("张"))


def test_missing_font_is_reported_once(monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        application, "missing_font_notifier", lambda _parent, text: shown.append(text)
    )
    application.warn_missing_font_once("zh_CN")
    application.warn_missing_font_once("zh_CN")
    assert len(shown) == 1 and "中文字体" in shown[0]


def test_run_opens_the_window_and_returns_the_exit_code(qapp, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(i18n, "user_cache_dir", lambda *_args, **_kw: str(tmp_path / "cache"))
    monkeypatch.setattr(application, "missing_font_notifier", lambda *_args: None)

    def close_main_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()

    QTimer.singleShot(50, close_main_window)
    assert application.run(str(tmp_path / "run.sqlite3"), ["rapport"]) == 0
    assert (tmp_path / "run.sqlite3").exists()
    i18n.install_translator(qapp, "en")


@pytest.mark.parametrize("name", ICON_NAMES)
def test_icons_are_24px_line_drawings_that_render(qapp, name: str) -> None:
    svg = (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in svg
    assert ("currentColor" in svg) == (name != "logo")  # only the logo has fixed colours
    image = icon(name).pixmap(QSize(24, 24), 2.0).toImage()
    assert image.size() == QSize(48, 48)
    assert any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48))


def test_selected_icons_take_the_highlighted_text_colour(qapp) -> None:
    image = icon("add").pixmap(QSize(24, 24), 1.0, QIcon.Mode.Selected).toImage()
    centre = image.pixelColor(12, 12)
    expected = qapp.palette().color(QPalette.ColorRole.HighlightedText)
    assert (centre.red(), centre.green(), centre.blue()) == (
        expected.red(),
        expected.green(),
        expected.blue(),
    )
