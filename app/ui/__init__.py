"""The Qt desktop interface. Only this package may import PySide6."""

from app.paths import resources_dir

RESOURCES_DIR = resources_dir()
