"""What autogenerate compares; shared by env.py and the drift test."""

from app.models.search import FTS_TABLE


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # The FTS5 virtual table and its shadow tables are managed by hand.
    if type_ == "table" and name and name.startswith(FTS_TABLE):
        return False
    # 0002 added customer.import_batch_id by plain ALTER, so SQLite keeps its
    # foreign key unnamed; it matches the model, don't let autogenerate redo it.
    return not (
        type_ == "foreign_key_constraint"
        and obj.parent.name == "customer"
        and "import_batch_id" in obj.column_keys
    )
