"""Service calls off the GUI thread, their answers back on it, and errors in words.

Opening a 100,000-row workbook, finding its duplicates, importing it or
writing an export takes seconds; run on the GUI thread that would freeze the
window. A :class:`Task` runs one call at a time on its own pool thread and
delivers the result (or the exception) to a callback on the GUI thread; an
answer to a request that was superseded meanwhile is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from app.services.errors import ServiceError

translate = QCoreApplication.translate
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Task(QObject):
    """One background call at a time; only the newest request's answer counts."""

    _answered = Signal(int, bool, object)  # generation, succeeded, result or exception
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._callbacks: tuple[Done, Failed] | None = None
        self._answered.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._callbacks is not None

    def start(self, call: Callable[[], Any], done: Done, failed: Failed) -> None:
        """Run ``call`` on the pool; then ``done(result)`` or ``failed(exception)``."""
        self._generation += 1
        generation = self._generation
        self._callbacks = (done, failed)
        self.busy_changed.emit(True)

        def run() -> None:
            try:
                result = call()
            except Exception as exc:  # handed to the GUI thread, never lost in the pool
                self._answered.emit(generation, False, exc)
            else:
                self._answered.emit(generation, True, result)

        self._pool.start(run)

    def forget(self) -> None:
        """Drop the answer of the call under way (it still runs to its end)."""
        self._generation += 1
        if self._callbacks is not None:
            self._callbacks = None
            self.busy_changed.emit(False)

    def wait(self) -> None:
        """Block until the call under way is done and its answer delivered."""
        self._pool.waitForDone()
        QCoreApplication.sendPostedEvents(self)

    def _deliver(self, generation: int, succeeded: bool, value: object) -> None:
        if generation != self._generation or self._callbacks is None:
            return
        done, failed = self._callbacks
        self._callbacks = None
        try:
            if succeeded:
                done(value)
            else:
                failed(value)  # type: ignore[arg-type]
        finally:
            self.busy_changed.emit(False)  # after the answer is in place


class Stopped(Exception):
    """Raised by a progress callback on the worker when the user pressed Stop: the
    service gives up before it saves a file or commits a transaction."""


class Stop:
    """A cancel flag a progress callback on the worker reads (thread-safe)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def request(self) -> None:
        self._event.set()

    def clear(self) -> None:
        self._event.clear()

    @property
    def requested(self) -> bool:
        return self._event.is_set()


def problem_text(exc: BaseException, language: str) -> str:
    """What went wrong, in the UI language: the services' own words where they have them."""
    from app.services.importing import ImportProblem  # loaded by now: it raised ``exc``

    if isinstance(exc, ImportProblem):
        return exc.message(language)
    if isinstance(exc, OSError):
        return translate("ImportWizard", "The file could not be read or written: {error}").format(
            error=exc.strerror or exc
        )
    if isinstance(exc, ServiceError):
        return str(exc)
    return translate("ImportWizard", "Something went wrong: {error}").format(error=exc)


def localized(call: Callable[[], Any], language: str) -> Callable[[], Any]:
    """``call`` with import refusals re-raised in one language, for ``operations.perform``
    (which would otherwise show the Chinese and the English text side by side)."""

    from app.services.importing import ImportProblem  # the caller uses these services

    def run() -> Any:
        try:
            return call()
        except ImportProblem as exc:
            raise ServiceError(exc.message(language)) from exc

    return run
