"""Windows come back where the user left them.

Mix :class:`WindowStateMixin` in *before* the Qt class
(``class MainWindow(WindowStateMixin, QMainWindow)``). Geometry, a main
window's toolbar/dock state and every registered splitter are restored the
first time the window is shown (so splitters created late in ``__init__`` are
included) and saved when it closes. Keys come from ``objectName()``, which
must therefore be set and stable.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from app.ui import settings


class WindowStateMixin:
    _state_restored: bool = False
    _state_splitters: tuple[QSplitter, ...] = ()

    def register_splitter(self, splitter: QSplitter) -> None:
        """Remember ``splitter``'s sizes too; it needs a stable objectName."""
        if not splitter.objectName():
            raise ValueError("a splitter whose state is kept needs an objectName")
        self._state_splitters = (*self._state_splitters, splitter)

    def _state_name(self) -> str:
        name = self._widget().objectName()
        if not name:
            raise ValueError(f"{type(self).__name__} needs an objectName to keep its geometry")
        return name

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget), "WindowStateMixin only mixes into QWidgets"
        return self

    def restore_window_state(self) -> None:
        widget, name = self._widget(), self._state_name()
        geometry = settings.window_geometry(name).get()
        if geometry:
            widget.restoreGeometry(geometry)
        state = settings.window_state(name).get()
        if state and isinstance(widget, QMainWindow):
            widget.restoreState(state)
        for splitter in self._state_splitters:
            sizes = settings.splitter_state(name, splitter.objectName()).get()
            if sizes:
                splitter.restoreState(sizes)

    def save_window_state(self) -> None:
        widget, name = self._widget(), self._state_name()
        settings.window_geometry(name).set(widget.saveGeometry().data())
        if isinstance(widget, QMainWindow):
            settings.window_state(name).set(widget.saveState().data())
        for splitter in self._state_splitters:
            settings.splitter_state(name, splitter.objectName()).set(splitter.saveState().data())

    def showEvent(self, event: QShowEvent) -> None:
        if not self._state_restored:
            self._state_restored = True
            self.restore_window_state()
        super().showEvent(event)  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # type: ignore[misc]
        if event.isAccepted():  # a subclass may have vetoed the close
            self.save_window_state()
            settings.store().sync()
