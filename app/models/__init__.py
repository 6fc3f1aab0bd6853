"""ORM classes, the database connection and migrations. No Qt here.

The ORM classes load on first use (PEP 562): ``from app.models import Customer``
works as ever, while ``app.models.enums`` and ``app.models.db`` can be imported
without SQLAlchemy (~0.5 s), which is what lets the window show its client
list before the ORM is needed. Whichever class is asked for, every model
module loads, so relationships between them always resolve.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The model modules and what each one exports here.
_EXPORTS = {
    "app.models.base": ("Base", "utcnow"),
    "app.models.contact": ("Address", "Anniversary", "Email", "FamilyMember", "Phone"),
    "app.models.custom": (
        "AppSetting",
        "CustomFieldDef",
        "CustomFieldValue",
        "Tag",
        "customer_tag",
    ),
    "app.models.customer": ("Customer",),
    "app.models.history": (
        "Assessment",
        "AssessmentAnswer",
        "Attachment",
        "ChurnRecord",
        "Complaint",
        "FollowUp",
        "Interaction",
        "LoyaltyEntry",
        "Order",
        "Promotion",
        "ServiceRequest",
    ),
    "app.models.merge": ("MergeRecord",),
    "app.models.search": ("FTS_DDL", "FTS_TABLE", "padded_key"),
    "app.models.workspace": ("ImportBatch", "ImportChange", "SavedView"),
}
_HOME = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "FTS_DDL",
    "FTS_TABLE",
    "Address",
    "Anniversary",
    "AppSetting",
    "Assessment",
    "AssessmentAnswer",
    "Attachment",
    "Base",
    "ChurnRecord",
    "Complaint",
    "CustomFieldDef",
    "CustomFieldValue",
    "Customer",
    "Email",
    "FamilyMember",
    "FollowUp",
    "ImportBatch",
    "ImportChange",
    "Interaction",
    "LoyaltyEntry",
    "MergeRecord",
    "Order",
    "Phone",
    "Promotion",
    "SavedView",
    "ServiceRequest",
    "Tag",
    "customer_tag",
    "padded_key",
    "utcnow",
]


def load_all() -> None:
    """Import every model module (idempotent): all tables and mappers registered."""
    for module in _EXPORTS:
        importlib.import_module(module)


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'app.models' has no attribute {name!r}")
    load_all()
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


if TYPE_CHECKING:  # what type checkers and editors see
    from app.models.base import Base, utcnow
    from app.models.contact import Address, Anniversary, Email, FamilyMember, Phone
    from app.models.custom import (
        AppSetting,
        CustomFieldDef,
        CustomFieldValue,
        Tag,
        customer_tag,
    )
    from app.models.customer import Customer
    from app.models.history import (
        Assessment,
        AssessmentAnswer,
        Attachment,
        ChurnRecord,
        Complaint,
        FollowUp,
        Interaction,
        LoyaltyEntry,
        Order,
        Promotion,
        ServiceRequest,
    )
    from app.models.merge import MergeRecord
    from app.models.search import FTS_DDL, FTS_TABLE, padded_key
    from app.models.workspace import ImportBatch, ImportChange, SavedView
