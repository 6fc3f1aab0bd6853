"""ORM classes, the database connection and migrations. No Qt here."""

from app.models.base import Base, utcnow
from app.models.contact import Address, Anniversary, Email, FamilyMember, Phone
from app.models.custom import AppSetting, CustomFieldDef, CustomFieldValue, Tag, customer_tag
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
from app.models.search import FTS_DDL, FTS_TABLE, search_key
from app.models.workspace import ImportBatch, ImportChange, SavedView

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
    "Order",
    "Phone",
    "Promotion",
    "SavedView",
    "ServiceRequest",
    "Tag",
    "customer_tag",
    "search_key",
    "utcnow",
]
