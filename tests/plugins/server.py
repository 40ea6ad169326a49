"""Fixtures: a real sync server on 127.0.0.1 (own thread, real database) and helpers to fill it."""

from __future__ import annotations

import csv
import gzip as gzip_module
import json
import threading
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from syncserver.accounts_import import apply_import, parse_accounts_file
from syncserver.agents import add_agent
from syncserver.background import ServerThread
from syncserver.config import Limits, ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.pairing import create_pairing_code

ACCOUNT_COLUMNS = [
    "external_ref", "debtor_name", "address", "lat", "lon", "radius_m",
    "balance", "currency", "days_past_due", "agent_code", "segment",
]


@dataclass
class Reply:
    """An HTTP answer as a test sees it."""

    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class LiveServer:
    """A running server and a test-side engine on the same database."""

    thread: ServerThread
    engine: Engine
    workdir: Path
    events: list[Any] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.thread.port}"

    @property
    def api(self) -> str:
        return self.url + "/api/v1"

    def add_agent(self, code: str, name: str | None = None, email: str | None = None):
        return add_agent(self.engine, code, name or f"Gestor {code}", email)

    def add_accounts(self, rows: list[dict[str, Any]]):
        """Import accounts through the real importer (CSV written to disk); rows may add other Campo columns."""
        path = self.workdir / f"accounts-{uuid.uuid4().hex[:8]}.csv"
        extra = list(dict.fromkeys(key for row in rows for key in row if key not in ACCOUNT_COLUMNS))
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=ACCOUNT_COLUMNS + extra)
            writer.writeheader()
            for row in rows:
                writer.writerow({"radius_m": "", "currency": "COP", "days_past_due": 30, "segment": "", **row})
        plan = parse_accounts_file(path, self.engine)
        assert not plan.errors, plan.errors
        return apply_import(self.engine, plan)

    def pairing_code(self, agent_code: str) -> str:
        return create_pairing_code(self.engine, agent_code).code

    def request(self, method: str, path: str, body: Any = None, *, token: str | None = None,
                headers: dict[str, str] | None = None, raw: bytes | None = None, gzip: bool = False) -> Reply:
        """A real HTTP request with urllib; JSON bodies in and out."""
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        all_headers = {"Content-Type": "application/json"} if data is not None else {}
        if gzip and data is not None:
            data = gzip_module.compress(data)
            all_headers["Content-Encoding"] = "gzip"
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        all_headers.update(headers or {})
        request = urllib.request.Request(self.api + path, data=data, method=method, headers=all_headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, reply_headers, content = response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            status, reply_headers, content = error.code, dict(error.headers), error.read()
        return Reply(status, reply_headers, json.loads(content) if content else None)

    def pair(self, agent_code: str, install_id: str | None = None) -> tuple[str, str]:
        """Pair a new device for the agent over HTTP; returns (device_id, token)."""
        reply = self.request("POST", "/devices/pair", {
            "code": self.pairing_code(agent_code),
            "device": {"install_id": install_id or str(uuid.uuid4()), "model": "Test", "os": "Android 14"},
        })
        assert reply.status == 201, reply.body
        return reply.body["device_id"], reply.body["token"]

    def record(self, event: Any) -> None:
        with self._lock:
            self.events.append(event)


def _start(tmp_path: Path, db_url: str | None, limits: Limits | None = None, *,
           writer_process: bool = False) -> LiveServer:
    data_dir = tmp_path / "data"
    engine = open_database(data_dir, db_url)
    config = ServerConfig(data_dir=data_dir, db_url=db_url, host="127.0.0.1", port=0, discovery=False,
                          limits=limits or Limits(), writer_process=writer_process,
                          nightly_scoring=False)  # no scoring run may start under a test at the branch's night
    thread = ServerThread(config)
    live = LiveServer(thread, engine, tmp_path)
    thread.bus.subscribe(live.record)
    thread.start()
    return live


@pytest.fixture
def server(tmp_path: Path):
    """A live server on SQLite."""
    live = _start(tmp_path, None)
    yield live
    live.thread.stop()
    live.engine.dispose()


@pytest.fixture
def process_server(tmp_path: Path):
    """A live server on SQLite whose writer is a process of its own (as `campo-server serve` runs)."""
    live = _start(tmp_path, None, writer_process=True)
    yield live
    live.thread.stop()
    live.engine.dispose()


@pytest.fixture
def any_server(tmp_path: Path, db_url: str):
    """A live server on each backend (SQLite and PostgreSQL)."""
    live = _start(tmp_path, None if db_url.startswith("sqlite") else db_url)
    yield live
    live.thread.stop()
    live.engine.dispose()


@pytest.fixture
def make_server(tmp_path: Path):
    """A factory for a live SQLite server with custom limits."""
    started: list[LiveServer] = []

    def make(limits: Limits) -> LiveServer:
        live = _start(tmp_path / f"s{len(started)}", None, limits)
        started.append(live)
        return live

    yield make
    for live in started:
        live.thread.stop()
        live.engine.dispose()
