"""The public URL saved in Configuración becomes the first URL of the pairing QR (plain HTTP here), and a phone
pairs with the code it carries."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from PySide6.QtCore import QSettings

from mobile_protocol.device.client import make_session
from mobile_protocol.device.pairing import PairTarget, pair_device, parse_pair_uri
from mobile_protocol.device.state import DeviceState
from syncserver.db.bootstrap import open_database
from tests.plugins.desktop import open_pairing_for

PUBLIC = "http://cobranza.example.com:8750"


def test_the_saved_public_url_is_the_qrs_first_url(qtbot, tmp_path):
    from desktop.app import parse_args, server_config
    from desktop.server_host import ServerHost
    from desktop.views.main_window import MainWindow
    from desktop.views.settings_dialog import PUBLIC_URL_KEY

    stored = QSettings(str(tmp_path / "campo.ini"), QSettings.Format.IniFormat)
    stored.setValue(PUBLIC_URL_KEY, PUBLIC)  # as Configuración saves it
    data_dir = tmp_path / "desk"
    open_database(data_dir).dispose()
    config = server_config(parse_args(["--data-dir", str(data_dir), "--port", "0", "--no-discovery"]), stored)
    assert (config.public_url, config.tls, config.discovery, config.port) == (PUBLIC, False, False, 0)
    host = ServerHost(replace(config, host="127.0.0.1"))  # servers in tests listen on 127.0.0.1 only
    window = MainWindow(host)
    qtbot.addWidget(window)
    with qtbot.waitSignal(host.started, timeout=30_000):
        host.start()
    try:
        dialog = open_pairing_for(qtbot, host, window, "G-01", "Gestora Uno")
        target = parse_pair_uri(dialog.uri)
        assert target.urls[0] == PUBLIC and target.fingerprint is None  # plain HTTP: nothing to pin
        assert all(url.startswith("http://") for url in target.urls) and len(target.urls) >= 2  # the LAN ones too

        async def pair() -> None:  # the phone reaches the office on this machine, with the QR's code
            state = DeviceState(tmp_path / "phone.sqlite3")
            try:
                async with make_session() as session:
                    await pair_device(state, session, PairTarget(code=target.code,
                                                                 urls=[f"http://127.0.0.1:{host.port}"]))
            finally:
                state.close()

        with qtbot.waitSignal(dialog.paired, timeout=10_000):
            asyncio.run(pair())
    finally:
        window.close()
