"""The hostile-input tests' world: a server filled with two agents' positions, visits and flags, the
snapshot of its stored rows, and the error-body check."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select

from syncserver.clock import utcnow
from syncserver.db.models import (
    Account,
    AccountAssignment,
    Device,
    Flag,
    PairingCode,
    Position,
    Questionnaire,
    QuestionnaireVersion,
    Visit,
)
from tests.plugins.server import LiveServer, Reply, _start


NOW = datetime.now(timezone.utc)
MB = 1 << 20


def iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def position(seq: int, minutes: float = 0, **extra) -> dict:
    moment = NOW - timedelta(minutes=120) + timedelta(minutes=minutes)
    return {"seq": seq, "fix_time": iso(moment), "device_time": iso(moment), "lat": 4.65, "lon": -74.05,
            "accuracy_m": 8.0, "battery_pct": 80, **extra}


def visit(account_id: str, **extra) -> dict:
    return {"id": str(uuid.uuid4()), "account_id": account_id, "started_at": iso(NOW - timedelta(minutes=5)),
            "finished_at": iso(NOW - timedelta(minutes=1)),
            "location": {"lat": 4.65, "lon": -74.05, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3))},
            "outcome": "rpc", "answers": {}, **extra}


# --- the stored world and its snapshot ---------------------------------------------------------

_SNAPSHOT = {
    "positions": Position, "visits": Visit, "flags": Flag, "accounts": Account,
    "account_assignments": AccountAssignment, "pairing_codes": PairingCode, "devices": Device,
    "questionnaire_versions": QuestionnaireVersion,
}
_VOLATILE = {"devices": {"last_seen_at"}}  # every request that reaches the writer marks the device seen
_PROGRESS = {"devices": {"last_seen_at", "high_seq", "battery_pct", "charging"}}  # moved by stored positions


def snapshot(server: LiveServer, progress: bool = False) -> dict[str, list[tuple]]:
    """Every stored row of the tables a device can write to, in primary-key order
    (with `progress`, without the device columns that storing new positions moves on)."""
    tables = {}
    skip = _PROGRESS if progress else _VOLATILE
    with server.engine.connect() as conn:
        for name, model in _SNAPSHOT.items():
            table = model.__table__
            columns = [c for c in table.c if c.name not in skip.get(name, set())]
            rows = conn.execute(select(*columns).order_by(*table.primary_key.columns)).all()
            tables[name] = [tuple(row) for row in rows]
    return tables


@dataclass
class World:
    server: LiveServer
    token: str            # agent A1's device
    device_id: str
    accounts: list[str]   # A1's accounts
    other_token: str      # agent B1's device
    other_accounts: list[str]
    other_visit: dict     # a visit stored by B1
    my_visit: dict        # a visit stored by A1
    questionnaire: str    # a published questionnaire version id

    def post(self, path: str, body=None, **kwargs) -> Reply:
        return self.server.request("POST", path, body, token=kwargs.pop("token", self.token), **kwargs)

    def unchanged(self, before: dict, what: str) -> None:
        """Nothing stored changed since `before` (a snapshot)."""
        after = snapshot(self.server)
        for table in before:
            assert after[table] == before[table], f"{what}: table {table} changed"

    def kept(self, before: dict) -> dict:
        """Every row of `before` (a snapshot with progress=True) is still stored, unchanged; returns the new snapshot."""
        after = snapshot(self.server, progress=True)
        for table, rows in before.items():
            missing = [row for row in rows if row not in after[table]]
            assert not missing, f"table {table} lost or changed {len(missing)} row(s)"
        return after


def _questionnaire(server: LiveServer) -> str:
    definition = {"fields": [
        {"key": "comment", "type": "text", "max_length": 200},
        {"key": "paid", "type": "boolean", "required": True},
        {"key": "amount", "type": "number", "min": 0, "max": 1e9},
    ]}
    with server.engine.begin() as conn:
        qid = conn.execute(insert(Questionnaire).values(name="Visita", created_at=utcnow())
                           .returning(Questionnaire.id)).scalar_one()
        vid = conn.execute(insert(QuestionnaireVersion).values(
            questionnaire_id=qid, version=1, title="Visita v1", definition=definition, published_at=utcnow(),
        ).returning(QuestionnaireVersion.id)).scalar_one()
    return str(vid)


def make_world(server: LiveServer) -> World:
    ids = {}
    for code in ("A1", "B1"):
        server.add_agent(code)
        server.add_accounts([
            {"external_ref": f"{code}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
             "lat": 4.65 + i * 0.01, "lon": -74.05, "balance": "1000.00", "agent_code": code}
            for i in range(4)
        ])
        device_id, token = server.pair(code)
        accounts = [a["id"] for a in server.request("GET", "/sync", token=token).body["accounts"]]
        ids[code] = (device_id, token, accounts)
    (device_id, token, accounts), (_, other_token, other_accounts) = ids["A1"], ids["B1"]
    # Stored data with flags: a mocked fix, an inaccurate one, an impossible jump; visits with flags.
    batch = [position(1), position(2, minutes=1, mock=True), position(3, minutes=2, accuracy_m=500.0),
             position(4, minutes=2.1, lat=5.5)]
    assert server.request("POST", "/positions", {"positions": batch}, token=token).body["accepted"] == 4
    assert server.request("POST", "/positions", {"positions": [position(1, lat=4.7)]},
                          token=other_token).body["accepted"] == 1
    my_visit = visit(accounts[0], device_geofence="inside", location={
        "lat": 4.70, "lon": -74.05, "accuracy_m": 10.0, "fix_time": iso(NOW - timedelta(minutes=3)), "mock": True})
    other_visit = visit(other_accounts[0], notes="B1's own notes")
    assert server.request("POST", "/visits", {"visits": [my_visit]}, token=token).body["results"][0]["status"] == "accepted"
    assert server.request("POST", "/visits", {"visits": [other_visit]},
                          token=other_token).body["results"][0]["status"] == "accepted"
    with server.engine.connect() as conn:
        assert conn.scalar(select(Flag.id).limit(1)) is not None
    return World(server, token, device_id, accounts, other_token, other_accounts, other_visit, my_visit,
                 _questionnaire(server))


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> World:
    """One server for the module, filled once; each test takes its snapshot when it starts."""
    live = _start(tmp_path_factory.mktemp("hostile"), None)
    try:
        yield make_world(live)
    finally:
        live.thread.stop()
        live.engine.dispose()


@pytest.fixture
def world(base: World) -> World:
    """The module's world seen from a newly paired device of agent A1 (so tests do not share a trace)."""
    device_id, token = base.server.pair("A1")
    return replace(base, device_id=device_id, token=token)


def assert_error(reply: Reply, status: int, code: str) -> dict:
    assert reply.status == status, (reply.status, reply.body)
    assert isinstance(reply.body, dict) and list(reply.body) == ["error"], reply.body
    assert reply.body["error"]["code"] == code, reply.body
    return reply.body["error"]
