"""Payments: import a lender's file exactly once per reference, list them; the KPI summaries and agreements follow in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select

from .accounts_file import RowError
from .admin import in_values, transaction
from .agreements.store import recompute_agreements
from .audit import PAYMENTS_IMPORTED, SYSTEM, record
from .clock import utcnow
from .db.kpi_models import Payment
from .db.models import Account
from .kpis.summaries import accounts_changed
from .permissions import PAYMENTS_IMPORT, authorize
from .payments_file import PaymentRow, PaymentsPlan, parse_payments_file

__all__ = ["ImportedPayments", "PaymentInfo", "import_payments", "list_payments", "plan_payments"]

CHUNK = 1000
_payments, _accounts = Payment.__table__, Account.__table__


@dataclass(frozen=True, slots=True)
class ImportedPayments:
    """What an import did: new payments, rows already stored as they are, and every invalid row."""

    created: int
    unchanged: int
    errors: tuple[RowError, ...]


@dataclass(frozen=True, slots=True)
class PaymentInfo:
    """A stored payment as the office lists it."""

    reference: str
    external_ref: str
    paid_on: date
    amount: Decimal
    imported_at: datetime


def _account_ids(conn: Connection) -> dict[str, int]:
    return dict(conn.execute(select(_accounts.c.external_ref, _accounts.c.id)).all())


def plan_payments(path: Path | str, bind: Engine | Connection) -> PaymentsPlan:
    """Read and check a payments file without writing anything."""
    with transaction(bind) as conn:
        refs = set(_account_ids(conn))
    return parse_payments_file(path, refs)


def _write(conn: Connection, rows: tuple[PaymentRow, ...], now: datetime) -> ImportedPayments:
    accounts = _account_ids(conn)
    p = _payments.c
    created, unchanged, errors, touched = 0, 0, [], set()
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        stored = {
            row.reference: row for row in conn.execute(
                select(p.reference, p.account_id, p.paid_on, p.amount)
                .where(in_values(conn, p.reference, [r.reference for r in chunk]))
            )
        }
        inserts = []
        for row in chunk:
            account_id = accounts.get(row.external_ref)
            if account_id is None:  # deleted since the file was checked
                errors.append(RowError(row.line, "external_ref", f"no account has external_ref {row.external_ref!r}"))
                continue
            same = stored.get(row.reference)
            if same is None:
                inserts.append({"account_id": account_id, "paid_on": row.paid_on, "amount": row.amount,
                                "reference": row.reference, "imported_at": now})
                touched.add(account_id)
            elif (same.account_id, same.paid_on, same.amount) == (account_id, row.paid_on, row.amount):
                unchanged += 1
            else:
                message = (f"reference {row.reference!r} is already a different payment "
                           f"({same.paid_on.isoformat()}, {same.amount}); a stored payment is never changed")
                errors.append(RowError(row.line, "reference", message))
        if inserts:
            conn.execute(insert(_payments), inserts)
            created += len(inserts)
    if touched:
        accounts_changed(conn, touched)
        recompute_agreements(conn, touched)  # instalments matched again in the same transaction
    return ImportedPayments(created, unchanged, tuple(errors))


def import_payments(bind: Engine, plan: PaymentsPlan, *, now: datetime | None = None,
                    actor: str = SYSTEM) -> ImportedPayments:
    """Store the plan's new payments and update the KPI summaries, in one transaction (audited once)."""
    now = now or utcnow()
    with bind.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
        authorize(conn, actor, PAYMENTS_IMPORT)
        result = _write(conn, plan.rows, now)
        record(conn, actor=actor, action=PAYMENTS_IMPORTED, subject_type="file", subject_id=plan.path.name,
               details={"created": result.created, "unchanged": result.unchanged,
                        "invalid_rows": len({e.line for e in (*plan.errors, *result.errors)})}, at=now)
    errors = tuple(sorted((*plan.errors, *result.errors), key=lambda error: error.line))
    return ImportedPayments(result.created, result.unchanged, errors)


def list_payments(bind: Engine | Connection, *, external_ref: str | None = None) -> list[PaymentInfo]:
    """Every payment (or one account's), newest date first."""
    p, a = _payments.c, _accounts.c
    query = (
        select(p.reference, a.external_ref, p.paid_on, p.amount, p.imported_at)
        .join_from(_payments, _accounts, a.id == p.account_id)
        .order_by(p.paid_on.desc(), p.reference)
    )
    if external_ref is not None:
        query = query.where(a.external_ref == external_ref.strip())
    with transaction(bind) as conn:
        return [PaymentInfo(*row) for row in conn.execute(query)]
