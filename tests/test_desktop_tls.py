"""The app serving HTTPS: the pairing dialog's QR carries https URLs, the public URL first, and the
certificate's fingerprint; a phone pairing with it over real HTTPS closes the dialog."""

from __future__ import annotations

import asyncio

import pytest

from mobile_protocol.device.client import make_session
from mobile_protocol.device.pairing import PairTarget, pair_device, parse_pair_uri
from mobile_protocol.device.state import DeviceState
from syncserver.config import ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.tls import certificate_fingerprint, default_tls_files
from tests.plugins.desktop import open_pairing_for

PUBLIC = "https://cobranza.example.com:8750"


@pytest.fixture
def tls_host(qtbot, tmp_path):
    from desktop.server_host import ServerHost
    from desktop.views.main_window import MainWindow

    data_dir = tmp_path / "desk"
    open_database(data_dir).dispose()
    host = ServerHost(ServerConfig(data_dir=data_dir, host="127.0.0.1", port=0, discovery=False,
                                   public_url=PUBLIC, tls=True))
    window = MainWindow(host)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(host.started, timeout=30_000):
        host.start()
    yield host, window
    window.close()


def test_pairing_over_https_with_the_pinned_certificate(tls_host, qtbot, tmp_path):
    host, window = tls_host
    dialog = open_pairing_for(qtbot, host, window, "G-01", "Gestora Uno")

    target = parse_pair_uri(dialog.uri)
    assert target.fingerprint == host.fingerprint == certificate_fingerprint(default_tls_files(host.config.data_dir).cert)
    assert target.urls[0] == PUBLIC and all(url.startswith("https://") for url in target.urls)
    assert window.urls_label.text().startswith(f"Servidor: {PUBLIC}  ·  https://")

    async def pair() -> None:  # the phone, on this machine: the LAN URLs' port is the server's
        state = DeviceState(tmp_path / "phone.sqlite3")
        try:
            async with make_session() as session:
                local = f"https://127.0.0.1:{host.port}"
                await pair_device(state, session, PairTarget(code=target.code, urls=[local],
                                                             fingerprint=target.fingerprint))
        finally:
            state.close()

    with qtbot.waitSignal(dialog.paired, timeout=10_000):
        asyncio.run(pair())
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
