"""Where exports go: a save dialog that starts in the last folder used, with a dated name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.settings import TextSetting

translate = QCoreApplication.translate
EXPORT_FOLDER = TextSetting("reports/export_folder", "")


def _file_filter(suffix: str) -> str:
    if suffix == ".png":
        return translate("ReportExport", "PNG image (*.png)")
    return translate("ReportExport", "PDF document (*.pdf)")


def ask_save_path(parent: QWidget, title: str, file_name: str) -> Path | None:
    """The file the user chose (with the suffix of ``file_name``), or None when cancelled."""
    suffix = Path(file_name).suffix
    folder = EXPORT_FOLDER.get() or QDir.homePath()
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / file_name), _file_filter(suffix)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:  # some platforms' dialogs leave the suffix off
        path = path.with_name(path.name + suffix)
    EXPORT_FOLDER.set(str(path.parent))
    return path
