"""`campo-server routes plan|show`: each agent's daily visit order from the command line (docs/portfolio.md)."""

from __future__ import annotations

import argparse

from .admin import AdminError
from .audit import cli_actor
from .cli_kpis import _day

TIER_WORDS = {1: "field visit", 2: "agreement offer", 3: "reminder/escalate"}


def _duration(minutes: float) -> str:
    hours, rest = divmod(round(minutes), 60)
    return f"{hours} h {rest:02d} min"


def cmd_routes_plan(args: argparse.Namespace) -> int:
    """Plan the day (default: the branch's today) for every active agent, or one, and store the plans."""
    from . import cli
    from .agents import list_agents
    from .route_plans import plan_routes

    engine = cli._open(args)
    planned, changed = plan_routes(engine, args.day, args.agent, actor=cli_actor())
    codes = {agent.id: agent.code for agent in list_agents(engine)}
    if args.json:
        cli._print_json({"day": planned.day.isoformat(), "scoring_run_id": planned.run_id,
                         "accounts_changed": changed,
                         "agents": [{"agent": codes[p.agent_id], "stops": len(p.account_ids), "km": p.km,
                                     "minutes": p.minutes, "start_source": p.start_source} for p in planned.plans]})
        return 0
    followed = f"priorities of scoring run {planned.run_id}" if planned.run_id else "no scoring run yet: distance only"
    print(f"Routes for {planned.day} ({followed}); {changed} accounts changed visit order")
    cli._print_table(["AGENT", "STOPS", "KM", "TIME", "START"],
                     [[codes[p.agent_id], len(p.account_ids), f"{p.km:.1f}", _duration(p.minutes), p.start_source]
                      for p in planned.plans])
    return 0


def cmd_routes_show(args: argparse.Namespace) -> int:
    """Show an agent's stored plan (default: the newest day planned)."""
    from . import cli
    from .route_plans import route_plan

    engine = cli._open(args)
    plan = route_plan(engine, args.agent, args.day)
    if plan is None:
        when = f"for {args.day}" if args.day else "yet"
        raise AdminError(f"no route planned {when} for {args.agent}; plan it with `campo-server routes plan`")
    if args.json:
        cli._print_json(plan.as_json())
        return 0
    start = "no start point" if plan.start is None else f"from {plan.start[0]:.5f}, {plan.start[1]:.5f}"
    print(f"{args.agent.upper()} on {plan.day}: {len(plan.stops)} stops, {plan.km:.1f} km, "
          f"{_duration(plan.minutes)} ({start}, {plan.start_source})")
    cli._print_table(["#", "ACCOUNT", "DEBTOR", "PRIORITY", "ARRIVES"],
                     [[s.order, s.external_ref, s.debtor_name, TIER_WORDS.get(s.tier, s.tier),
                       f"+{_duration(s.arrival_min)}"] for s in plan.stops])
    return 0


def add_route_commands(commands, command) -> None:
    """Add `routes` to campo-server's parser (`command` is cli.build_parser's helper)."""
    routes = commands.add_parser("routes", help="each agent's daily visit order (docs/portfolio.md)")
    routes = routes.add_subparsers(dest="action", required=True)
    plan = command(routes, "plan", cmd_routes_plan, "plan the day's visit order of every agent, or one",
                   listing=True)
    plan.add_argument("--agent", help="only this agent's code")
    plan.add_argument("--day", type=_day, help="local date YYYY-MM-DD (default: today)")
    show = command(routes, "show", cmd_routes_show, "show an agent's planned route", listing=True)
    show.add_argument("agent", help="agent code")
    show.add_argument("--day", type=_day, help="local date YYYY-MM-DD (default: the newest planned)")
