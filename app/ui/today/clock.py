"""The one place the follow-up screens ask what day it is.

Pages take a ``today`` callable (the workspace passes its own); when none is
given they call :func:`today` here, looked up at call time, so a test can
monkeypatch it and every page, dialog and badge moves to that day at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date


def today() -> date:
    return date.today()


def resolve(given: Callable[[], date] | None) -> Callable[[], date]:
    """``given``, or a callable reading :func:`today` at call time."""
    return given if given is not None else (lambda: today())
