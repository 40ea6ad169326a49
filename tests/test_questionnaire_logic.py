"""Campo's JSONLogic: each operator, exact decimals, nulls, and what is refused at compile time."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mobile_protocol.questionnaire import LogicError, compile_logic, evaluate, variables

DATA = {"amount": Decimal("150000.10"), "count": 3, "name": "Ana", "yes": True, "no": False,
        "reasons": ["olvido", "desempleo"], "account.balance": Decimal("500000.00"), "today": "2026-11-23",
        "due": "2026-11-30", "empty": "", "nothing": None}


@pytest.mark.parametrize("expr, expected", [
    ({"==": [{"var": "count"}, 3]}, True),
    ({"==": [{"var": "count"}, 3.0]}, True),
    ({"==": [{"var": "count"}, "3"]}, False),  # no string-number coercion
    ({"!=": [{"var": "name"}, "Ana"]}, False),
    ({"===": [{"var": "yes"}, True]}, True),
    ({"==": [{"var": "yes"}, 1]}, False),  # booleans are not numbers
    ({"<": [{"var": "amount"}, {"var": "account.balance"}]}, True),
    ({"<": [1, {"var": "count"}, 5]}, True),  # between
    ({"<=": [3, {"var": "count"}, 3]}, True),
    ({">": [{"var": "nothing"}, 0]}, False),  # null never compares
    ({"<": [{"var": "nothing"}, 0]}, False),
    ({">=": [{"var": "due"}, {"var": "today"}]}, True),  # ISO dates order as text
    ({"<": ["a", 1]}, False),  # different kinds never compare
    ({"!": [{"var": "empty"}]}, True),
    ({"!!": [{"var": "reasons"}]}, True),
    ({"!!": [[]]}, False),
    ({"!": [0]}, True),
    ({"and": [True, {"var": "count"}]}, 3),  # the deciding value, as JSONLogic
    ({"and": [{"var": "empty"}, 1]}, ""),
    ({"or": [{"var": "nothing"}, {"var": "name"}]}, "Ana"),
    ({"if": [{"var": "no"}, "a", {"var": "yes"}, "b", "c"]}, "b"),
    ({"if": [False, "a"]}, None),
    ({"?:": [{"var": "yes"}, 1, 2]}, 1),
    ({"in": ["olvido", {"var": "reasons"}]}, True),
    ({"in": ["An", {"var": "name"}]}, True),
    ({"in": ["x", {"var": "nothing"}]}, False),
    ({"+": [0.1, 0.2]}, Decimal("0.3")),  # exact, not 0.30000000000000004
    ({"-": [{"var": "account.balance"}, {"var": "amount"}]}, Decimal("349999.90")),
    ({"-": [5]}, Decimal(-5)),
    ({"*": [{"var": "amount"}, 2]}, Decimal("300000.20")),
    ({"/": [1, 4]}, Decimal("0.25")),
    ({"/": [1, 0]}, None),
    ({"%": [7, 3]}, Decimal(1)),
    ({"+": [1, {"var": "nothing"}]}, None),
    ({"+": [1, "2"]}, None),  # arithmetic on text gives null
    ({"min": [3, 1, 2]}, Decimal(1)),
    ({"max": [{"var": "count"}, 10]}, Decimal(10)),
    ({"cat": ["a", 1, {"var": "nothing"}, True]}, "a1true"),
    ({"substr": ["campo", 1, 3]}, "amp"),
    ({"substr": ["campo", -2]}, "po"),
    ({"count": [{"var": "reasons"}]}, 2),
    ({"var": ["missing", "fallback"]}, "fallback"),
    ({"var": "account.balance"}, Decimal("500000.00")),
    ("literal", "literal"),
    ([1, {"var": "count"}], [1, 3]),
])
def test_operators(expr, expected):
    result = evaluate(expr, DATA)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize("expr, message", [
    ({"frobnicate": [1]}, "unknown operator 'frobnicate'"),
    ({"==": [1]}, "takes 2 arguments, not 1"),
    ({"?:": [1, 2]}, "takes 3 arguments"),
    ({"==": [1, 2], "!=": [1, 2]}, "exactly one operator"),
    ({"var": 3}, "variable name"),
    ({"and": [{"nope": 1}]}, "unknown operator 'nope'"),
])
def test_bad_expressions_are_refused_when_compiled(expr, message):
    with pytest.raises(LogicError, match=message):
        compile_logic(expr)


def test_variables_lists_every_name_read():
    expr = {"and": [{"==": [{"var": "a"}, 1]}, {"in": [{"var": ["b", {"var": "c"}]}, ["x"]]}, {"var": "."}]}
    assert variables(expr) == {"a", "b", "c", "."}
    assert variables({"var": "account.balance"}) == {"account.balance"}
    assert variables(3) == set()


def test_compiled_once_evaluates_many_times():
    rule = compile_logic({">": [{"var": "."}, {"var": "limit"}]})
    assert [rule({".": n, "limit": 2}) for n in (1, 2, 3)] == [False, False, True]


@pytest.mark.parametrize("op", ["==", "!=", "===", "!=="])
def test_comparisons_with_constants_take_a_shortcut_with_the_same_results(op):
    from mobile_protocol.questionnaire.logic import FUNCTIONS
    values = [None, True, False, 0, 1, 1.0, Decimal(1), "a", "1", "", [], ["a"], {"lat": 1}]
    for constant in ["a", "1", "", True, False, None, 1, 0]:
        for value in values:
            data = {"v": value}
            expected = FUNCTIONS[op](value, constant)
            assert evaluate({op: [{"var": "v"}, constant]}, data) is expected, (op, value, constant)
            assert evaluate({op: [constant, {"var": "v"}]}, data) is expected, (op, value, constant)


def test_in_a_list_of_texts_takes_a_shortcut_with_the_same_results():
    from mobile_protocol.questionnaire.logic import FUNCTIONS
    for value in [None, True, 1, "a", "b", "", ["a"], Decimal(1)]:
        assert evaluate({"in": [{"var": "v"}, ["a", "1"]]}, {"v": value}) is FUNCTIONS["in"](value, ["a", "1"])
