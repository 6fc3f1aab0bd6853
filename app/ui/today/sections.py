"""The building blocks of the Today page around the rows: foldable sections."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.settings import TextListSetting

translate = QCoreApplication.translate
FOLDED = TextListSetting("today/folded_sections", [])  # remembered across sessions
HEADING_STYLE = "QToolButton#sectionHeading { border: none; background: transparent; }"


class Section(QWidget):
    """A heading with a count that folds the rows away, its rows, and "n more"."""

    def __init__(self, key: str) -> None:
        super().__init__(objectName=f"{key}Section")
        self.key = key
        self.heading = QToolButton(objectName="sectionHeading", checkable=True, autoRaise=True)
        self.heading.setStyleSheet(HEADING_STYLE)
        self.heading.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setChecked(key not in FOLDED.get())
        self.heading.toggled.connect(self._fold)
        self.more = QLabel(objectName="sectionMore")
        self.more.setProperty("role", "secondary")
        self._hidden = 0
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.more)
        self._fold(self.heading.isChecked())

    def fill(self, title: str, widgets: list[QWidget], total: int) -> None:
        """Show ``widgets`` (the first of ``total``); an empty section hides itself."""
        while self.rows.count():
            self.rows.takeAt(0).widget().deleteLater()
        for widget in widgets:
            self.rows.addWidget(widget)
        self.heading.setText(f"{title}  ({total})")
        self._hidden = total - len(widgets)
        self.more.setText(
            translate("TodayPage", "… and {n} more in the Follow-ups calendar").format(
                n=self._hidden
            )
        )
        self.more.setVisible(self._hidden > 0 and self.heading.isChecked())
        self.setVisible(total > 0)

    def _fold(self, open_: bool) -> None:
        self.heading.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)
        self.more.setVisible(open_ and self._hidden > 0)
        folded = [k for k in FOLDED.get() if k != self.key] + ([] if open_ else [self.key])
        FOLDED.set(folded)

    def row_widgets(self) -> list[QWidget]:
        return [self.rows.itemAt(i).widget() for i in range(self.rows.count())]


def show_in_calendar() -> str:
    """The text of the notice's button after a contact was logged."""
    return translate("TodayPage", "Show in calendar")
