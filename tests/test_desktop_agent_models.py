"""The agents and devices table models: Qt's model contract, and one-cell changes per event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from syncserver.agents import AgentInfo
from syncserver.devices import DeviceInfo

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def agent(ident: int, code: str, active: bool = True) -> AgentInfo:
    return AgentInfo(ident, code, f"Gestor <b>{code}</b>", None, active, NOW)


def device(ident: int, agent_id: int = 1, code: str = "A1", **changes) -> DeviceInfo:
    values = {"id": ident, "agent_id": agent_id, "agent_code": code, "agent_name": f"Gestor {code}", "install_id": f"i{ident}",
                  "model": "Moto G", "os": "Android 14", "app_version": "1.0.0", "paired_at": NOW, "last_seen_at": NOW,
                  "revoked_at": None, "battery_pct": None, "charging": None}
    return DeviceInfo(**(values | changes))


def test_agents_model_contract_empty_and_with_rows(qtmodeltester):
    from desktop.models.agents_model import AgentsModel

    model = AgentsModel()
    qtmodeltester.check(model)
    model.set_agents([agent(2, "B2"), agent(1, "A1", active=False)])
    qtmodeltester.check(model)
    assert [model.index(row, 0).data() for row in range(2)] == ["A1", "B2"]
    assert model.index(0, 3).data() == "Inactivo"
    assert model.index(1, 1).data() == "Gestor <b>B2</b>"


def test_agents_model_inserts_in_code_order_and_changes_a_row_in_place(qtbot):
    from desktop.models.agents_model import AgentsModel

    model = AgentsModel()
    model.set_agents([agent(1, "A1"), agent(3, "C3")])
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.upsert(agent(2, "B2"))
    assert inserted.args[1:] == [1, 1]
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.upsert(agent(2, "B2", active=False))
    assert changed.args[0].row() == 1 and model.index(1, 3).data() == "Inactivo"
    assert model.rowCount() == 3


def test_devices_model_contract_empty_and_with_rows(qtmodeltester):
    from desktop.models.devices_model import AgentDevicesFilter, DevicesModel

    model = DevicesModel()
    qtmodeltester.check(model)
    model.set_devices([device(2, battery_pct=55, charging=True), device(1, revoked_at=NOW)])
    qtmodeltester.check(model)
    proxy = AgentDevicesFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.index(0, 5).data() == "55 % (cargando)"
    assert model.index(1, 6).data() == "Revocado"


def test_devices_model_changes_single_cells(qtbot):
    from desktop.models.devices_model import (
        BATTERY,
        LAST_SEEN,
        STATE,
        AgentDevicesFilter,
        DevicesModel,
    )

    model = DevicesModel()
    model.now = lambda: NOW + timedelta(minutes=7)
    model.set_devices([device(1, last_seen_at=NOW - timedelta(hours=3))])
    assert model.index(0, LAST_SEEN).data() == "hace 3 h"
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.mark_seen("1", NOW)
    assert (changed.args[0].row(), changed.args[0].column(), changed.args[1].column()) == (0, LAST_SEEN, LAST_SEEN)
    assert model.index(0, LAST_SEEN).data() == "hace 7 min"
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_battery("1", 42, False)
    assert changed.args[0].column() == BATTERY and model.index(0, BATTERY).data() == "42 %"
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.mark_revoked("1", NOW)
    assert changed.args[0].column() == STATE and model.index(0, STATE).data() == "Revocado"
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.add_device(device(5, agent_id=2, code="B2"))
    assert inserted.args[1:] == [0, 0] and model.rowCount() == 2
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.rename_agent(2, "Beatriz")
    assert (changed.args[0].row(), changed.args[0].column()) == (0, 0)
    assert model.index(0, 0).data() == "B2 · Beatriz"

    proxy = AgentDevicesFilter()
    proxy.setSourceModel(model)
    proxy.set_agent_id(2)
    assert proxy.rowCount() == 1
    proxy.set_agent_id(None)
    assert proxy.rowCount() == 2
