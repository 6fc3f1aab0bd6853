"""Rapport (客情簿): an offline client-relationship notebook."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rapport")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
