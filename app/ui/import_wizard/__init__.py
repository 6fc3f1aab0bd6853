"""The import wizard (File › Import…): a client list or a vCard file into the notebook.

Built on ``app.services.importing``; see :mod:`.wizard` for the pages. The
package loads on first use, not at start-up: the services it needs bring
openpyxl and calamine with them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.models.db import Database

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard


def open_import_wizard(
    parent: QWidget | None, database: Database, path: str | Path | None = None
) -> ImportWizard:
    """Open the import wizard (see :func:`.wizard.open_import_wizard`)."""
    from app.ui.import_wizard.wizard import open_import_wizard as open_wizard

    return open_wizard(parent, database, path)
