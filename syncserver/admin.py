"""What agents, devices and accounts administration share: user errors, transactions, the portfolio list."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ARRAY, ColumnElement, Connection, Engine, String, any_, bindparam, func, literal_column, select

from .db.models import Account, Agent


class AdminError(Exception):
    """A mistake the office can make and fix (unknown code, duplicate, bad value); str() says what."""


@contextmanager
def transaction(bind: Engine | Connection) -> Iterator[Connection]:
    """A connection in a transaction: a new one, committed on success, for an Engine; the caller's own otherwise."""
    if isinstance(bind, Connection):
        yield bind
        return
    # IMMEDIATE on SQLite: these transactions read, then write. A deferred one that read before
    # another connection's commit cannot upgrade to a writer (SQLITE_BUSY_SNAPSHOT, no waiting).
    with bind.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
        yield conn


@contextmanager
def reading(bind: Engine | Connection) -> Iterator[Connection]:
    """The caller's connection, or a new one for reads only (no write lock taken on SQLite)."""
    if isinstance(bind, Connection):
        yield bind
        return
    with bind.connect() as conn:
        yield conn


_JSON_IN_FROM = 64  # shorter lists stay plain IN (...) with their usual query plans


def in_values(conn: Connection, column: ColumnElement, values: list) -> ColumnElement[bool]:
    """`column IN values` with one parameter for long lists (ints or strings).

    PostgreSQL: `= ANY(array)` (psycopg parses long placeholder lists slowly). SQLite:
    `IN (SELECT value FROM json_each(?))`, since SQLAlchemy renders each expanded placeholder anew
    on every execution (milliseconds per thousand values, which bulk imports and KPI refreshes feel).
    """
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    if conn.dialect.name == "sqlite" and len(values) >= _JSON_IN_FROM:
        listed = func.json_each(bindparam(None, json.dumps(list(values)), type_=String()))
        return column.in_(select(literal_column("value")).select_from(listed))
    return column.in_(values)


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """One account of the portfolio as the office lists it."""

    id: int
    external_ref: str
    debtor_name: str
    address: str
    lat: float | None
    lon: float | None
    radius_m: float | None
    balance: Decimal
    currency: str
    days_past_due: int
    segment: str | None
    agent_id: int | None
    agent_code: str | None
    agent_name: str | None
    updated_at: datetime
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


def list_accounts(bind: Engine | Connection, *, agent_code: str | None = None) -> list[AccountInfo]:
    """Every account (or one agent's), ordered by external_ref, with its assigned agent."""
    query = (
        select(
            Account.id,
            Account.external_ref,
            Account.debtor_name,
            Account.address,
            Account.lat,
            Account.lon,
            Account.radius_m,
            Account.balance,
            Account.currency,
            Account.days_past_due,
            Account.segment,
            Account.agent_id,
            Agent.code,
            Agent.name,
            Account.updated_at,
            Account.document_id,
            Account.phones,
            Account.email,
            Account.consent_email,
            Account.consent_sms,
            Account.consent_whatsapp,
            Account.product,
            Account.original_amount,
            Account.instalment_due_dates,
            Account.notes,
        )
        .outerjoin(Agent, Agent.id == Account.agent_id)
        .order_by(Account.external_ref)
    )
    if agent_code is not None:
        query = query.where(Agent.code == agent_code.strip().upper())
    with transaction(bind) as conn:
        return [AccountInfo(*row) for row in conn.execute(query)]
