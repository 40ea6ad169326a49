"""The pages of the main window, in navigation order, with the details dock and the settings menu (GUI thread).

Only the map is built at start; every other page is registered with `lazy`, which imports its module
and builds it the first time it is shown or looked up, then wires its signals.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget

from .alerts_badge import add_alerts_page
from .details_panel import DetailsPanel
from .map_page import MapPage
from .route_plan_panel import RoutePlanPanel
from .security_menu import SecurityMenu
from ..app_settings import TILE_URL_KEY, app_settings


def lazy(module: str, name: str, host, wire: Callable[[QWidget], None] | None = None) -> Callable[[], QWidget]:
    """A builder for `add_page`: imports `desktop.views.<module>` only when the page is built."""

    def build() -> QWidget:
        page = getattr(import_module(f"{__package__}.{module}"), name)(host)
        if wire is not None:
            wire(page)
        return page

    return build


def build_pages(window, host) -> None:
    """Create the map page, register the others, and add them to the window's navigation."""
    map_page = MapPage(host)
    if tiles := str(app_settings().value(TILE_URL_KEY, "") or ""):
        map_page.set_tile_url(tiles)
    window.add_page("map", window.tr("Mapa"), map_page)

    def show(key: str) -> Callable[..., QWidget]:
        return lambda *_args: window.show_page(key)

    def new_agreement(source) -> None:  # a new agreement: show it among the others
        source.agreement_created.connect(lambda agreement_id: show("agreements")().reload(show=agreement_id))

    def wire_visits(visits) -> None:
        visits.center_on_visit.connect(lambda lat, lon, _id: (show("map")(), map_page.center_on(lat, lon)))
        new_agreement(visits)

    window.add_page("visits", window.tr("Visitas"), lazy("visits_page", "VisitsPage", host, wire_visits))
    window.add_page("agents", window.tr("Gestores y dispositivos"), lazy("agents_page", "AgentsPage", host))
    window.add_page("accounts", window.tr("Cartera"), lazy("accounts_page", "AccountsPage", host, new_agreement))
    window.add_page("strategy", window.tr("Estrategia"), lazy("strategy_page", "StrategyPage", host, lambda page: (
        page.show_in_accounts.connect(lambda ids: show("accounts")().show_accounts(ids)))))
    window.add_page("promises", window.tr("Promesas"), lazy("promises_page", "PromisesPage", host, new_agreement))
    window.add_page("agreements", window.tr("Convenios"), lazy("agreements_page", "AgreementsPage", host))
    window.add_page("questionnaires", window.tr("Cuestionarios"), lazy("designer_page", "DesignerPage", host))
    window.add_page("dashboard", window.tr("Indicadores"), lazy("dashboard_page", "DashboardPage", host, lambda page: (
        page.open_visits.connect(lambda *args: show("visits")().show_visits(*args)))))
    window.add_page("reports", window.tr("Informes"), lazy("reports_page", "ReportsPage", host))

    details = DetailsPanel(host)
    dock = QDockWidget(window.tr("Detalles"), window)
    dock.setObjectName("details")
    dock.setWidget(details)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    map_page.selected.connect(details.show_item)
    add_alerts_page(window, host, lazy, show_visit=lambda visit_id: (
        window.show_page("map"), dock.setVisible(True), details.show_item("visits", str(visit_id))))
    window.pages.currentChanged.connect(lambda index: dock.setVisible(window.pages.widget(index) is map_page))
    window.route_panel = RoutePlanPanel(host)  # each agent's planned visit order, drawn on the map
    routes_dock = QDockWidget(window.tr("Rutas del día"), window)
    routes_dock.setObjectName("route_plans")
    routes_dock.setWidget(window.route_panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, routes_dock)
    window.route_panel.plan_shown.connect(map_page.plan.show)
    window.pages.currentChanged.connect(lambda index: routes_dock.setVisible(window.pages.widget(index) is map_page))
    add_menu(window, host, map_page)


def add_menu(window, host, map_page: MapPage) -> None:
    """The Archivo menu: settings, mail, reminders, and the security entries; dialogs load when opened."""

    def opener(module: str, name: str, wire: Callable[[QWidget], None] | None = None) -> Callable[[], QWidget]:
        def open_dialog() -> QWidget:
            dialog = getattr(import_module(f"{__package__}.{module}"), name)(host, window)
            if wire is not None:
                wire(dialog)
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return dialog
        return open_dialog

    def wire_settings(dialog) -> None:
        dialog.tile_url_changed.connect(map_page.set_tile_url)
        # time zone, default radius: pages not built yet read them when they are
        dialog.saved.connect(lambda _branch: (map_page.reload(), (visits := window.built_page("visits")) and visits.reload()))

    file_menu = window.menuBar().addMenu(window.tr("Archivo"))
    settings_action = QAction(window.tr("Configuración…"), window)
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_action.triggered.connect(opener("settings_dialog", "SettingsDialog", wire_settings))
    file_menu.addAction(settings_action)
    mail_action = QAction(window.tr("Correo…"), window)
    mail_action.triggered.connect(opener("mail_dialog", "MailDialog"))
    file_menu.addAction(mail_action)
    reminders_action = QAction(window.tr("Recordatorios a deudores…"), window)
    reminders_action.triggered.connect(opener("reminders_dialog", "RemindersDialog"))
    file_menu.addAction(reminders_action)
    window.security_menu = SecurityMenu(window, host, file_menu)  # Usuarios…, Auditoría…, Cambiar mi contraseña…
