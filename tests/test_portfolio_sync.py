"""The portfolio's debtor and product fields reach devices over real HTTP; identical re-imports send nothing."""

from __future__ import annotations

import json

import msgspec
from sqlalchemy import update

from mobile_protocol.device.cli import main
from mobile_protocol.messages import Geofence, LatLon, Message
from syncserver.db.models import BranchSettings

EXTRA = {"document_id": "1.020.304.050", "phones": "300 123 4567; 601 234 5678", "email": "ana@example.co",
         "consent_email": "sí", "consent_whatsapp": "x", "product": "Tarjeta de crédito",
         "original_amount": "2.000.000,00", "instalment_due_dates": "2026-03-05 05/02/2026", "notes": "Tarde"}


def rows(agent: str = "A1", **changed) -> list[dict]:
    base = [{"external_ref": f"CR-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i}", "lat": 4.65 + i / 1000,
             "lon": -74.05, "balance": "1000.00", "agent_code": agent, **EXTRA} for i in range(3)]
    base[1].update(changed)
    return base


def in_bogota(server) -> None:
    with server.engine.begin() as conn:
        conn.execute(update(BranchSettings).values(timezone="America/Bogota"))


class FirstVersionAccount(Message):
    """The Account a device of the protocol's first version decodes (none of the added fields)."""

    id: str
    external_ref: str
    debtor_name: str
    address: str
    location: LatLon | None
    geofence: Geofence
    balance: str
    currency: str
    days_past_due: int
    segment: str | None
    questionnaire_id: str | None
    visit_order: int | None


def test_delta_sync_sends_only_the_account_whose_fields_changed(any_server):
    server = any_server
    in_bogota(server)
    server.add_agent("A1")
    server.add_accounts(rows())
    _, token = server.pair("A1")
    full = server.request("GET", "/sync", token=token).body
    first = {a["external_ref"]: a for a in full["accounts"]}["CR-0"]
    assert first["phones"] == ["+573001234567", "+576012345678"] and first["document_id"] == "1.020.304.050"
    assert (first["consent_email"], first["consent_whatsapp"], "consent_sms" in first) == (True, True, False)
    assert first["original_amount"] == "2000000.00" and first["instalment_due_dates"] == ["2026-02-05", "2026-03-05"]
    # a device of the first version decodes the same answer (unknown fields are ignored)
    old = msgspec.json.decode(json.dumps(full["accounts"]).encode(), type=list[FirstVersionAccount])
    assert [a.external_ref for a in old] == [a["external_ref"] for a in full["accounts"]]

    result = server.add_accounts(rows())
    assert result.unchanged == 3
    delta = server.request("GET", "/sync?cursor=" + full["cursor"], token=token).body
    assert (delta["accounts"], delta["removed_accounts"], delta["cursor"]) == ([], [], full["cursor"])

    result = server.add_accounts(rows(phones="310 765 4321", consent_whatsapp="no"))
    assert (result.updated, result.unchanged) == (1, 2)
    delta = server.request("GET", "/sync?cursor=" + full["cursor"], token=token).body
    assert [a["external_ref"] for a in delta["accounts"]] == ["CR-1"]
    assert delta["accounts"][0]["phones"] == ["+573107654321"] and "consent_whatsapp" not in delta["accounts"][0]


def test_the_reference_device_stores_and_shows_the_fields(server, tmp_path, capsys):
    in_bogota(server)
    server.add_agent("A1")
    server.add_accounts(rows())
    device = ["--state-dir", str(tmp_path / "device")]
    assert main([*device, "pair", server.url, server.pairing_code("A1")]) == 0
    assert main([*device, "sync"]) == 0
    capsys.readouterr()
    assert main([*device, "accounts"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[-4:] == ["geofence", "phones", "product", "consent"]
    assert "1.020.304.050" in table[1] and "+573001234567 +576012345678" in table[1] and "email,whatsapp" in table[1]
    assert main([*device, "accounts", "--long"]) == 0
    details = capsys.readouterr().out
    assert "instalments:   2026-02-05, 2026-03-05" in details
    assert "original:      2000000.00 COP" in details and "reminders by:  email,whatsapp" in details
    assert "e-mail:        ana@example.co" in details and "notes:         Tarde" in details
    assert main([*device, "accounts", "--json"]) == 0
    stored = json.loads(capsys.readouterr().out)
    assert {a["product"] for a in stored} == {"Tarjeta de crédito"} and stored[0]["email"] == "ana@example.co"
