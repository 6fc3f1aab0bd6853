"""Typed errors the UI and CLI can show: each names the field and the problem."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one field.

    ``code`` is stable (``required``, ``invalid_email`` …) so the UI can show a
    translated message next to the field; ``message`` is plain English for logs
    and the CLI.
    """

    field: str
    code: str
    message: str
    value: object = None


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""


class ValidationError(ServiceError):
    """Input was refused; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]

    @classmethod
    def single(cls, field: str, code: str, message: str, value: object = None) -> ValidationError:
        return cls([FieldError(field, code, message, value)])


class NotFoundError(ServiceError):
    def __init__(self, what: str, ident: object) -> None:
        self.what = what
        self.ident = ident
        super().__init__(f"{what} {ident} not found")
