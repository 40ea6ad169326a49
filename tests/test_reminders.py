"""Debtor reminders planned from promises and instalments: consent, opt-out, paid, quiet hours, once only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from syncserver.db.reminder_models import ReminderMessage
from syncserver.reminder_hours import is_quiet, next_allowed
from syncserver.reminder_optouts import set_opt_out
from syncserver.reminder_outbox import list_reminders, reminder_counts
from syncserver.reminder_planner import plan_reminders
from syncserver.reminder_settings import (
    DEFAULT_TEMPLATES,
    ReminderSettingsError,
    fill,
    read_reminder_settings,
    update_reminder_settings,
)
from syncserver.kpis.days import zone_of
from tests.reminder_world import configure, reminder_world, settings

TODAY = date(2026, 3, 10)
NOON = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # 12:00 in Bogotá
BOGOTA = zone_of("America/Bogota")


def by_key(engine: Engine) -> dict[tuple[str, str], object]:
    return {(e.source_id, e.channel): e for e in list_reminders(engine)}


def test_the_planner_queues_what_may_go_and_logs_why_the_rest_may_not(engine: Engine) -> None:
    world, ids = reminder_world(engine, TODAY)
    configure(engine)
    set_opt_out(engine, world.accounts["C2"], ("sms",))
    result = plan_reminders(engine, NOON)
    rows = by_key(engine)
    assert ids["p_far"] not in {source for source, _ in rows}, "due in 10 days: not yet"
    soon = {ch: rows[(ids["p_soon"], ch)] for ch in ("email", "sms", "whatsapp")}
    assert (soon["email"].status, soon["email"].kind, soon["email"].address) == ("queued", "before_due",
                                                                                 "ana@deudores.example")
    assert (soon["sms"].status, soon["sms"].address) == ("queued", "+573001112233")
    assert (soon["whatsapp"].status, soon["whatsapp"].reason) == ("skipped", "no_consent")
    assert soon["email"].body == ("Hola Ana Pérez: le recordamos que el 12/03/2026 vence su pago de $ 120.000,00 COP "
                                  "con Cobranzas Andinas. Si ya pagó, no tenga en cuenta este mensaje. "
                                  "Responda STOP para no recibir más recordatorios.")
    missed = {ch: rows[(ids["p_missed"], ch)] for ch in ("email", "sms", "whatsapp")}
    assert {ch: (r.kind, r.status, r.reason) for ch, r in missed.items()} == {
        "email": ("after_miss", "skipped", "no_address"), "sms": ("after_miss", "skipped", "opted_out"),
        "whatsapp": ("after_miss", "queued", None)}
    assert "no hemos recibido su pago de $ 50.000,00 COP que vencía el 09/03/2026" in missed["whatsapp"].body
    assert {rows[(ids["p_paid"], ch)].reason for ch in ("email", "sms", "whatsapp")} == {"paid"}
    down = rows[(ids["i_down"], "email")]
    assert (down.source_kind, down.kind, down.status, down.due_on) == ("instalment", "before_due", "queued",
                                                                       TODAY + timedelta(days=1))
    assert "$ 100.000,00 COP" in down.body and "Carla Gómez" in down.body
    assert result.queued == 6 and result.skipped == {"no_consent": 1, "no_address": 1, "opted_out": 1, "paid": 3}
    assert reminder_counts(engine)["queued"] == 6


def test_planning_again_or_later_the_same_day_adds_nothing(engine: Engine) -> None:
    reminder_world(engine, TODAY)
    configure(engine)
    first = plan_reminders(engine, NOON)
    again = plan_reminders(engine, NOON + timedelta(hours=5))
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(ReminderMessage))
    assert (again.queued, again.skipped, again.already) == (0, {}, total)
    assert total == first.queued + sum(first.skipped.values())
    # The next day the missed promise is still in its catch-up window: no second after_miss either.
    plan_reminders(engine, NOON + timedelta(days=1))
    with engine.connect() as conn:
        kinds = conn.execute(select(ReminderMessage.kind, func.count()).group_by(ReminderMessage.kind)).all()
    assert dict(kinds)["after_miss"] == 3


def test_channels_off_plan_nothing_and_an_opt_out_skips_what_is_queued(engine: Engine) -> None:
    world, ids = reminder_world(engine, TODAY)
    configure(engine, email_on=False, sms_on=False, whatsapp_on=False)
    assert plan_reminders(engine, NOON).queued == 0 and not list_reminders(engine)
    configure(engine, sms_on=False, whatsapp_on=False)
    plan_reminders(engine, NOON)
    assert {e.channel for e in list_reminders(engine)} == {"email"}
    assert set_opt_out(engine, world.accounts["C1"], ("email", "bogus")[:1]) == ("email",)
    assert (by_key(engine)[(ids["p_soon"], "email")].status, by_key(engine)[(ids["p_soon"], "email")].reason) == (
        "skipped", "opted_out")
    assert set_opt_out(engine, world.accounts["C1"], ()) == ()


def test_quiet_hours_delay_the_first_attempt_to_their_end(engine: Engine) -> None:
    reminder_world(engine, TODAY)
    configure(engine, quiet_start=21 * 60, quiet_end=8 * 60)
    night = datetime(2026, 3, 10, 3, 30, tzinfo=UTC)  # 22:30 on the 9th in Bogotá: the 9th is "today"
    early = datetime(2026, 3, 10, 11, 0, tzinfo=UTC)  # 06:00 on the 10th
    assert is_quiet(night, BOGOTA, 1260, 480) and is_quiet(early, BOGOTA, 1260, 480)
    assert not is_quiet(NOON, BOGOTA, 1260, 480) and not is_quiet(night, BOGOTA, 0, 0)
    eight = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)  # 08:00 on the 10th in Bogotá
    assert next_allowed(night, BOGOTA, 1260, 480) == eight == next_allowed(early, BOGOTA, 1260, 480)
    assert next_allowed(NOON, BOGOTA, 1260, 480) == NOON
    plan_reminders(engine, early)
    queued = [e for e in list_reminders(engine) if e.status == "queued"]
    assert queued and {e.next_attempt_at for e in queued} == {eight}
    assert all(e.next_attempt_at == early for e in list_reminders(engine) if e.status == "skipped")


def test_settings_round_trip_and_refuse_unknown_placeholders(engine: Engine) -> None:
    assert read_reminder_settings(engine).channels() == ()
    stored = update_reminder_settings(engine, settings(templates={"before_due": "Hola {nombre}, {monto} el {fecha}."},
                                                       provider="http", provider_url="http://127.0.0.1:9/sms",
                                                       provider_token="secreto"))
    again = read_reminder_settings(engine)
    assert again == stored and again.template("before_due") == "Hola {nombre}, {monto} el {fecha}."
    assert again.template("after_miss") == DEFAULT_TEMPLATES["after_miss"]
    assert again.public()["provider_token"] == "********"
    with pytest.raises(ReminderSettingsError) as bad:
        update_reminder_settings(engine, settings(templates={"after_miss": "Hola {name}"}))
    assert bad.value.field == "templates" and "{name}" in str(bad.value)
    with pytest.raises(ReminderSettingsError) as no_url:
        update_reminder_settings(engine, settings(provider="http", provider_url=""))
    assert no_url.value.field == "provider_url"
    assert read_reminder_settings(engine) == stored, "a refused change writes nothing"
    english = update_reminder_settings(engine, settings(language="en"))
    assert english.template("before_due").startswith("Hello {nombre}")
    assert fill("{nombre} paga {monto} {{literal}}", {"nombre": "Ana", "monto": "$ 1"}) == "Ana paga $ 1 {literal}"
