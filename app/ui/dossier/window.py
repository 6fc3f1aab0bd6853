"""One window per client's dossier: header, tabs, Save, Undo/Redo, and no silent losses.

Saving calls the customer service directly so that refused fields can be
marked where they are (``ValidationError`` → red line under the field); a
successful save is announced on the operations bus like any other write.
Closing with unsaved edits asks Save / Discard / Cancel.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar, QVBoxLayout, QWidget

from app.models import Customer
from app.models.db import Database
from app.services import attachments
from app.services.custom_fields import list_fields
from app.services.customers import create_customer, get_customer, update_customer
from app.services.errors import ServiceError, ValidationError
from app.services.intent import load_thresholds
from app.services.tags import tag_names
from app.ui import settings
from app.ui.dossier.card import CardImage
from app.ui.dossier.header import DossierHeader, Facts
from app.ui.dossier.history import HistoryTab
from app.ui.dossier.sections import TABS, DossierForm
from app.ui.dossier.undo import FieldEdit, RouteUndoKeys
from app.ui.dossier_actions import install_dossier_actions
from app.ui.i18n import resolve_language
from app.ui.icons import icon
from app.ui.operations import Change, Changed, announce, bus, perform
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate
WINDOW_NAME = "dossierWindow"  # objectName, also the settings group of its geometry
LAST_TAB = settings.TextSetting("dossier/last_tab", "basic")


def ui_language() -> str:
    return resolve_language(settings.LANGUAGE.get())


def _shortcuts(*keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Key sequences without duplicates (a standard key may equal an explicit one)."""
    unique: list[QKeySequence] = []
    for key in keys:
        standard = isinstance(key, QKeySequence.StandardKey)
        for sequence in QKeySequence.keyBindings(key) if standard else [QKeySequence(key)]:
            if not sequence.isEmpty() and sequence not in unique:
                unique.append(sequence)
    return unique


def _raise(exc: ServiceError) -> None:
    raise exc


