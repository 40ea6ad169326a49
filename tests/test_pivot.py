"""Custom reports on fixed histories, on SQLite and PostgreSQL: every cell and total equals the reference."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from syncserver.kpis.pivot import run_report
from syncserver.kpis.pivot_result import TOTAL
from syncserver.kpis.report_catalog import ReportError
from syncserver.kpis.report_definition import ReportDefinition, ReportFilters, preset_period
from tests.kpi_world import World
from tests.pivot_reference import assert_matches_reference
from tests.test_kpis import AS_OF, MARCH, at, small_world

EVERY_KPI = ("attempts", "accounts_attempted", "contacts", "accounts_contacted", "rpc", "promises",
             "promised_amount", "collected_amount", "assigned_accounts", "promises_matured", "promises_kept",
             "penetration", "intensity", "hits", "rpc_rate", "ptp_rate", "kept_rate")
VISITS_ONLY = ("attempts", "accounts_attempted", "accounts_contacted", "promised_amount", "promises_kept",
               "intensity", "hits", "kept_rate", "flagged_visits", "outside_visits", "compliance")


def march(**fields) -> ReportDefinition:
    return ReportDefinition(preset="custom", first=MARCH[0], last=MARCH[1], **fields)


def field_world(engine: Engine) -> World:
    """docs/kpis.md's example, plus visits outside the geofence, flagged, late in the evening and on other days."""
    world, _ids = small_world(engine)
    world.visit("B2", "C4", at(9, 23), "rpc", verdict="outside", flags=("outside_geofence",))  # 18:00 local
    world.visit("B2", "C3", at(21, 13), "no_contact", verdict="uncertain", flags=("low_accuracy", "stale_fix"))
    world.visit("A1", "C1", at(16, 14), "third_party", verdict="outside")
    world.visit("A1", "C2", at(30, 2), "promise_to_pay", "1000.50", date(2026, 4, 2))  # 21:00 on the 29th
    world.pay("C2", date(2026, 4, 1), "1000.50")
    return world


SHAPES = [
    dict(rows=("agent",), measures=EVERY_KPI),  # the engine's own grouping
    dict(rows=("segment",), measures=EVERY_KPI, filters=ReportFilters(agents=("A1",))),
    dict(rows=("month",), column="agent", measures=EVERY_KPI),  # one engine period per month
    dict(rows=("week", "segment"), measures=("accounts_attempted", "assigned_accounts", "collected_amount",
                                             "penetration")),
    dict(rows=("agent", "segment"), measures=EVERY_KPI),
    dict(rows=("day", "agent"), measures=("attempts", "accounts_contacted", "assigned_accounts", "collected_amount")),
    dict(rows=("week",), column="month", measures=("assigned_accounts", "accounts_attempted", "collected_amount"),
         filters=ReportFilters(agents=("A1", "B2"), segments=("pyme", None))),
    dict(rows=("weekday",), column="hour", measures=("attempts", "accounts_contacted", "hits", "kept_rate")),
    dict(rows=("outcome",), column="verdict", measures=VISITS_ONLY),
    dict(rows=("agent", "hour"), measures=VISITS_ONLY, filters=ReportFilters(outcomes=("rpc", "third_party"))),
    dict(rows=("weekday",), measures=("collected_amount", "attempts", "compliance")),
    dict(rows=("segment",), column="week", measures=EVERY_KPI + ("flagged_visits",),
         filters=ReportFilters(segments=("consumo",))),
    dict(rows=("verdict",), measures=VISITS_ONLY, filters=ReportFilters(verdicts=("outside", "uncertain"))),
]


def test_pivot_equals_the_reference(engine: Engine) -> None:
    """Every shape on one history (built once per backend: building it is most of the time)."""
    world = field_world(engine)
    for shape in SHAPES:
        definition = march(**shape)
        result = run_report(engine, definition, as_of=AS_OF)
        assert_matches_reference(result, world, **asdict(definition.filters))
        assert result.row_keys and any(result.cells[(TOTAL, TOTAL)].values()), shape


