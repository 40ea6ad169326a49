"""The questionnaire format as typed messages (docs/questionnaires.md)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec

FORMAT_VERSION = 1

FieldType = Literal[
    "text", "integer", "decimal", "money", "date", "time", "yes_no", "select_one", "select_multiple",
    "phone", "email", "photo", "signature", "geopoint", "note", "group", "repeat", "calculated",
]
FIELD_TYPES: tuple[str, ...] = FieldType.__args__  # type: ignore[attr-defined]
CONTAINER_TYPES = frozenset({"group", "repeat"})
MEDIA_TYPES = frozenset({"photo", "signature"})
UNANSWERED_TYPES = frozenset({"note", "group"})  # never hold an answer of their own
NUMBER_TYPES = frozenset({"integer", "decimal", "money"})

# What `{"var": "account.<name>"}` and `prefill` may name (the Account message of the protocol).
ACCOUNT_FIELDS: tuple[str, ...] = (
    "balance", "debtor_name", "days_past_due", "external_ref", "address", "currency", "segment",
)
RESERVED_KEYS = frozenset({"account", "today"})  # variable namespaces, not field keys

Key = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,63}$",
                                  description="letters, digits and _, unique in the questionnaire")]
Expression = Any  # a JSONLogic expression (logic.py)
Bound = int | float | str  # numbers for number types, ISO text for date and time


class Text(msgspec.Struct, omit_defaults=True, frozen=True):
    """Text shown to people, Spanish first."""

    es: str = ""
    en: str = ""

    def pick(self, lang: str = "es") -> str:
        """The text in `lang`, else in the other language."""
        first, second = (self.en, self.es) if lang == "en" else (self.es, self.en)
        return first or second


class Choice(msgspec.Struct, omit_defaults=True):
    """One option of a select field: the code stored in answers and its label."""

    code: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    label: Text = Text()


class FieldDef(msgspec.Struct, omit_defaults=True):
    """One question, note, group or repeat of a questionnaire."""

    type: FieldType
    key: Key
    label: Text = Text()
    hint: Text | None = None
    required: bool = False
    default: Any = None
    prefill: str | None = None  # "account.balance": the device starts the answer from the account
    relevant: Expression = None
    constraint: Expression = None
    constraint_message: Text | None = None
    calculation: Expression = None  # calculated fields only
    choices: list[Choice] = []
    children: list[FieldDef] = []  # group and repeat only
    min: Bound | None = None  # value range (number, date, time types)
    max: Bound | None = None
    min_length: int | None = None  # text length (text, phone, email)
    max_length: int | None = None
    min_count: int | None = None  # items of a repeat, choices of a select_multiple
    max_count: int | None = None


class OutcomeRule(msgspec.Struct, omit_defaults=True):
    """When `when` is true (the first such rule wins), the visit's outcome is `outcome`."""

    when: Expression
    outcome: Literal["no_contact", "third_party", "rpc", "promise_to_pay"]


class PromiseFields(msgspec.Struct):
    """Which answers hold a promise's amount (money) and due date (date)."""

    amount: Key
    due_date: Key


class OutcomeMapping(msgspec.Struct, omit_defaults=True):
    """How answers set the visit's outcome and promise, so the agent never picks them twice."""

    rules: list[OutcomeRule] = []
    otherwise: Literal["no_contact", "third_party", "rpc", "promise_to_pay"] | None = None
    promise: PromiseFields | None = None


class Definition(msgspec.Struct, omit_defaults=True, weakref=True):
    """A whole questionnaire: what a published version's `definition` holds."""

    fields: list[FieldDef] = []
    title: Text = Text()
    outcome_mapping: OutcomeMapping | None = None
    format: Annotated[int, msgspec.Meta(ge=1, le=FORMAT_VERSION)] = FORMAT_VERSION
