"""Text the CLI prints: tables and one-line summaries."""

from __future__ import annotations

from mobile_protocol.messages import Account

from .outbox import DeadLetter
from .push import PushReport
from .simulate import SimulationSummary
from .state import DeviceState, SyncSummary


def _table(header: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]
    lines = []
    for row in [header, *rows]:
        cells = [str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _fence(account: Account) -> str:
    if account.geofence.polygon:
        return "polygon"
    if account.geofence.radius_m is not None:
        return f"r={account.geofence.radius_m:g} m"
    return "default"


def _consents(account: Account) -> str:
    given = [name for name, flag in (("email", account.consent_email), ("sms", account.consent_sms),
                                     ("whatsapp", account.consent_whatsapp)) if flag]
    return ",".join(given) or "-"


def accounts_table(accounts: list[Account]) -> str:
    """Local accounts as a text table."""
    rows = [
        [
            a.id, a.external_ref, a.debtor_name[:30], a.document_id or "-", f"{a.balance} {a.currency}",
            str(a.days_past_due), "" if a.visit_order is None else str(a.visit_order),
            "-" if a.location is None else f"{a.location.lat:.5f},{a.location.lon:.5f}", _fence(a),
            " ".join(a.phones) or "-", (a.product or "-")[:24], _consents(a),
        ]
        for a in accounts
    ]
    header = ["id", "ref", "debtor", "document", "balance", "dpd", "order", "location", "geofence", "phones",
              "product", "consent"]
    return _table(header, rows, right={4, 5, 6})


def account_details(account: Account) -> str:
    """Every field of one account, a line each (`accounts --long`)."""
    a = account
    pairs = [
        ("id", a.id), ("ref", a.external_ref), ("debtor", a.debtor_name), ("document", a.document_id or "-"),
        ("address", a.address),
        ("location", "-" if a.location is None else f"{a.location.lat:.6f},{a.location.lon:.6f} ({_fence(a)})"),
        ("balance", f"{a.balance} {a.currency}"), ("original", f"{a.original_amount} {a.currency}"
                                                   if a.original_amount is not None else "-"),
        ("days past due", str(a.days_past_due)), ("segment", a.segment or "-"), ("product", a.product or "-"),
        ("phones", ", ".join(a.phones) or "-"), ("e-mail", a.email or "-"),
        ("reminders by", _consents(a)),
        ("instalments", ", ".join(day.isoformat() for day in a.instalment_due_dates) or "-"),
        ("visit order", "-" if a.visit_order is None else str(a.visit_order)), ("notes", a.notes or "-"),
    ]
    return "\n".join(f"{label + ':':<15}{value}" for label, value in pairs)


def sync_line(summary: SyncSummary) -> str:
    """One line for `sync`."""
    if summary.full:
        return (f"full sync: {summary.accounts} accounts, {summary.questionnaires} questionnaire versions")
    return (
        f"delta sync: {summary.accounts} accounts new or changed, {summary.removed_accounts} removed,"
        f" {summary.questionnaires} questionnaire versions added, {summary.removed_questionnaires} removed;"
        f" {summary.total_accounts} accounts now"
    )


def push_line(report: PushReport) -> str:
    """Counts for `push`."""
    return (
        f"accepted {report.accepted}, duplicate {report.duplicates}, rejected {report.rejected}"
        f" (positions {report.positions_accepted}/{report.positions_duplicates}/{report.positions_rejected},"
        f" visits {report.visits_accepted}/{report.visits_duplicates}/"
        f"{report.visits_rejected + report.visits_conflicts}"
        + (f", media {report.media_uploaded}/{report.media_rejected}"
           if report.media_uploaded or report.media_rejected else "")
        + (f"; {report.visits_waiting_media} visits wait for media" if report.visits_waiting_media else "")
        + f") in {report.requests} requests"
    )


def status_text(state: DeviceState, dead: list[DeadLetter]) -> str:
    """Everything `status` shows."""
    pairing = state.pairing
    counts = state.summary()
    lines = [f"state:        {state.path or '(in memory)'}", f"install id:   {state.install_id}"]
    if pairing is None:
        lines.append("paired:       no (run `campo-device pair URL CODE`)")
    else:
        agent = pairing.agent
        lines += [
            f"paired:       agent {agent.code} {agent.name} (id {agent.id}), device {pairing.device_id}",
            f"server:       {', '.join(pairing.server_urls)} (id {pairing.server_id})",
        ]
    lines += [
        f"cursor:       {state.cursor or '(none: the next sync is full)'}",
        f"local data:   {counts['accounts']} accounts, {counts['questionnaire_versions']} questionnaire versions",
        f"outbox:       {counts['outbox_media']} media, {counts['outbox_positions']} positions,"
        f" {counts['outbox_visits']} visits"
        f" (next seq {counts['next_seq']})",
        f"clock offset: {state.clock_offset_s:+.3f} s",
        f"dead letters: {len(dead)}",
    ]
    for letter in dead[-20:]:
        lines.append(f"  {letter.kind} {letter.item_key}: {letter.code}: {letter.message}")
    return "\n".join(lines)


def simulation_text(summary: SimulationSummary) -> str:
    """The summary `simulate` prints."""
    lines = [
        f"devices: {summary.devices}",
        f"positions sent: {summary.positions_sent} (rejected {summary.positions_rejected})",
        f"visits sent: {summary.visits_sent} (rejected {summary.visits_rejected})",
        f"requests: {summary.requests}",
        f"errors: {summary.errors}",
    ]
    lines += [f"  {message}" for message in summary.error_messages]
    return "\n".join(lines)
