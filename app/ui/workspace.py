"""The workspace: the real pages plugged into the main window, and what ties them.

:func:`install_workspace` replaces the Clients and Trash placeholders, adds
the saved views under Clients, puts the client count in the status bar and
connects F5, Ctrl+N, Ctrl+F and the change bus.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


def guard_emit_refcount() -> None:
    """Work around PySide6 6.12.0 dropping a reference to True on every ``emit``.

    That release's ``SignalInstance.emit`` returns True without owning a
    reference to it, so a few hundred emits from Python free the interpreter's
    True and abort the process ("bool_dealloc"). 6.11 is fine. The bug is
    detected rather than assumed from the version: when one emit loses a
    reference, every emit gives it back afterwards.
    """
    if getattr(SignalInstance.emit, "_refcount_guard", False):
        return
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    if sys.getrefcount(True) >= before:
        return
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    incref(True)  # the probe's own loss
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        incref(result)
        return result

    emit._refcount_guard = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