class DossierWindow(WindowStateMixin, QMainWindow):
    saved = Signal(int)  # the client's id, after every successful save
    closed = Signal()

    def __init__(
        self,
        database: Database,
        customer_id: int | None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(WINDOW_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(icon("clients"))
        self.resize(self.screen().availableGeometry().size().boundedTo(QSize(1040, 800)))
        self.database = database
        self.customer_id = customer_id
        self.customer: Customer | None = None
        self.today = today or date.today()
        self.language = ui_language()
        self._saving = False
        self.thresholds = load_thresholds(database)

        self.header = DossierHeader(self.today)
        self.form = DossierForm(self.today, list_fields(database), tag_names(database))
        self.history = HistoryTab(database)
        self.form.set_history_page(self.history)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.form, 1)
        self.setCentralWidget(body)

        self.undo_stack = QUndoStack(self)
        self._build_actions()
        self.form.edited.connect(self._push_edit)
        self.form.values_changed.connect(self._refresh_state)
        self.form.currentChanged.connect(self._remember_tab)
        bus.changed.connect(self._on_change)
        RouteUndoKeys(self)
        self.reload()
        self.retranslate_ui()
        self._restore_tab()
        # Intent trend in the header; Assess intent / Suggest tier / Mark churned (issue 6).
        install_dossier_actions(self)

    # Building ----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.save_action = QAction(icon("save"), "", self, objectName="saveAction")
        self.save_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Save, "Ctrl+S"))
        self.save_action.triggered.connect(self.save)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts(
            _shortcuts(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        )
        self.close_action = QAction(self, objectName="closeAction")
        self.close_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Close, "Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        self.toolbar = QToolBar(objectName="dossierToolbar", movable=False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.print_action = QAction(icon("print"), "", self, objectName="printAction")
        self.print_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Print, "Ctrl+P"))
        self.print_action.triggered.connect(self.print_sheet)
        self.toolbar.addActions(
            [self.save_action, self.undo_action, self.redo_action, self.print_action]
        )
        self.addToolBar(self.toolbar)
        self.addAction(self.close_action)

    def print_sheet(self) -> None:
        """The dossier on paper (handover, meetings): the stored dossier, so save first."""
        if self.form.is_dirty() and not self.save():
            return  # refused: the fields show why
        if self.customer_id is None:
            return
        from app.ui.printing.dossier_preview import open_print_preview  # Qt print loads here

        open_print_preview(self, self.database, self.customer_id, today=lambda: self.today)

    def retranslate_ui(self) -> None:
        self.language = ui_language()
        self.save_action.setText(translate("DossierWindow", "&Save"))
        self.save_action.setIconText(translate("DossierWindow", "Save"))  # toolbar: no (&S)
        self.save_action.setToolTip(translate("DossierWindow", "Save the dossier (Ctrl+S)"))
        self.close_action.setText(translate("DossierWindow", "&Close"))
        self.print_action.setText(translate("DossierWindow", "&Print dossier sheet…"))
        self.print_action.setIconText(translate("DossierWindow", "Print"))
        self.toolbar.setWindowTitle(translate("DossierWindow", "Dossier"))
        self.form.retranslate(self.language)
        self.history.retranslate(self.language)
        self._refresh_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Loading -------------------------------------------------------------------

    def reload(self) -> None:
        """Show the dossier as stored (discarding edits not saved)."""
        card = None
        if self.customer_id is not None:
            self.customer = get_customer(self.database, self.customer_id)
            found = attachments.latest_attachment(self.database, self.customer_id, "card")
            if found is not None:
                content = attachments.get_attachment_content(self.database, found.id)
                card = CardImage(content, found.filename)
        self.form.load(self.customer, card)
        self.history.load(self.customer_id)
        self._refresh_state()

    def facts(self) -> Facts:
        c = self.customer
        if c is None:
            return Facts()
        band = None if c.intent_score is None else self.thresholds.band(float(c.intent_score))
        return Facts(c.intent_score, band, c.next_follow_up_on, c.last_contact_at, c.loyalty_points)

    def _on_change(self, change: Change) -> None:
        """Another screen wrote: follow it, without touching the user's unsaved edits."""
        if self._saving or self.customer_id is None:
            return
        if change.client_ids and self.customer_id not in change.client_ids:
            return
        try:
            if self.form.is_dirty():
                self.customer = get_customer(self.database, self.customer_id)
                self.history.load(self.customer_id)
                self._refresh_state()
            else:
                self.reload()
        except ServiceError:  # trashed or merged away meanwhile
            if not self.form.is_dirty():
                self.close()

    # Editing -------------------------------------------------------------------

    def _push_edit(self, key: str, old: object, new: object) -> None:
        label = self.form.labels[key].text().rstrip(":：") if key in self.form.labels else key
        self.undo_stack.push(FieldEdit(self.form, key, old, new, label))

    def _refresh_state(self) -> None:
        dirty = self.form.is_dirty()
        self.header.show_summary(self.form.current_values(), self.facts(), self.language)
        name = self.header.name.text()
        self.setWindowTitle(translate("DossierWindow", "%1[*] — Dossier").replace("%1", name))
        self.setWindowModified(dirty)
        self.save_action.setEnabled(dirty or self.customer_id is None)

    def _remember_tab(self, index: int) -> None:
        for key, page in self.form.pages.items():
            if self.form.indexOf(page) == index:
                LAST_TAB.set(key)

    def _restore_tab(self) -> None:
        page = self.form.pages.get(LAST_TAB.get()) or self.form.pages[next(iter(TABS))]
        self.form.setCurrentWidget(page)

    # Saving --------------------------------------------------------------------

    def save(self) -> bool:
        """Write the edits; on refusal mark the fields and keep everything as typed."""
        changes, card_changed = self.form.changes(), self.form.card_changed()
        created = self.customer_id is None
        if not created and not changes and not card_changed:
            return True
        self._saving = True
        try:
            if created:
                self.customer_id = create_customer(self.database, changes)
            elif changes:
                update_customer(self.database, self.customer_id, changes)
            if card_changed:
                self._store_card()
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self.statusBar().showMessage(
                translate(
                    "DossierWindow", "Not saved: %n field(s) need attention.", "", len(exc.errors)
                )
            )
            return False
        except ServiceError as exc:
            # Not found, or another refusal: explained the standard way, once.
            perform(self, partial(_raise, exc), Changed.CLIENTS)
            return False
        finally:
            self._saving = False
        self.form.clear_errors()
        self.reload()
        self.undo_stack.setClean()
        self.statusBar().showMessage(translate("DossierWindow", "Saved."), 5000)
        announce(Changed.MEMBERSHIP if created else Changed.CLIENTS, [self.customer_id])
        self.saved.emit(self.customer_id)
        return True

    def _store_card(self) -> None:
        assert self.customer_id is not None
        card = self.form.editors["card"].value()
        if card is None:
            attachments.remove_attachments(self.database, self.customer_id, "card")
        else:
            assert isinstance(card, CardImage)
            attachments.add_attachment(
                self.database,
                self.customer_id,
                card.content,
                "card",
                filename=card.filename,
                replace=True,
            )

    # Closing -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.is_dirty() and not self._settle_unsaved():
            event.ignore()
            return
        super().closeEvent(event)
        if event.isAccepted():
            bus.changed.disconnect(self._on_change)
            self.closed.emit()

    def _settle_unsaved(self) -> bool:
        """Ask what to do with unsaved edits; True when the window may close."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            self,
            translate("DossierWindow", "Unsaved changes"),
            translate("DossierWindow", "Save the changes to %1 before closing?").replace(
                "%1", self.header.name.text()
            ),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
