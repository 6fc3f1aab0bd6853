"""The Qt desktop interface. Only this package may import PySide6."""

from pathlib import Path

# resources/ sits beside app/ in the source tree; an installer must keep that layout.
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
