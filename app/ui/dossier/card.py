"""The business card (名片) image of a dossier: shown, replaced, removed.

The editor only holds the image; the window stores it as an attachment of
kind "card" when the dossier is saved, so replacing a card is part of the same
Save / Discard / Undo as any other edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.dossier.editors import FieldEditor, hbox

translate = QCoreApplication.translate
CARD_SIZE = QSize(300, 180)  # a card is 90 × 54 mm: keep its proportions
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")


@dataclass(frozen=True)
class CardImage:
    content: bytes
    filename: str


class CardEditor(FieldEditor):
    """Value: a :class:`CardImage` or None. Drop an image file on it or choose one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card: CardImage | None = None
        self.setAcceptDrops(True)
        self.image = QLabel(objectName="cardImage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.image.setFixedSize(CARD_SIZE)
        self.image.setStyleSheet(
            "QLabel#cardImage { border: 1px dashed palette(mid); border-radius: 6px;"
            " color: palette(placeholder-text); }"
        )
        self.image.setWordWrap(True)
        self.choose = QPushButton(objectName="chooseCard")
        self.choose.clicked.connect(self.choose_file)
        self.remove = QPushButton(objectName="removeCard")
        self.remove.clicked.connect(self.clear)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.image)
        column.addLayout(hbox(self.choose, self.remove, stretch=True))
        column.addStretch(1)
        self.setFocusProxy(self.choose)
        self._paint()

    def value(self) -> CardImage | None:
        return self._card

    def _show(self, value: object) -> None:
        self._card = value if isinstance(value, CardImage) else None
        self._paint()

    def choose_file(self) -> None:
        filters = translate("CardEditor", "Images (%1)").replace(
            "%1", " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
        )
        path, _ = QFileDialog.getOpenFileName(
            self, translate("CardEditor", "Choose a business card image"), "", filters
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Take the image at ``path`` as the new card; False if it is not an image."""
        content = path.read_bytes()
        if not QPixmap().loadFromData(content):
            self.image.setText(translate("CardEditor", "Not an image: %1").replace("%1", path.name))
            return False
        self._card = CardImage(content, path.name)
        self._paint()
        self._user_changed()
        return True

    def clear(self) -> None:
        if self._card is not None:
            self._card = None
            self._paint()
            self._user_changed()

    def _paint(self) -> None:
        self.remove.setEnabled(self._card is not None)
        if self._card is None:
            self.image.setPixmap(QPixmap())
            self.image.setText(translate("CardEditor", "No business card.\nDrop an image here."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self._card.content)
        ratio = self.devicePixelRatioF()
        box = CARD_SIZE.shrunkBy(self.image.contentsMargins()) * ratio
        scaled = pixmap.scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(ratio)
        self.image.setPixmap(scaled)
        self.image.setToolTip(self._card.filename)

    def retranslate(self, language: str) -> None:
        self.choose.setText(translate("CardEditor", "Choose image…"))
        self.remove.setText(translate("CardEditor", "Remove"))
        self._paint()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].toLocalFile().lower().endswith(IMAGE_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.load_file(Path(event.mimeData().urls()[0].toLocalFile()))
        event.acceptProposedAction()