def test_totals_count_distinct_accounts_once(engine: Engine) -> None:
    """Per outcome C1 is attempted in three rows, but the total counts it once: totals are not sums."""
    field_world(engine)
    result = run_report(engine, march(rows=("outcome",), column="agent", measures=("accounts_attempted", "intensity")),
                        as_of=AS_OF)
    rows = {key[0]: result.value(key, "accounts_attempted") for key in result.row_keys}
    assert rows == {"no_contact": 2, "third_party": 2, "rpc": 2, "promise_to_pay": 3}
    assert result.value(TOTAL, "accounts_attempted") == 4 < sum(rows.values())
    assert result.value(TOTAL, "accounts_attempted", "A1") == 3 and result.value(TOTAL, "accounts_attempted", "B2") == 2
    assert result.value(TOTAL, "intensity") == 11 / 4  # attempts / distinct accounts, over every row at once
    table = result.table()
    assert table.rows[-1].total and table.rows[-1].keys == (TOTAL,)
    assert [(c.name, c.kind, c.column_key) for c in table.columns[:3]] == [
        ("outcome", "text", None), ("accounts_attempted", "int", "A1"), ("intensity", "number", "A1")]


def test_local_hours_follow_the_branch_zone_across_dst(engine: Engine) -> None:
    """Santiago leaves summer time at 00:00 on 5 April 2026 (UTC−3 → UTC−4): 03:30 UTC is 00:30 before, 23:30 after."""
    world = World(engine, timezone="America/Santiago")
    world.agent("A1")
    world.account("C1", None, "A1", datetime(2026, 3, 1, tzinfo=UTC))
    world.visit("A1", "C1", datetime(2026, 4, 4, 3, 30, tzinfo=UTC), "rpc")  # 00:30 on Saturday the 4th (UTC−3)
    world.visit("A1", "C1", datetime(2026, 4, 6, 3, 30, tzinfo=UTC), "rpc")  # 23:30 on Sunday the 5th (UTC−4)
    world.visit("A1", "C1", datetime(2026, 4, 5, 3, 59, tzinfo=UTC), "no_contact")  # 23:59 on the 4th (after)
    definition = ReportDefinition(preset="custom", first=date(2026, 4, 1), last=date(2026, 4, 10), rows=("day",),
                                  column="hour", measures=("attempts", "accounts_attempted"))
    result = run_report(engine, definition, as_of=AS_OF)
    assert result.value((date(2026, 4, 4),), "attempts", 0) == 1
    assert result.value((date(2026, 4, 4),), "attempts", 23) == 1
    assert result.value((date(2026, 4, 5),), "attempts", 23) == 1
    assert_matches_reference(result, world)


@pytest.mark.parametrize(("fields", "code", "subject", "detail"), [
    (dict(rows=("hour",), measures=("attempts", "collected_amount")), "measure_dimension", "collected_amount", "hour"),
    (dict(rows=("outcome",), measures=("penetration",)), "measure_dimension", "penetration", "outcome"),
    (dict(rows=("agent",), column="weekday", measures=("assigned_accounts",)), "measure_dimension",
     "assigned_accounts", "weekday"),
    (dict(rows=("agent",), measures=("collected_amount",), filters=ReportFilters(outcomes=("rpc",))),
     "measure_filter", "collected_amount", "outcomes"),
    (dict(rows=("agent",), column="agent", measures=("attempts",)), "repeated_dimension", None, None),
    (dict(rows=(), measures=("attempts",)), "no_rows", None, None),
    (dict(rows=("agent",), measures=()), "no_measures", None, None),
    (dict(rows=("agent",), measures=("attempts",), filters=ReportFilters(agents=("ZZ",))), "unknown_agent", "ZZ", None),
])
def test_undefined_combinations_are_refused_with_a_reason(sqlite_engine: Engine, fields, code, subject, detail) -> None:
    small_world(sqlite_engine)
    with pytest.raises(ReportError) as caught:
        run_report(sqlite_engine, march(**fields), as_of=AS_OF)
    assert (caught.value.code, caught.value.subject, caught.value.detail) == (code, subject, detail)
    if code == "measure_dimension":
        assert f"{subject} is not defined by {detail}" in str(caught.value)


def test_presets_are_read_on_the_day_the_report_runs(sqlite_engine: Engine) -> None:
    small_world(sqlite_engine)
    assert preset_period("last_month", date(2026, 4, 15)) == MARCH
    assert preset_period("week", date(2026, 3, 4)) == (date(2026, 3, 2), date(2026, 3, 4))
    assert preset_period("year", date(2026, 3, 4)) == (date(2026, 1, 1), date(2026, 3, 4))
    definition = ReportDefinition(preset="last_month", rows=("agent",), measures=("attempts",))
    result = run_report(sqlite_engine, definition, on=date(2026, 4, 15), as_of=AS_OF)
    assert (result.first, result.last) == MARCH and result.value(("A1",), "attempts") == 6
    assert run_report(sqlite_engine, definition, on=date(2026, 5, 15)).value(TOTAL, "attempts") == 0


