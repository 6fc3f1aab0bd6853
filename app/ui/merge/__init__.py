"""Merging duplicates: the list of likely duplicate groups, the merge dialog, its undo.

- :mod:`.duplicates_list`: the groups of look-alike clients (``open_duplicates``);
- :mod:`.dialog`: two clients side by side, a choice per differing field (``open_merge``);
- :mod:`.undo`: the notice after a merge and its Undo (``offer_undo``);
- :mod:`.texts`, :mod:`.choice_button`: how values read, and the radio buttons.

The Clients page loads this package on first use, by name (``merge_entry``).
"""

from app.ui.merge.choice_button import ChoiceButton
from app.ui.merge.dialog import MERGED, MergeDialog, load_preview, open_merge
from app.ui.merge.duplicates_list import DuplicatesDialog, open_duplicates
from app.ui.merge.undo import offer_undo, undo_now

__all__ = [
    "MERGED",
    "ChoiceButton",
    "DuplicatesDialog",
    "MergeDialog",
    "load_preview",
    "offer_undo",
    "open_duplicates",
    "open_merge",
    "undo_now",
]
