"""`campo-server routes plan|show` and `agent update --start`, and the routes planned after a nightly scoring run."""

from __future__ import annotations

import asyncio
import json
from datetime import date, datetime

import pytest
from aiohttp import web
from sqlalchemy import select

from syncserver.agents import get_agent
from syncserver.app import make_app
from syncserver.cli import main
from syncserver.config import ServerConfig
from syncserver.db.bootstrap import open_database
from syncserver.db.models import Account
from syncserver.db.route_models import RoutePlanRow
from syncserver.events import EventBus, RoutesPlanned
from syncserver.nightly import NIGHTLY, SCORING_CLOCK
from syncserver.route_plans import branch_today
from tests.scoring_world import build_history
from tests.test_scoring_nightly import BOGOTA
from tests.test_visit_plan import add_accounts


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_and_show_from_the_command_line(tmp_path, capsys):
    data = ["--data-dir", str(tmp_path)]
    assert run(capsys, *data, "agent", "add", "G1", "Gestor uno")[0] == 0
    assert run(capsys, *data, "agent", "add", "G2", "Gestor dos")[0] == 0
    engine = open_database(tmp_path)
    add_accounts(engine, get_agent(engine, "G1").id, 12)
    add_accounts(engine, get_agent(engine, "G2").id, 4, lat0=4.70)
    code, out, _ = run(capsys, *data, "agent", "update", "G1", "--start", "4.62,-74.09", "--json")
    assert code == 0 and (json.loads(out)["start_lat"], json.loads(out)["start_lon"]) == (4.62, -74.09)
    with pytest.raises(SystemExit, match="2"):  # argparse's usage error
        main([*data, "agent", "update", "G1", "--start", "north"])
    assert run(capsys, *data, "agent", "update", "G1", "--start", "91,0")[2].endswith("-90..90, longitude -180..180\n")

    code, out, _ = run(capsys, *data, "routes", "plan", "--json")
    plan = json.loads(out)
    assert code == 0 and plan["accounts_changed"] == 16 and plan["scoring_run_id"] is None
    assert {(a["agent"], a["stops"], a["start_source"]) for a in plan["agents"]} == {("G1", 12, "agent"),
                                                                                      ("G2", 4, "accounts")}
    code, out, _ = run(capsys, *data, "routes", "plan", "--agent", "G2")
    assert code == 0 and "0 accounts changed" in out and "G2" in out and "G1" not in out.split("\n", 1)[1]

    code, out, _ = run(capsys, *data, "routes", "show", "g1", "--json")
    shown = json.loads(out)
    assert code == 0 and len(shown["stops"]) == 12 and shown["start"] == [4.62, -74.09]
    assert [s["order"] for s in shown["stops"]] == list(range(1, 13))
    code, out, _ = run(capsys, *data, "routes", "show", "G1")
    assert code == 0 and out.startswith(f"G1 on {branch_today(engine)}: 12 stops,") and "CR-" in out
    code, _, err = run(capsys, *data, "routes", "show", "G1", "--day", "2099-01-01")
    assert code == 2 and "no route planned for 2099-01-01" in err
    code, _, err = run(capsys, *data, "routes", "plan", "--day", "2000-01-01")
    assert code == 2 and "is over" in err
    engine.dispose()


async def test_the_server_plans_the_routes_after_its_nightly_scoring_run(engine, tmp_path):
    build_history(engine, 60)
    config = ServerConfig(data_dir=tmp_path, discovery=False, nightly_check_s=0.01)
    bus = EventBus()
    seen: list[RoutesPlanned] = []
    bus.subscribe(lambda event: seen.append(event) if isinstance(event, RoutesPlanned) else None)
    app = make_app(config, engine=engine, bus=bus)
    app[SCORING_CLOCK] = lambda: datetime(2026, 6, 10, 2, 30, tzinfo=BOGOTA)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        for _ in range(3000):
            if seen:
                break
            await asyncio.sleep(0.01)
        made = app[NIGHTLY].made
    finally:
        await runner.cleanup()
    assert len(made) == 1 and seen and seen[0].day == date(2026, 6, 10) and len(seen[0].agent_ids) == 4
    with engine.connect() as conn:
        rows = conn.execute(select(RoutePlanRow.day, RoutePlanRow.scoring_run_id, RoutePlanRow.stops)).all()
        ordered = conn.scalar(select(Account.id).where(Account.visit_order.is_not(None)).limit(1))
    assert {(day, run_id) for day, run_id, _ in rows} == {(date(2026, 6, 10), made[0])}
    assert sum(len(stops) for *_, stops in rows) == seen[0].stops > 0 and ordered is not None
