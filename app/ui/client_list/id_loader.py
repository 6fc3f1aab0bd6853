"""Id queries on a worker thread: one at a time, only the newest answer counts.

A full sort of 100,000 clients takes a few hundred ms in SQLite; run on the
GUI thread that would freeze typing and scrolling. The worker releases the
GIL while SQLite works, and a query superseded before it starts is skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

Query = Callable[[], list[int]]
Preview = Callable[[], list[int] | None]


class IdLoader(QObject):
    """Runs id queries one at a time off the GUI thread; stale answers are dropped.

    A request may have a preview: a quick first part of the answer, delivered
    before the whole (``complete`` False, then True).
    """

    finished = Signal(int, object)  # generation, (ids, complete) or the exception raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def request(self, query: Query, preview: Preview = lambda: None) -> int:
        self.generation += 1
        generation = self.generation

        def run() -> None:
            try:
                for step, complete in ((preview, False), (query, True)):
                    if generation != self.generation:
                        return  # a newer request superseded this one
                    ids = step()
                    if ids is not None:
                        self.finished.emit(generation, (ids, complete))  # queued to the GUI
            except Exception as exc:  # reported on the GUI thread, not lost in the pool
                self.finished.emit(generation, exc)

        self._pool.start(run)
        return generation

    def wait(self) -> None:
        """Block until the queries are done and their answers delivered."""
        self._pool.waitForDone()
        QCoreApplication.sendPostedEvents()
