"""Helpers of the error tests: items to post, a paired device, raw HTTP, and the checks of the error body."""

from __future__ import annotations

import http.client
import json
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from tests.plugins.server import LiveServer, Reply


NOW = datetime.now(timezone.utc)




def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def position(seq: int, minutes: float = 0, **extra) -> dict:
    moment = NOW - timedelta(minutes=60) + timedelta(minutes=minutes)
    return {"seq": seq, "fix_time": iso(moment), "device_time": iso(moment), "lat": 4.65, "lon": -74.05,
            "accuracy_m": 8.0, **extra}


def visit(account_id: str, **extra) -> dict:
    return {"id": str(uuid.uuid4()), "account_id": account_id, "started_at": iso(NOW - timedelta(minutes=5)),
            "finished_at": iso(NOW - timedelta(minutes=1)),
            "location": {"lat": 4.65, "lon": -74.05, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3))},
            "outcome": "rpc", "answers": {}, **extra}


def setup_device(server: LiveServer, code: str = "A1", n: int = 2) -> tuple[str, str, list[str]]:
    """An agent with n accounts and one paired device: (device_id, token, account ids)."""
    server.add_agent(code)
    server.add_accounts([
        {"external_ref": f"{code}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
         "lat": 4.65 + i * 0.01, "lon": -74.05, "balance": "1000.00", "agent_code": code}
        for i in range(n)
    ])
    device_id, token = server.pair(code)
    accounts = [a["id"] for a in server.request("GET", "/sync", token=token).body["accounts"]]
    return device_id, token, accounts


def header(reply: Reply, name: str) -> str | None:
    """A response header, by case-insensitive name."""
    return next((v for k, v in reply.headers.items() if k.lower() == name.lower()), None)


def assert_error(reply: Reply, status: int, code: str) -> dict:
    """The reply is the contract's error body with this status and code; returns the error object."""
    assert reply.status == status, (reply.status, reply.body)
    assert (header(reply, "Content-Type") or "").split(";")[0].strip() == "application/json"
    assert isinstance(reply.body, dict) and list(reply.body) == ["error"], reply.body
    error = reply.body["error"]
    assert {"code", "message"} <= set(error) <= {"code", "message", "details"}, error
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"].strip()
    if "details" in error:
        assert isinstance(error["details"], dict)
    return error


def assert_field_errors(error: dict) -> list[dict]:
    """details.errors is a non-empty list of exactly {path, message} strings."""
    errors = error["details"]["errors"]
    assert isinstance(errors, list) and errors
    for item in errors:
        assert set(item) == {"path", "message"}, item
        assert isinstance(item["path"], str) and item["path"]
        assert isinstance(item["message"], str) and item["message"]
    return errors


def raw_http(server: LiveServer, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None, chunked: bool = False) -> Reply:
    """A request with full control of the headers (no Content-Type added, chunked bodies)."""
    conn = http.client.HTTPConnection("127.0.0.1", server.thread.port, timeout=30)
    try:
        if chunked:
            conn.request(method, "/api/v1" + path, body=iter([body[i:i + 1024] for i in range(0, len(body), 1024)]),
                         headers=headers or {}, encode_chunked=True)
        else:
            conn.request(method, "/api/v1" + path, body=body, headers=headers or {})
        response = conn.getresponse()
        content = response.read()
        return Reply(response.status, dict(response.getheaders()), json.loads(content) if content else None)
    finally:
        conn.close()


def count(server: LiveServer, model) -> int:
    with server.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def pair_body(code: str) -> dict:
    return {"code": code, "device": {"install_id": str(uuid.uuid4()), "model": "Test"}}
