"""Undoing a merge from the notice that follows it.

After a merge the Clients page and the duplicates list show a notice with an
Undo button; Undo puts both clients back as they were (one service call) and
says why when it cannot: the merge was undone already, or one of the two
clients changed or was merged again since.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.models.db import Database
from app.services.duplicates import MergeResult, undo_merge
from app.services.errors import FieldError, NotFoundError, ValidationError
from app.ui.merge.dialog import MERGED
from app.ui.notice_bar import NoticeBar
from app.ui.operations import Changed, announce

translate = QCoreApplication.translate


def merged_text(result: MergeResult) -> str:
    return translate("MergeUndo", "Merged {other} into {keep}; {other} is in Trash.").format(
        other=_name(result, result.other_id), keep=_name(result, result.keep_id)
    )


def offer_undo(
    notice: NoticeBar, parent: QWidget | None, database: Database, result: MergeResult
) -> None:
    """Say on ``notice`` that the merge is done, with an Undo button."""
    notice.show_notice(merged_text(result), lambda: undo_now(notice, parent, database, result))


def undo_now(
    notice: NoticeBar | None, parent: QWidget | None, database: Database, result: MergeResult
) -> bool:
    """Undo the merge; True when both clients are back, False after saying why not."""
    title = translate("MergeUndo", "Cannot undo the merge")
    try:
        undo_merge(database, result.merge_id)
    except ValidationError as exc:
        lines = [_refusal(error, result) for error in exc.errors]
        QMessageBox.warning(parent, title, "\n".join(dict.fromkeys(lines)))
        return False
    except NotFoundError:  # either client was deleted for good meanwhile
        message = translate(
            "MergeUndo", "One of the two clients was deleted for good; the merge cannot be undone."
        )
        QMessageBox.warning(parent, title, message)
        announce(Changed.MEMBERSHIP)
        return False
    announce(MERGED, (result.keep_id, result.other_id))
    if notice is not None:
        text = translate("MergeUndo", "Merge undone: {keep} and {other} are separate again.")
        keep, other = _name(result, result.keep_id), _name(result, result.other_id)
        notice.show_notice(text.format(keep=keep, other=other))
    return True


def _name(result: MergeResult, ident: int) -> str:
    name = result.keep_name if ident == result.keep_id else result.other_name
    return f"{name} #{ident}"


def _refusal(error: FieldError, result: MergeResult) -> str:
    client = _name(result, error.value) if isinstance(error.value, int) else ""
    if error.code == "already_undone":
        return translate("MergeUndo", "This merge was undone already.")
    if error.code == "merged_later":
        return translate(
            "MergeUndo", "{client} was merged with another client since; undo that merge first."
        ).format(client=client)
    if error.code == "changed_since_merge":
        return translate(
            "MergeUndo",
            "{client} was changed after the merge (edited, restored from Trash or given new "
            "history); undoing the merge would lose that.",
        ).format(client=client)
    return f"{error.field}: {error.message}"
