"""The Reports page: a period and tag for the whole page, the charts, their exports.

The report (one ``build_report``, all SQL aggregation) and its figures are
built on a worker thread while a busy bar shows, in the app's language and
light/dark palette, and built again — without querying — when either
changes. matplotlib loads only when the page is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services import tags
from app.services.charts import amount
from app.services.client_list import ListFilter
from app.services.reports import Drilldown, Report, build_report
from app.ui import settings
from app.ui.i18n import resolve_language
from app.ui.icons import icon
from app.ui.operations import Change, Changed, bus
from app.ui.reports.chart_grid import ChartGrid
from app.ui.reports.export import save_chart, save_report
from app.ui.reports.loader import DrawnReport, Look, ReportLoader
from app.ui.reports.period_bar import ReportFilterBar

if TYPE_CHECKING:
    from app.ui.reports.chart_panel import ChartPanel

translate = QCoreApplication.translate
DEBOUNCE_MS = 250  # a burst of edits (two dates, a preset and a tag) makes one query
REPORT_CHANGES = (
    Changed.CLIENTS | Changed.MEMBERSHIP | Changed.FOLLOW_UPS | Changed.HISTORY | Changed.SETTINGS
)
LANGUAGE_CHANGE = QEvent.Type.LanguageChange
PALETTE_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class ReportsPage(QWidget):
    clients_requested = Signal(object, bool)  # a ListFilter, and whether it is exact
    client_requested = Signal(int)  # a single client (top clients): open the dossier
    report_shown = Signal()  # the charts of a new report (or a new look) are in place
    saved = Signal(str)  # a message for the status bar after an export

    def __init__(self, database: Database, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(objectName="reportsPage")
        self.database, self.today = database, today
        self.report: Report | None = None
        self._stale = True  # nothing queried yet
        self._look: Look | None = None  # the (language, dark) the charts were drawn in
        self._loading = False
        self.loader = ReportLoader(self)
        self.loader.finished.connect(self._loaded)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.filter_bar = ReportFilterBar(self._tag_names, today)
        self.filter_bar.changed.connect(self._debounce.start)
        self._build()
        bus.changed.connect(self._on_changed)
        self.retranslate_ui()

    def _build(self) -> None:
        self.busy = QProgressBar(objectName="reportBusy", maximumWidth=120, textVisible=False)
        self.busy.setRange(0, 0)  # indeterminate: the aggregation reports no progress
        self.busy.hide()
        self.refresh_button = QPushButton(objectName="reportRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(icon("export"), "", objectName="reportPdfButton")
        self.pdf_button.clicked.connect(self.export_report)
        self.pdf_button.setEnabled(False)
        self.questionnaire_button = QPushButton(icon("settings"), "", objectName="questionnaire")
        self.questionnaire_button.clicked.connect(self._edit_questionnaire)
        top = QHBoxLayout()
        top.addWidget(self.filter_bar)
        top.addStretch(1)
        for widget in (self.busy, self.refresh_button, self.pdf_button, self.questionnaire_button):
            top.addWidget(widget)
        self.summary = QLabel(objectName="reportSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(objectName="reportMessage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.charts = ChartGrid()
        self.charts.drill_requested.connect(self.open_drill)
        self.charts.export_requested.connect(self.export_chart)
        self.charts.charts_shown.connect(self._charts_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.charts, 1)
        self.charts.hide()

    # Loading ------------------------------------------------------------------------

    def _tag_names(self) -> list[str]:
        return [t.name for t in tags.list_tags(self.database)]

    def refresh(self) -> None:
        """Query the report again for the filter shown (F5, a filter edit, a data change)."""
        self._debounce.stop()
        self._stale = False
        flt, today = self.filter_bar.report_filter(), self.today()
        self._request(lambda: build_report(self.database, flt, today))

    def render(self) -> None:
        """Draw the charts again in the current language and palette, without querying."""
        report = self.report
        if self._loading or report is None:
            self.refresh()  # the answer on its way would be in the old look
        else:
            self._request(lambda: report)

    def _request(self, build: Callable[[], Report]) -> None:
        self._loading = True
        self.busy.show()
        for button in (self.refresh_button, self.pdf_button):  # the PDF waits for the worker
            button.setEnabled(False)
        if self.report is None:
            self.message.setText(translate("ReportsPage", "Building the report…"))
        self.loader.request(build, self.look())

    def _loaded(self, generation: int, result: object) -> None:
        if generation != self.loader.generation:
            return  # a newer request is on its way
        self._loading = False
        self.busy.hide()
        self.refresh_button.setEnabled(True)
        if isinstance(result, Exception):
            text = translate("ReportsPage", "Could not build the report: {error}")
            self._show_message(text.format(error=result))
            return
        assert isinstance(result, DrawnReport)
        self.report, self._look = result.report, result.look
        self._summarise(result.look[0])
        self.message.hide()
        self.charts.show()
        self.charts.show_charts(result.charts)  # charts_shown follows: _charts_shown

    def _charts_shown(self) -> None:
        if self._loading:
            return  # a newer request is on its way
        self.pdf_button.setEnabled(True)
        self.report_shown.emit()
        if self._outdated():  # the language or palette changed while it was drawn
            self.render()

    def _on_changed(self, change: Change) -> None:
        if not change.kinds & REPORT_CHANGES:
            return
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.filter_bar.refresh_tags()
            self.refresh()
        elif self._outdated():
            self.render()

    # Drawing ------------------------------------------------------------------------

    def look(self) -> Look:
        return resolve_language(settings.LANGUAGE.get()), is_dark(self)

    @property
    def panels(self) -> dict[str, ChartPanel]:
        return self.charts.panels

    def _summarise(self, language: str) -> None:
        r = self.report
        text = translate(
            "ReportsPage",
            "{clients} clients · sales {sales} · churn rate {churn} · {overdue} overdue follow-ups"
            " · as of {today}",
        )
        self.summary.setText(
            text.format(
                clients=f"{r.tiers.total:,}",
                sales=amount(r.sales.total, language),
                churn=f"{r.churn.rate.rate:.1%}",
                overdue=f"{sum(w.overdue for w in r.follow_ups.weeks):,}",
                today=r.today.isoformat(),
            )
        )

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.charts.hide()

    # Clicks and exports -----------------------------------------------------------------

    def open_drill(self, drill: Drilldown) -> None:
        if drill.customer_id is not None:
            self.client_requested.emit(drill.customer_id)
        else:
            self.clients_requested.emit(ListFilter.from_json(drill.filter), drill.exact)

    def export_chart(self, key: str, suffix: str) -> None:
        panel = self.panels.get(key)
        if panel is not None and panel.chart is not None and self.report is not None:
            self._announce(save_chart(self, panel.chart, self.report.today, suffix))

    def export_report(self) -> None:
        """The whole page as one PDF: a cover and every chart, in print colours."""
        if self.report is not None:
            self._announce(save_report(self, self.report, self.look()[0]))

    def _announce(self, message: str | None) -> None:
        if message:
            self.saved.emit(message)

    def _edit_questionnaire(self) -> None:
        from app.ui.questionnaire_dialog import QuestionnaireDialog

        QuestionnaireDialog(self.database, parent=self).exec()

    # Language and palette ------------------------------------------------------------

    def _outdated(self) -> bool:
        return self._look is not None and self._look != self.look()

    def retranslate_ui(self) -> None:
        self.refresh_button.setText(translate("ReportsPage", "Refresh"))
        self.refresh_button.setToolTip(translate("ReportsPage", "Build the report again (F5)"))
        self.pdf_button.setText(translate("ReportsPage", "Export PDF report…"))
        self.pdf_button.setToolTip(
            translate("ReportsPage", "Save every chart of the page as one PDF report")
        )
        self.questionnaire_button.setText(translate("ReportsPage", "Intent questionnaire…"))
        self.charts.retranslate_ui()
        if self.report is not None:
            self._summarise(self.look()[0])

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == LANGUAGE_CHANGE:
            self.retranslate_ui()
        # Drawn again now if shown and the look changed; a hidden page redraws when shown.
        if kind in (LANGUAGE_CHANGE, *PALETTE_CHANGES) and self.isVisible() and self._outdated():
            self.render()
        super().changeEvent(event)
