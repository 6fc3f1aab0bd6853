"""Alembic environment: always handed an open connection by app.models.migrate."""

from alembic import context

from app.models import Base
from app.models.search import FTS_TABLE


def _include(obj, name, type_, reflected, compare_to) -> bool:
    # The FTS5 virtual table and its shadow tables are managed by hand.
    return not (type_ == "table" and name and name.startswith(FTS_TABLE))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table rebuilds
    include_object=_include,
)
with context.begin_transaction():
    context.run_migrations()
