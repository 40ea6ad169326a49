"""Running the server: listen, announce, stop gracefully on SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import ssl
import sys
from pathlib import Path

from aiohttp import web

from .app import make_app
from .config import ServerConfig
from .db.engine import default_data_dir
from .events import EventBus
from .keys import BRANCH, ENGINE
from .netinfo import remember_served, server_urls
from .tls import certificate_fingerprint, resolve_tls, server_context

log = logging.getLogger(__name__)


class RunningServer:
    """A started server (its loop's thread only): the runner, the real port, the app."""

    def __init__(self, runner: web.AppRunner, site: web.TCPSite, app: web.Application,
                 fingerprint: str | None = None) -> None:
        self.runner = runner
        self.site = site
        self.app = app
        self.fingerprint = fingerprint  # SHA-256 of the TLS certificate (hex), None over plain HTTP

    @property
    def scheme(self) -> str:
        """"https" when serving TLS, else "http"."""
        return "http" if self.fingerprint is None else "https"

    @property
    def port(self) -> int:
        """The port actually bound (useful with port 0)."""
        return self.runner.addresses[0][1]

    async def stop(self) -> None:
        """Stop accepting, let in-flight requests finish and commit, close the database."""
        await self.runner.cleanup()


async def start_server(config: ServerConfig, *, bus: EventBus | None = None, engine=None) -> RunningServer:
    """Start the app on config.host:config.port; gzip bodies are inflated by us, within limits."""
    # The writer thread gives the GIL up inside SQLite and must take it back from the event loop;
    # with Python's default 5 ms switch interval it waits in a convoy (measured 6x slower ingest).
    sys.setswitchinterval(min(sys.getswitchinterval(), config.switch_interval_s))
    context, fingerprint = tls_context(config) if config.tls else (None, None)
    app = make_app(config, bus=bus, engine=engine)
    runner = web.AppRunner(app, auto_decompress=False, access_log=None, handle_signals=False, shutdown_timeout=15)
    await runner.setup()
    site = web.TCPSite(runner, config.host, config.port, backlog=1024, reuse_address=True, ssl_context=context)
    await site.start()
    return RunningServer(runner, site, app, fingerprint)


def tls_context(config: ServerConfig) -> tuple[ssl.SSLContext, str]:
    """The server's TLS context and its certificate's fingerprint (TlsError when unusable)."""
    files = resolve_tls(Path(config.data_dir) if config.data_dir else default_data_dir(), config.tls_cert, config.tls_key)
    return server_context(files), certificate_fingerprint(files.cert)


async def serve_forever(config: ServerConfig) -> None:
    """Serve until SIGTERM or SIGINT; print the one 'Listening on' line once accepting."""
    server = await start_server(config)
    _tune_gc()
    discovery = None
    if config.discovery:
        from .discovery import announce  # noqa: PLC0415 - zeroconf only when asked for

        branch = server.app[BRANCH].current
        discovery = await announce(branch.server_id, branch.name, server.port)
    host = config.host if config.host not in ("0.0.0.0", "::", "") else "0.0.0.0"
    if server.fingerprint is not None:
        log.info("TLS certificate SHA-256 (the pairing QR's fp): %s", server.fingerprint)
    try:  # `campo-server enroll` puts these in its QR when not told otherwise
        remember_served(Path(config.data_dir) if config.data_dir else default_data_dir(),
                        server.app[ENGINE].url.render_as_string(hide_password=True),
                        server_urls(server.port, config.public_url, server.scheme), server.fingerprint)
    except OSError:
        log.warning("could not note the served URLs in the data directory; enroll will need --url or --public-url")
    print(f"Listening on {server.scheme}://{host}:{server.port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except NotImplementedError:  # Windows: Ctrl+C arrives as KeyboardInterrupt instead
            pass
    try:
        await stop.wait()
    finally:
        log.info("stopping: finishing requests in flight")
        if discovery is not None:
            await discovery.stop()
        await server.stop()
        log.info("stopped")


def _tune_gc() -> None:
    """Fewer collections while serving: every request allocates hundreds of tracked objects (rows,
    messages), and a young collection every 700 allocations cost the loop a fifth of its time.
    What startup made (modules, tables, the app) moves out of the collector's way for good."""
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, 20_000), middle, old)


def run(config: ServerConfig) -> int:
    """Blocking entry point of `campo-server serve`."""
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        import uvloop  # noqa: PLC0415 - optional speed-up

        uvloop.install()
    except ImportError:
        pass
    try:
        asyncio.run(serve_forever(config))
    except KeyboardInterrupt:
        pass
    return 0
