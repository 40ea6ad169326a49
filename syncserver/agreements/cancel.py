"""Cancelling an agreement (anular): with a reason, audited as `agreement.changed`; its state freezes on that day.

A cancelled agreement keeps its schedule and the payments matched up to the day it was cancelled
(`evaluated_on` is that day and never moves again), is no longer in force (another one can be
made for the account), raises no alert (its open ones are resolved) and gets no reminder. Who
cancelled it, when and why are read back from the audit log, the one place that keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, select, update

from ..admin import AdminError, transaction
from ..audit import AGREEMENT_CHANGED, SYSTEM, record
from ..branch import load_branch
from ..clock import utcnow
from ..db.agreement_models import Agreement
from ..db.alert_models import Alert
from ..db.reminder_models import ReminderMessage
from ..db.security_models import AuditEntry
from ..kpis.days import zone_of
from ..permissions import AGREEMENTS_MANAGE, authorize
from .store import CANCELLED, evaluate, recompute_agreements
from .terms import AgreementError

REASON_MAX = 500
_agreements, _alerts = Agreement.__table__, Alert.__table__
_messages, _audit = ReminderMessage.__table__, AuditEntry.__table__


@dataclass(frozen=True, slots=True)
class Cancellation:
    """Who cancelled an agreement, when (UTC) and why."""

    at: datetime
    actor: str
    reason: str


def cancel_agreement(bind: Engine | Connection, agreement_id: int, reason: str, *, actor: str = SYSTEM,
                     now: datetime | None = None) -> Cancellation:
    """Cancel an agreement in force or broken, audited with its reason; AgreementError says why it cannot be."""
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise AgreementError("reason", "empty", "say why the agreement is cancelled")
    if len(reason) > REASON_MAX:
        raise AgreementError("reason", "too_long", f"the reason takes at most {REASON_MAX} characters")
    now = now or utcnow()
    g = _agreements.c
    with transaction(bind) as conn:
        authorize(conn, actor, AGREEMENTS_MANAGE)
        row = conn.execute(select(g.id, g.account_id, g.status).where(g.id == agreement_id).with_for_update()).first()
        if row is None:
            raise AdminError(f"no agreement has id {agreement_id}")
        if row.status == CANCELLED:
            raise AgreementError("agreement", "already_cancelled", f"agreement {agreement_id} is already cancelled")
        day = now.astimezone(zone_of(load_branch(conn).timezone)).date()  # the branch's day it ends
        (item,) = evaluate(conn, agreement_ids=[agreement_id], as_of=day)
        if item.state.status == "completed":
            raise AgreementError("agreement", "completed", f"agreement {agreement_id} is paid in full")
        recompute_agreements(conn, [row.account_id], as_of=day)  # what was paid and owed on the day it ended
        conn.execute(update(_agreements).where(g.id == agreement_id).values(status=CANCELLED, evaluated_on=day))
        a = _alerts.c  # its alerts end with it (the sweep would resolve them within 15 minutes anyway)
        resolved = conn.execute(update(_alerts).where(a.agreement_id == agreement_id, a.dedupe_key.is_not(None))
                                .values(resolved_at=now, dedupe_key=None)).rowcount
        m = _messages.c
        skipped = conn.execute(update(_messages).where(
            m.source_kind == "instalment", m.source_id.like(f"{agreement_id}:%"), m.status == "queued",
        ).values(status="skipped", reason="cancelled")).rowcount
        record(conn, actor=actor, action=AGREEMENT_CHANGED, subject_type="agreement", subject_id=agreement_id,
               details={"status": [item.state.status, CANCELLED], "reason": reason, "paid": item.state.paid,
                        "owed": item.state.owed, "reminders_skipped": skipped,
                        "alerts_resolved": resolved}, at=now)
    return Cancellation(now, actor, reason)


def cancellation_of(conn: Connection, agreement_id: int) -> Cancellation | None:
    """The audit entry that cancelled an agreement, or None."""
    e = _audit.c
    for entry in conn.execute(select(e.at, e.actor, e.details).where(
            e.action == AGREEMENT_CHANGED, e.subject_type == "agreement", e.subject_id == str(agreement_id))
            .order_by(e.id.desc())):
        status = (entry.details or {}).get("status")
        if isinstance(status, list) and status[-1:] == [CANCELLED]:
            return Cancellation(entry.at, entry.actor, str(entry.details.get("reason") or ""))
    return None
