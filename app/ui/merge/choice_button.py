"""One side of a conflicting field: a radio button showing the value on one line."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QRadioButton, QSizePolicy, QStyle


class ChoiceButton(QRadioButton):
    """A radio button showing one line of a value, elided to its width; the tooltip has all.

    Its size policy ignores the text's width, so two columns of values share the
    dialog evenly however long a note is.
    """

    def __init__(self, text: str, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(96)
        self.toggled.connect(self._emphasise)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole cell, not just the (short) text

    def _elide(self) -> None:
        style = self.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
        room = max(24, self.width() - indicator - spacing - 8)
        lines = self.full_text.splitlines() or [""]
        first = lines[0] + (" …" if len(lines) > 1 else "")
        shown = self.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, room)
        self.setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")

    def _emphasise(self, checked: bool) -> None:
        # The chosen value reads bold, so a glance down a column shows what will stay.
        font = self.font()
        font.setBold(checked)
        self.setFont(font)
        self._elide()
