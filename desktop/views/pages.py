"""The pages of the main window, in navigation order, with the details dock and the settings menu (GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from .accounts_page import AccountsPage
from .agents_page import AgentsPage
from .agreements_page import AgreementsPage
from .alerts_badge import add_alerts_page
from .dashboard_page import DashboardPage
from .designer_page import DesignerPage
from .details_panel import DetailsPanel
from .mail_dialog import MailDialog
from .map_page import MapPage
from .promises_page import PromisesPage
from .reminders_dialog import RemindersDialog
from .reports_page import ReportsPage
from .route_plan_panel import RoutePlanPanel
from .security_menu import SecurityMenu
from .settings_dialog import TILE_URL_KEY, SettingsDialog, app_settings
from .strategy_page import StrategyPage
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
    accounts = AccountsPage(host)
    window.add_page("accounts", window.tr("Cartera"), accounts)
    strategy = StrategyPage(host)
    window.add_page("strategy", window.tr("Estrategia"), strategy)
    strategy.show_in_accounts.connect(lambda ids: (window.show_page("accounts"), accounts.show_accounts(ids)))
    promises = PromisesPage(host)
    window.add_page("promises", window.tr("Promesas"), promises)
    agreements = AgreementsPage(host)
    window.add_page("agreements", window.tr("Convenios"), agreements)
    for source in (accounts, promises, visits):  # a new agreement: show it among the others
        source.agreement_created.connect(lambda agreement_id: (window.show_page("agreements"),
                                                               agreements.reload(show=agreement_id)))
    window.add_page("questionnaires", window.tr("Cuestionarios"), DesignerPage(host))
    dashboard = DashboardPage(host)
    window.add_page("dashboard", window.tr("Indicadores"), dashboard)
    dashboard.open_visits.connect(lambda *args: (window.show_page("visits"), visits.show_visits(*args)))
    window.add_page("reports", window.tr("Informes"), ReportsPage(host))
    add_alerts_page(window, host, visits=visits, accounts=accounts, agreements=agreements)

    details = DetailsPanel(host)
    dock = QDockWidget(window.tr("Detalles"), window)
    dock.setObjectName("details")
    dock.setWidget(details)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    map_page.selected.connect(details.show_item)
    window.alerts_page.go_to.connect(lambda kind, item: kind == "visit" and (
        window.show_page("map"), dock.setVisible(True), details.show_item("visits", str(item))))
    window.pages.currentChanged.connect(lambda index: dock.setVisible(window.pages.widget(index) is map_page))
    window.route_panel = RoutePlanPanel(host)  # each agent's planned visit order, drawn on the map
    routes_dock = QDockWidget(window.tr("Rutas del día"), window)
    routes_dock.setObjectName("route_plans")
    routes_dock.setWidget(window.route_panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, routes_dock)
    window.route_panel.plan_shown.connect(map_page.plan.show)
    window.pages.currentChanged.connect(lambda index: routes_dock.setVisible(window.pages.widget(index) is map_page))

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
    def open_mail() -> MailDialog:
        dialog = MailDialog(host, window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    mail_action = QAction(window.tr("Correo…"), window)
    mail_action.triggered.connect(open_mail)
    file_menu = window.menuBar().addMenu(window.tr("Archivo"))
    file_menu.addAction(settings_action)
    file_menu.addAction(mail_action)

    def open_reminders() -> RemindersDialog:
        dialog = RemindersDialog(host, window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    reminders_action = QAction(window.tr("Recordatorios a deudores…"), window)
    reminders_action.triggered.connect(open_reminders)
    file_menu.addAction(reminders_action)
    window.security_menu = SecurityMenu(window, host, file_menu)  # Usuarios…, Auditoría…, Cambiar mi contraseña…
