"""What the mapping page shows per column: the target drop-down, sample values, and
whether the dates of the file need the user to say which comes first, day or month."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QComboBox

from app.models.db import Database
from app.models.enums import FieldType
from app.services.custom_fields import list_fields
from app.services.fields import FIELDS
from app.services.importing import DateOrder, ImportTarget, SheetPreview
from app.services.importing.targets import CUSTOM_PREFIX
from app.ui.import_wizard.header_page import cell_text, short

translate = QCoreApplication.translate
TARGET_ROLE = Qt.ItemDataRole.UserRole
SAMPLES = 3
# The drop-down's headings, in the order an account manager thinks of a dossier.
GROUPS = {
    "basic": QT_TRANSLATE_NOOP("ImportWizard", "Basic"),
    "contact": QT_TRANSLATE_NOOP("ImportWizard", "Contact details"),
    "business": QT_TRANSLATE_NOOP("ImportWizard", "Business"),
    "personal": QT_TRANSLATE_NOOP("ImportWizard", "Personal"),
    "logistics": QT_TRANSLATE_NOOP("ImportWizard", "Logistics"),
    "segment": QT_TRANSLATE_NOOP("ImportWizard", "Segmentation"),
    "custom": QT_TRANSLATE_NOOP("ImportWizard", "Custom fields"),
}
# 03/02/1985 and 3.2.1985: the only writings whose reading depends on the order.
DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\b")


def fill_target_combo(combo: QComboBox, targets: Iterable[ImportTarget], language: str) -> None:
    """ "Don't import" first, then every target under its group's heading."""
    combo.clear()
    combo.addItem(translate("ImportWizard", "— Don't import —"), "")
    by_group: dict[str, list[ImportTarget]] = {}
    for target in targets:
        by_group.setdefault(target.group, []).append(target)
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    for group in sorted(by_group, key=lambda g: list(GROUPS).index(g) if g in GROUPS else 99):
        combo.insertSeparator(combo.count())
        combo.addItem(translate("ImportWizard", GROUPS.get(group, group)))
        heading = model.item(combo.count() - 1)
        heading.setEnabled(False)  # a heading, not a choice
        heading.setSelectable(False)
        font = QFont(combo.font())
        font.setBold(True)
        heading.setFont(font)
        for target in by_group[group]:
            combo.addItem(target.label(language), target.key)
    combo.setMaxVisibleItems(24)


def data_values(preview: SheetPreview, header_row: int, column: int) -> Iterator[object]:
    """The non-blank values of ``column`` in the preview's rows below the header."""
    for number, values in preview.rows:
        if number > header_row and column < len(values) and values[column] not in (None, ""):
            yield values[column]


def sample_text(preview: SheetPreview, header_row: int, column: int) -> str:
    found = []
    for value in data_values(preview, header_row, column):
        found.append(short(cell_text(value)))
        if len(found) == SAMPLES:
            break
    return " · ".join(found)


def date_targets(database: Database) -> set[str]:
    """Targets read as dates: birthday, anniversaries, date fields, custom date fields."""
    keys = {k for k, spec in FIELDS.items() if spec.kind in ("date", "monthday")}
    keys |= {"birthday", "anniversaries"}
    custom = list_fields(database)
    return keys | {CUSTOM_PREFIX + f.name for f in custom if f.field_type == FieldType.DATE}


def slashed_dates(
    preview: SheetPreview, header_row: int, mapping: Mapping[int, str], dates: set[str]
) -> list[str]:
    """Values such as 03/02/1985 in the date columns of the preview: their reading
    depends on the order the user chooses."""
    found = []
    for column, target in sorted(mapping.items()):
        if target in dates:
            for value in data_values(preview, header_row, column):
                match = DAY_MONTH_YEAR.match(str(value))
                if match:
                    found.append(match[0].strip())
    return found


def evident_order(samples: Iterable[str]) -> DateOrder | None:
    """The order the samples themselves prove (13/02/1985 can only be day first)."""
    for sample in samples:
        match = DAY_MONTH_YEAR.match(sample)
        if match and int(match[1]) > 12 >= int(match[2]):
            return "dmy"
        if match and int(match[2]) > 12 >= int(match[1]):
            return "mdy"
    return None


def ambiguous(samples: Iterable[str]) -> str | None:
    """The first sample that reads as two different dates (03/02/1985), if any."""
    for sample in samples:
        match = DAY_MONTH_YEAR.match(sample)
        if match and int(match[1]) <= 12 and int(match[2]) <= 12 and match[1] != match[2]:
            return sample
    return None
