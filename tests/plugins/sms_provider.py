"""A stand-in SMS/WhatsApp provider: a real aiohttp server on 127.0.0.1, recording requests, answering as scripted."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, field

import pytest
from aiohttp import web


@dataclass
class ProviderRequest:
    """One POST as the provider got it."""

    headers: dict[str, str]
    body: dict


@dataclass
class FakeProvider:
    """Answers each POST with the next scripted status (200 with an id when the script runs out)."""

    script: list[int] = field(default_factory=list)
    requests: list[ProviderRequest] = field(default_factory=list)
    port: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/messages"

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        with self.lock:
            self.requests.append(ProviderRequest(dict(request.headers), body))
            status = self.script.pop(0) if self.script else 200
            count = len(self.requests)
        if status >= 400:
            return web.json_response({"error": "scripted"}, status=status)
        return web.json_response({"sid": f"SM{count:04d}", "status": "queued"}, status=status)

    def start(self) -> None:
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()

        async def serve() -> None:
            app = web.Application()
            app.router.add_post("/messages", self._handle)
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]
            ready.set()

        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True, name="fake-provider")
        self._thread.start()
        asyncio.run_coroutine_threadsafe(serve(), self._loop)
        assert ready.wait(10)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def received(self) -> list[ProviderRequest]:
        with self.lock:
            return list(self.requests)

    def wait_for(self, count: int, timeout: float = 20.0) -> list[ProviderRequest]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(got := self.received()) >= count:
                return got
            time.sleep(0.05)
        raise AssertionError(f"expected {count} provider requests, got {len(self.received())}")


@pytest.fixture
def sms_provider():
    provider = FakeProvider()
    provider.start()
    yield provider
    provider.stop()
