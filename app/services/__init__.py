"""Domain logic: pure Python, no Qt. Each public function opens one session.

Importing the package registers the search-index hook, so every ORM write
that touches a client keeps the index in step.
"""

from app.services import search_index as _search_index  # noqa: F401  (registers the hook)
