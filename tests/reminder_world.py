"""A branch with debtors, promises and an agreement due around a chosen day, for the reminder tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Engine, update

from syncserver.agreements.store import create_agreement, recompute_agreements
from syncserver.admin import transaction
from syncserver.agreements.terms import AgreementTerms
from syncserver.db.models import Account
from syncserver.reminder_settings import ReminderSettingsInfo, update_reminder_settings
from tests.kpi_world import World


def debtor(world: World, ref: str, *, name: str, email: str | None = None, phones: tuple[str, ...] = (),
           consents: tuple[str, ...] = ()) -> int:
    """An account with contact data and the consents given."""
    world.account(ref, agent="A1")
    with transaction(world.engine) as conn:
        conn.execute(update(Account).where(Account.id == world.accounts[ref]).values(
            debtor_name=name, email=email, phones=phones, **{f"consent_{c}": True for c in consents}))
    return world.accounts[ref]


def reminder_world(engine: Engine, today: date) -> tuple[World, dict[str, str]]:
    """Four promises and one instalment around `today` (Bogotá); ids by name.

    p_soon: due in 2 days, Ana (e-mail and SMS consent; WhatsApp not). p_missed: due yesterday, Beto
    (SMS consent, no e-mail address). p_paid: due tomorrow, paid already. p_far: due in 10 days.
    The instalment: Carla's agreement, row 0 (down payment) due tomorrow.
    """
    world = World(engine)
    world.agent("A1")
    debtor(world, "C1", name="Ana Pérez", email="ana@deudores.example", phones=("+573001112233",),
           consents=("email", "sms"))
    debtor(world, "C2", name="Beto Ruiz", phones=("+573004445566",), consents=("email", "sms", "whatsapp"))
    debtor(world, "C3", name="Celia Díaz", email="celia@deudores.example", consents=("email",))
    debtor(world, "C4", name="Carla Gómez", email="carla@deudores.example", phones=("+573007778899",),
           consents=("email", "sms", "whatsapp"))
    made = datetime.combine(today - timedelta(days=5), datetime.min.time(), tzinfo=UTC) + timedelta(hours=15)
    ids = {
        "p_soon": world.visit("A1", "C1", made, "promise_to_pay", "120000.00", today + timedelta(days=2)),
        "p_missed": world.visit("A1", "C2", made, "promise_to_pay", "50000.00", today - timedelta(days=1)),
        "p_paid": world.visit("A1", "C3", made, "promise_to_pay", "30000.00", today + timedelta(days=1)),
        "p_far": world.visit("A1", "C1", made + timedelta(minutes=30), "promise_to_pay", "10.00",
                             today + timedelta(days=10)),
    }
    world.pay("C3", today - timedelta(days=2), "30000.00")
    terms = AgreementTerms(Decimal("300000"), Decimal("100000"), 2, "monthly", today + timedelta(days=1))
    agreement = create_agreement(engine, world.accounts["C4"], terms, now=made)
    with transaction(engine) as conn:  # IMMEDIATE: the live server writes too (a stale snapshot cannot upgrade)
        recompute_agreements(conn, as_of=today)  # its stored status as of the test's day, not the machine's
    ids["i_down"] = f"{agreement}:0"
    return world, ids


def settings(**changes) -> ReminderSettingsInfo:
    """Every channel on, two days before, no quiet hours (the tests choose them when they matter)."""
    values = dict(email_on=True, sms_on=True, whatsapp_on=True, days_before=2, quiet_start=0, quiet_end=0,
                  sender_name="Cobranzas Andinas")
    values.update(changes)
    return ReminderSettingsInfo(**values)


def configure(engine: Engine, **changes) -> ReminderSettingsInfo:
    return update_reminder_settings(engine, settings(**changes))
