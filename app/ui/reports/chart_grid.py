"""The charts laid out in as many columns as fit, each about 5 : 3, in a scroll area.

Below about 500 pixels a chart's labels crowd, so a narrow window gets fewer
columns rather than smaller charts; the layout follows the viewport's width
(which also changes when the scroll bar comes and goes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

from app.services.charts import Chart

if TYPE_CHECKING:
    from app.ui.reports.chart_panel import ChartPanel

MIN_CHART_WIDTH = 500
MAX_COLUMNS = 3
SPACING = 10
FEED_MS = 1  # a real timer, so input is handled between two charts' drawing


class ChartGrid(QScrollArea):
    charts_shown = Signal()  # every chart of the last show_charts is in its panel
    drill_requested = Signal(object)  # the Drilldown of a bar clicked
    export_requested = Signal(str, str)  # chart key, ".png" or ".pdf"

    def __init__(self) -> None:
        super().__init__(objectName="reportScroll", widgetResizable=True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.panels: dict[str, ChartPanel] = {}
        self._columns = 0
        self.host = QWidget(objectName="reportCharts")
        self.grid = QGridLayout(self.host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(SPACING)
        self.setWidget(self.host)
        self.viewport().installEventFilter(self)
        self._pending: list[Chart] = []
        self._feeder = QTimer(self, interval=FEED_MS)
        self._feeder.timeout.connect(self._next)

    def show_charts(self, charts: list[Chart]) -> None:
        """Put ``charts`` in their panels, one per event-loop turn (see ``_next``)."""
        from app.ui.reports.chart_panel import ChartPanel  # matplotlib: on first use only

        for chart in charts:
            if chart.key not in self.panels:
                panel = self.panels[chart.key] = ChartPanel(chart.key)
                panel.drill_requested.connect(self.drill_requested)
                panel.export_requested.connect(self.export_requested)
        self.arrange(force=True)
        self._pending = list(charts)
        self._feeder.start()

    def _next(self) -> None:
        """Hand one chart to its panel; its canvas draws before the next one is handed.

        A canvas draws itself (0.1–0.3 s) on the first event-loop turn after it
        is laid out; eight at once would freeze the window for a second, one a
        turn lets clicks and keys through in between. The first charts are on
        screen, so they come first.
        """
        if not self._pending:
            self._feeder.stop()
            self.charts_shown.emit()
            return
        chart = self._pending.pop(0)
        self.panels[chart.key].set_chart(chart)

    def arrange(self, force: bool = False) -> None:
        width = self.viewport().width()
        columns = max(1, min(MAX_COLUMNS, width // MIN_CHART_WIDTH))
        if columns != self._columns or force:
            self._columns = columns
            for i, panel in enumerate(self.panels.values()):
                self.grid.addWidget(panel, *divmod(i, columns))
        column_width = (width - SPACING * (columns - 1)) // columns
        height = max(300, min(520, int(column_width * 0.6)))
        for panel in self.panels.values():
            panel.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize and self.panels:
            self.arrange()
        return False

    def retranslate_ui(self) -> None:
        for panel in self.panels.values():
            panel.retranslate_ui()
