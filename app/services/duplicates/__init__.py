"""Likely duplicate clients, merging two of them into one, and undoing a merge.

- :mod:`.finding`: groups of live clients sharing a phone, an email, or a name
  at the same company (``find_duplicates``), and a client's look-alikes
  (``duplicates_of``), in a few indexed SQL steps;
- :mod:`.preview`: what a merge would ask (conflicting fields) and do;
- :mod:`.merging`: the merge itself, one transaction, recorded (:mod:`.record`);
- :mod:`.undo`: both clients back as they were (``undo_merge``).
"""

from app.services.duplicates.briefs import ClientBrief
from app.services.duplicates.finding import (
    DuplicateCandidate,
    DuplicateGroup,
    Match,
    Reason,
    duplicates_of,
    find_duplicates,
)
from app.services.duplicates.keys import (
    COMPANY_SUFFIXES,
    MIN_PHONE_DIGITS,
    company_key,
    typed_digits,
)
from app.services.duplicates.merging import MergeResult, merge_customers
from app.services.duplicates.preview import (
    CUSTOM_PREFIX,
    HISTORY,
    MERGE_FIELDS,
    Choice,
    FieldConflict,
    MergePreview,
    merge_preview,
)
from app.services.duplicates.undo import UndoneMerge, undo_merge

__all__ = [
    "COMPANY_SUFFIXES",
    "CUSTOM_PREFIX",
    "HISTORY",
    "MERGE_FIELDS",
    "MIN_PHONE_DIGITS",
    "Choice",
    "ClientBrief",
    "DuplicateCandidate",
    "DuplicateGroup",
    "FieldConflict",
    "Match",
    "MergePreview",
    "MergeResult",
    "Reason",
    "UndoneMerge",
    "company_key",
    "duplicates_of",
    "find_duplicates",
    "merge_customers",
    "merge_preview",
    "typed_digits",
    "undo_merge",
]
