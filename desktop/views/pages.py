"""The pages of the main window, in navigation order (GUI thread)."""

from __future__ import annotations

from .accounts_page import AccountsPage
from .agents_page import AgentsPage
from .map_page import MapPage
from .visits_page import VisitsPage


def build_pages(window, host) -> None:
    """Create every page and add it to the window's navigation."""
    map_page = MapPage(host)
    window.add_page("map", window.tr("Mapa"), map_page)
    visits = VisitsPage(host)
    window.add_page("visits", window.tr("Visitas"), visits)
    visits.center_on_visit.connect(lambda lat, lon, _id: (window.show_page("map"), map_page.center_on(lat, lon)))
    window.add_page("agents", window.tr("Gestores y dispositivos"), AgentsPage(host))
    window.add_page("accounts", window.tr("Cartera"), AccountsPage(host))
