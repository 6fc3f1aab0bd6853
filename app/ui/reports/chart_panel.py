"""One chart on the page: a ``FigureCanvasQTAgg``, clickable bars, and its export menu.

This module imports matplotlib's Qt backend, which takes a good part of a
second: the page imports it only when it is first shown.
"""

from __future__ import annotations

from matplotlib.backend_bases import MouseEvent, PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QMenu, QToolButton, QVBoxLayout

from app.services.charts import Chart
from app.ui.icons import icon

translate = QCoreApplication.translate
LEFT_BUTTON = 1  # matplotlib's MouseButton.LEFT


class ChartPanel(QFrame):
    drill_requested = Signal(object)  # the Drilldown of the bar clicked
    export_requested = Signal(str, str)  # chart key, ".png" or ".pdf"

    def __init__(self, key: str) -> None:
        super().__init__(objectName=f"chart_{key}")
        self.key = key
        self.chart: Chart | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._clickable: list = []  # the artists that open something
        self._last_press: MouseEvent | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(1, 1, 1, 1)
        self.menu = QMenu(self)
        self.png_action = self.menu.addAction("", lambda: self.export_requested.emit(key, ".png"))
        self.pdf_action = self.menu.addAction("", lambda: self.export_requested.emit(key, ".pdf"))
        self.export_button = QToolButton(self, objectName="chartExportButton", autoRaise=True)
        self.export_button.setIcon(icon("export"))
        self.export_button.setIconSize(QSize(16, 16))
        self.export_button.setMenu(self.menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.retranslate_ui()

    def set_chart(self, chart: Chart) -> None:
        """Show ``chart`` in a new canvas (a figure belongs to one canvas)."""
        old, self.chart = self.canvas, chart
        self.canvas = FigureCanvasQTAgg(chart.figure)
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._context_menu)
        self.canvas.mpl_connect("pick_event", self._picked)
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self._clickable = chart.figure.findobj(lambda a: (a.get_gid() or "") in chart.targets)
        self._layout.addWidget(self.canvas)
        if old is not None:
            self._layout.removeWidget(old)
            old.deleteLater()
        self.export_button.raise_()

    def bar_centre(self, artist: object) -> QPoint:
        """Where a bar is on the canvas, in widget coordinates (tests click there)."""
        assert self.canvas is not None
        self.canvas.draw()
        box = artist.get_window_extent()
        ratio = self.canvas.device_pixel_ratio
        x, y = (box.x0 + box.x1) / 2 / ratio, (box.y0 + box.y1) / 2 / ratio
        return QPoint(round(x), round(self.canvas.height() - y))

    def _picked(self, event: PickEvent) -> None:
        press = event.mouseevent
        if press.button != LEFT_BUTTON or press is self._last_press or self.chart is None:
            return
        drill = self.chart.target(event.artist)
        if drill is not None:
            self._last_press = press  # one press opens one list, even where bars touch
            self.drill_requested.emit(drill)

    def _hover(self, event: MouseEvent) -> None:
        over = any(artist.contains(event)[0] for artist in self._clickable)
        if self.canvas is not None:
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
            self.canvas.setCursor(shape)

    def _context_menu(self, pos: QPoint) -> None:
        self.menu.exec(self.canvas.mapToGlobal(pos))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = self.export_button.sizeHint()
        self.export_button.setGeometry(
            self.width() - size.width() - 6, 6, size.width(), size.height()
        )

    def retranslate_ui(self) -> None:
        self.png_action.setText(translate("ChartPanel", "Save chart as PNG…"))
        self.pdf_action.setText(translate("ChartPanel", "Save chart as PDF…"))
        self.export_button.setToolTip(translate("ChartPanel", "Save this chart as PNG or PDF"))
