"""Saved report definitions round-trip on SQLite and PostgreSQL; names are unique and errors say which rule."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, update

from syncserver.db.report_models import SavedReport
from syncserver.kpis.report_catalog import ReportError
from syncserver.kpis.report_definition import ReportDefinition, ReportFilters
from syncserver.kpis.saved_reports import delete_report, list_reports, load_report, rename_report, save_report

WEEKLY = ReportDefinition(name="  Semana por gestor ", preset="custom", first=date(2026, 3, 2), last=date(2026, 3, 8),
                          rows=("agent", "segment"), column="weekday", measures=("attempts", "hits", "promised_amount"),
                          filters=ReportFilters(agents=("A1", "B2"), segments=("pyme", None), outcomes=("rpc",),
                                                verdicts=("outside",)))


def test_saved_definitions_round_trip(engine: Engine) -> None:
    saved = save_report(engine, WEEKLY)
    monthly = save_report(engine, ReportDefinition(name="agencia mensual", preset="last_month", rows=("month",),
                                                   measures=("collected_amount",)))
    assert saved.name == "Semana por gestor"  # trimmed
    assert [r.name for r in list_reports(engine)] == ["agencia mensual", "Semana por gestor"]  # case-blind order
    assert load_report(engine, saved.id) == WEEKLY.renamed("Semana por gestor")
    assert load_report(engine, monthly.id).preset == "last_month" and load_report(engine, monthly.id).first is None


def test_names_are_unique_and_overwriting_is_explicit(engine: Engine) -> None:
    saved = save_report(engine, WEEKLY)
    other = ReportDefinition(name="Semana por gestor", rows=("day",), measures=("attempts",))
    with pytest.raises(ReportError) as caught:
        save_report(engine, other)
    assert (caught.value.code, caught.value.subject) == ("name_taken", "Semana por gestor")
    again = save_report(engine, other, overwrite=True)
    assert again.id == saved.id and load_report(engine, saved.id).rows == ("day",)
    second = save_report(engine, other.renamed("Otro"))
    with pytest.raises(ReportError) as caught:
        rename_report(engine, second.id, "Semana  por gestor")  # the same name once spaces are tidied
    assert caught.value.code == "name_taken"
    assert rename_report(engine, second.id, "Diario").name == "Diario"
    assert [r.name for r in list_reports(engine)] == ["Diario", "Semana por gestor"]
    delete_report(engine, saved.id)
    assert [r.name for r in list_reports(engine)] == ["Diario"]
    with pytest.raises(ReportError) as caught:
        load_report(engine, saved.id)
    assert caught.value.code == "report_not_found"


def test_bad_names_and_bad_definitions_are_not_saved(engine: Engine) -> None:
    with pytest.raises(ReportError) as caught:
        save_report(engine, WEEKLY.renamed("   "))
    assert caught.value.code == "name_empty"
    with pytest.raises(ReportError) as caught:
        save_report(engine, WEEKLY.renamed("x" * 201))
    assert caught.value.code == "name_too_long"
    with pytest.raises(ReportError) as caught:
        save_report(engine, ReportDefinition(name="hora", rows=("hour",), measures=("penetration",)))
    assert (caught.value.code, caught.value.detail) == ("measure_dimension", "hour")
    assert list_reports(engine) == []


def test_a_definition_edited_by_hand_into_nonsense_is_refused_on_load(engine: Engine) -> None:
    saved = save_report(engine, WEEKLY)
    with engine.begin() as conn:
        conn.execute(update(SavedReport).values(definition={"period": {"preset": "someday"}, "rows": ["agent"],
                                                            "measures": ["attempts"]}))
    with pytest.raises(ReportError) as caught:
        load_report(engine, saved.id)
    assert (caught.value.code, caught.value.subject) == ("unknown_preset", "someday")
