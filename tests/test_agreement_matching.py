"""Instalments matched against payments: partial and late payments, penalties, statuses, break rules; stored on import."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import Engine, select

from syncserver.agreements import (
    AgreementError,
    AgreementSettingsInfo,
    AgreementTerms,
    BreakRule,
    PenaltyRule,
    agreement_alerts,
    create_agreement,
    get_agreement,
    list_agreements,
    match_payments,
    save_agreement_settings,
)
from syncserver.db.agreement_models import Agreement, AgreementInstalment
from syncserver.payments import import_payments, plan_payments
from tests.kpi_world import World

D = Decimal
SCHEDULE = [(1, date(2026, 3, 10), D("100.00")), (2, date(2026, 4, 10), D("100.00")), (3, date(2026, 5, 10), D("100.00"))]
FIXED = PenaltyRule("fixed", D("10.00"), 5)
RULE = BreakRule(missed=2, days_late=60)


def state(payments, as_of, penalty=FIXED, rule=RULE):
    return match_payments(SCHEDULE, [(day, D(amount), f"r{i}") for i, (day, amount) in enumerate(payments)],
                          penalty, rule, as_of)


def owed(result) -> list[str]:
    return [str(row.owed) for row in result.rows]


def test_partial_payments_carry_over_to_the_next_instalment() -> None:
    result = state([(date(2026, 3, 12), "150")], date(2026, 4, 10))
    first, second, third = result.rows
    assert (first.paid, first.paid_on, second.paid, second.paid_on) == (D(100), date(2026, 3, 12), D(50), None)
    assert result.payments[0].applied == ((1, D(100)), (2, D(50)))
    assert (result.status, owed(result), result.paid) == ("current", ["0.00", "50.00", "100.00"], D(150))
    late = state([(date(2026, 3, 12), "150")], date(2026, 4, 13))  # past due, within the 5 grace days
    assert (late.status, late.rows[1].days_late, late.rows[1].penalty, late.rows[1].missed) == ("late", 3, 0, False)


def test_the_penalty_comes_after_the_grace_days_and_is_paid_first() -> None:
    on_grace_day = state([(date(2026, 3, 12), "150"), (date(2026, 4, 15), "50")], date(2026, 4, 20))
    assert on_grace_day.rows[1].penalty == 0 and on_grace_day.rows[1].paid_on == date(2026, 4, 15)
    day_after = state([(date(2026, 3, 12), "150"), (date(2026, 4, 16), "50")], date(2026, 4, 20))
    assert (day_after.rows[1].penalty, day_after.rows[1].owed, day_after.rows[1].missed) == (D(10), D(10), True)
    assert day_after.status == "late" and day_after.penalties == D(10)
    caught_up = state([(date(2026, 3, 12), "150"), (date(2026, 4, 20), "60")], date(2026, 4, 20))
    assert caught_up.rows[1].paid_on == date(2026, 4, 20) and caught_up.status == "current"
    percent = match_payments([(1, date(2026, 3, 10), D("33.33"))], [], PenaltyRule("percent", D(5), 0), RULE,
                             date(2026, 3, 11))
    assert percent.rows[0].penalty == D("1.67")  # 5 % of 33.33 = 1.6665, half up


def test_broken_by_missed_instalments_or_by_days_late_then_completed_when_paid_off() -> None:
    nothing = state([], date(2026, 4, 16))
    assert (nothing.status, nothing.broken_on) == ("broken", date(2026, 4, 16))  # the second one missed that day
    assert state([], date(2026, 4, 15)).status == "late"
    one_missed = [(date(2026, 3, 12), "150"), (date(2026, 4, 20), "60")]
    assert state(one_missed, date(2026, 7, 8)).status == "late"  # row 3 due 10 May: 59 days late
    broken = state(one_missed, date(2026, 7, 9))
    assert (broken.status, broken.broken_on) == ("broken", date(2026, 7, 9))
    paid_after = state([*one_missed, (date(2026, 7, 20), "100")], date(2026, 8, 1))
    assert paid_after.status == "broken" and paid_after.broken_on == date(2026, 7, 9) and owed(paid_after)[2] == "10.00"
    done = state([*one_missed, (date(2026, 7, 20), "150")], date(2026, 8, 1))
    assert (done.status, done.payments[-1].surplus, done.paid) == ("completed", D(40), D(320))
    early = state([(date(2026, 3, 1), "300")], date(2026, 3, 2))  # everything paid before it was due
    assert early.status == "completed" and [row.paid_on for row in early.rows] == [date(2026, 3, 1)] * 3
    lenient = state([], date(2026, 4, 16), rule=BreakRule(missed=3, days_late=60))
    assert lenient.status == "late"


def test_payments_after_the_as_of_date_do_not_count_yet() -> None:
    result = state([(date(2026, 3, 12), "100"), (date(2026, 5, 1), "200")], date(2026, 4, 1))
    assert result.paid == D(100) and len(result.payments) == 1


def write_payments(path, rows: list[tuple[str, str, str, str]]):
    path.write_text("external_ref,paid_on,amount,reference\n" + "".join(",".join(row) + "\n" for row in rows))
    return path


def test_agreements_are_matched_on_payment_import_and_read_as_of_a_date(engine: Engine, tmp_path) -> None:
    world = World(engine)
    world.agent("A1")
    world.account("C1", "consumo", "A1")
    world.account("C2", "consumo", "A1")
    made = datetime(2026, 3, 1, 15, tzinfo=UTC)
    terms = AgreementTerms(D("300"), D("0"), 3, "monthly", date(2026, 3, 10), penalty_kind="fixed",
                           penalty_value=D("10"), grace_days=5)
    first = create_agreement(engine, world.accounts["C1"], terms, now=made)
    with pytest.raises(AgreementError) as in_force:
        create_agreement(engine, world.accounts["C1"], terms, now=made)
    assert in_force.value.code == "in_force"
    other = create_agreement(engine, world.accounts["C2"], terms, now=made)
    plan = plan_payments(write_payments(tmp_path / "p.csv", [
        ("C1", "2026-02-20", "500", "old-debt"),  # before the agreement: not its payment
        ("C1", "2026-03-12", "150", "p1"), ("C1", "2026-04-20", "60", "p2"), ("C2", "2026-03-09", "300", "p3"),
    ]), engine)
    assert import_payments(engine, plan).created == 4
    with engine.connect() as conn:
        stored = {row.id: row for row in conn.execute(select(Agreement.__table__))}
        lines = conn.execute(select(AgreementInstalment.__table__).where(AgreementInstalment.agreement_id == first)
                             .order_by(AgreementInstalment.number)).all()
    assert stored[other].status == "completed" and stored[other].paid_amount == D(300)
    # Stored as of today (long after May): row 3 was never paid and is past 60 days.
    assert stored[first].status == "broken" and stored[first].broken_on == date(2026, 7, 9)
    assert [(line.paid, line.penalty, line.paid_on) for line in lines] == [
        (D(100), D(0), date(2026, 3, 12)), (D(110), D(10), date(2026, 4, 20)), (D(0), D(10), None)]
    april = {row.id: row for row in list_agreements(engine, as_of=date(2026, 4, 16))}
    assert (april[first].status, april[first].paid, april[first].owed) == ("late", D(150), D(160))
    assert april[first].next_due_on == date(2026, 4, 10) and april[other].status == "completed"
    detail = get_agreement(engine, first, as_of=date(2026, 4, 16))
    assert [p.reference for p in detail.state.payments] == ["p1"] and detail.summary.debtor_name == "C1"
    assert "C1" in detail.terms_text and "$ 300,00 COP" in detail.terms_text
    alerts = agreement_alerts(engine, as_of=date(2026, 4, 16))
    assert [(a.agreement_id, a.number, a.owed, a.penalty) for a in alerts.overdue] == [(first, 2, D(60), D(10))]
    assert agreement_alerts(engine, as_of=date(2026, 8, 1)).broken[0].agreement_id == first
    # Once broken, a new agreement can be made; payments from its day on are its own.
    renewed = create_agreement(engine, world.accounts["C1"], AgreementTerms(D("100"), D("0"), 1, "weekly",
                                                                            date(2026, 12, 10)),
                               now=datetime(2026, 12, 1, 15, tzinfo=UTC))
    assert renewed > first


def test_a_stricter_break_rule_recomputes_the_stored_statuses(engine: Engine) -> None:
    world = World(engine)
    world.account("C1")
    terms = AgreementTerms(D("300"), D("0"), 3, "weekly", date(2026, 11, 26))
    agreement = create_agreement(engine, world.accounts["C1"], terms, now=datetime(2026, 11, 25, 15, tzinfo=UTC))
    today = list_agreements(engine)[0]
    assert today.status == "late"  # row 1 (26 Nov) is past due today, 2 Dec or later, unpaid
    save_agreement_settings(engine, AgreementSettingsInfo(broken_after_missed=1, broken_after_days=1))
    with engine.connect() as conn:
        assert conn.scalar(select(Agreement.status).where(Agreement.id == agreement)) == "broken"


def test_the_branch_template_fills_the_terms_and_refuses_unknown_placeholders(engine: Engine) -> None:
    world = World(engine)
    world.account("C1")
    with pytest.raises(AgreementError) as unknown:
        save_agreement_settings(engine, AgreementSettingsInfo(terms_template="Debe {total} a {acreedor}"))
    assert (unknown.value.field, unknown.value.code) == ("terms_template", "unknown_placeholder")
    assert "{acreedor}" in str(unknown.value)
    save_agreement_settings(engine, AgreementSettingsInfo(
        terms_template="{debtor_name} paga {amount_to_pay} en {instalments} cuotas {frequency} {{firma}}; {penalty}.",
        company_name="Financiera Andina"))
    agreement = create_agreement(engine, world.accounts["C1"], AgreementTerms(
        D("1000"), D("0"), 4, "fortnightly", date(2026, 12, 10), penalty_kind="fixed", penalty_value=D("5")),
        now=datetime(2026, 12, 1, 15, tzinfo=UTC))
    detail = get_agreement(engine, agreement)
    assert detail.terms_text == ("C1 paga $ 1.000,00 COP en 4 cuotas quincenales {firma}; "
                                 "una penalidad de $ 5,00 COP por cuota.")
    assert detail.company.company_name == "Financiera Andina"
