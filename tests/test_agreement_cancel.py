"""Cancelling an agreement: a reason, audited, frozen on its day, out of force, alerts and reminders; both backends."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine, insert, select

from syncserver.admin import AdminError, transaction
from syncserver.alerts.office import list_alerts
from syncserver.agreements import (
    AgreementError,
    AgreementTerms,
    agreement_alerts,
    cancel_agreement,
    create_agreement,
    get_agreement,
    list_agreements,
    recompute_all,
)
from syncserver.audit import AGREEMENT_CHANGED
from syncserver.cli import main
from syncserver.db.agreement_models import Agreement
from syncserver.db.reminder_models import ReminderMessage
from syncserver.db.security_models import AuditEntry
from tests.kpi_world import World
from tests.test_alerts import sweep

D = Decimal
MADE = datetime(2026, 3, 1, 15, tzinfo=UTC)
CANCELLED_AT = datetime(2026, 4, 20, 15, tzinfo=UTC)  # 20 April, 10:00 in Bogotá


def _world(engine: Engine) -> tuple[World, int]:
    world = World(engine)
    world.agent("A1")
    world.account("C1", None, "A1")
    terms = AgreementTerms(D("300"), D("0"), 3, "monthly", date(2026, 3, 10))
    return world, create_agreement(engine, world.accounts["C1"], terms, now=MADE)


def _queue_reminder(engine: Engine, source_id: str, status: str = "queued") -> None:
    with transaction(engine) as conn:
        conn.execute(insert(ReminderMessage), [dict(
            account_id=conn.scalar(select(Agreement.account_id).limit(1)), channel="sms", kind="before_due",
            source_kind="instalment", source_id=source_id, due_on=date(2026, 5, 10), address="+573001112233",
            body="Hola", status=status, attempts=0, created_at=MADE, next_attempt_at=MADE)])


def test_a_cancelled_agreement_keeps_its_day_its_reason_and_frees_the_account(engine: Engine) -> None:
    world, agreement = _world(engine)
    world.pay("C1", date(2026, 3, 10), "100.00")
    _queue_reminder(engine, f"{agreement}:3")
    _queue_reminder(engine, f"{agreement}0:1")  # another agreement's (id ×10): not touched
    assert agreement_alerts(engine, as_of=date(2026, 4, 20)).overdue  # instalment 2 (10 April) is missed
    assert sweep(engine, date(2026, 4, 20)) == (1, 0) and [a.kind for a in list_alerts(engine, open_only=True)] == [
        "overdue_instalment"]

    done = cancel_agreement(engine, agreement, "  El deudor\nvendió el vehículo ", actor="sistema", now=CANCELLED_AT)
    assert done.reason == "El deudor vendió el vehículo"
    world.pay("C1", date(2026, 4, 25), "200.00")  # after it ended: not its payment
    recompute_all(engine, as_of=date(2026, 6, 1))

    (summary,) = list_agreements(engine, as_of=date(2026, 6, 1))
    assert (summary.status, summary.paid, summary.owed, summary.next_due_on) == ("cancelled", D(100), D(200), None)
    detail = get_agreement(engine, agreement, as_of=date(2026, 6, 1))
    assert detail.state.as_of == date(2026, 4, 20) and [p.paid_on for p in detail.state.payments] == [date(2026, 3, 10)]
    assert detail.cancellation.reason == "El deudor vendió el vehículo" and detail.cancellation.actor == "sistema"
    assert list_agreements(engine, status="cancelled")[0].id == agreement
    assert agreement_alerts(engine, as_of=date(2026, 4, 21)).overdue == ()  # no alert about it any more
    assert list_alerts(engine, open_only=True) == []  # its open alert ended with it
    assert sweep(engine, date(2026, 4, 21)) == (0, 0)
    with engine.connect() as conn:
        stored = conn.execute(select(Agreement.status, Agreement.evaluated_on).where(Agreement.id == agreement)).one()
        messages = dict(conn.execute(select(ReminderMessage.source_id, ReminderMessage.reason)).all())
        (entry,) = conn.execute(select(AuditEntry.__table__).where(AuditEntry.action == AGREEMENT_CHANGED)).all()
    assert tuple(stored) == ("cancelled", date(2026, 4, 20))
    assert messages == {f"{agreement}:3": "cancelled", f"{agreement}0:1": None}
    assert entry.subject_id == str(agreement) and entry.details["status"] == ["late", "cancelled"]
    assert entry.details["reason"] == "El deudor vendió el vehículo" and entry.details["reminders_skipped"] == 1
    assert entry.details["alerts_resolved"] == 1
    # No longer in force: the account can get a new agreement.
    renewed = create_agreement(engine, world.accounts["C1"], AgreementTerms(D("200"), D("0"), 2, "weekly",
                                                                            date(2026, 4, 21)), now=CANCELLED_AT)
    assert get_agreement(engine, renewed, as_of=date(2026, 6, 1)).summary.status == "completed"


def test_what_cannot_be_cancelled(engine: Engine) -> None:
    world, agreement = _world(engine)
    for reason, code in (("", "empty"), ("   ", "empty"), ("x" * 501, "too_long")):
        with pytest.raises(AgreementError) as refused:
            cancel_agreement(engine, agreement, reason, now=CANCELLED_AT)
        assert (refused.value.field, refused.value.code) == ("reason", code)
    with pytest.raises(AdminError, match="no agreement has id 999"):
        cancel_agreement(engine, 999, "por error", now=CANCELLED_AT)
    cancel_agreement(engine, agreement, "por error", now=CANCELLED_AT)
    with pytest.raises(AgreementError) as twice:
        cancel_agreement(engine, agreement, "otra vez", now=CANCELLED_AT)
    assert twice.value.code == "already_cancelled"
    paid = create_agreement(engine, world.accounts["C1"], AgreementTerms(D("50"), D("0"), 1, "weekly",
                                                                         date(2026, 4, 21)), now=CANCELLED_AT)
    world.pay("C1", date(2026, 4, 21), "50.00")
    with pytest.raises(AgreementError) as completed:
        cancel_agreement(engine, paid, "ya pagó", now=datetime(2026, 4, 22, 15, tzinfo=UTC))
    assert completed.value.code == "completed"
    with engine.connect() as conn:  # only the one cancellation was recorded
        assert len(conn.execute(select(AuditEntry.id).where(AuditEntry.action == AGREEMENT_CHANGED)).all()) == 1


def test_campo_server_agreements_cancel(tmp_path, capsys) -> None:
    from syncserver.db.bootstrap import open_database

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    engine = open_database(db_url=url)
    _, agreement = _world(engine)
    engine.dispose()
    assert main(["--db-url", url, "agreements", "cancel", str(agreement), "--reason", "Acuerdo mal hecho"]) == 0
    assert f"cancelled agreement {agreement}: Acuerdo mal hecho" in capsys.readouterr().out
    assert main(["--db-url", url, "agreements", "show", str(agreement), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "cancelled" and shown["cancellation"]["reason"] == "Acuerdo mal hecho"
    assert shown["cancellation"]["actor"].startswith("cli:")
    assert main(["--db-url", url, "agreements", "cancel", str(agreement), "--reason", "x"]) == 2
    assert "already cancelled" in capsys.readouterr().err