def test_definition_json_round_trip_and_bad_json() -> None:
    definition = march(name="Semana", rows=("week", "agent"), column="outcome", measures=("attempts", "hits"),
                       filters=ReportFilters(("A1",), ("pyme", None), ("rpc",), ("outside",)))
    assert ReportDefinition.from_json(definition.as_json(), "Semana") == definition
    assert definition.as_json()["period"] == {"preset": "custom", "from": "2026-03-01", "to": "2026-03-31"}
    with pytest.raises(ReportError) as caught:
        ReportDefinition.from_json({"period": {}, "rows": ["agent"], "measures": ["attempts"]})
    assert caught.value.code == "bad_definition"
    with pytest.raises(ReportError) as caught:
        ReportDefinition.from_json({**definition.as_json(), "rows": ["planet"]})
    assert (caught.value.code, caught.value.subject) == ("unknown_dimension", "planet")


@pytest.fixture
def sqlite_engine(tmp_path):
    from syncserver.db.bootstrap import open_database

    engine = open_database(db_url=f"sqlite:///{tmp_path / 'pivot.sqlite3'}")
    yield engine
    engine.dispose()


def test_an_empty_period_shows_zeros_and_null_rates(sqlite_engine: Engine) -> None:
    small_world(sqlite_engine)
    first = date(2025, 1, 1)
    definition = ReportDefinition(preset="custom", first=first, last=first + timedelta(days=2), rows=("day",),
                                  measures=("attempts", "hits", "collected_amount"))
    result = run_report(sqlite_engine, definition, as_of=AS_OF)
    assert len(result.row_keys) == 3
    assert result.cells[(TOTAL, TOTAL)] == {"attempts": 0, "hits": None, "collected_amount": 0}


def test_the_engine_the_summaries_and_the_visits_agree(engine: Engine) -> None:
    """A grouping the KPI engine, the summaries and the visits table can all answer gets one answer."""
    from syncserver.kpis.days import zone_of
    from syncserver.kpis.period import Period
    from syncserver.kpis.pivot import grouped
    from syncserver.kpis.pivot_visits import VisitFilter
    from syncserver.kpis.report_catalog import KPI_BASES

    field_world(engine)
    p = Period.of(*MARCH, AS_OF, zone_of("America/Bogota"))
    with engine.connect() as conn:
        for dimensions in ((), ("agent",), ("segment",), ("day",), ("month", "agent"), ("segment", "week"),
                           ("weekday", "agent"), ("month", "week")):
            for where in (VisitFilter(), VisitFilter(segments=("pyme",)), VisitFilter(agent_ids=(1, 2))):
                answers = [_filled(grouped(conn, p, [dimensions], where, KPI_BASES, engine=engine_first,
                                           summaries=summaries)[dimensions])
                           for engine_first, summaries in ((True, True), (False, True), (False, False))]
                assert answers[0] == answers[1] == answers[2] and answers[0], (dimensions, where)


def _filled(found: dict) -> dict:
    """The groups that have anything, every base present (an absent one is 0)."""
    from syncserver.kpis.report_catalog import KPI_BASES

    return {key: {name: values.get(name, 0) for name in KPI_BASES} for key, values in found.items()
            if any(values.values())}


def test_the_hour_summaries_and_the_visits_agree(engine: Engine) -> None:
    """Hours, weekdays, outcomes and verdicts from kpi_visit_hours give what the visits table gives."""
    from syncserver.kpis.days import zone_of
    from syncserver.kpis.period import Period
    from syncserver.kpis.pivot import grouped
    from syncserver.kpis.pivot_hours import HOUR_BASES
    from syncserver.kpis.pivot_visits import VisitFilter

    field_world(engine)
    p = Period.of(*MARCH, AS_OF, zone_of("America/Bogota"))
    bases = frozenset(HOUR_BASES)
    with engine.connect() as conn:
        for dimensions in (("weekday", "hour"), ("hour",), ("outcome", "agent"), ("verdict", "segment"), ("day",),
                           ()):
            for where in (VisitFilter(), VisitFilter(segments=("pyme", None)), VisitFilter(agent_ids=(1,)),
                          VisitFilter(outcomes=("rpc", "no_contact"), verdicts=("inside",))):
                answers = [grouped(conn, p, [dimensions], where, bases, engine=False, summaries=summaries)[dimensions]
                           for summaries in (True, False)]
                assert answers[0] == answers[1], (dimensions, where)
                assert answers[0] or where.outcomes, (dimensions, where)
