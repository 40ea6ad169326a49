"""Fixtures for the desktop: the real main window with its embedded server, offscreen."""

from __future__ import annotations

import pytest

from syncserver.agents import add_agent
from syncserver.config import ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.pairing import create_pairing_code


class Desk:
    """The running app as a test drives it: window, host, and helpers to set up the branch."""

    def __init__(self, window, host, qtbot) -> None:
        self.window = window
        self.host = host
        self.qtbot = qtbot

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.host.port}/api/v1"

    def add_agent(self, code: str, name: str | None = None):
        return add_agent(self.host.engine, code, name or f"Gestor {code}")

    def pairing_code(self, agent_code: str) -> str:
        return create_pairing_code(self.host.engine, agent_code).code


def open_pairing_for(qtbot, host, window, code: str, name: str):
    """Add agent `code`, show it on a Gestores page of `window` and open its pairing dialog, code issued."""
    from desktop.views.agents_page import AgentsPage  # noqa: PLC0415 - Qt

    add_agent(host.engine, code, name)
    page = AgentsPage(host)
    window.add_page("agents", "Gestores", page)
    window.show_page("agents")
    qtbot.waitUntil(lambda: page.loaded and page.agents_model.row_of(code) is not None, timeout=5000)
    page.select_agent(code)
    dialog = page.open_pairing()
    qtbot.waitUntil(lambda: dialog.code_info is not None, timeout=5000)
    return dialog


@pytest.fixture(autouse=True)
def _computer_clock():
    """Each test starts on this computer's clock: a host that read a branch's zone sets it for the process."""
    yield
    from desktop.branch_day import use_zone  # noqa: PLC0415 - Qt

    use_zone(None)


@pytest.fixture
def desk(qtbot, tmp_path):
    """The main window on a fresh data directory, server on 127.0.0.1 at a free port, no discovery."""
    from desktop.server_host import ServerHost
    from desktop.views.main_window import MainWindow

    data_dir = tmp_path / "desk"
    open_database(data_dir).dispose()
    # No nightly scoring: a branch in a named zone may be at its scoring hour while a test runs.
    host = ServerHost(ServerConfig(data_dir=data_dir, host="127.0.0.1", port=0, discovery=False, nightly_scoring=False))
    window = MainWindow(host)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(host.started, timeout=30_000):
        host.start()
    yield Desk(window, host, qtbot)
    window.close()
