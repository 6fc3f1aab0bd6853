"""Printing: the visit plan and the dossier sheet, on paper and as PDF.

Entry points: ``plan_dialog.open_print_preview(parent, database)`` (the visit
plan dialog: period, order, times, then preview, print or PDF) and
``dossier_preview.open_print_preview(parent, database, customer_id)``; the CLI
uses ``pdf.write_pdf`` with ``plan_layout.plan_document`` or
``sheet_layout.sheet_document``. ``pages`` paginates blocks and draws the
header and footer; ``blocks`` holds the QTextDocument cards and notes areas.
"""
