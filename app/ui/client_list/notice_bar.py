"""A one-line notice above a list, with an optional Undo, that hides itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

translate = QCoreApplication.translate
SHOWN_MS = 10_000

STYLE = """
QFrame#noticeBar {
    background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px;
}
"""


class NoticeBar(QFrame):
    def __init__(self) -> None:
        super().__init__(objectName="noticeBar")
        self.setStyleSheet(STYLE)
        self.label = QLabel(objectName="noticeText")
        self.undo_button = QPushButton(objectName="noticeUndo")
        self.undo_button.clicked.connect(self._undo)
        close = QToolButton(objectName="noticeClose", text="×", autoRaise=True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self._undo_action: Callable[[], None] | None = None
        self.retranslate_ui()
        self.hide()

    def show_notice(self, text: str, undo: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self._undo_action = undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._timer.start()

    def _undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self.hide()
        if action is not None:
            action()

    def retranslate_ui(self) -> None:
        self.undo_button.setText(translate("NoticeBar", "Undo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
