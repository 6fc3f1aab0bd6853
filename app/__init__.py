"""Rapport (客情簿): an offline client-relationship notebook."""

# Declared here once; pyproject.toml reads it (dynamic version), and reading a
# constant costs nothing at start-up, unlike importlib.metadata.
__version__ = "0.1.0"
