"""Print preview with page setup and printing (Qt's dialog), plus "Export PDF…".

The PDF is written by our own writer rather than Qt's print-to-file, so the
Chinese font is embedded and the text extracts as the characters printed
(see ``pdf.py``). Paper size and orientation chosen in page setup carry over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from app.ui import settings
from app.ui.icons import icon
from app.ui.printing.pages import PrintDocument, page_layout, render
from app.ui.printing.pdf import cjk_family, write_pdf

translate = QCoreApplication.translate
PAPER = settings.ChoiceSetting("printing/paper", "a4", ("a4", "letter"))
LAST_FOLDER = settings.TextSetting("printing/last_folder", "")


class _Busy:
    """A wait cursor while a long document is laid out."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def show_preview(
    parent: QWidget | None, document: PrintDocument, file_name: str, paper: str | None = None
) -> QPrintPreviewDialog:
    """Open the preview of ``document`` (modal); its toolbar also exports a PDF."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper or PAPER.get()))
    printer.setDocName(document.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreviewDialog")
    dialog.setWindowTitle(
        translate("PrintPreview", "Print preview — {title}").format(title=document.title)
    )
    family = cjk_family()
    dialog.paintRequested.connect(lambda device: _paint(device, document, family))
    export = QAction(icon("export"), translate("PrintPreview", "Export PDF…"), dialog)
    export.setObjectName("exportPdfAction")
    export.triggered.connect(lambda: export_pdf(dialog, document, file_name, printer.pageLayout()))
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addAction(export)
    dialog.addAction(export)
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(1000, screen.width()), min(900, screen.height()))
    dialog.exec()
    return dialog


def _paint(printer: QPrinter, document: PrintDocument, family: str) -> None:
    with _Busy():
        render(printer, document, family)


def export_pdf(
    parent: QWidget | None, document: PrintDocument, file_name: str, layout: QPageLayout
) -> Path | None:
    """Ask where, write the PDF, say so; None when the user cancels."""
    folder = LAST_FOLDER.get() or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("PrintPreview", "Export PDF"),
        str(Path(folder) / file_name),
        translate("PrintPreview", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen).with_suffix(".pdf")
    try:
        with _Busy():
            pages = write_pdf(path, document, layout)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("PrintPreview", "Not exported"),
            translate("PrintPreview", "The PDF could not be written:\n{error}").format(error=exc),
        )
        return None
    LAST_FOLDER.set(str(path.parent))
    QMessageBox.information(
        parent,
        translate("PrintPreview", "PDF exported"),
        translate("PrintPreview", "{pages} pages written to\n{path}").format(
            pages=pages, path=path
        ),
    )
    return path
