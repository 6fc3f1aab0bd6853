"""The app's own line icons, drawn in the palette's text colour.

The SVGs in resources/icons are 24×24, single-colour, stroked with
``currentColor``. The engine below substitutes the palette colour when it
paints, not when it loads, so a light/dark switch recolours every icon on the
next repaint, and renders the vector at the exact size and device pixel ratio
asked for, so icons stay sharp on 125 %/150 %/200 % screens.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.ui import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons"
ICON_NAMES = (
    "today", "clients", "follow_ups", "reports", "trash", "search", "add", "save",
    "print", "import", "export", "merge", "undo", "settings", "logo",
)  # fmt: skip


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; raises FileNotFoundError for a typo."""
    return QIcon(_engine(name).clone())


@functools.cache
def _engine(name: str) -> _SvgIconEngine:
    return _SvgIconEngine(name, (ICONS_DIR / f"{name}.svg").read_text(encoding="utf-8"))


def _colour_for(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:  # on the highlight of a selected list row
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class _SvgIconEngine(QIconEngine):
    def __init__(self, name: str, svg: str) -> None:
        super().__init__()
        self._name = name
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}  # one per colour seen

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = _colour_for(mode)
        renderer = self._renderers.get(colour)
        if renderer is None:
            data = QByteArray(self._svg.replace("currentColor", colour).encode("utf-8"))
            renderer = self._renderers[colour] = QSvgRenderer(data)
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, pixmap.rect(), mode, state)  # in device pixels: no blurry upscale
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size  # a vector fits any box

    def clone(self) -> _SvgIconEngine:
        twin = _SvgIconEngine(self._name, self._svg)
        twin._renderers = self._renderers  # share parsed renderers between copies
        return twin

    def key(self) -> str:
        return "rapport-svg"

    def iconName(self) -> str:
        return self._name
