"""Merging duplicates: a list of likely duplicate groups, and a dialog merging two clients.

:func:`open_duplicates` shows the groups :func:`duplicates.find_duplicates`
reports; picking two clients of a group opens :func:`open_merge`, which shows
both side by side with one row per field they fill differently. Each row is a
pair of radio buttons (the default: the value that is not empty, else the
kept client's). The merge itself is one service call through ``perform``;
the client merged in goes to Trash, so a wrong merge can be undone there.
"""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.db import Database
from app.services import almanac
from app.services.duplicates import (
    CUSTOM_PREFIX,
    ClientBrief,
    DuplicateGroup,
    FieldConflict,
    Match,
    MergePreview,
    MergeResult,
    Reason,
    find_duplicates,
    merge_customers,
    merge_preview,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.fields import FIELDS
from app.services.labels import label
from app.services.phones import format_phone
from app.ui.client_list.columns import Formatter, current_language
from app.ui.client_list.table_model import IdLoader
from app.ui.icons import icon
from app.ui.operations import Change, Changed, bus, perform
from app.ui.window_state import WindowStateMixin

translate = QCoreApplication.translate
MERGED = Changed.MEMBERSHIP | Changed.CLIENTS | Changed.HISTORY
# A flat button that reads as a link, in the palette's link colour (light and dark themes).
LINK_STYLE = "QPushButton { color: palette(link); border: none; padding: 2px 0; text-align: left; }"
ID_ROLE = Qt.ItemDataRole.UserRole

# What the summary counts, in the order it lists them (keys of MergePreview).
MOVES = {
    "interactions": QT_TRANSLATE_NOOP("MergeDialog", "Contacts"),
    "follow_ups": QT_TRANSLATE_NOOP("MergeDialog", "Follow-ups"),
    "assessments": QT_TRANSLATE_NOOP("MergeDialog", "Assessments"),
    "orders": QT_TRANSLATE_NOOP("MergeDialog", "Orders"),
    "complaints": QT_TRANSLATE_NOOP("MergeDialog", "Complaints"),
    "service_requests": QT_TRANSLATE_NOOP("MergeDialog", "Service requests"),
    "promotions": QT_TRANSLATE_NOOP("MergeDialog", "Promotions"),
    "churn_records": QT_TRANSLATE_NOOP("MergeDialog", "Churn records"),
    "loyalty_entries": QT_TRANSLATE_NOOP("MergeDialog", "Points entries"),
    "attachments": QT_TRANSLATE_NOOP("MergeDialog", "Attachments"),
}
ADDITIONS = {
    "phones": QT_TRANSLATE_NOOP("MergeDialog", "Phones"),
    "emails": QT_TRANSLATE_NOOP("MergeDialog", "Emails"),
    "addresses": QT_TRANSLATE_NOOP("MergeDialog", "Addresses"),
    "family": QT_TRANSLATE_NOOP("MergeDialog", "Family members"),
    "anniversaries": QT_TRANSLATE_NOOP("MergeDialog", "Anniversaries"),
    "tags": QT_TRANSLATE_NOOP("MergeDialog", "Tags"),
}
REASONS = {
    Reason.PHONE: QT_TRANSLATE_NOOP("DuplicatesDialog", "Same phone"),
    Reason.EMAIL: QT_TRANSLATE_NOOP("DuplicatesDialog", "Same email"),
    Reason.NAME_COMPANY: QT_TRANSLATE_NOOP("DuplicatesDialog", "Same name and company"),
}


# --- values as text -------------------------------------------------------------------


def field_title(key: str, language: str) -> str:
    if key == "birthday":
        return translate("MergeDialog", "Birthday")
    if key.startswith(CUSTOM_PREFIX):
        return key.removeprefix(CUSTOM_PREFIX)
    return FIELDS[key].label(language)


def _number(formatter: Formatter, value: Decimal | int | float) -> str:
    decimal = Decimal(value).normalize()
    places = max(0, -decimal.as_tuple().exponent)  # 12.5000 → 12.5, 1200000 → 1,200,000
    return formatter.locale.toString(float(decimal), "f", places)


def _calendar_date(cd: almanac.CalendarDate, formatter: Formatter) -> str:
    zh = formatter.language.startswith("zh")
    if cd.calendar == "lunar":
        text = almanac.lunar_label(cd.month, cd.day, cd.leap_month)
        if not zh:
            leap = translate("MergeDialog", "leap ") if cd.leap_month else ""
            text = translate("MergeDialog", "lunar {leap}{month}/{day}").format(
                leap=leap, month=cd.month, day=cd.day
            )
        return f"{cd.year}{'年' if zh else ', '}{text}" if cd.year else text
    if cd.year:
        return formatter.date(date(cd.year, cd.month, cd.day))
    return formatter.locale.toString(QDate(2000, cd.month, cd.day), "M月d日" if zh else "MMM d")


def value_text(value: Any, formatter: Formatter) -> str:
    """How a field's value reads in the dialog; empty values say so."""
    if value is None or value == "":
        return translate("MergeDialog", "(empty)")
    if isinstance(value, bool):
        return translate("MergeDialog", "Yes") if value else translate("MergeDialog", "No")
    if isinstance(value, StrEnum):
        return label(value, formatter.language)
    if isinstance(value, date):
        return formatter.date(value)
    if isinstance(value, Decimal | int | float):
        return _number(formatter, value)
    if isinstance(value, almanac.CalendarDate):
        return _calendar_date(value, formatter)
    return str(value)


def match_text(match: Match) -> str:
    value = format_phone(match.value, match.value) if match.value.startswith("+") else match.value
    reason = translate("DuplicatesDialog", REASONS[match.reason])
    return translate("DuplicatesDialog", "{reason}: {value}").format(reason=reason, value=value)


def client_title(brief: ClientBrief) -> str:
    return f"{brief.display_name}  #{brief.id}"


def client_details(brief: ClientBrief) -> str:
    return " · ".join(x for x in (brief.company, brief.primary_phone, brief.city) if x)


# --- the merge dialog -------------------------------------------------------------------


class ChoiceButton(QRadioButton):
    """A radio button showing one line of a value, elided to its width; the tooltip has all.

    Its size policy ignores the text's width, so two columns of values share the
    dialog evenly however long a note is.
    """

    def __init__(self, text: str, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.full_text = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(96)
        self.toggled.connect(self._emphasise)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole cell, not just the (short) text

    def _elide(self) -> None:
        style = self.style()
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
        room = max(24, self.width() - indicator - spacing - 8)
        lines = self.full_text.splitlines() or [""]
        first = lines[0] + (" …" if len(lines) > 1 else "")
        shown = self.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight, room)
        self.setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")

    def _emphasise(self, checked: bool) -> None:
        # The chosen value reads bold, so a glance down a column shows what will stay.
        font = self.font()
        font.setBold(checked)
        self.setFont(font)
        self._elide()


class MergeDialog(WindowStateMixin, QDialog):
    """Two clients side by side; choose a value per conflicting field; Merge or Cancel."""

    def __init__(
        self, database: Database, preview: MergePreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowIcon(icon("merge"))
        self.resize(820, 600)
        self.database = database
        self.formatter = Formatter(current_language())
        self.preview = preview
        self.result_: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}

        self.intro = QLabel(objectName="mergeIntro", wordWrap=True)
        self.swap_button = QPushButton(objectName="swapButton")
        self.swap_button.clicked.connect(self.swap)
        self.scroll = QScrollArea(objectName="mergeScroll", widgetResizable=True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = QGridLayout()
        self.summary = QLabel(objectName="mergeSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)  # what will happen, set apart
        self.summary.setMargin(6)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setIcon(icon("merge"))
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.swap_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.show_preview(preview)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("MergeDialog", "Merge clients"))
        self.intro.setText(
            translate(
                "MergeDialog",
                "Choose the value to keep wherever the two dossiers differ. Nothing else is "
                "lost: history, phones, emails, addresses, family and tags of both are kept.",
            )
        )
        self.swap_button.setText(translate("MergeDialog", "Swap sides"))
        self.swap_button.setToolTip(translate("MergeDialog", "Keep the other client instead"))
        self.merge_button.setText(translate("MergeDialog", "Merge"))

    def show_preview(self, preview: MergePreview) -> None:
        self.preview = preview
        self._fill_rows(preview)
        self.summary.setText(self._summary(preview))

    def swap(self) -> None:
        swapped = load_preview(self, self.database, self.preview.other.id, self.preview.keep.id)
        if swapped is not None:
            self.show_preview(swapped)

    def choices(self) -> dict[str, str]:
        """Field → "keep" or "other", as the radio buttons stand."""
        return {
            key: "keep" if group.checkedId() == 0 else "other" for key, group in self.groups.items()
        }

    def choose_all(self, side: str) -> None:
        for group in self.groups.values():
            group.button(0 if side == "keep" else 1).setChecked(True)

    def merge(self) -> None:
        keep, other, choices = self.preview.keep.id, self.preview.other.id, self.choices()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = perform(
                self,
                lambda: merge_customers(self.database, keep, other, choices),
                MERGED,
                (keep, other),
            )
        finally:
            QApplication.restoreOverrideCursor()
        if result is not None:
            self.result_ = result
            self.accept()

    def done(self, code: int) -> None:
        self.save_window_state()  # accept/reject never send a closeEvent
        super().done(code)

    def _fill_rows(self, preview: MergePreview) -> None:
        rows = QWidget(objectName="mergeRows")  # a fresh page: swapping sides rebuilds it
        self.grid = QGridLayout(rows)
        self.groups = {}
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(0)
        for column, (brief, side, caption) in enumerate(
            (
                (preview.keep, "keep", translate("MergeDialog", "Keep")),
                (preview.other, "other", translate("MergeDialog", "Merge in, then to Trash")),
            ),
            start=1,
        ):
            self.grid.addWidget(self._client_header(brief, side, caption), 0, column)
        if not preview.conflicts:
            same = QLabel(
                translate("MergeDialog", "The two dossiers agree on every field."),
                objectName="noConflicts",
                alignment=Qt.AlignmentFlag.AlignCenter,
            )
            self.grid.addWidget(same, 1, 0, 1, 3)
        for row, conflict in enumerate(preview.conflicts, start=1):
            self._add_row(row, conflict)
        self.grid.setRowStretch(len(preview.conflicts) + 2, 1)
        self.scroll.setWidget(rows)  # deletes the previous page

    def _client_header(self, brief: ClientBrief, side: str, caption: str) -> QWidget:
        box = QWidget(objectName=f"{side}Header")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(2)
        title = QLabel(f"<small>{caption}</small><br><b>{html.escape(client_title(brief))}</b>")
        details = QLabel(client_details(brief), wordWrap=True)
        details.setEnabled(False)  # the palette's muted text, right in light and dark themes
        use_all = QPushButton(translate("MergeDialog", "Use all values"), flat=True)
        use_all.setObjectName(f"{side}UseAll")
        use_all.setCursor(Qt.CursorShape.PointingHandCursor)
        use_all.setStyleSheet(LINK_STYLE)
        use_all.clicked.connect(lambda: self.choose_all(side))
        for widget in (title, details):
            layout.addWidget(widget)
        layout.addWidget(use_all, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _add_row(self, row: int, conflict: FieldConflict) -> None:
        if row % 2:  # zebra stripes guide the eye across a wide row
            stripe = QFrame(autoFillBackground=True)
            stripe.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            self.grid.addWidget(stripe, row, 0, 1, 3)
        self.grid.setRowMinimumHeight(row, 32)
        name = QLabel(field_title(conflict.key, self.formatter.language))
        name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        name.setContentsMargins(12, 0, 0, 0)
        self.grid.addWidget(name, row, 0)
        group = QButtonGroup(self)
        for index, (side, value) in enumerate(
            (("keep", conflict.keep_value), ("other", conflict.other_value))
        ):
            text = value_text(value, self.formatter)
            button = ChoiceButton(text, f"{side}_{conflict.key}")
            group.addButton(button, index)
            self.grid.addWidget(button, row, index + 1)
        group.button(0 if conflict.default == "keep" else 1).setChecked(True)
        self.groups[conflict.key] = group

    def _summary(self, preview: MergePreview) -> str:
        def listing(counts: dict[str, int], names: dict[str, str]) -> str:
            parts = [
                f"{translate('MergeDialog', title)} {self.formatter.count(counts[key])}"
                for key, title in names.items()
                if counts.get(key)
            ]
            return " · ".join(parts) or translate("MergeDialog", "nothing")

        keep, other = (html.escape(client_title(c)) for c in (preview.keep, preview.other))
        lines = [
            translate("MergeDialog", "Moves to {keep}: {items}").format(
                keep=keep, items=listing(preview.moves, MOVES)
            ),
            translate("MergeDialog", "Added to {keep}: {items}").format(
                keep=keep, items=listing(preview.additions, ADDITIONS)
            ),
            translate("MergeDialog", "{other} then goes to Trash, from where it can be restored.")
            .format(other=other),
        ]  # fmt: skip
        return "<br>".join(lines)


def load_preview(
    parent: QWidget | None, database: Database, keep_id: int, other_id: int
) -> MergePreview | None:
    """The preview, or None after telling the user why there is none (a client went away)."""
    try:
        return merge_preview(database, keep_id, other_id)
    except NotFoundError:
        message = translate(
            "MergeDialog", "One of the two clients no longer exists; it may have been merged or "
            "moved to Trash meanwhile.",
        )  # fmt: skip
    except ValidationError:
        message = translate("MergeDialog", "A client cannot be merged with itself.")
    QMessageBox.warning(parent, translate("MergeDialog", "Cannot merge"), message)
    return None


def open_merge(
    parent: QWidget | None, database: Database, keep_id: int, other_id: int
) -> MergeResult | None:
    """Ask how to merge ``other_id`` into ``keep_id``; the result, or None when cancelled."""
    preview = load_preview(parent, database, keep_id, other_id)
    if preview is None:
        return None
    dialog = MergeDialog(database, preview, parent)
    try:
        dialog.exec()
        return dialog.result_
    finally:
        dialog.deleteLater()


# --- the list of duplicate groups --------------------------------------------------------


class DuplicatesDialog(WindowStateMixin, QDialog):
    """Groups of likely duplicates; select two clients of a group and merge them."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "Client"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "Company"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "Phone"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "City"),
    )

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowIcon(icon("merge"))
        self.resize(860, 560)
        self.database = database
        self.groups: list[DuplicateGroup] = []
        self.intro = QLabel(objectName="duplicatesIntro", wordWrap=True)
        self.tree = QTreeWidget(objectName="duplicateTree")
        self.tree.setColumnCount(len(self.COLUMNS))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        for column, width in enumerate((200, 260, 140)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.merge_selected())
        self.status = QLabel(objectName="duplicatesStatus")
        self.merge_button = QPushButton(objectName="mergeSelectedButton")
        self.merge_button.setIcon(icon("merge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge_selected)
        self.refresh_button = QPushButton(objectName="refreshButton")
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.refresh_button.clicked.connect(self.refresh)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        # The search takes about a second on 100k clients: it runs off the GUI
        # thread (the client list's loader runs any query; stale answers are dropped).
        self.loader = IdLoader(self)
        self.loader.finished.connect(self._loaded)
        # Writes elsewhere (an edit, a trash) can make groups appear or vanish;
        # several changes in a row cost one search.
        self._stale = QTimer(self, singleShot=True, interval=300)
        self._stale.timeout.connect(self.refresh)
        bus.changed.connect(self._on_change)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("DuplicatesDialog", "Possible duplicates"))
        self.intro.setText(
            translate(
                "DuplicatesDialog",
                "Clients who share a phone number, an email address, or a name at the same "
                "company. Select two clients of a group and merge them.",
            )
        )
        self.tree.setHeaderLabels([translate("DuplicatesDialog", c) for c in self.COLUMNS])
        self.merge_button.setText(translate("DuplicatesDialog", "Merge…"))
        self.refresh_button.setText(translate("DuplicatesDialog", "Refresh"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fill()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.status.setText(translate("DuplicatesDialog", "Looking for duplicates…"))
        self.refresh_button.setEnabled(False)
        self.loader.request(lambda: find_duplicates(self.database))

    def _loaded(
        self, generation: int, result: tuple[list[DuplicateGroup], bool] | Exception
    ) -> None:
        if generation != self.loader.generation:
            return  # a newer search is under way
        self.refresh_button.setEnabled(True)
        if isinstance(result, Exception):
            self.groups = []
            self._fill()
            self.status.setText(translate("DuplicatesDialog", "The search failed: {error}")
                                .format(error=result))  # fmt: skip
            return
        self.groups, _complete = result  # no preview was asked for: always complete
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        separator = translate("DuplicatesDialog", ";  ")
        for group in self.groups:
            top = QTreeWidgetItem([separator.join(match_text(m) for m in group.matches)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for member in group.members:
                child = QTreeWidgetItem(
                    [client_title(member), member.company or "", member.primary_phone or "",
                     member.city or ""]
                )  # fmt: skip
                child.setData(0, ID_ROLE, member.id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only once in the tree: the view keeps the span
            top.setExpanded(True)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.status.setText(
            translate("DuplicatesDialog", "Groups found: {n}").format(n=len(self.groups))
            if self.groups
            else translate("DuplicatesDialog", "No likely duplicates found.")
        )
        self._update_buttons()

    def selected_pair(self) -> tuple[int, int] | None:
        """Two clients of one group, the older kept: both selected, or a group of two."""
        items = self.tree.selectedItems()
        members = [i for i in items if i.parent() is not None]
        if len(members) == 2 and members[0].parent() is members[1].parent():
            ids = sorted(int(m.data(0, ID_ROLE)) for m in members)
            return ids[0], ids[1]
        if len(items) == 1:
            group = items[0].parent() or items[0]
            if group.childCount() == 2:
                ids = sorted(int(group.child(i).data(0, ID_ROLE)) for i in range(2))
                return ids[0], ids[1]
        return None

    def merge_selected(self) -> None:
        pair = self.selected_pair()
        if pair is not None and open_merge(self, self.database, *pair) is not None:
            self._stale.stop()
            self.refresh()

    def done(self, code: int) -> None:
        self.save_window_state()
        super().done(code)

    def _update_buttons(self) -> None:
        ready = self.selected_pair() is not None
        self.merge_button.setEnabled(ready)
        self.merge_button.setToolTip(
            "" if ready else translate("DuplicatesDialog", "Select two clients of one group")
        )

    def _on_change(self, change: Change) -> None:
        if change.kinds & (Changed.MEMBERSHIP | Changed.CLIENTS) and self.isVisible():
            self._stale.start()


def open_duplicates(parent: QWidget | None, database: Database) -> DuplicatesDialog:
    """Show the duplicate groups in a window of their own (not modal: dossiers stay usable)."""
    dialog = DuplicatesDialog(database, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
