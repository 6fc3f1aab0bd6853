"""The report and its figures built on a worker thread; only the newest answer counts.

``build_report`` runs eight aggregations (a good fraction of a second on
100,000 clients) and building eight matplotlib figures takes about half a
second more; on the GUI thread both would freeze the window. The worker
releases the GIL while SQLite works. Each job makes new figures that no other
thread touches until they are handed over, and jobs run one at a time, so
matplotlib is never used by two threads on the same objects. A job
superseded before it starts is skipped; the page ignores all answers but
the newest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from app.services.charts import Chart, report_charts
from app.services.reports import Report

Look = tuple[str, bool]  # (language, dark)


@dataclass(frozen=True)
class DrawnReport:
    report: Report
    charts: list[Chart]
    look: Look


class ReportLoader(QObject):
    finished = Signal(int, object)  # generation, a DrawnReport or the exception raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def request(self, build: Callable[[], Report], look: Look) -> int:
        """Get the report from ``build`` and draw its charts in ``look``, off the GUI thread."""
        self.generation += 1
        generation = self.generation

        def run() -> None:
            if generation != self.generation:
                return  # a newer request superseded this one
            try:
                report = build()
                result: object = DrawnReport(report, report_charts(report, *look), look)
            except Exception as exc:  # reported on the GUI thread, not lost in the pool
                result = exc
            self.finished.emit(generation, result)  # queued to the GUI thread

        self._pool.start(run)
        return generation

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def wait(self) -> None:
        """Block until the requests are done and their answers delivered (tests, closing)."""
        self._pool.waitForDone()
        QCoreApplication.sendPostedEvents()
