"""What the wizard has learnt and the user has decided so far, shared by its pages.

Each page reads what the pages before it settled and writes its own part;
the plan handed to the import service is assembled here. A vCard file takes
the short road (no sheet, header or mapping): its cards are the drafts.
"""

from __future__ import annotations

from pathlib import Path

from app.models.db import Database
from app.services.custom_fields import list_fields
from app.services.importing import (
    ClientDraft,
    DateOrder,
    DuplicatePolicy,
    ImportPlan,
    ImportResult,
    SheetPreview,
    SourceFile,
)
from app.ui import settings
from app.ui.settings import ChoiceSetting

VCARD_SUFFIXES = (".vcf", ".vcard")
DATE_ORDER = ChoiceSetting("import/date_order", "mdy", ("mdy", "dmy"))
DUPLICATE_POLICY = ChoiceSetting(
    "import/duplicate_policy", DuplicatePolicy.SKIP.value, [p.value for p in DuplicatePolicy]
)


def is_vcard(path: Path) -> bool:
    return path.suffix.lower() in VCARD_SUFFIXES


class WizardState:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.path: Path | None = None
        self.source: SourceFile | None = None  # a sheet file, once opened
        self.cards: list[ClientDraft] | None = None  # a vCard file, once read
        self.sheet = ""
        self.preview: SheetPreview | None = None  # the top of ``sheet``
        self.header_row = 0
        self.headers: list[str] = []
        self.mapping: dict[int, str] = {}
        self.mapped_headers: list[str] | None = None  # the headers ``mapping`` was made for
        self.date_order: DateOrder = DATE_ORDER.get()  # type: ignore[assignment]
        self.policy = DuplicatePolicy(DUPLICATE_POLICY.get())
        self.decisions: dict[int, DuplicatePolicy] = {}
        self.result: ImportResult | None = None

    @property
    def vcard(self) -> bool:
        return self.cards is not None

    def custom_field_names(self) -> list[str]:
        return [f.name for f in list_fields(self.database)]

    def set_file(
        self, path: Path, source: SourceFile | None, cards: list[ClientDraft] | None
    ) -> None:
        """A newly opened file: everything learnt from the previous one is forgotten."""
        self.close()
        self.path, self.source, self.cards = path, source, cards
        self.sheet, self.preview, self.header_row, self.headers = "", None, 0, []
        self.decisions = {}
        self.result = None
        settings.LAST_IMPORT_FOLDER.set(str(path.parent))

    def set_sheet(self, sheet: str) -> None:
        if sheet != self.sheet:
            self.sheet, self.preview, self.decisions = sheet, None, {}

    def set_header_row(self, row: int) -> None:
        if self.preview is not None:
            self.header_row = row
            self.headers = self.preview.headers(row)

    def keep_date_order(self, order: DateOrder) -> None:
        self.date_order = order
        DATE_ORDER.set(order)

    def keep_policy(self, policy: DuplicatePolicy) -> None:
        self.policy = policy
        DUPLICATE_POLICY.set(policy.value)

    def plan(self) -> ImportPlan:
        return ImportPlan(
            self.sheet,
            self.header_row,
            dict(self.mapping),
            self.date_order,
            self.policy,
            dict(self.decisions),
        )

    def data_rows(self) -> int:
        """Rows below the header (the sheet's last used row counts blank ones too)."""
        if self.cards is not None:
            return len(self.cards)
        total = self.preview.total_rows if self.preview is not None else 0
        return max(total - self.header_row, 0)

    def close(self) -> None:
        if self.source is not None:
            self.source.close()
        self.source = None
