"""Multi-row editors: phones, emails, addresses, family members, anniversaries.

A :class:`RowsEditor` is one field editor whose value is the whole list, so
adding, removing or retyping a row is one undo step and saving replaces the
list the way ``update_customer`` expects. Each row is a line of small field
editors described by a :class:`RowSpec`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from app.models.enums import ContactLabel
from app.services.dossier_input import to_calendar_date
from app.services.validation import FieldProblem, clean_email, clean_int
from app.ui.dossier.birthday import CalendarDateEditor
from app.ui.dossier.editors import EnumEditor, FieldEditor, TextEditor, hbox
from app.ui.icons import icon

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Cell:
    """One editor in a row: ``make()`` builds it, ``placeholder`` hints what to type."""

    key: str
    make: Callable[[], FieldEditor]
    placeholder: str = ""  # marked with QT_TRANSLATE_NOOP, translated when shown
    stretch: int = 1
    width: int = 0  # a fixed width for short cells (postcode, year)


@dataclass(frozen=True)
class RowSpec:
    name: str  # the collection key in the customer service's input
    add_text: str  # the add button's text, marked with QT_TRANSLATE_NOOP
    cells: tuple[Cell, ...]
    check: Callable[[dict], object] | None = None  # raises on a bad row, to point at it


def _labels(*members: ContactLabel) -> Callable[[], FieldEditor]:
    return lambda: EnumEditor(ContactLabel, optional=False, members=members)


def _check_anniversary(row: dict) -> None:
    if row.get("calendar") is None:
        raise FieldProblem("invalid_date", "an anniversary needs a date")
    to_calendar_date(row)


def _check_family(row: dict) -> None:
    clean_int(row.get("birth_year"))


PHONES = RowSpec(
    "phones",
    QT_TRANSLATE_NOOP("DossierRows", "Add phone"),
    (
        Cell(
            "label", _labels(*map(ContactLabel, "mobile office home fax other".split())), stretch=0
        ),
        Cell("number", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "138 0000 0000")),
    ),
)
EMAILS = RowSpec(
    "emails",
    QT_TRANSLATE_NOOP("DossierRows", "Add email"),
    (
        Cell("label", _labels(ContactLabel.WORK, ContactLabel.HOME, ContactLabel.OTHER), stretch=0),
        Cell("address", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "name@example.com")),
    ),
    check=lambda row: clean_email(row.get("address") or ""),
)
ADDRESSES = RowSpec(
    "addresses",
    QT_TRANSLATE_NOOP("DossierRows", "Add address"),
    (
        Cell("label", _labels(ContactLabel.WORK, ContactLabel.HOME, ContactLabel.OTHER), stretch=0),
        Cell("province", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "Province")),
        Cell("city", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "City")),
        Cell("district", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "District")),
        Cell(
            "street", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "Street and number"), stretch=3
        ),
        Cell("postcode", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "Postcode"), width=80),
    ),
)
FAMILY = RowSpec(
    "family",
    QT_TRANSLATE_NOOP("DossierRows", "Add family member"),
    (
        Cell("relation", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "Relation (spouse, son…)")),
        Cell("name", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "Name")),
        Cell("birth_year", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "Born (year)"), width=90),
        Cell("notes", TextEditor, QT_TRANSLATE_NOOP("DossierRows", "Notes"), stretch=2),
    ),
    check=_check_family,
)
ANNIVERSARIES = RowSpec(
    "anniversaries",
    QT_TRANSLATE_NOOP("DossierRows", "Add anniversary"),
    (
        Cell(
            "title",
            TextEditor,
            QT_TRANSLATE_NOOP("DossierRows", "What (wedding, company founded…)"),
        ),
        Cell("date", lambda: CalendarDateEditor(optional=False), stretch=3),
    ),
    check=_check_anniversary,
)
SPECS = {spec.name: spec for spec in (PHONES, EMAILS, ADDRESSES, FAMILY, ANNIVERSARIES)}


def rows_from_customer(customer: Any) -> dict[str, list[dict]]:
    """A loaded Customer's collections as the row editors' values."""
    return {
        "phones": [{"label": p.label.value, "number": p.original} for p in customer.phones],
        "emails": [{"label": e.label.value, "address": e.address} for e in customer.emails],
        "addresses": [
            {
                "label": a.label.value,
                **{
                    k: getattr(a, k) for k in ("province", "city", "district", "street", "postcode")
                },
            }
            for a in customer.addresses
        ],
        "family": [
            {
                "relation": f.relation or None,
                "name": f.name,
                "birth_year": str(f.birth_year) if f.birth_year else None,
                "notes": f.notes,
            }
            for f in customer.family
        ],
        "anniversaries": [
            {
                "title": a.title or None,
                "calendar": a.calendar.value,
                "year": a.year,
                "month": a.month,
                "day": a.day,
                "leap_month": a.leap_month,
            }
            for a in customer.anniversaries
        ],
    }


class _Row(QWidget):
    def __init__(self, spec: RowSpec, owner: RowsEditor) -> None:
        super().__init__()
        self.cells: dict[str, FieldEditor] = {}
        layout = hbox()
        for cell in spec.cells:
            editor = cell.make()
            if cell.width:
                editor.setFixedWidth(cell.width)
            editor.edited.connect(owner._user_changed)
            self.cells[cell.key] = editor
            layout.addWidget(editor, cell.stretch)
        self.remove = QToolButton(objectName="removeRow", text="✕", autoRaise=True)
        self.remove.clicked.connect(lambda: owner.remove_row(self))
        layout.addWidget(self.remove)
        self.setLayout(layout)

    def value(self) -> dict:
        row: dict = {}
        for key, editor in self.cells.items():
            value = editor.value()
            if key == "date" and isinstance(value, dict):
                row.update(value)  # an anniversary's date parts sit beside its title
            else:
                row[key] = value
        return row

    def set_value(self, row: dict) -> None:
        for key, editor in self.cells.items():
            editor.set_value(row if key == "date" else row.get(key))

    def is_blank(self, spec: RowSpec) -> bool:
        """Only a label chosen: a row just added and not filled in yet."""
        texts = [c.key for c in spec.cells if isinstance(self.cells[c.key], TextEditor)]
        return all(self.cells[k].value() is None for k in texts)


class RowsEditor(FieldEditor):
    """Rows of a collection, with add and remove; blank rows are left out of the value."""

    def __init__(self, spec: RowSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.language = "en"
        self.rows: list[_Row] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QToolButton(objectName=f"add_{spec.name}")
        self.add_button.setIcon(icon("add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self._add_clicked)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(self._rows_box)
        column.addLayout(hbox(self.add_button, stretch=True))
        self.setFocusProxy(self.add_button)

    def value(self) -> list[dict]:
        return [row.value() for row in self.rows if not row.is_blank(self.spec)]

    def _show(self, value: object) -> None:
        rows = list(value or [])
        while len(self.rows) > len(rows):
            self._drop(self.rows[-1])
        while len(self.rows) < len(rows):
            self.add_row()
        for row, data in zip(self.rows, rows, strict=True):
            row.set_value(data)

    def add_row(self) -> _Row:
        row = _Row(self.spec, self)
        self._retranslate_row(row)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        # A label-only row is not a value yet; typing into it will be the edit.
        next(iter(c for c in row.cells.values() if isinstance(c, TextEditor))).setFocus()

    def remove_row(self, row: _Row) -> None:
        self._drop(row)
        self._user_changed()

    def _drop(self, row: _Row) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()

    def bad_rows(self) -> list[int]:
        """Indexes (among the non-blank rows) that the spec's check refuses."""
        if self.spec.check is None:
            return []
        bad = []
        for i, row in enumerate(self.value()):
            try:
                self.spec.check(row)
            except (FieldProblem, ValueError, TypeError):
                bad.append(i)
        return bad

    def mark_rows(self, indexes: Sequence[int]) -> None:
        filled = [row for row in self.rows if not row.is_blank(self.spec)]
        for i, row in enumerate(filled):
            row.setProperty("invalid", i in indexes)
            row.style().unpolish(row)
            row.style().polish(row)

    def retranslate(self, language: str) -> None:
        self.language = language
        self.add_button.setText(translate("DossierRows", self.spec.add_text))
        for row in self.rows:
            self._retranslate_row(row)

    def _retranslate_row(self, row: _Row) -> None:
        for cell in self.spec.cells:
            editor = row.cells[cell.key]
            editor.retranslate(self.language)
            if isinstance(editor, TextEditor):
                editor.line.setPlaceholderText(translate("DossierRows", cell.placeholder))
        row.remove.setToolTip(translate("DossierRows", "Remove this row"))
