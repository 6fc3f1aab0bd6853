"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

IMMORTAL_EXTRA = 1 << 40  # references added to None/True/False when PySide loses some


class _Probe(QObject):
    ping = Signal()


def guard_singleton_refcounts() -> None:
    """Keep None, True and False alive under PySide6 6.12.0 on Python 3.11.

    That release returns None from every void method, and True from ``emit``,
    without taking a reference: harmless on Python 3.12+, whose singletons are
    immortal, but on 3.11 a few thousand calls free None and abort the process
    ("none_dealloc"). 6.11 is fine. The loss is detected rather than assumed
    from version numbers; when found, each singleton gets a reference count no
    program can use up (what 3.12 does for every interpreter), so nothing else
    needs to change. Call once, before the first window.
    """
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")  # a void method
        probe.ping.emit()
    lost = sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before
    if lost:
        for singleton in (None, True, False):
            # ob_refcnt is the first field of every object in release builds of CPython.
            ctypes.c_ssize_t.from_address(id(singleton)).value += IMMORTAL_EXTRA
