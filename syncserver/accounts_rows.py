"""Checking the rows of an accounts file, cell by cell, into AccountRow values ready to upsert."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from datetime import date
from decimal import Decimal
from functools import partial
from operator import itemgetter
from typing import Any

from .account_fields import (
    amount_cell,
    consent_cell,
    due_dates_cell,
    email_cell,
    sorted_dates,
)
from .accounts_file import (
    MAX_RADIUS_M,
    PLAIN_NUMBER,
    InvalidValue,
    RowError,
    balance_cell,
    currency_cell,
    days_cell,
    number_cell,
    text_cell,
)
from .accounts_mapping import Columns
from .agents import normalize_agent_code
from .phones import MAX_PHONES, PhoneError, phone_list


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One valid row of the file; fields the file has no column for keep these defaults."""

    line: int
    external_ref: str
    debtor_name: str
    address: str
    balance: Decimal
    currency: str
    lat: float | None = None
    lon: float | None = None
    radius_m: float | None = None
    days_past_due: int = 0
    segment: str | None = None
    agent_code: str | None = None
    agent_id: int | None = None
    document_id: str | None = None
    phones: tuple[str, ...] = ()
    email: str | None = None
    consent_email: bool = False
    consent_sms: bool = False
    consent_whatsapp: bool = False
    product: str | None = None
    original_amount: Decimal | None = None
    instalment_due_dates: tuple[date, ...] = ()
    notes: str | None = None


def _agent_check(agents: dict[str, tuple[int, bool]]) -> Callable[[Any], tuple[str | None, int | None]]:
    def check(cell: Any) -> tuple[str | None, int | None]:
        text = text_cell(cell, 40, required=False)
        if text is None:
            return None, None
        code = normalize_agent_code(text)
        if code not in agents:
            raise InvalidValue(f"unknown agent_code {text!r}")
        agent_id, active = agents[code]
        if not active:
            raise InvalidValue(f"agent {code} is inactive")
        return code, agent_id

    return check


def _phones_check(calling_code: str | None) -> Callable[[Any], list[str]]:
    def check(cell: Any) -> list[str]:
        text = text_cell(cell, 500, required=False)
        if text is None:
            return []
        try:
            return phone_list(text, calling_code)
        except PhoneError as exc:
            raise InvalidValue(str(exc)) from None

    return check


def _phones(numbers: list[str]) -> tuple[str, ...]:
    unique = tuple(dict.fromkeys(numbers))
    if len(unique) > MAX_PHONES:
        raise InvalidValue(f"at most {MAX_PHONES} phone numbers")
    return unique


def _text(max_len: int, *, required: bool = True) -> Callable[[Any], str | None]:
    """text_cell with the usual cell (text that fits, not blank) handled inline."""
    slow = partial(text_cell, max_len=max_len, required=required)

    def check(cell: Any) -> str | None:
        if type(cell) is str:
            text = cell.strip()
            if text and len(text) <= max_len:
                return text
        return slow(cell)

    return check


def _number(cell: Any) -> float | None:
    """number_cell with the usual cell (a plain decimal number as text) handled inline."""
    if type(cell) is str:
        text = cell.strip()
        if PLAIN_NUMBER.match(text):
            number = float(text.replace(",", "."))
            if math.isfinite(number):
                return number
    return number_cell(cell)


_CELL_CHECKS: dict[str, Callable[[Any], Any]] = {
    "external_ref": _text(64),
    "debtor_name": _text(200),
    "document_id": _text(32, required=False),
    "address": _text(500),
    "lat": _number,
    "lon": _number,
    "radius_m": _number,
    "balance": balance_cell,
    "currency": currency_cell,
    "days_past_due": days_cell,
    "segment": _text(64, required=False),
    "email": email_cell,
    "consent_email": consent_cell,
    "consent_sms": consent_cell,
    "consent_whatsapp": consent_cell,
    "product": _text(100, required=False),
    "original_amount": amount_cell,
    "notes": _text(2000, required=False),
}
_COMBINE: dict[str, Callable[[list[Any]], Any]] = {"phones": _phones, "instalment_due_dates": sorted_dates}
# Columns whose cells repeat across a file (yes/no, a few segments, products, agents, days, due dates):
# each distinct text is checked once per file. Only valid str cells are remembered (True == 1 == 1.0 as
# dict keys, and errors must be reported on every line), and at most MEMO_SIZE of them per column.
_REPEATING = frozenset({"currency", "days_past_due", "segment", "agent_code", "consent_email", "consent_sms",
                        "consent_whatsapp", "product", "instalment_due_dates"})
MEMO_SIZE = 20_000


