"""Domain logic: pure Python, no Qt. Each public function opens one session.

The package makes sure the search-index hook is registered before the first
session of any database exists, so every ORM write that touches a client
keeps the index in step. It registers it then, not on import: importing
SQLAlchemy is what start-up must not wait for.
"""

from app.models.db import before_first_session


def _register_search_index_hook() -> None:
    from app.services import search_index  # noqa: F401  (its import registers the hook)


before_first_session(_register_search_index_hook)
