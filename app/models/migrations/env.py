"""Alembic environment: always handed an open connection by app.models.migrate."""

from alembic import context

from app.models import Base
from app.models.migrations.env_options import include_object

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table rebuilds
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
