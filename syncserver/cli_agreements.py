"""`campo-server agreements list|show|recompute|cancel` and `campo-server promises`: agreements and promise tracking."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from typing import Any

from .admin import AdminError
from .cli_kpis import _day


def _json(value: Any) -> Any:
    """Dates as ISO text; the CLI's printer does Decimals and datetimes."""
    if isinstance(value, dict):
        return {key: _json(inner) for key, inner in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(inner) for inner in value]
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value.isoformat()
    return value


def cmd_agreements_list(args: argparse.Namespace) -> int:
    """List agreements with their status as of a date."""
    from . import cli
    from .agreements import list_agreements

    rows = list_agreements(cli._open(args), as_of=args.as_of, status=args.status)
    if args.json:
        cli._print_json([_json(asdict(row)) for row in rows])
        return 0
    cli._print_table(["ID", "ACCOUNT", "DEBTOR", "SIGNED", "TOTAL TO PAY", "PAID", "OWED", "NEXT DUE", "STATUS"], [
        [r.id, r.external_ref, r.debtor_name, r.signed_on.isoformat(), r.total_to_pay, r.paid, r.owed,
         r.next_due_on.isoformat() if r.next_due_on else "", r.status] for r in rows])
    return 0


def cmd_agreements_show(args: argparse.Namespace) -> int:
    """One agreement: terms, schedule with what was paid, payments matched."""
    from . import cli
    from .agreements import get_agreement

    detail = get_agreement(cli._open(args), args.agreement_id, as_of=args.as_of)
    if detail is None:
        raise AdminError(f"no agreement has id {args.agreement_id}")
    state = detail.state
    if args.json:
        cli._print_json(_json({
            **asdict(detail.summary), "terms": asdict(detail.terms), "interest_amount": detail.interest_amount,
            "discount_amount": detail.discount_amount, "terms_text": detail.terms_text, "visit_id": detail.visit_id,
            "signature_media_id": detail.signature_media_id,
            "cancellation": asdict(detail.cancellation) if detail.cancellation else None, "as_of": state.as_of, "penalties": state.penalties,
            "schedule": [asdict(row) for row in state.rows],
            "payments": [{**asdict(p), "applied": [{"number": n, "amount": a} for n, a in p.applied]}
                         for p in state.payments],
        }))
        return 0
    s = detail.summary
    print(f"Agreement {s.id}: {s.external_ref} {s.debtor_name}, signed {s.signed_on}, {s.status} as of {state.as_of}")
    if detail.cancellation is not None:
        c = detail.cancellation
        print(f"cancelled {c.at.isoformat(timespec='minutes')} by {c.actor}: {c.reason}")
    print(f"total {s.total}, down payment {detail.terms.down_payment}, {s.instalments} {s.frequency} instalments, "
          f"to pay {s.total_to_pay}; paid {s.paid}, owed {s.owed} (penalties {state.penalties})")
    cli._print_table(["NO", "DUE", "AMOUNT", "PENALTY", "PAID", "PAID ON", "OWED", "DAYS LATE"], [
        [r.number, r.due_on.isoformat(), r.amount, r.penalty, r.paid, r.paid_on.isoformat() if r.paid_on else "",
         r.owed, r.days_late or ""] for r in state.rows])
    for payment in state.payments:
        parts = ", ".join(f"#{number} {amount}" for number, amount in payment.applied) or "nothing owed"
        print(f"payment {payment.reference} {payment.paid_on} {payment.amount}: {parts}"
              + (f", {payment.surplus} left over" if payment.surplus else ""))
    print()
    print(detail.terms_text)
    return 0


def cmd_agreements_recompute(args: argparse.Namespace) -> int:
    """Store every agreement's status as of today (or --as-of)."""
    from . import cli
    from .agreements import recompute_all
    from .audit import cli_actor

    count = recompute_all(cli._open(args), args.as_of, actor=cli_actor())
    return cli._show(args, {"recomputed": count}, f"recomputed {count} agreement(s)")


def cmd_agreements_cancel(args: argparse.Namespace) -> int:
    """Cancel an agreement with a reason (audited as the operating system's user)."""
    from . import cli
    from .agreements import cancel_agreement
    from .audit import cli_actor

    done = cancel_agreement(cli._open(args), args.agreement_id, args.reason, actor=cli_actor())
    return cli._show(args, {"cancelled": args.agreement_id, "reason": done.reason, "by": done.actor},
                     f"cancelled agreement {args.agreement_id}: {done.reason}")


def cmd_promises(args: argparse.Namespace) -> int:
    """Promises from visits with their status as of a date."""
    from . import cli
    from .agents import get_agent
    from .promises import list_promises

    engine = cli._open(args)
    agent_id = get_agent(engine, args.agent).id if args.agent else None
    rows = list_promises(engine, as_of=args.as_of, status=args.status, agent_id=agent_id)
    if args.json:
        cli._print_json([_json({**asdict(p), "remaining": p.remaining}) for p in rows])
        return 0
    cli._print_table(["VISITED", "ACCOUNT", "DEBTOR", "AGENT", "DUE", "AMOUNT", "PAID", "REMAINING", "STATUS",
                      "REVISIT"], [
        [p.visited_on.isoformat(), p.external_ref, p.debtor_name, p.agent_code, p.due_on.isoformat(), p.amount,
         p.paid, p.remaining, p.status,
         "" if p.revisit is None else f"{p.revisit.agent_code}{' (done)' if p.revisit.done else ''}"]
        for p in rows])
    return 0


def add_agreement_commands(commands, command) -> None:
    """Add `agreements` and `promises` to campo-server's parser (`command` is cli.build_parser's helper)."""
    from .agreements import STATUSES
    from .promises import PROMISE_STATUSES

    agreements = commands.add_parser("agreements", help="payment agreements (convenios)")
    agreements = agreements.add_subparsers(dest="action", required=True)
    listing = command(agreements, "list", cmd_agreements_list, "list agreements with their status", listing=True)
    listing.add_argument("--status", choices=STATUSES)
    show = command(agreements, "show", cmd_agreements_show, "one agreement: schedule, payments, terms", listing=True)
    show.add_argument("agreement_id", type=int)
    recompute = command(agreements, "recompute", cmd_agreements_recompute, "store every agreement's status now",
                        listing=True)
    cancel = command(agreements, "cancel", cmd_agreements_cancel, "cancel an agreement, saying why", listing=True)
    cancel.add_argument("agreement_id", type=int)
    cancel.add_argument("--reason", required=True, help="why (kept in the audit log and shown with the agreement)")
    promises = command(commands, "promises", cmd_promises, "promises from visits with their status", listing=True)
    promises.add_argument("--status", choices=PROMISE_STATUSES)
    promises.add_argument("--agent", help="only this agent's promises (code)")
    for parser in (listing, show, recompute, promises):
        parser.add_argument("--as-of", dest="as_of", type=_day, help="status as of this local date (default: today)")
