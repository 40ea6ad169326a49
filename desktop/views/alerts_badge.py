"""The "Alertas" page in the navigation, with the open count on its item and in the status bar (GUI thread)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from .alerts_page import AlertsPage


def add_alerts_page(window, host, *, visits, accounts, agreements) -> AlertsPage:
    """Add the page; its count updates the navigation item and a status bar label as alerts come and go."""
    page = AlertsPage(host)
    window.add_page("alerts", window.tr("Alertas"), page)
    item = window.navigation.item(window.navigation.count() - 1)
    badge = QLabel()
    badge.setObjectName("alerts_badge")
    window.statusBar().addPermanentWidget(badge)
    window.alerts_page, window.alerts_badge = page, badge

    def show_count(count: int) -> None:
        item.setText(window.tr("Alertas (%d)") % count if count else window.tr("Alertas"))
        badge.setText(window.tr("Alertas abiertas: %d") % count)
        badge.setStyleSheet("color: #b3261e; font-weight: bold;" if count else "")

    page.open_count_changed.connect(show_count)
    show_count(0)

    def go_to(kind: str, item_id) -> None:
        if kind == "agent":
            window.show_page("agents").select_agent(str(item_id))
        elif kind == "account":
            window.show_page("accounts")
            accounts.show_accounts([int(item_id)])
        elif kind == "agreement":
            window.show_page("agreements")
            agreements.reload(show=int(item_id))

    page.go_to.connect(go_to)
    return page
