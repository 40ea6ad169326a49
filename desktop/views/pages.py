"""The pages of the main window, in navigation order (GUI thread)."""

from __future__ import annotations

from .agents_page import AgentsPage


def build_pages(window, host) -> None:
    """Create every page and add it to the window's navigation."""
    window.add_page("agents", window.tr("Gestores y dispositivos"), AgentsPage(host))
