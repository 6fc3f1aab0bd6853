"""The dossier's tabs, built from the field table (``app.services.fields.FIELDS``).

Every scalar field gets the editor its ``kind`` asks for, in the tab of its
section; the multi-valued parts, the birthday, tags, custom fields and the
business card are added by name. :class:`DossierForm` knows the values as
loaded (``baseline``) and as edited, so it can say exactly what changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.models import Customer
from app.models.enums import FieldType
from app.services.custom_fields import CustomField
from app.services.errors import FieldError
from app.services.fields import FIELDS, Section, fields_in
from app.services.validation import FieldProblem, clean_date, clean_decimal
from app.ui.dossier.birthday import BirthdayEditor
from app.ui.dossier.card import CardEditor, CardImage
from app.ui.dossier.editors import FieldEditor, TagsEditor
from app.ui.dossier.layout import STYLE, FieldCell, FormPage
from app.ui.dossier.mapping import CUSTOM, custom_editor, editor_for, loaded_values
from app.ui.dossier.messages import error_text
from app.ui.dossier.rows import SPECS, RowsEditor

translate = QCoreApplication.translate

# Tabs in order: the five sections of the dossier, segmentation, custom fields.
TABS: dict[str, str] = {
    Section.BASIC: QT_TRANSLATE_NOOP("DossierForm", "Basic"),
    Section.BUSINESS: QT_TRANSLATE_NOOP("DossierForm", "Business"),
    Section.PERSONAL: QT_TRANSLATE_NOOP("DossierForm", "Personal"),
    Section.LOGISTICS: QT_TRANSLATE_NOOP("DossierForm", "Logistics"),
    "history": QT_TRANSLATE_NOOP("DossierForm", "History"),
    Section.SEGMENT: QT_TRANSLATE_NOOP("DossierForm", "Segmentation"),
    "custom": QT_TRANSLATE_NOOP("DossierForm", "Custom fields"),
}
# Parts of the dossier that are not scalar fields: their labels and tabs.
EXTRA: dict[str, tuple[str, str]] = {
    "phones": (Section.BASIC, QT_TRANSLATE_NOOP("DossierForm", "Phones")),
    "emails": (Section.BASIC, QT_TRANSLATE_NOOP("DossierForm", "Email")),
    "addresses": (Section.BASIC, QT_TRANSLATE_NOOP("DossierForm", "Addresses")),
    "card": (Section.BASIC, QT_TRANSLATE_NOOP("DossierForm", "Business card")),
    "birthday": (Section.PERSONAL, QT_TRANSLATE_NOOP("DossierForm", "Birthday")),
    "family": (Section.PERSONAL, QT_TRANSLATE_NOOP("DossierForm", "Family members")),
    "anniversaries": (Section.PERSONAL, QT_TRANSLATE_NOOP("DossierForm", "Anniversaries")),
    "tags": (Section.SEGMENT, QT_TRANSLATE_NOOP("DossierForm", "Tags")),
}
# Where an error about a whole-dossier key is shown.
ERROR_HOME = {"name": "surname"}


class DossierForm(QTabWidget):
    """All editors of one dossier, in tabs; ``edited(key, old, new)`` on each user edit."""

    edited = Signal(str, object, object)  # a user edit: becomes an undo step
    values_changed = Signal()  # any change of what is shown, edits and undo alike

    def __init__(
        self,
        today: date,
        custom_fields: Sequence[CustomField] = (),
        known_tags: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="dossierTabs", documentMode=True)
        self.setStyleSheet(STYLE)
        self.language = "en"
        self.editors: dict[str, FieldEditor] = {}
        self.cells: dict[str, FieldCell] = {}
        self.labels: dict[str, QLabel] = {}
        self.custom_fields = list(custom_fields)
        self.pages: dict[str, QWidget] = {}
        self._tab_of: dict[str, str] = {}
        self.baseline: dict[str, Any] = {}
        self._last: dict[str, Any] = {}

        pages = {s: FormPage(self._card_column() if s == Section.BASIC else None) for s in Section}
        pages[Section.PERSONAL].add_wide(*self._field("birthday", BirthdayEditor(today)))
        for section, page in pages.items():
            specs = fields_in(section)
            for spec in (s for s in specs if s.kind != "longtext"):
                page.add_short(*self._field(spec.key, editor_for(spec)))
            for spec in (s for s in specs if s.kind == "longtext"):
                page.add_wide(*self._field(spec.key, editor_for(spec)))
        for key, (section, _title) in EXTRA.items():
            if key in SPECS:
                pages[section].add_wide(*self._field(key, RowsEditor(SPECS[key])))
        pages[Section.SEGMENT].add_wide(*self._field("tags", TagsEditor(known_tags)))
        custom = FormPage()
        for field in self.custom_fields:
            custom.add_wide(*self._field(CUSTOM + field.name, custom_editor(field)))
        if not self.custom_fields:
            self.no_custom = QLabel(wordWrap=True, objectName="noCustomFields")
            custom.grid.addWidget(self.no_custom, 0, 0, 1, 4)
        for page in (*pages.values(), custom):
            page.finish()
        for key, title in TABS.items():
            page = custom if key == "custom" else pages.get(key, QWidget(objectName="historySlot"))
            self.pages[key] = page
            self.addTab(page, title)

    def _home_tab(self, key: str) -> str:
        if key.startswith(CUSTOM):
            return "custom"
        if key in FIELDS:
            return FIELDS[key].section
        return EXTRA[key][0] if key in EXTRA else Section.BASIC

    def _make(self, key: str, editor: FieldEditor) -> FieldCell:
        self.editors[key] = editor
        self._tab_of[key] = self._home_tab(key)
        editor.setObjectName(f"field_{key}")
        editor.edited.connect(lambda k=key: self._on_edited(k))
        cell = self.cells[key] = FieldCell(editor)
        return cell

    def _card_column(self) -> QWidget:
        label, cell = self._field("card", CardEditor())
        label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        column = QWidget(objectName="cardColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(cell)
        return column

    def _field(self, key: str, editor: FieldEditor) -> tuple[QLabel, FieldCell]:
        cell = self._make(key, editor)
        label = self.labels[key] = QLabel(objectName=f"label_{key}")
        label.setBuddy(editor)
        return label, cell

    def set_history_page(self, widget: QWidget) -> None:
        index = self.indexOf(self.pages["history"])
        self.removeTab(index)
        self.insertTab(index, widget, translate("DossierForm", TABS["history"]))
        self.pages["history"] = widget

    # Values ------------------------------------------------------------------

    def load(self, customer: Customer | None, card: CardImage | None) -> None:
        """Show a loaded dossier (None: a new client with the model's defaults)."""
        values = loaded_values(customer, self.custom_fields)
        values["card"] = card
        for key, editor in self.editors.items():
            editor.set_value(values.get(key))
        self.clear_errors()
        self.baseline = {key: editor.value() for key, editor in self.editors.items()}
        self._last = dict(self.baseline)

    def apply(self, key: str, value: object) -> None:
        """Set a value as undo/redo does: shown, remembered, scrolled into view."""
        self.editors[key].set_value(value)
        self._last[key] = self.editors[key].value()
        self.reveal(key)
        self.values_changed.emit()

    def _on_edited(self, key: str) -> None:
        old, new = self._last.get(key), self.editors[key].value()
        if old != new:
            self._last[key] = new
            self.edited.emit(key, old, new)
            self.values_changed.emit()

    def current_values(self) -> dict[str, Any]:
        return {key: editor.value() for key, editor in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        """What differs from the loaded dossier, as ``update_customer`` input (no card)."""
        data: dict[str, Any] = {}
        custom: dict[str, Any] = {}
        for key, value in self.current_values().items():
            if key == "card" or value == self.baseline.get(key):
                continue
            if key.startswith(CUSTOM):
                custom[key.removeprefix(CUSTOM)] = value
            else:
                data[key] = value
        if custom:
            data["custom"] = custom
        return data

    def card_changed(self) -> bool:
        return self.editors["card"].value() != self.baseline.get("card")

    def is_dirty(self) -> bool:
        return bool(self.changes()) or self.card_changed()

    # Errors ------------------------------------------------------------------

    def clear_errors(self) -> None:
        for cell in self.cells.values():
            cell.set_error(None)
            if isinstance(cell.editor, RowsEditor):
                cell.editor.mark_rows(())

    def show_errors(self, errors: Iterable[FieldError]) -> str | None:
        """Put each message under its field; returns the key of the first one shown."""
        self.clear_errors()
        first = None
        for error in errors:
            for key in self._keys_for(error):
                cell = self.cells[key]
                cell.set_error(error_text(error))
                if isinstance(cell.editor, RowsEditor):
                    cell.editor.mark_rows(cell.editor.bad_rows())
                first = first or key
        if first is not None:
            self.reveal(first)
            self.editors[first].setFocus()
        return first

    def _keys_for(self, error: FieldError) -> list[str]:
        if error.field != "custom":
            key = ERROR_HOME.get(error.field, error.field)
            return [key] if key in self.cells else []
        # The service names the custom field only in its English message: find
        # the edited custom values that its cleaners refuse.
        bad = []
        for field in self.custom_fields:
            key = CUSTOM + field.name
            cleaner = {FieldType.NUMBER: clean_decimal, FieldType.DATE: clean_date}.get(
                field.field_type
            )
            try:
                if cleaner is not None:
                    cleaner(self.editors[key].value())
            except FieldProblem:
                bad.append(key)
        return bad or [CUSTOM + f.name for f in self.custom_fields[:1]]

    def reveal(self, key: str) -> None:
        page = self.pages[self._tab_of[key]]
        self.setCurrentWidget(page)
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(self.cells[key])

    # Language ----------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        self.language = language
        for key, title in TABS.items():
            self.setTabText(self.indexOf(self.pages[key]), translate("DossierForm", title))
        for key, label in self.labels.items():
            if key in FIELDS:
                text = FIELDS[key].label(language)
            elif key.startswith(CUSTOM):
                text = key.removeprefix(CUSTOM)  # the user's own name for it
            else:
                text = translate("DossierForm", EXTRA[key][1])
            label.setText(text + ("：" if language.startswith("zh") else ":"))
        for editor in self.editors.values():
            editor.retranslate(language)
        if not self.custom_fields:
            self.no_custom.setText(
                translate("DossierForm", "No custom fields yet. They are defined in Settings.")
            )
