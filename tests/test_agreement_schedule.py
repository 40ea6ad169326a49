"""Agreement schedules: exact cents whatever the terms (property test), due dates by frequency, the rules' messages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syncserver.agreements import AgreementError, AgreementTerms, build_schedule, check_terms, parse_amount
from syncserver.agreements.schedule import add_months
from syncserver.agreements.template import DEFAULT_TEMPLATE, fill_template, template_problems


def cents(low: int, high: int):
    return st.integers(low, high).map(lambda c: Decimal(c) / 100)


@st.composite
def terms(draw) -> AgreementTerms:
    total = draw(cents(1, 10**11))
    instalments = draw(st.integers(1, 120))
    down = draw(st.sampled_from([Decimal(0), None])) if total > Decimal("0.01") else Decimal(0)
    if down is None:
        down = draw(cents(1, int(total * 100) - 1))
    adjust = draw(st.sampled_from(["none", "interest", "discount"]))
    interest = draw(cents(1, 10000)) if adjust == "interest" else Decimal(0)
    discount = draw(cents(1, 9999)) if adjust == "discount" else Decimal(0)
    start = draw(st.dates(date(2020, 1, 1), date(2035, 12, 31)))
    frequency = draw(st.sampled_from(["weekly", "fortnightly", "monthly"]))
    return AgreementTerms(total, down, instalments, frequency, start, interest, discount)


@settings(max_examples=400, deadline=None)
@given(terms())
def test_a_schedule_adds_up_exactly_never_goes_negative_and_its_dates_increase(raw: AgreementTerms) -> None:
    try:
        checked = check_terms(raw)
    except AgreementError as error:
        assert error.code == "below_a_cent"  # the only rule these terms can break: too little per instalment
        return
    schedule = build_schedule(checked)
    financed = checked.total - checked.down_payment
    interest = (financed * checked.interest_pct / 100).quantize(Decimal("0.01"), "ROUND_HALF_UP")
    discount = (financed * checked.discount_pct / 100).quantize(Decimal("0.01"), "ROUND_HALF_UP")
    instalments = schedule.instalments
    assert len(instalments) == checked.instalments
    assert sum(row.amount for row in instalments) == financed + interest - discount
    assert all(row.amount >= Decimal("0.01") and row.amount == row.amount.quantize(Decimal("0.01"))
               for row in schedule.rows)
    assert all(a.due_on < b.due_on for a, b in zip(schedule.rows, schedule.rows[1:], strict=False))
    assert schedule.rows[0].due_on == checked.start_date
    assert len({row.amount for row in instalments[:-1]}) <= 1  # equal, the last one absorbs the cents
    assert instalments[-1].amount - instalments[0].amount < Decimal("0.01") * checked.instalments
    assert schedule.total_to_pay == checked.down_payment + financed + interest - discount


def test_monthly_keeps_the_day_and_clamps_to_month_end() -> None:
    start = date(2026, 1, 31)
    assert [add_months(start, k) for k in range(5)] == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)  # leap year
    schedule = build_schedule(check_terms(AgreementTerms(Decimal("1000"), Decimal("100"), 3, "monthly", start)))
    assert [(r.number, r.due_on, r.amount) for r in schedule.rows] == [
        (0, date(2026, 1, 31), Decimal("100.00")), (1, date(2026, 2, 28), Decimal("300.00")),
        (2, date(2026, 3, 31), Decimal("300.00")), (3, date(2026, 4, 30), Decimal("300.00"))]


def test_weekly_and_fortnightly_steps_and_the_last_instalment_takes_the_cents() -> None:
    weekly = build_schedule(check_terms(AgreementTerms(Decimal("100"), Decimal("0"), 3, "weekly", date(2026, 3, 2))))
    assert [(r.number, r.due_on, r.amount) for r in weekly.rows] == [
        (1, date(2026, 3, 2), Decimal("33.33")), (2, date(2026, 3, 9), Decimal("33.33")),
        (3, date(2026, 3, 16), Decimal("33.34"))]
    fortnightly = build_schedule(check_terms(AgreementTerms(
        Decimal("1000"), Decimal("0"), 2, "fortnightly", date(2026, 3, 2), interest_pct=Decimal("10"))))
    assert [(r.due_on, r.amount) for r in fortnightly.rows] == [(date(2026, 3, 2), Decimal("550.00")),
                                                                (date(2026, 3, 16), Decimal("550.00"))]


@pytest.mark.parametrize(("changes", "field", "code"), [
    ({"total": Decimal(0)}, "total", "not_positive"),
    ({"down_payment": Decimal(1000)}, "down_payment", "not_below_total"),
    ({"instalments": 0}, "instalments", "out_of_range"),
    ({"instalments": 121}, "instalments", "out_of_range"),
    ({"frequency": "daily"}, "frequency", "unknown"),
    ({"interest_pct": Decimal(5), "discount_pct": Decimal(5)}, "discount_pct", "with_interest"),
    ({"discount_pct": Decimal(100)}, "discount_pct", "not_below_100"),
    ({"penalty_kind": "fixed"}, "penalty_value", "not_positive"),
    ({"penalty_kind": "percent", "penalty_value": Decimal(101)}, "penalty_value", "over_100"),
    ({"grace_days": 91}, "grace_days", "out_of_range"),
    ({"start_date": date(2026, 2, 28)}, "start_date", "before_signing"),
    ({"total": Decimal("0.02"), "instalments": 3}, "instalments", "below_a_cent"),
    ({"total": Decimal("10.001")}, "total", "too_many_decimals"),
])
def test_each_rule_names_its_field(changes, field, code) -> None:
    base = {"total": Decimal(1000), "down_payment": Decimal(0), "instalments": 4, "frequency": "monthly",
            "start_date": date(2026, 3, 1)}
    with pytest.raises(AgreementError) as caught:
        check_terms(AgreementTerms(**{**base, **changes}), signed_on=date(2026, 3, 1))
    assert (caught.value.field, caught.value.code) == (field, code)


@pytest.mark.parametrize(("text", "value"), [
    ("1.250.000,50", "1250000.50"), ("1250000.50", "1250000.50"), ("1,250,000.50", "1250000.50"),
    ("12,5", "12.50"), ("1.500", "1500.00"), ("$ 300.000", "300000.00"), ("7", "7.00"), ("12.5 %", "12.50"),
])
def test_amounts_typed_either_way(text: str, value: str) -> None:
    assert parse_amount(text, "total") == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1e5", "-3", "1,2,3.4.5x", "nan"])
def test_amounts_that_are_not_numbers(text: str) -> None:
    with pytest.raises(AgreementError):
        parse_amount(text, "total")


def test_the_template_is_filled_safely() -> None:
    values = {"debtor_name": "Ana {total} <b>", "total": "$ 10,00 COP"}
    text = fill_template("{debtor_name} debe {total}; {{literal}} {unknown} {debtor_name.__class__}", values)
    assert text == "Ana {total} <b> debe $ 10,00 COP; {literal} {unknown} {debtor_name.__class__}"
    assert template_problems("{debtor_name} {nope} {total} {x}") == ["nope", "x"]
    assert template_problems(DEFAULT_TEMPLATE) == []
