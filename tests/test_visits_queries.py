"""The office's visit reads (inbox list, one visit in full) on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from syncserver.visit_queries import VisitDetail, get_visit, list_visits
from tests.test_api_flow import NOW, setup_agent, visit


def _accounts(server, token) -> dict[str, dict]:
    sync = server.request("GET", "/sync", token=token)
    return {a["external_ref"]: a for a in sync.body["accounts"]}


def _post(server, token, *visits) -> None:
    reply = server.request("POST", "/visits", {"visits": list(visits)}, token=token)
    assert reply.status == 200 and all(r["status"] == "accepted" for r in reply.body["results"]), reply.body


def test_list_and_get_visits_with_filters(any_server):
    server = any_server
    setup_agent(server, "A1")
    setup_agent(server, "B2", n=1)
    _, token_a = server.pair("A1")
    _, token_b = server.pair("B2")
    accounts = _accounts(server, token_a)
    inside = visit(accounts["A1-0"]["id"], 4.65, -74.05, answers={"motivo": "desempleo", "monto": 3})
    promise = visit(accounts["A1-1"]["id"], 4.66, -74.05, outcome="promise_to_pay",
                    promise={"amount": "150000.50", "due_date": "2030-01-15"}, notes="Llamar <b>antes</b>")
    far = visit(accounts["A1-2"]["id"], 4.80, -74.05, outcome="no_contact", device_geofence="inside",
                started_at=(NOW - timedelta(days=3)).isoformat(), finished_at=(NOW - timedelta(days=3)).isoformat())
    _post(server, token_a, inside, promise, far)
    other = visit(_accounts(server, token_b)["B2-0"]["id"], 4.65, -74.05, outcome="third_party",
                  started_at=(NOW - timedelta(minutes=2)).isoformat())
    _post(server, token_b, other)

    rows = list_visits(server.engine)
    assert [r.id for r in rows][:1] == [other["id"]]  # newest start first
    assert {r.id for r in rows} == {inside["id"], promise["id"], far["id"], other["id"]}
    assert rows[-1].id == far["id"]
    by_id = {r.id: r for r in rows}
    assert by_id[far["id"]].verdict == "outside"
    assert {"outside_geofence", "geofence_mismatch"} <= set(by_id[far["id"]].flags)
    assert by_id[inside["id"]].flags == () and by_id[inside["id"]].verdict == "inside"
    assert by_id[promise["id"]].promise_amount == Decimal("150000.50")
    assert by_id[promise["id"]].promise_due == date(2030, 1, 15)
    assert by_id[other["id"]].agent_code == "B2" and by_id[other["id"]].external_ref == "B2-0"
    assert by_id[inside["id"]].debtor_name == "Deudor 0" and by_id[inside["id"]].currency == "COP"
    assert by_id[inside["id"]].started_at.tzinfo is not None

    agent_a = by_id[inside["id"]].agent_id
    assert {r.id for r in list_visits(server.engine, agent_id=agent_a)} == {inside["id"], promise["id"], far["id"]}
    assert [r.id for r in list_visits(server.engine, outcome="promise_to_pay")] == [promise["id"]]
    assert [r.id for r in list_visits(server.engine, verdict="outside")] == [far["id"]]
    assert [r.id for r in list_visits(server.engine, flagged_only=True)] == [far["id"]]
    assert {r.id for r in list_visits(server.engine, since=NOW - timedelta(days=1))} == {
        inside["id"], promise["id"], other["id"]}
    assert [r.id for r in list_visits(server.engine, until=NOW - timedelta(days=1))] == [far["id"]]
    assert len(list_visits(server.engine, limit=2)) == 2

    detail = get_visit(server.engine, promise["id"])
    assert isinstance(detail, VisitDetail)
    assert detail.notes == "Llamar <b>antes</b>" and detail.address == "Calle 1 # 10-20"
    assert detail.accuracy_m == 10.0 and detail.mock is False and detail.received_at >= detail.finished_at
    assert get_visit(server.engine, inside["id"]).answers == {"motivo": "desempleo", "monto": 3}
    assert get_visit(server.engine, far["id"]).flags == by_id[far["id"]].flags
    assert get_visit(server.engine, "00000000-0000-4000-8000-000000000000") is None
