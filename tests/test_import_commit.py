"""Committing an accounts import: all or nothing when cancelled, and the KPI summaries stay exact. Both backends."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from syncserver.accounts_import import ImportCancelled, apply_import, parse_accounts_file
from syncserver.accounts_upsert import CHUNK
from syncserver.agents import add_agent
from syncserver.db.kpi_models import KpiHolding
from syncserver.db.models import Account, AccountAssignment, Change
from tests.test_kpis import summaries_match_rebuild

HEADER = "external_ref,debtor_name,address,balance,currency,agent_code,phones,consent_sms"


def portfolio(tmp_path, count: int, agent=lambda i: f"G{i % 3}", name: str = "cartera.csv"):
    lines = [HEADER] + [f"R-{i:05d},Deudor {i},Calle {i},{1000 + i}.50,COP,{agent(i)},+5730012{i:05d},{i % 2}"
                        for i in range(count)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def counts(engine) -> tuple[int, ...]:
    with engine.connect() as conn:
        return tuple(conn.scalar(select(func.count()).select_from(table))
                     for table in (Account, AccountAssignment, Change, KpiHolding))


@pytest.fixture
def agents(engine):
    return [add_agent(engine, f"G{i}", f"Gestor {i}") for i in range(3)]


def test_cancelling_after_a_written_chunk_leaves_nothing(engine, agents, tmp_path):
    plan = parse_accounts_file(portfolio(tmp_path, CHUNK + 50), engine)
    cancel, seen = threading.Event(), []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= CHUNK:  # the first chunk is in the transaction: accounts, history, KPI rows, log
            cancel.set()

    with pytest.raises(ImportCancelled, match="nothing was saved"):
        apply_import(engine, plan, progress, cancel=cancel)
    assert seen == [0, CHUNK]
    assert counts(engine) == (0, 0, 0, 0)
    result = apply_import(engine, plan)  # the same plan, not cancelled, imports whole
    assert result.created == CHUNK + 50
    accounts, assignments, changes, holdings = counts(engine)
    assert (accounts, assignments, changes) == (CHUNK + 50,) * 3 and holdings > 0


def test_cancelling_while_reading_stops_the_check(engine, agents, tmp_path):
    cancel, lines = threading.Event(), []

    def progress(done: int, total: int) -> None:
        lines.append((done, total))
        cancel.set()

    with pytest.raises(ImportCancelled, match="reading cancelled at line 2000"):
        parse_accounts_file(portfolio(tmp_path, 3000), engine, progress=progress, cancel=cancel)
    assert lines == [(2000, 3001)]
    seen = []
    plan = parse_accounts_file(portfolio(tmp_path, 2500), engine, progress=lambda *report: seen.append(report))
    assert seen == [(2000, 2501), (2501, 2501)] and len(plan.rows) == 2500


def test_kpi_summaries_of_imported_moved_and_dropped_accounts_equal_a_rebuild(engine, agents, tmp_path):
    apply_import(engine, parse_accounts_file(portfolio(tmp_path, 60), engine))
    moved = portfolio(tmp_path, 80, agent=lambda i: "" if i % 7 == 0 else f"G{(i + 1) % 3}", name="dos.csv")
    result = apply_import(engine, parse_accounts_file(moved, engine))
    assert result.created == 20 and result.moved == 60
    assert summaries_match_rebuild(engine)
