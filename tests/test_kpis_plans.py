"""The distinct-count formulas of kpis/measures.py agree with the reference on long histories, and use their indexes.

The property tests span twelve days, so every row there is a "short repeat"; here visits come
weeks and months apart (gaps of 1 to 70 days) so that the partial indexes leave rows out.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from syncserver.db.bootstrap import open_database
from syncserver.kpis import compute_kpis
from syncserver.kpis import measures, segments
from syncserver.kpis.period import Period
from tests.kpi_world import World, engine_groups, reference

FIRST = date(2026, 1, 1)
AS_OF = date(2026, 9, 30)
OUTCOMES = ("no_contact", "third_party", "rpc", "promise_to_pay")


@pytest.fixture(scope="module")
def long_world(tmp_path_factory) -> tuple[Engine, World]:
    """Three agents, twelve accounts, visits over eight months with gaps from a day to ten weeks."""
    engine = open_database(db_url=f"sqlite:///{tmp_path_factory.mktemp('plans') / 'kpis.sqlite3'}")
    world, rng = World(engine), random.Random(7)
    for code in ("A1", "B2", "C3"):
        world.agent(code)
    for n in range(12):
        world.account(f"C{n}", ("consumo", "pyme")[n % 2], ("A1", "B2", "C3")[n % 3])
    for n in range(12):
        day = rng.randrange(0, 20)
        while day < 240:
            agent = ("A1", "B2", "C3")[(n + (day > 120)) % 3]  # some accounts change hands mid-year
            when = datetime(2026, 1, 1, 15, tzinfo=UTC) + timedelta(days=day)
            outcome = rng.choice(OUTCOMES)
            if outcome == "promise_to_pay":
                world.visit(agent, f"C{n}", when, outcome, "1000.00", (when + timedelta(days=5)).date())
            else:
                world.visit(agent, f"C{n}", when, outcome)
            day += rng.choice((1, 1, 2, 5, 12, 29, 31, 32, 33, 45, 70))
    world.assign("C1", "C3", datetime(2026, 5, 2, 12, tzinfo=UTC))
    yield engine, world
    engine.dispose()


PERIODS = [(FIRST + timedelta(days=start), FIRST + timedelta(days=start + length))
           for start, length in ((0, 30), (35, 31), (40, 29), (100, 6), (150, 31), (200, 30), (3, 32), (60, 120),
                                 (0, 270), (230, 31))]


@pytest.mark.parametrize("first,last", PERIODS)
def test_every_formula_equals_the_reference(long_world, first: date, last: date, monkeypatch) -> None:
    engine, world = long_world
    expected = {by: reference(world, first, last, by, AS_OF) for by in ("agent", "none")}
    plans = ["inside", "after", "before"] + (["short"] if (last - first).days <= measures.SHORT_GAP else [])
    for plan in plans:
        monkeypatch.setattr(measures, "_plan", lambda conn, p, plan=plan: plan)
        for by in ("agent", "none"):
            assert engine_groups(compute_kpis(engine, first, last, by=by, as_of=AS_OF)) == expected[by], (plan, by)
    by_segment = reference(world, first, last, "segment", AS_OF)
    for plan in ("inside", "after", "before"):  # kpis/segments.py's formulas
        monkeypatch.setattr(segments, "_plan", lambda conn, p, plan=plan: plan)
        for as_of in (AS_OF, first + timedelta(days=10)):  # over (unsettled promises only), and still running
            expected_now = by_segment if as_of == AS_OF else reference(world, first, last, "segment", as_of)
            got = engine_groups(compute_kpis(engine, first, last, by="segment", as_of=as_of))
            assert got == expected_now, (plan, as_of)


def test_a_month_is_counted_from_the_partial_indexes(long_world) -> None:
    engine, _ = long_world
    period = Period.of(date(2026, 6, 1), date(2026, 6, 30), AS_OF, world_zone(engine))
    with engine.connect() as conn:
        assert measures._plan(conn, period) == "short"
        for chain, grouped, index in (("agent", True, "ix_kpi_account_days_agent_repeats"),
                                      ("acct", False, "ix_kpi_account_days_account_repeats")):
            _base, repeats = measures._distinct_statements(chain, grouped, "short")
            compiled = repeats.params(f=period.f, t=period.t).compile(conn, compile_kwargs={"literal_binds": True})
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
            assert index in " ".join(str(row[-1]) for row in plan)


def world_zone(engine: Engine):
    """The branch's time zone."""
    from zoneinfo import ZoneInfo

    from syncserver.kpis.days import branch_kpi_settings
    with engine.connect() as conn:
        return ZoneInfo(branch_kpi_settings(conn)[0])
