"""`campo-server scoring run|show|compare|rules`: payment-probability runs from the command line."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from .admin import AdminError
from .cli_kpis import _day

QUADRANT_WORDS = {"likely_cheap": "likely, cheap", "likely_costly": "likely, costly",
                  "unlikely_cheap": "unlikely, cheap", "unlikely_costly": "unlikely, costly"}


def _outcome_json(outcome) -> dict[str, Any]:
    value = asdict(outcome)
    return {**value, "as_of": outcome.as_of.isoformat(), "window_end": outcome.window_end.isoformat()}


def _method_line(run) -> str:
    if run.method == "model":
        return (f"logistic regression, AUC {run.auc:.3f} on {run.n_holdout} held-out accounts "
                f"(trained on {run.n_train}), Brier {run.brier:.3f}")
    return f"{run.summary['reason']}"


def _print_run(run, outcome, zone) -> None:
    from . import cli

    rules = run.rules
    print(f"Run {run.id} as of {run.as_of} ({run.trigger}, made {cli._local(run.created_at, zone)} {zone.key})")
    print(f"Method: {_method_line(run)}")
    print(f"{run.n_scored} active accounts scored; likely to pay: probability >= {rules.probability_threshold:.0%}, "
          f"cheap: cost <= {rules.cost_threshold_min:g} agent minutes")
    cli._print_table(["QUADRANT", "ACTION", "ACCOUNTS", "BALANCE"],
                     [[QUADRANT_WORDS[c["quadrant"]], c["action"], c["count"], c["balance"]]
                      for c in run.summary["cells"]])
    if run.coefficients:
        strongest = sorted(run.coefficients.items(), key=lambda item: -abs(item[1]))[:5]
        print("Strongest factors (per standard deviation): "
              + ", ".join(f"{name} {value:+.2f}" for name, value in strongest))
    if outcome is not None and outcome.days_observed > 0 and outcome.accounts:
        state = "complete" if outcome.complete else f"so far, {outcome.days_observed} of 30 days"
        auc = "" if outcome.auc is None else f", AUC {outcome.auc:.3f}"
        print(f"What happened next ({state}): predicted {outcome.predicted:.1%}, paid {outcome.realised:.1%}{auc}")
        cli._print_table(["DECILE", "ACCOUNTS", "PROBABILITY", "PREDICTED", "PAID"],
                         [[d.decile, d.accounts, f"{d.low:.1%}-{d.high:.1%}", f"{d.predicted:.1%}",
                           f"{d.realised:.1%}"] for d in outcome.deciles])


def _stored_run(engine, run_id: int | None):
    from .scoring.run_queries import get_run, latest_run

    run = latest_run(engine) if run_id is None else get_run(engine, run_id)
    if run is None:
        raise AdminError("no scoring run yet; make one with `campo-server scoring run`" if run_id is None
                         else f"there is no scoring run {run_id}")
    return run


def cmd_scoring_run(args: argparse.Namespace) -> int:
    """Score every active account now (or as of --as-of) and store the run."""
    from . import cli
    from .audit import cli_actor
    from .scoring.run_queries import get_run
    from .scoring.runs import run_scoring

    engine = cli._open(args)
    run = get_run(engine, run_scoring(engine, args.as_of, trigger="cli", actor=cli_actor()))
    if args.json:
        cli._print_json(run.as_json())
    else:
        _print_run(run, None, cli._branch_zone(engine))
    return 0


def cmd_scoring_show(args: argparse.Namespace) -> int:
    """Show a stored run (default: the newest) and, once its window has begun, what happened next."""
    from . import cli
    from .scoring.compare import run_outcome

    engine = cli._open(args)
    run = _stored_run(engine, args.run)
    outcome = run_outcome(engine, run.id)
    if args.json:
        cli._print_json({**run.as_json(), "outcome": _outcome_json(outcome)})
    else:
        _print_run(run, outcome, cli._branch_zone(engine))
    return 0


def cmd_scoring_compare(args: argparse.Namespace) -> int:
    """How probabilities and quadrants moved from the older run to the newer, and how the older one did."""
    from . import cli
    from .scoring.compare import compare_runs

    comparison = compare_runs(cli._open(args), args.a, args.b)
    if args.json:
        cli._print_json({**asdict(comparison), "outcome": _outcome_json(comparison.outcome)})
        return 0
    c = comparison
    change = "—" if c.mean_change is None else f"{c.mean_change:+.1%}"
    print(f"Run {c.older} -> run {c.newer}: {c.common} accounts in both ({c.only_older} only in {c.older}, "
          f"{c.only_newer} only in {c.newer}); mean probability change {change}, {c.rose} rose and {c.fell} fell "
          f"by more than 5 points; {c.changed_quadrant} changed quadrant")
    cli._print_table(["FROM \\ TO", *QUADRANT_WORDS.values()],
                     [[QUADRANT_WORDS[q], *row.values()] for q, row in c.moves.items()])
    return 0


def _setting(text: str) -> tuple[str, Any]:
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE")
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = value  # a bare word, such as an action name
    return key.strip(), parsed


def cmd_scoring_rules(args: argparse.Namespace) -> int:
    """Show the branch's scoring settings; --set KEY=VALUE changes them (actions.QUADRANT=ACTION for one action)."""
    from . import cli
    from .audit import cli_actor
    from .scoring.settings import read_scoring_settings, save_scoring_settings

    engine = cli._open(args)
    settings = read_scoring_settings(engine)
    if args.set:
        change: dict[str, Any] = {}
        for key, value in args.set:
            if key.startswith("actions."):
                change.setdefault("actions", {})[key.removeprefix("actions.")] = value
            else:
                change[key] = value
        settings = save_scoring_settings(engine, change, actor=cli_actor())
    document = settings.as_json()
    if args.json:
        cli._print_json(document)
    else:
        for key, value in document.items():
            print(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return 0


def add_scoring_commands(commands, command) -> None:
    """Add `scoring` to campo-server's parser (`command` is cli.build_parser's helper)."""
    scoring = commands.add_parser("scoring", help="payment probability and the strategy matrix (docs/portfolio.md)")
    scoring = scoring.add_subparsers(dest="action", required=True)
    run = command(scoring, "run", cmd_scoring_run, "score every active account and store the run", listing=True)
    run.add_argument("--as-of", dest="as_of", type=_day, help="local date to score as of, YYYY-MM-DD (default: today)")
    show = command(scoring, "show", cmd_scoring_show, "show a stored run (default: the newest)", listing=True)
    show.add_argument("run", nargs="?", type=int, help="run id")
    compare = command(scoring, "compare", cmd_scoring_compare, "compare two stored runs", listing=True)
    compare.add_argument("a", type=int, help="a run id")
    compare.add_argument("b", type=int, help="another run id")
    rules = command(scoring, "rules", cmd_scoring_rules, "show or change the strategy rules and buckets", listing=True)
    rules.add_argument("--set", action="append", type=_setting, metavar="KEY=VALUE",
                       help="e.g. probability_threshold=0.4, actions.likely_costly=field_visit, nightly_hour=3")

