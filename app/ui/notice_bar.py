"""A one-line notice above a list: what just happened, one optional action
(Undo, Show in calendar…) and a close cross. The Clients, Trash and Today
pages and the duplicates window all use it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

translate = QCoreApplication.translate
SHOWN_MS = 10_000  # an Undo offer goes away by itself; 0: the notice stays until closed

STYLE = """
QFrame[notice="true"] {
    background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px;
}
"""


def undo_text() -> str:
    return translate("NoticeBar", "Undo")


class NoticeBar(QFrame):
    def __init__(
        self,
        name: str = "noticeBar",
        *,
        hide_after_ms: int = SHOWN_MS,
        action_text: Callable[[], str] = undo_text,
    ) -> None:
        """``name`` is the object name; its children are ``<name>Text``,
        ``<name>Action`` and ``<name>Close``."""
        super().__init__(objectName=name)
        self.setProperty("notice", True)
        self.setStyleSheet(STYLE)
        self.label = QLabel(objectName=f"{name}Text", wordWrap=True)
        self.action_button = QPushButton(objectName=f"{name}Action")
        self.action_button.clicked.connect(self._act)
        close = QToolButton(objectName=f"{name}Close", text="×", autoRaise=True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self._action_text = action_text
        self._timer = QTimer(self, singleShot=True, interval=hide_after_ms)
        self._timer.timeout.connect(self.hide)
        self._action: Callable[[], None] | None = None
        self.retranslate_ui()
        self.hide()

    def show_notice(self, text: str, action: Callable[[], None] | None = None) -> None:
        """Show ``text``, with the action button if there is an ``action``."""
        self.label.setText(text)
        self._action = action
        self.action_button.setVisible(action is not None)
        self.show()
        if self._timer.interval():
            self._timer.start()

    def _act(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()

    def retranslate_ui(self) -> None:
        self.action_button.setText(self._action_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
