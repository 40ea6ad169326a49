"""campo-server scoring run|show|compare|rules on a real database, in JSON and in text."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from syncserver.cli import main
from syncserver.db.bootstrap import open_database
from tests.scoring_world import AS_OF, build_history


@pytest.fixture
def cli(db_url, capsys):
    """Run campo-server on a database holding the synthetic history; returns (exit code, stdout, stderr)."""
    engine = open_database(db_url=db_url)
    build_history(engine, 800)
    engine.dispose()

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db-url", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_run_then_show_in_json_and_text(cli) -> None:
    code, out, err = cli("scoring", "show")
    assert code == 2 and "no scoring run yet" in err
    code, out, err = cli("scoring", "run", "--as-of", str(AS_OF + timedelta(days=30)), "--json")
    assert code == 0, err
    run = json.loads(out)
    assert (run["method"], run["trigger"], run["n_scored"], run["as_of"]) == ("model", "cli", 800, "2026-05-31")
    assert run["auc"] > 0.75 and sum(cell["count"] for cell in run["summary"]["cells"]) == 800
    code, out, _ = cli("scoring", "show", "--json")
    shown = json.loads(out)
    assert shown["id"] == run["id"] and shown["outcome"]["complete"] and len(shown["outcome"]["deciles"]) == 10
    code, out, _ = cli("scoring", "show", str(run["id"]))
    assert code == 0 and f"Run {run['id']} as of 2026-05-31" in out and "logistic regression, AUC 0." in out
    assert "field_visit" in out and "days_past_due -" in out and "What happened next (complete)" in out


def test_compare_and_rules(cli) -> None:
    cli("scoring", "run", "--as-of", str(AS_OF))
    code, out, err = cli("scoring", "rules", "--set", "probability_threshold=0.2", "--set",
                         "actions.likely_costly=field_visit", "--json")
    assert code == 0, err
    rules = json.loads(out)
    assert rules["probability_threshold"] == 0.2 and rules["actions"]["likely_costly"] == "field_visit"
    cli("scoring", "run", "--as-of", str(AS_OF + timedelta(days=30)))
    code, out, _ = cli("scoring", "compare", "2", "1", "--json")
    comparison = json.loads(out)
    assert (comparison["older"], comparison["newer"], comparison["common"]) == (1, 2, 800)
    assert sum(sum(row.values()) for row in comparison["moves"].values()) == 800
    code, out, _ = cli("scoring", "compare", "1", "2")
    assert code == 0 and "Run 1 -> run 2: 800 accounts in both" in out
    code, _, err = cli("scoring", "rules", "--set", "actions.likely_cheap=llamar")
    assert code == 2 and "error: actions.likely_cheap: unknown action 'llamar'" in err
    code, _, err = cli("scoring", "rules", "--set", "nightly_hour=25")
    assert code == 2 and "nightly_hour must be between 0 and 23" in err
