"""What the payment-probability model sees of each account as of a date, read in SQL Core (SQLite and PostgreSQL).

As of local date D of the branch, only what was known before D's first moment counts: visits
started before it (a visit counts unless a visit started before it corrects it, as in
docs/kpis.md), promises made before D and settled (due + grace days) before D, payments dated
before D. The label is whether any payment is dated in [D, D + horizon days).

days_past_due is the accounts table's one value, as the lender's last file stated it, except
as of a past date with a scoring run at most DPD_HISTORY_DAYS before it: then each account that
run scored gets the value the run kept, aged by the days since (docs/portfolio.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, timedelta

import numpy as np
from sqlalchemy import Connection, and_, case, exists, func, select

from ..db.kpi_models import KpiPromise, Payment
from ..db.models import Account, AccountAssignment, Visit
from ..db.scoring_models import AccountScoreRow, ScoringRun
from ..kpis.days import branch_kpi_settings, day_start, today, zone_of

CONTACTS = ("third_party", "rpc", "promise_to_pay")
RPCS = ("rpc", "promise_to_pay")
HOUR_BANDS = (("morning", 6, 12), ("afternoon", 12, 18), ("evening", 18, 22))  # local hours; the rest is night
RECENT_PAYMENT_DAYS = 90
NEVER_DAYS = 365  # "days since" when it never happened (and the cap otherwise)
DPD_HISTORY_DAYS = 7  # a run this many days before a past as-of date still tells its days past due
FEATURES = (
    "days_past_due", "log_balance", "attempts", "contacts", "rpc", "promises_kept", "promises_broken", "promises_open",
    "payments_90d", "log_paid_90d", "days_since_contact", "days_since_payment",
    *(f"contacts_{name}" for name, _, _ in HOUR_BANDS),
)
_accounts, _visits, _payments = Account.__table__, Visit.__table__, Payment.__table__
_promises, _assignments = KpiPromise.__table__, AccountAssignment.__table__
_runs, _scores = ScoringRun.__table__, AccountScoreRow.__table__


@dataclass(frozen=True, slots=True)
class Features:
    """One row per account (ids ascending), one column per name in FEATURES."""

    account_ids: np.ndarray
    matrix: np.ndarray
    names: tuple[str, ...] = FEATURES

    def column(self, name: str) -> np.ndarray:
        """One feature for every account."""
        return self.matrix[:, self.names.index(name)]


def _counted_visits(start):
    """Visits started before `start` that no visit started before `start` corrects."""
    v, c = _visits.alias("v"), _visits.alias("c")
    corrected = exists().where((c.c.corrects == v.c.id) & (c.c.started_at < start))
    return v, (v.c.started_at < start) & ~corrected


def _count_if(condition):
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _days_before(start, moments: list, by_row: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Whole days from each account's moment to `start` (NEVER_DAYS when none, capped there)."""
    out = np.full(len(ids), float(NEVER_DAYS))
    for account_id, moment in moments:
        if moment is not None:
            out[by_row[account_id]] = min(NEVER_DAYS, (start - moment).total_seconds() / 86400)
    return out


