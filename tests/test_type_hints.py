"""Every public function and method of app/services carries type hints."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import app.services


def _public_callables():
    for info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(obj):
                yield f"{module.__name__}.{name}", obj
            elif inspect.isclass(obj):
                for mname, meth in vars(obj).items():
                    if inspect.isfunction(meth) and not mname.startswith("_"):
                        yield f"{module.__name__}.{name}.{mname}", meth


def test_public_service_functions_are_annotated():
    missing = []
    for qualname, fn in _public_callables():
        sig = inspect.signature(fn)
        params = [
            p
            for p in sig.parameters.values()
            if p.name not in ("self", "cls") and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        ]
        if any(p.annotation is inspect.Parameter.empty for p in params):
            missing.append(f"{qualname}: parameter")
        if sig.return_annotation is inspect.Signature.empty:
            missing.append(f"{qualname}: return")
    assert missing == []
