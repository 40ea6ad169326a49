"""The pages of the main window, in navigation order, with the details dock and the settings menu (GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from .accounts_page import AccountsPage
from .agents_page import AgentsPage
from .dashboard_page import DashboardPage
from .designer_page import DesignerPage
from .details_panel import DetailsPanel
from .map_page import MapPage
from .security_menu import SecurityMenu
from .settings_dialog import TILE_URL_KEY, SettingsDialog, app_settings
from .visits_page import VisitsPage


def build_pages(window, host) -> None:
    """Create every page and add it to the window's navigation."""
    map_page = MapPage(host)
    if tiles := str(app_settings().value(TILE_URL_KEY, "") or ""):
        map_page.set_tile_url(tiles)
    window.add_page("map", window.tr("Mapa"), map_page)
    visits = VisitsPage(host)
    window.add_page("visits", window.tr("Visitas"), visits)
    visits.center_on_visit.connect(lambda lat, lon, _id: (window.show_page("map"), map_page.center_on(lat, lon)))
    window.add_page("agents", window.tr("Gestores y dispositivos"), AgentsPage(host))
    window.add_page("accounts", window.tr("Cartera"), AccountsPage(host))
    window.add_page("questionnaires", window.tr("Cuestionarios"), DesignerPage(host))
    dashboard = DashboardPage(host)
    window.add_page("dashboard", window.tr("Indicadores"), dashboard)
    dashboard.open_visits.connect(lambda *args: (window.show_page("visits"), visits.show_visits(*args)))

    details = DetailsPanel(host)
    dock = QDockWidget(window.tr("Detalles"), window)
    dock.setObjectName("details")
    dock.setWidget(details)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    map_page.selected.connect(details.show_item)
    window.pages.currentChanged.connect(lambda index: dock.setVisible(window.pages.widget(index) is map_page))

    def open_settings() -> SettingsDialog:
        dialog = SettingsDialog(host, window)
        dialog.tile_url_changed.connect(map_page.set_tile_url)
        dialog.saved.connect(lambda _branch: (map_page.reload(), visits.reload()))  # time zone, default radius
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    settings_action = QAction(window.tr("Configuración…"), window)
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_action.triggered.connect(open_settings)
    file_menu = window.menuBar().addMenu(window.tr("Archivo"))
    file_menu.addAction(settings_action)
    window.security_menu = SecurityMenu(window, host, file_menu)  # Usuarios…, Auditoría…, Cambiar mi contraseña…
