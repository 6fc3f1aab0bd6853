"""The Reports page plugged into the main window, and where its clicks lead.

:func:`install_reports_page` replaces the Reports placeholder. A click on a
bar opens the Clients page filtered to the clients behind it (the status bar
says so when the list can only show a wider set, e.g. the whole band of a
histogram bin); a click on a top client opens the dossier. F5 rebuilds the
report while the page is shown.

- ``page``: the page (filter bar, busy bar, chart grid, exports);
- ``period_bar``: the period presets, custom dates and tag;
- ``chart_panel``: one chart's canvas (imported with matplotlib on first show);
- ``loader``: the worker thread building the report;
- ``export``: the save dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.services.client_list import ListFilter
from app.ui.client_list.page import ClientsPage
from app.ui.icons import icon
from app.ui.main_window import MainWindow, builtin_page_titles
from app.ui.reports.page import ReportsPage

__all__ = ["ReportsPage", "install_reports_page"]

translate = QCoreApplication.translate
MESSAGE_MS = 10_000


def install_reports_page(window: MainWindow, today: Callable[[], date] = date.today) -> ReportsPage:
    """Put the Reports page into ``window``; ``today`` is injectable for tests."""
    page = ReportsPage(window.database, today=today)
    window.add_page("reports", builtin_page_titles()["reports"], icon("reports"), page)
    page.clients_requested.connect(lambda flt, exact: _open_clients(window, flt, exact))
    page.client_requested.connect(lambda client_id: _open_dossier(window, client_id))
    page.saved.connect(lambda text: window.statusBar().showMessage(text, MESSAGE_MS))
    window.refresh_requested.connect(
        lambda: page.refresh() if window.current_page_key() == "reports" else None
    )
    return page


def _open_clients(window: MainWindow, flt: ListFilter, exact: bool) -> None:
    clients = window.page("clients")
    if not isinstance(clients, ClientsPage):
        return
    clients.show_filter(flt)
    window.show_page("clients")
    if not exact:
        window.statusBar().showMessage(
            translate(
                "ReportsPage",
                "The list cannot select exactly the clients of that bar; it shows the nearest"
                " wider set.",
            ),
            MESSAGE_MS,
        )


def _open_dossier(window: MainWindow, client_id: int) -> None:
    from app.ui.dossier import open_dossier  # the editor loads on first use

    open_dossier(window, window.database, client_id)
