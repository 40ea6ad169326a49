"""KPIs by segment follow the accounts' current segment: summaries move with it, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, select

from syncserver.accounts_import import apply_import, parse_accounts_file
from syncserver.db.kpi_models import KpiSegmentDaily
from syncserver.db.models import Account
from syncserver.kpis import compute_kpis
from tests.kpi_world import World, engine_groups, reference
from tests.test_kpis import AS_OF, MARCH, at, small_world, summaries_match_rebuild


def by_segment(engine: Engine) -> dict:
    return {group.key: group for group in compute_kpis(engine, *MARCH, by="segment", as_of=AS_OF).groups}


def test_a_segment_change_moves_the_accounts_summaries(engine: Engine) -> None:
    world, _ = small_world(engine)
    before = by_segment(engine)
    assert (before["consumo"].attempts, before["pyme"].attempts) == (5, 2)
    world.resegment("C1", "pyme")
    world.resegment("C4", None)
    after = by_segment(engine)
    assert (after["consumo"].attempts, after["pyme"].attempts, after[None].attempts) == (2, 4, 1)
    assert after[None].assigned_accounts == 1 and after["pyme"].promises_kept == 1
    for by in ("segment", "none", "agent"):
        assert engine_groups(compute_kpis(engine, *MARCH, by=by, as_of=AS_OF)) == reference(world, *MARCH, by, AS_OF)
    assert summaries_match_rebuild(engine)
    with engine.connect() as conn:  # accounts without a segment are kept under "" (a key cannot be NULL)
        assert "" in set(conn.scalars(select(KpiSegmentDaily.segment)))


def test_an_import_that_changes_segments_keeps_the_summaries_exact(engine: Engine, tmp_path) -> None:
    world = World(engine)
    world.agent("G1")
    for i in range(4):
        world.account(f"R{i}", "consumo", "G1")
        world.visit("G1", f"R{i}", at(2 + i, 15), "rpc" if i % 2 else "no_contact")
    path = tmp_path / "segmentos.csv"
    path.write_text("external_ref,debtor_name,address,balance,currency,segment\n"
                    + "".join(f"R{i},Deudor {i},Calle {i},100.00,COP,{'pyme' if i < 2 else 'consumo'}\n"
                              for i in range(4)), encoding="utf-8")
    apply_import(engine, parse_accounts_file(path, engine))
    with engine.connect() as conn:
        assert dict(conn.execute(select(Account.external_ref, Account.segment)).all())["R0"] == "pyme"
    groups = by_segment(engine)
    assert (groups["pyme"].attempts, groups["pyme"].rpc, groups["consumo"].attempts) == (2, 1, 2)
    assert groups["pyme"].accounts_attempted == 2 and groups["pyme"].assigned_accounts == 2
    early = {g.key: g for g in compute_kpis(engine, date(2026, 3, 2), date(2026, 3, 3), by="segment").groups}
    assert (early["pyme"].attempts, early["consumo"].attempts) == (2, 0)
    assert summaries_match_rebuild(engine)
