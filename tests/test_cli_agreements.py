"""`campo-server agreements list|show|recompute` and `campo-server promises` on a real SQLite database."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from syncserver.agreements import AgreementTerms, create_agreement
from syncserver.cli import main
from syncserver.db.bootstrap import open_database
from tests.kpi_world import World


@pytest.fixture
def branch(tmp_path):
    """A branch with one agreement partly paid and two promises, one of them broken."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    engine = open_database(db_url=url)
    world = World(engine)
    world.agent("A1")
    world.account("C1", None, "A1")
    world.account("C2", None, "A1")
    terms = AgreementTerms(Decimal("300"), Decimal("50"), 2, "fortnightly", date(2026, 3, 2))
    agreement = create_agreement(engine, world.accounts["C1"], terms, now=datetime(2026, 3, 1, 15, tzinfo=UTC))
    world.pay("C1", date(2026, 3, 2), "50.00")
    world.visit("A1", "C2", datetime(2026, 3, 3, 15, tzinfo=UTC), "promise_to_pay", "80.00", date(2026, 3, 6))
    world.visit("A1", "C1", datetime(2026, 3, 3, 16, tzinfo=UTC), "promise_to_pay", "125.00", date(2026, 3, 16))
    world.pay("C1", date(2026, 3, 16), "125.00")
    engine.dispose()
    return url, agreement


def run(capsys, url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db-url", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_agreements_list_show_and_recompute(branch, capsys) -> None:
    url, agreement = branch
    code, out, _ = run(capsys, url, "agreements", "recompute", "--as-of", "2026-03-20")
    assert code == 0 and "recomputed 1 agreement" in out
    listed = json.loads(run(capsys, url, "agreements", "list", "--as-of", "2026-03-20", "--json")[1])
    assert [(a["id"], a["status"], a["paid"], a["owed"], a["next_due_on"]) for a in listed] == [
        (agreement, "current", "175.00", "125.00", "2026-03-30")]
    shown = json.loads(run(capsys, url, "agreements", "show", str(agreement), "--as-of", "2026-03-31", "--json")[1])
    assert [(row["number"], row["amount"], row["paid"]) for row in shown["schedule"]] == [
        (0, "50.00", "50.00"), (1, "125.00", "125.00"), (2, "125.00", "0.00")]
    assert shown["status"] == "late" and shown["payments"][1]["applied"] == [{"number": 1, "amount": "125.00"}]
    code, out, _ = run(capsys, url, "agreements", "show", str(agreement), "--as-of", "2026-03-31")
    assert code == 0 and "late as of 2026-03-31" in out and "$ 300,00 COP" in out
    code, _, err = run(capsys, url, "agreements", "show", "999")
    assert code == 2 and "no agreement has id 999" in err
    code, out, _ = run(capsys, url, "agreements", "list")
    assert code == 0 and "STATUS" in out.splitlines()[0] and "C1" in out


def test_promises_by_status(branch, capsys) -> None:
    url, _ = branch
    broken = json.loads(run(capsys, url, "promises", "--status", "broken", "--as-of", "2026-03-31", "--json")[1])
    assert [(p["external_ref"], p["amount"], p["paid"], p["remaining"]) for p in broken] == [
        ("C2", "80.00", "0.00", "80.00")]
    code, out, _ = run(capsys, url, "promises", "--agent", "A1", "--as-of", "2026-03-31")
    assert code == 0 and "kept" in out and "broken" in out
    code, _, err = run(capsys, url, "promises", "--agent", "ZZ")
    assert code == 2 and "unknown agent code" in err
