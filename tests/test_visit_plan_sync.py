"""Planned visit orders reach a real device: the reference client (mobile_protocol.device) syncs with a real
server on 127.0.0.1 before and after the office plans through the server's writer; RoutesPlanned follows."""

from __future__ import annotations

import json

from mobile_protocol.device.cli import main
from syncserver.events import RoutesPlanned
from syncserver.route_plans import plan_routes_on_server

ROWS = [{"external_ref": f"CR-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}",
         "lat": 4.60 + (i * 7 % 9) / 200, "lon": -74.10 + (i * 4 % 7) / 200, "balance": "1000.00",
         "agent_code": "A1"} for i in range(8)]


def device_accounts(device: list[str], capsys) -> dict[str, int | None]:
    capsys.readouterr()
    assert main([*device, "accounts", "--json"]) == 0
    return {a["external_ref"]: a["visit_order"] for a in json.loads(capsys.readouterr().out)}


def test_a_device_gets_the_planned_visit_order_on_its_next_delta_sync(any_server, tmp_path, capsys):
    server = any_server
    server.add_agent("A1")
    server.add_agent("B2")
    server.add_accounts(ROWS + [{**ROWS[0], "external_ref": "OTRO-1", "agent_code": "B2"}])
    device = ["--state-dir", str(tmp_path / "device")]
    assert main([*device, "pair", server.url, server.pairing_code("A1")]) == 0
    assert main([*device, "sync"]) == 0
    assert set(device_accounts(device, capsys).values()) == {None}

    planned, changed = server.thread.submit(plan_routes_on_server(server.thread.app, actor="pc:test")).result(60)
    assert changed == 9 and len(planned.plans) == 2
    plan = next(p for p in planned.plans if len(p.account_ids) == 8)

    capsys.readouterr()
    assert main([*device, "sync", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["full"] is False  # a delta: only the accounts whose order changed came
    orders = device_accounts(device, capsys)
    assert sorted(orders.values()) == list(range(1, 9)) and "OTRO-1" not in orders
    ref_of = {int(a["id"]): a["external_ref"] for a in server.request(
        "GET", "/sync", token=server.pair("A1")[1]).body["accounts"]}
    assert [ref_of[i] for i in plan.account_ids] == sorted(orders, key=orders.get)
    events = [e for e in server.events if isinstance(e, RoutesPlanned)]
    assert len(events) == 1 and events[0].stops == 9 and events[0].accounts_changed == 9


def test_plans_are_stored_by_a_writer_process_too(process_server):
    server = process_server
    server.add_agent("A1")
    server.add_accounts(ROWS)
    _, token = server.pair("A1")
    cursor = server.request("GET", "/sync", token=token).body["cursor"]
    planned, changed = server.thread.submit(plan_routes_on_server(server.thread.app)).result(60)
    assert changed == 8 and [len(p.account_ids) for p in planned.plans] == [8]
    delta = server.request("GET", "/sync?cursor=" + cursor, token=token).body
    assert sorted(a["visit_order"] for a in delta["accounts"]) == list(range(1, 9))
    assert any(isinstance(e, RoutesPlanned) and e.accounts_changed == 8 for e in server.events)
