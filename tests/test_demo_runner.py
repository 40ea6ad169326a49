"""`campo --demo`: the demo branch is created once, and simulated devices pair and report live."""

from __future__ import annotations

import threading

from syncserver.admin import list_accounts


def test_demo_creates_the_branch_pairs_devices_and_streams_positions(desk, qtbot):
    from desktop.demo import DemoSettings, attach_demo

    host = desk.host
    paired, positions, visits = [], [], []
    host.bridge.device_paired.connect(paired.append)
    host.bridge.positions_stored.connect(positions.append)
    host.bridge.visit_stored.connect(visits.append)
    settings = DemoSettings(agents=3, accounts=60, speedup=60.0, interval_s=30.0, minutes=120)
    runner = attach_demo(host, settings)
    try:
        with qtbot.waitSignal(runner.prepared, timeout=20_000) as prepared:
            pass
        plan = prepared.args[0]
        assert plan.branch is not None and plan.branch.accounts == 60
        assert len(plan.targets) == 3 and all(t.code for t in plan.targets)
        qtbot.waitUntil(lambda: len(paired) == 3, timeout=20_000)
        assert sorted(event.agent_code for event in paired) == ["G01", "G02", "G03"]
        qtbot.waitUntil(lambda: len({event.device_id for event in positions}) == 3, timeout=20_000)
        assert runner.running
        assert all(event.latest is not None for event in positions)
    finally:
        runner.stop()
    assert not runner.running
    assert not any(t.name == "campo-demo-devices" for t in threading.enumerate())
    accounts = list_accounts(host.engine)
    assert len(accounts) == 60 and {a.agent_code for a in accounts} == {"G01", "G02", "G03"}


def test_demo_rerun_keeps_the_branch_and_the_devices_pairings(desk, qtbot):
    from desktop.demo import DemoRunner, DemoSettings

    settings = DemoSettings(agents=2, accounts=20, speedup=60.0, interval_s=30.0, minutes=60)
    first = DemoRunner(desk.host, settings)
    paired, positions = [], []  # listening before the start: a device may pair while we wait for `prepared`
    desk.host.bridge.device_paired.connect(paired.append)
    desk.host.bridge.positions_stored.connect(positions.append)
    with qtbot.waitSignal(first.prepared, timeout=20_000):
        first.start()
    qtbot.waitUntil(lambda: len(paired) == 2, timeout=20_000)
    # A device saves its pairing when the answer reaches it, after the server's event: one that has
    # pushed positions has saved it (stopped in between, it is not paired and rightly gets a new code).
    qtbot.waitUntil(lambda: len({event.device_id for event in positions}) == 2, timeout=20_000)
    first.stop()

    second = DemoRunner(desk.host, settings)
    try:
        with qtbot.waitSignal(second.prepared, timeout=20_000) as prepared:
            second.start()
        plan = prepared.args[0]
        assert plan.branch is None  # the branch was there: not imported again
        assert [t.code for t in plan.targets] == ["", ""]  # already paired: no new codes
        positions.clear()
        qtbot.waitUntil(lambda: len({event.device_id for event in positions}) == 2, timeout=20_000)
        assert len(paired) == 2  # no new devices
    finally:
        second.stop()
    assert len(list_accounts(desk.host.engine)) == 20