def _memo(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`check` remembering its result for each text it accepted (results are immutable or not mutated)."""
    known: dict[str, Any] = {}

    def remembered(cell: Any) -> Any:
        if type(cell) is not str:
            return check(cell)
        try:
            return known[cell]
        except KeyError:
            result = check(cell)
            if len(known) < MEMO_SIZE:
                known[cell] = result
            return result

    return remembered


class RowValidator:
    """Checks the rows of one file against its mapped columns and the agents in the database."""

    def __init__(self, columns: Columns, agents: dict[str, tuple[int, bool]], *,
                 calling_code: str | None = None, currency: str | None = None) -> None:
        checks = {**_CELL_CHECKS, "agent_code": _agent_check(agents)}
        many = {"phones": _phones_check(calling_code), "instalment_due_dates": lambda cell: tuple(due_dates_cell(cell))}
        # Converters chosen once per file (one validator per file): fresh memos, so nothing outlives the file.
        checks.update({name: _memo(checks[name]) for name in _REPEATING & checks.keys()})
        many.update({name: _memo(many[name]) for name in _REPEATING & many.keys()})
        self.cells = [(name, found[0].index, found[0].label, checks[name])
                      for name, found in columns.items() if name in checks]
        self.lists = [(name, found, many[name], _COMBINE[name]) for name, found in columns.items() if name in many]
        self.labels = {name: found[0].label for name, found in columns.items()}
        self.places = "lat" in columns or "radius_m" in columns
        self.absent: dict[str, Any] = {"agent_code": (None, None)}
        if "currency" not in columns:
            self.absent["currency"] = currency

        self._fast_path()

    def _fast_path(self) -> None:
        """Plan the common case (every cell valid, the row as wide as the mapping): one pass, no dicts."""
        self.fast = tuple((i, check) for _name, i, _label, check in self.cells)
        self.fast_lists = tuple((tuple(column.index for column in found), check, combine)
                                for _name, found, check, combine in self.lists)
        self.needed = 1 + max([i for i, _check in self.fast] + [i for idx, _c, _m in self.fast_lists for i in idx])
        # Source of a row: (line, *cell values, *list values, agent code, agent id, *defaults); `pick` puts
        # it in AccountRow's order, in C.
        provided = ["line"] + [name for name, *_rest in self.cells] + [name for name, *_rest in self.lists]
        self.agent_at = provided.index("agent_code") if "agent_code" in provided else None
        provided += ["agent_code", "agent_id"]
        defaults = [(f.name, self.absent.get(f.name, f.default)) for f in fields(AccountRow)
                    if f.name not in provided]
        if any(default is MISSING for _name, default in defaults):
            self.pick = None  # a required field without a column: only the checked path says what is missing
            return
        self.defaults = tuple(default for _name, default in defaults)
        place = {name: n for n, name in enumerate(provided + [name for name, _default in defaults])}
        self.pick = itemgetter(*(place[f.name] for f in fields(AccountRow)))
        self.place_at = tuple((name, place[name]) for name in ("lat", "lon", "radius_m") if name in self.labels)

    def __call__(self, line: int, cells: list[Any]) -> tuple[AccountRow | None, list[RowError]]:
        if self.pick is not None and len(cells) >= self.needed:
            try:
                values = [check(cells[i]) for i, check in self.fast]
                for indexes, check, combine in self.fast_lists:
                    items: list[Any] = []
                    for i in indexes:
                        items += check(cells[i])
                    values.append(combine(items))
            except InvalidValue:
                return self.checked(line, cells)  # every error of the row, in the order the columns give
            agent = (None, None) if self.agent_at is None else values[self.agent_at - 1]
            source = (line, *values, *agent, *self.defaults)
            if self.place_at and self._place_errors(line, {name: source[n] for name, n in self.place_at}):
                return self.checked(line, cells)
            return AccountRow(*self.pick(source)), []
        return self.checked(line, cells)

    def checked(self, line: int, cells: list[Any]) -> tuple[AccountRow | None, list[RowError]]:
        """Check every cell of a row, collecting every error."""
        values: dict[str, Any] = dict(self.absent)
        errors: list[RowError] = []
        width = len(cells)
        for field, i, label, check in self.cells:
            try:
                values[field] = check(cells[i] if i < width else None)
            except InvalidValue as exc:
                errors.append(RowError(line, label, str(exc)))
        for field, found, check, combine in self.lists:
            items: list[Any] = []
            for column in found:
                try:
                    items += check(cells[column.index] if column.index < width else None)
                except InvalidValue as exc:
                    errors.append(RowError(line, column.label, str(exc)))
            try:
                values[field] = combine(items)
            except InvalidValue as exc:
                errors.append(RowError(line, found[0].label, str(exc)))
        if self.places:
            errors += self._place_errors(line, values)
        if errors:
            return None, errors
        agent_code, agent_id = values.pop("agent_code")
        return AccountRow(line=line, agent_code=agent_code, agent_id=agent_id, **values), []

    def _place_errors(self, line: int, values: dict[str, Any]) -> list[RowError]:
        label = self.labels
        lat, lon, radius = values.get("lat"), values.get("lon"), values.get("radius_m")
        errors = []
        if lat is not None and not -90 <= lat <= 90:
            errors.append(RowError(line, label["lat"], f"lat {lat} out of range -90..90"))
        if lon is not None and not -180 <= lon <= 180:
            errors.append(RowError(line, label["lon"], f"lon {lon} out of range -180..180"))
        if "lat" in values and "lon" in values and (lat is None) != (lon is None):
            missing = "lat" if lat is None else "lon"
            errors.append(RowError(line, label[missing], "lat and lon go together: give both or neither"))
        if lat == 0 and lon == 0:
            errors.append(RowError(line, label["lat"], "lat/lon 0,0 is no address; leave both empty when unknown"))
        if radius is not None and not 0 < radius <= MAX_RADIUS_M:
            errors.append(RowError(line, label["radius_m"], f"radius_m must be over 0 and at most {MAX_RADIUS_M:g}"))
        return errors