def extract_features(conn: Connection, as_of: date, account_ids=None) -> Features:
    """Features of every account (or of account_ids) as of local date as_of."""
    timezone, _grace = branch_kpi_settings(conn)
    zone = zone_of(timezone)
    start, d = day_start(as_of, zone), as_of.toordinal()
    a = _accounts.c
    rows = conn.execute(select(a.id, a.days_past_due, a.balance).order_by(a.id)).all()
    ids = np.array([r.id for r in rows], dtype=np.int64)
    if account_ids is not None:
        keep = np.isin(ids, np.fromiter(account_ids, dtype=np.int64))
        rows, ids = [r for r, k in zip(rows, keep) if k], ids[keep]
    by_row = {int(i): n for n, i in enumerate(ids)}
    x = np.zeros((len(ids), len(FEATURES)))
    col = {name: n for n, name in enumerate(FEATURES)}
    x[:, col["days_past_due"]] = [r.days_past_due for r in rows]
    if as_of < today(zone):
        _days_past_due_then(conn, as_of, by_row, x[:, col["days_past_due"]])
    x[:, col["log_balance"]] = np.log1p(np.maximum([float(r.balance) for r in rows], 0.0))

    v, counted = _counted_visits(start)
    contact, rpc = v.c.outcome.in_(CONTACTS), v.c.outcome.in_(RPCS)
    visit_stmt = (select(v.c.account_id, func.count(), _count_if(contact), _count_if(rpc),
                         func.max(case((contact, v.c.started_at))))
                  .where(counted).group_by(v.c.account_id))
    last_contact = []
    for account_id, attempts, contacts, rpcs, last in conn.execute(visit_stmt):
        if (n := by_row.get(account_id)) is not None:
            x[n, [col["attempts"], col["contacts"], col["rpc"]]] = attempts, contacts, rpcs
            last_contact.append((account_id, _aware(last)))
    x[:, col["days_since_contact"]] = _days_before(start, last_contact, by_row, ids)

    # Kept, broken and still open are exclusive (their sum is the promises made): no collinear pair.
    k = _promises.c
    settled = k.settles_by < d
    promise_stmt = (select(k.account_id, _count_if(settled & k.kept), _count_if(settled & ~k.kept),
                           _count_if(~settled)).where(k.day < d).group_by(k.account_id))
    for account_id, kept, broken, still_open in conn.execute(promise_stmt):
        if (n := by_row.get(account_id)) is not None:
            x[n, [col["promises_kept"], col["promises_broken"], col["promises_open"]]] = kept, broken, still_open

    p = _payments.c
    recent = p.paid_on >= as_of - timedelta(days=RECENT_PAYMENT_DAYS)
    pay_stmt = (select(p.account_id, _count_if(recent), func.coalesce(func.sum(case((recent, p.amount), else_=0)), 0),
                       func.max(p.paid_on)).where(p.paid_on < as_of).group_by(p.account_id))
    for account_id, count, paid, last_paid in conn.execute(pay_stmt):
        if (n := by_row.get(account_id)) is not None:
            x[n, col["payments_90d"]], x[n, col["log_paid_90d"]] = count, np.log1p(max(float(paid), 0.0))
            x[n, col["days_since_payment"]] = min(NEVER_DAYS, (as_of - last_paid).days)
    never_paid = ~np.isin(ids, [r[0] for r in conn.execute(select(p.account_id).where(p.paid_on < as_of).distinct())])
    x[never_paid, col["days_since_payment"]] = NEVER_DAYS

    bands = np.zeros((len(ids), len(HOUR_BANDS)))
    for account_id, started_at in conn.execute(select(v.c.account_id, v.c.started_at).where(counted & contact)):
        if (n := by_row.get(account_id)) is not None:
            hour = _aware(started_at).astimezone(zone).hour
            for b, (_name, low, high) in enumerate(HOUR_BANDS):
                bands[n, b] += low <= hour < high
    contacts = x[:, col["contacts"]]
    shares = np.divide(bands, contacts[:, None], out=np.zeros_like(bands), where=contacts[:, None] > 0)
    if (contacted := contacts > 0).any():  # uncontacted accounts get the mean shares: "no contact" is its own feature
        shares[~contacted] = shares[contacted].mean(axis=0)
    x[:, col["contacts_morning"]:col["contacts_morning"] + len(HOUR_BANDS)] = shares
    return Features(ids, x)


def _days_past_due_then(conn: Connection, as_of: date, by_row: dict[int, int], out: np.ndarray) -> None:
    """Overwrite `out` with the days past due the latest run shortly before as_of kept, aged to as_of."""
    r, s = _runs.c, _scores.c
    run = conn.execute(select(r.id, r.as_of).where(r.as_of <= as_of, r.as_of >= as_of - timedelta(DPD_HISTORY_DAYS))
                       .order_by(r.as_of.desc(), r.id.desc()).limit(1)).first()
    if run is None:
        return
    aged = (as_of - run.as_of).days
    for account_id, days in conn.execute(select(s.account_id, s.days_past_due).where(s.run_id == run.id)):
        if (n := by_row.get(account_id)) is not None:
            out[n] = days + aged


def _aware(moment):
    """A moment as aware UTC (the column type already does it; a bare aggregate would not)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def held_at(conn: Connection, as_of: date) -> np.ndarray:
    """Ids of the accounts an agent held at as_of's first moment (assignment history): the training population."""
    timezone, _grace = branch_kpi_settings(conn)
    start = day_start(as_of, zone_of(timezone))
    s = _assignments.c
    open_then = (s.assigned_at < start) & (s.unassigned_at.is_(None) | (s.unassigned_at >= start))
    return np.array(sorted(conn.scalars(select(s.account_id).where(open_then).distinct())), dtype=np.int64)


def paid_within(conn: Connection, account_ids: np.ndarray, as_of: date, horizon_days: int) -> np.ndarray:
    """1 for each account with a payment dated in [as_of, as_of + horizon_days), else 0."""
    p = _payments.c
    window = and_(p.paid_on >= as_of, p.paid_on < as_of + timedelta(days=horizon_days))
    paid = set(conn.scalars(select(p.account_id).where(window).distinct()))
    return np.array([int(i) in paid for i in account_ids], dtype=np.int64)

