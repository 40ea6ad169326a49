"""The sync server on a thread of its own, with its own asyncio loop (for the desktop and tests).

The server's modules (aiohttp, the app, the writer) are imported on that thread when it starts, so a
desktop creating a `ServerThread` on its GUI thread does not pay for them before its window shows.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from .config import ServerConfig
from .events import EventBus

if TYPE_CHECKING:
    from .runner import RunningServer

T = TypeVar("T")


def _import_server() -> None:
    from sqlalchemy.orm import configure_mappers  # noqa: PLC0415

    from . import keys, runner  # noqa: F401, PLC0415 - see the module docstring

    configure_mappers()  # else the first ORM query pays it (150 ms), wherever it runs


class ServerThread:
    """Owns a daemon thread running the server's loop; its public methods run on the caller's thread.

    `start` blocks until the server accepts connections (or raises what stopped it);
    `submit` runs a coroutine on the server loop and returns a concurrent Future;
    `stop` drains, commits and closes, then ends the thread.
    """

    def __init__(self, config: ServerConfig, *, bus: EventBus | None = None) -> None:
        self.config = config
        self.bus = bus or EventBus()
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="campo-server", daemon=True)
        self._ready = threading.Event()
        self._server: RunningServer | None = None
        self._error: BaseException | None = None
        self._discovery = None

    @property
    def port(self) -> int:
        """The port the server listens on."""
        assert self._server is not None
        return self._server.port

    @property
    def fingerprint(self) -> str | None:
        """SHA-256 of the TLS certificate when serving HTTPS, else None."""
        assert self._server is not None
        return self._server.fingerprint

    @property
    def app(self):
        """The running aiohttp application (touch its objects only on the server loop)."""
        assert self._server is not None
        return self._server.app

    def preload(self) -> None:
        """Import the server's modules on a helper thread now, so that `start` finds them loaded.

        Call it once the caller's own top-level imports are done (the desktop's include the models): two
        threads entering an import cycle such as syncserver.db's models from different ends can see a
        half-initialised module.
        """
        threading.Thread(target=_import_server, name="campo-server-preload", daemon=True).start()

    def start(self, timeout: float = 60.0) -> None:
        """Start the thread and wait until the server listens."""
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the sync server did not start in time")
        if self._error is not None:
            raise self._error

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        """Run a coroutine on the server's loop from any thread."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the server gracefully and end its thread."""
        if self._server is not None and self.loop.is_running():
            self.submit(self._shutdown()).result(timeout)
            self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout)

    async def _start(self) -> RunningServer:
        from .keys import BRANCH  # noqa: PLC0415 - imported on the server thread (see the module docstring)
        from .runner import start_server  # noqa: PLC0415

        server = await start_server(self.config, bus=self.bus)
        if self.config.discovery:
            from .discovery import announce  # noqa: PLC0415 - zeroconf only when asked for

            branch = server.app[BRANCH].current
            self._discovery = await announce(branch.server_id, branch.name, server.port)
        return server

    async def _shutdown(self) -> None:
        if self._discovery is not None:
            await self._discovery.stop()
        await self._server.stop()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self._server = self.loop.run_until_complete(self._start())
        except BaseException as exc:  # noqa: BLE001 - handed to the starting thread
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            self.loop.run_forever()
        finally:
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()
