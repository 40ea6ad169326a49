"""`campo`: the desktop supervisor application with its embedded sync server."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import platformdirs

from syncserver.config import DEFAULT_PORT, ServerConfig
from syncserver.db.engine import default_data_dir

from .resource_paths import resource_path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line of `campo`."""
    parser = argparse.ArgumentParser(prog="campo", description=__doc__)
    parser.add_argument("--data-dir", help="data directory (default: the user's data directory)")
    parser.add_argument("--db-url", help="database URL (default: SQLite in the data directory)")
    parser.add_argument("--demo", action="store_true", help="open a demo branch with simulated devices")
    parser.add_argument("--lang", choices=["es", "en"], help="language of the interface (default: as configured, es)")
    parser.add_argument("--port", type=int, help=f"port of the sync server (0: any free; default: as configured, {DEFAULT_PORT})")
    parser.add_argument("--no-discovery", action="store_true", help="do not announce the server on the LAN")
    parser.add_argument("--page", choices=["map", "visits", "agents", "accounts", "strategy", "promises", "agreements", "questionnaires", "dashboard", "reports", "alerts"], help="page to open first")
    parser.add_argument("--screenshot", metavar="FILE.png", help="save a picture of the window, then exit")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help="quit after this many seconds")
    return parser.parse_args(argv)


def data_dir_for(args: argparse.Namespace) -> Path:
    """The data directory: the demo's own one, never the user's real data, under --demo."""
    if args.demo:
        return Path(args.data_dir) if args.data_dir else Path(platformdirs.user_data_dir("campo-demo", "Campo"))
    return Path(args.data_dir) if args.data_dir else default_data_dir()


def server_config(args: argparse.Namespace, stored) -> ServerConfig:
    """The embedded server's configuration: what Configuración saved in `stored` (QSettings); the command line wins."""
    from .app_settings import DISCOVERY_KEY, PORT_KEY, PUBLIC_URL_KEY, TLS_KEY  # noqa: PLC0415 - Qt

    port = args.port if args.port is not None else int(stored.value(PORT_KEY, DEFAULT_PORT))
    discovery = not args.no_discovery and stored.value(DISCOVERY_KEY, True, type=bool)
    return ServerConfig(data_dir=data_dir_for(args), db_url=args.db_url, port=port, discovery=discovery,
                        public_url=str(stored.value(PUBLIC_URL_KEY, "") or "") or None,
                        tls=stored.value(TLS_KEY, False, type=bool))


def install_translator(app, lang: str):
    """Load the interface's translation (source strings are Spanish; English comes from a .qm)."""
    from PySide6.QtCore import QTranslator  # noqa: PLC0415

    translator = QTranslator(app)
    if lang != "es" and translator.load(str(resource_path("i18n", f"campo_{lang}.qm"))):
        app.installTranslator(translator)
    return translator


def allow_root_web_engine() -> None:
    """Chromium (inside QtWebEngine) refuses to start its sandbox as root: run as root, the map page
    would never load. Such a session (a kiosk, a container, a fresh server) runs the page unsandboxed."""
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        print("campo: running as root, so the map page runs without Chromium's sandbox", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Open the main window with the server running inside the app."""
    args = parse_args(argv)
    allow_root_web_engine()
    from PySide6.QtCore import QTimer  # noqa: PLC0415 - Qt loads only for the GUI
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from .server_host import ServerHost  # noqa: PLC0415
    from .views.main_window import MainWindow  # noqa: PLC0415
    from .views.pages import build_pages  # noqa: PLC0415
    from .views.session_gate import SessionGate  # noqa: PLC0415
    from .app_settings import LANGUAGE_KEY, app_settings  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Campo")
    stored = app_settings()  # what Configuración saved; the command line wins
    install_translator(app, args.lang or str(stored.value(LANGUAGE_KEY, "es")))
    config = server_config(args, stored)
    host = ServerHost(config, default_questionnaire=not args.demo)  # the demo installs it with its branch
    opened: list = []  # the main window, kept alive

    def open_window(session) -> None:
        host.session = session
        window = MainWindow(host)
        opened.append(window)
        build_pages(window, host)
        if args.demo:
            from .demo import attach_demo  # noqa: PLC0415 - the simulator loads only for the demo

            demo = attach_demo(host)
            # The demo branch is created after the pages' first read: show it once it exists
            # (a page not built yet reads it when it is).
            demo.prepared.connect(lambda _plan: (window.page("map").reload(),
                                                 (accounts := window.built_page("accounts")) and accounts.refresh(),
                                                 window.route_panel.reload()))
        if args.page:
            window.show_page(args.page)
        window.show()
        host.start()
        if args.screenshot:
            delay = int((args.quit_after or 3.0) * 1000)
            QTimer.singleShot(delay, lambda: (window.grab().save(args.screenshot), window.close(), app.quit()))

    if args.quit_after and not args.screenshot:  # counted from the start, login or not
        QTimer.singleShot(int(args.quit_after * 1000), lambda: ([w.close() for w in opened], app.quit()))
    gate = SessionGate(host)  # no users: opens at once; else the login dialog comes first
    gate.ready.connect(open_window)
    gate.cancelled.connect(app.quit)
    gate.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
