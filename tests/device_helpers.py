"""Helpers of the reference-device tests: a portfolio to sync, the device CLI, and what the server stored."""

from __future__ import annotations

from sqlalchemy import select

from mobile_protocol.device.cli import build_parser, main, run
from mobile_protocol.device.state import DeviceState
from syncserver.db.models import Flag as FlagRow
from syncserver.db.models import Position as PositionRow
from syncserver.db.models import Visit as VisitRow


HOME = (4.65, -74.05)


def add_portfolio(server, agent="A1", n=4, lat0=HOME[0]):
    server.add_agent(agent)
    server.add_accounts([
        {"external_ref": f"{agent}-{i}", "debtor_name": f"Deudor {i}", "address": f"Calle {i} # 10-20",
         "lat": lat0 + i * 0.004, "lon": HOME[1], "balance": "1250000.50", "agent_code": agent}
        for i in range(n)
    ])


def stored_seqs(server, device_id: str) -> list[int]:
    with server.engine.connect() as conn:
        query = select(PositionRow.seq).where(PositionRow.device_id == int(device_id)).order_by(PositionRow.seq)
        rows = conn.execute(query)
        return [seq for (seq,) in rows]


def stored_visit_ids(server) -> set[str]:
    with server.engine.connect() as conn:
        return {vid for (vid,) in conn.execute(select(VisitRow.id))}


def cli(tmp_path, *args: str) -> int:
    return main(["--state-dir", str(tmp_path / "device"), *args])


async def acli(tmp_path, *args: str) -> int:
    """The CLI from inside a running loop (success paths only: errors raise)."""
    return await run(build_parser().parse_args(["--state-dir", str(tmp_path / "device"), *args]))


def paired_cli(server, tmp_path, capsys, agent="A1") -> DeviceState:
    add_portfolio(server, agent)
    assert cli(tmp_path, "pair", server.url, server.pairing_code(agent)) == 0
    assert cli(tmp_path, "sync") == 0
    capsys.readouterr()
    return DeviceState.in_dir(tmp_path / "device")


def token_of(tmp_path) -> str:
    with DeviceState.in_dir(tmp_path / "device") as state:
        return state.pairing.token


def stored_flags(server) -> tuple[dict[str, set[str]], dict[int, set[str]]]:
    """Flags on the server: by visit id, and by position seq (one device)."""
    visits: dict[str, set[str]] = {}
    positions: dict[int, set[str]] = {}
    with server.engine.connect() as conn:
        for visit_id, seq, code in conn.execute(select(FlagRow.visit_id, FlagRow.seq, FlagRow.code)):
            if visit_id is not None:
                visits.setdefault(visit_id, set()).add(code)
            else:
                positions.setdefault(seq, set()).add(code)
    return visits, positions
