"""Page 4: the first rows as they will be imported, every cell problem marked.

Values are shown cleaned (digits recovered from 1.38E+10, dates read, names
split), one column per kind of value. A cell changed on the way in is tinted
amber, a value left out red, and its tooltip says what was found and why; a
row without a name is not imported at all. Duplicates are named in the
status column and decided on the next page.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.services.importing import CellProblem, DuplicateMatch, PreviewRow, preview_rows
from app.services.importing.draft import ALTERED, DROPPED
from app.services.importing.targets import target_for
from app.ui.client_list.columns import current_language
from app.ui.import_wizard.file_page import ERROR_STYLE
from app.ui.import_wizard.header_page import short
from app.ui.import_wizard.state import WizardState
from app.ui.import_wizard.task import problem_text

translate = QCoreApplication.translate
PREVIEW_LIMIT = 30
ALTERED_TINT = QColor(255, 170, 0, 80)  # translucent: readable in light and dark themes
DROPPED_TINT = QColor(229, 57, 53, 80)
# Targets whose values the preview shows together (phones of every kind in one column).
SHOWN_AS = {"surname": "name", "given_name": "name", "province": "address", "city": "address"}
SHOWN_AS |= {"district": "address", "postcode": "address"}
LIST_TITLES = {
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phones"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mails"),
    "address": QT_TRANSLATE_NOOP("ImportWizard", "Addresses"),
}


def shown_key(target: str) -> str:
    """The preview column a target's values appear in."""
    base = target.split(":")[0] if target.startswith(("phone", "address")) else target
    return SHOWN_AS.get(base, base)


def shown_title(key: str, language: str) -> str:
    if key in LIST_TITLES:
        return translate("ImportWizard", LIST_TITLES[key])
    return target_for(key).label(language)


def status_text(row: PreviewRow) -> str:
    if row.rejected:
        return translate("ImportWizard", "Not imported: no name")
    match = row.duplicate
    if match is None:
        return translate("ImportWizard", "New client")
    return duplicate_text(match)


def duplicate_text(match: DuplicateMatch) -> str:
    if match.customer_id is None or match.file_row is not None:
        return translate("ImportWizard", "Repeats row {row}").format(row=match.file_row)
    return translate("ImportWizard", "Already here: {name} #{id}").format(
        name=match.customer_name, id=match.customer_id
    )


class PreviewPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(objectName="importPreviewPage")
        self.state = state
        self.legend = QLabel(wordWrap=True, objectName="importPreviewLegend")
        self.table = QTableWidget(objectName="importPreviewTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.rows: list[PreviewRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def initializePage(self) -> None:
        state = self.state
        try:
            if state.cards is not None:
                cards = state.cards[:PREVIEW_LIMIT]
                self.rows = [PreviewRow(d.row, d, not d.has_name, None) for d in cards]
            else:
                assert state.source is not None
                self.rows = preview_rows(
                    state.database, state.source, state.plan(), limit=PREVIEW_LIMIT
                )
        except Exception as exc:  # a refusal is shown on the page, not raised into Qt
            self.rows = []
            self.table.setRowCount(0)
            self.legend.setStyleSheet(ERROR_STYLE)
            self.legend.setText(problem_text(exc, current_language()))
            return
        self.legend.setStyleSheet("")
        self._fill()

    def _keys(self, values: list[dict[str, str]]) -> list[str]:
        """Preview columns: the name, then the mapped ones in column order, or (vCards)
        what the cards hold."""
        if self.state.cards is None:
            targets = [t for _, t in sorted(self.state.mapping.items())]
        else:
            targets = [k for v in values for k in v]
        return list(dict.fromkeys(["name", *(shown_key(t) for t in targets)]))

    def _fill(self) -> None:
        language = current_language()
        values = [row.values(language) for row in self.rows]
        keys = self._keys(values)
        fixed = [translate("ImportWizard", "Row"), translate("ImportWizard", "Status")]
        self.table.clear()
        self.table.setColumnCount(2 + len(keys))
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderLabels(fixed + [shown_title(k, language) for k in keys])
        dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for r, (row, shown) in enumerate(zip(self.rows, values, strict=True)):
            cells = [str(row.row), status_text(row)]
            cells += [short(shown.get(k, "")) for k in keys]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.rejected:
                    item.setForeground(dim)
                self.table.setItem(r, c, item)
            for problem in row.draft.problems:
                self._mark(r, keys, problem, language)
        self.table.resizeColumnsToContents()
        self.table.setCurrentCell(-1, -1)  # no cell looks picked before the user picks one
        self.legend.setText(
            translate(
                "ImportWizard",
                "The first {shown} of {total} rows, as they will be imported. Amber: changed "
                "on the way in; red: left out. Point at a marked cell to see why.",
            ).format(shown=len(self.rows), total=f"{self.state.data_rows():,}")
        )

    def _mark(self, r: int, keys: list[str], problem: CellProblem, language: str) -> None:
        target = self.state.mapping.get(problem.index) if problem.index is not None else None
        key = shown_key(target) if target else None
        item = self.table.item(r, 2 + keys.index(key)) if key in keys else self.table.item(r, 1)
        tint = ALTERED_TINT if problem.action == ALTERED else DROPPED_TINT
        item.setBackground(QBrush(tint))
        if problem.action == DROPPED and not item.text() and problem.value:
            item.setText(short(problem.value))  # what was found, struck out: it stays behind
            font = QFont(item.font())
            font.setStrikeOut(True)
            item.setFont(font)
        note = f"{problem.value} — {problem.reason(language)}" if problem.value else ""
        note = note or problem.reason(language)
        item.setToolTip("\n".join(t for t in (item.toolTip(), note) if t))

    def retranslate_ui(self) -> None:
        if self.rows:  # the language changed while the preview is up
            self._fill()
        self.setTitle(translate("ImportWizard", "Preview"))
        self.setSubTitle(translate("ImportWizard", "Check the values before anything is written."))
