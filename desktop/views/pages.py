"""The pages of the main window, in navigation order (GUI thread)."""

from __future__ import annotations

from .accounts_page import AccountsPage
from .agents_page import AgentsPage
from .visits_page import VisitsPage


def build_pages(window, host) -> None:
    """Create every page and add it to the window's navigation."""
    visits = VisitsPage(host)
    window.add_page("visits", window.tr("Visitas"), visits)
    window.add_page("agents", window.tr("Gestores y dispositivos"), AgentsPage(host))
    window.add_page("accounts", window.tr("Cartera"), AccountsPage(host))
