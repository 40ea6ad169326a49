"""The contract's errors, continued: 503 while the database is locked (nothing acknowledged is lost), a
high seq behind the stored positions, and 500s that never leak a traceback."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from types import SimpleNamespace

import pytest
from sqlalchemy import event, select, update

from syncserver.background import ServerThread
from syncserver.config import ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.db.engine import DB_FILE
from syncserver.db.models import Device, Position, Visit
from syncserver.runner import start_server
from tests.plugins.server import LiveServer
from tests.error_helpers import assert_error, header, pair_body, position, setup_device, visit


# --- 503 --------------------------------------------------------------------------------------


def _short_busy_timeout(dbapi_connection, _record) -> None:
    # Runs after the engine's own pragmas (listeners run in order): wait 300 ms, not 10 s, for a lock.
    dbapi_connection.execute("PRAGMA busy_timeout=300")


@pytest.fixture
def impatient_server(tmp_path):
    """A live SQLite server, identical to `server` except that a locked database fails in 300 ms."""
    data_dir = tmp_path / "data"
    engine = open_database(data_dir)
    event.listen(engine, "connect", _short_busy_timeout)
    engine.dispose()  # connections opened by the migration had the long timeout
    config = ServerConfig(data_dir=data_dir, host="127.0.0.1", port=0, discovery=False)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="impatient-server", daemon=True)
    thread.start()
    running = asyncio.run_coroutine_threadsafe(start_server(config, engine=engine), loop).result(30)
    live = LiveServer(SimpleNamespace(port=running.port), engine, tmp_path)
    live.db_path = data_dir / DB_FILE
    try:
        yield live
    finally:
        asyncio.run_coroutine_threadsafe(running.stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
        engine.dispose()


def test_503_when_the_database_is_locked_and_nothing_acknowledged_is_lost(impatient_server):
    server = impatient_server
    _, token, accounts = setup_device(server)
    first = server.request("POST", "/positions", {"positions": [position(i, minutes=i) for i in range(1, 6)]},
                           token=token)
    assert first.body["accepted"] == 5
    kept = visit(accounts[0])
    assert server.request("POST", "/visits", {"visits": [kept]}, token=token).body["results"][0]["status"] == "accepted"

    blocked_positions = [position(i, minutes=i) for i in range(6, 11)]
    blocked_visit = visit(accounts[1])
    code = server.pairing_code("A1")
    lock = sqlite3.connect(server.db_path, isolation_level=None, timeout=5)
    try:
        lock.execute("BEGIN EXCLUSIVE")
        for path, body in (("/positions", {"positions": blocked_positions}), ("/visits", {"visits": [blocked_visit]}),
                           ("/devices/pair", pair_body(code))):
            reply = server.request("POST", path, body, token=token)
            assert_error(reply, 503, "unavailable")
            assert (header(reply, "Retry-After") or "").isdigit() and int(header(reply, "Retry-After")) >= 1
        # Reads do not need the write lock and keep working.
        assert server.request("GET", "/sync", token=token).status == 200
        assert server.request("GET", f"/visits/{kept['id']}", token=token).status == 200
        assert_error(server.request("GET", f"/visits/{blocked_visit['id']}", token=token), 404, "not_found")
    finally:
        lock.execute("ROLLBACK")
        lock.close()

    # The device retries: what was refused is new (accepted, not duplicate), what was acknowledged is there.
    retry = server.request("POST", "/positions", {"positions": blocked_positions}, token=token)
    assert retry.body == {"accepted": 5, "duplicates": 0, "rejected": [], "high_seq": 10}
    again = server.request("POST", "/visits", {"visits": [kept, blocked_visit]}, token=token)
    assert [r["status"] for r in again.body["results"]] == ["duplicate", "accepted"]
    with server.engine.connect() as conn:
        assert sorted(conn.scalars(select(Position.seq))) == list(range(1, 11))
        assert set(conn.scalars(select(Visit.id))) == {kept["id"], blocked_visit["id"]}
        assert conn.scalar(select(Device.high_seq)) == 10
    # The pairing refused with 503 did not use the code up, and did not count as a wrong code.
    assert server.request("POST", "/devices/pair", pair_body(code)).status == 201


# --- 500 --------------------------------------------------------------------------------------


def test_high_seq_behind_the_stored_positions_still_gives_duplicates(server):
    """devices.high_seq is only a copy: set back behind what is stored, resends are still duplicates."""
    device_id, token, _ = setup_device(server)
    batch = [position(i, minutes=i) for i in range(1, 4)]
    assert server.request("POST", "/positions", {"positions": batch}, token=token).body["accepted"] == 3
    server.thread.stop()
    with server.engine.begin() as conn:
        conn.execute(update(Device).where(Device.id == int(device_id)).values(high_seq=0))
    restarted = ServerThread(server.thread.config)
    restarted.start()
    try:
        server.thread = restarted
        reply = server.request("POST", "/positions", {"positions": batch}, token=token)
        assert reply.status == 200 and reply.body["duplicates"] == 3 and reply.body["high_seq"] == 3
        with server.engine.connect() as conn:  # nothing stored twice
            assert sorted(conn.scalars(select(Position.seq))) == [1, 2, 3]
    finally:
        restarted.stop()


async def test_500_never_leaks_a_traceback():
    """A handler that crashes gives the contract's JSON 500, with nothing of the server's insides."""
    from aiohttp import ClientSession, web

    from syncserver.errors import error_middleware

    async def crash(request):
        raise RuntimeError('File "/work/main/syncserver/secret.py", line 3: sqlalchemy IntegrityError UNIQUE')

    app = web.Application(middlewares=[error_middleware])
    app.router.add_get("/api/v1/crash", crash)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        async with ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{runner.addresses[0][1]}/api/v1/crash") as response:
                status, text = response.status, await response.text()
                assert response.content_type == "application/json"
    finally:
        await runner.cleanup()
    assert status == 500
    assert json.loads(text)["error"]["code"] == "internal_error"
    for leak in ("Traceback", "File \"", ".py", "/work", "sqlalchemy", "IntegrityError", "UNIQUE", "line "):
        assert leak not in text, text
