"""kpi summaries by segment and by local hour: kpi_segment_daily, kpi_visit_hours, segment columns

By-segment KPIs read per-day rows of kpi_segment_daily and the (day, segment, ...) index of
kpi_account_days instead of joining the accounts; the heatmap and custom reports by hour,
weekday, outcome or verdict read kpi_visit_hours instead of the visits. The new rows are
derived by the next summary rebuild: the kpi_state row is removed, so the first KPI read or
write after the upgrade rebuilds every summary (see syncserver/kpis/summaries.py).

Revision ID: 0018
Revises: 0013
Create Date: 2026-12-03 13:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0018'
down_revision = '0013'
branch_labels = None
depends_on = None

_money = syncserver.db.types.Money()
_COUNTS = ('attempts', 'contacts', 'rpc', 'promises')
_CHAINS = ('a_rows', 'a_first_acct', 'a_last_acct', 'a_new_acct', 'c_rows', 'c_first_acct', 'c_last_acct',
           'c_new_acct', 'kept', 'h_starts', 'h_ends')


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('kpi_segment_daily',
    sa.Column('day', sa.Integer(), nullable=False),
    sa.Column('segment', sa.String(length=64), nullable=False),
    *(sa.Column(name, sa.Integer(), nullable=False) for name in _COUNTS),
    sa.Column('promised', _money, nullable=False),
    *(sa.Column(name, sa.Integer(), nullable=False) for name in _CHAINS),
    sa.PrimaryKeyConstraint('day', 'segment', name=op.f('pk_kpi_segment_daily')),
    sqlite_with_rowid=False,
    )
    op.create_table('kpi_visit_hours',
    sa.Column('day', sa.Integer(), nullable=False),
    sa.Column('hour', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('verdict', sa.String(length=12), nullable=False),
    sa.Column('segment', sa.String(length=64), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('promised', _money, nullable=False),
    sa.PrimaryKeyConstraint('day', 'hour', 'agent_id', 'account_id', 'outcome', 'verdict',
                            name=op.f('pk_kpi_visit_hours')),
    sqlite_with_rowid=False,
    )
    op.create_index('ix_kpi_visit_hours_account', 'kpi_visit_hours', ['account_id'])
    with op.batch_alter_table('kpi_account_days', schema=None) as batch_op:
        batch_op.add_column(sa.Column('segment', sa.String(length=64), nullable=True))
    for table in ('kpi_promises', 'kpi_holdings'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('segment', sa.String(length=64), nullable=True))
    op.create_index('ix_kpi_account_days_by_segment', 'kpi_account_days',
                    ['day', 'segment', 'a_prev_acct', 'c_prev_acct', 'a_next_acct', 'c_next_acct'])
    op.execute("DELETE FROM kpi_state")  # the next KPI read or write rebuilds every summary, new ones included


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index('ix_kpi_account_days_by_segment', table_name='kpi_account_days')
    for table in ('kpi_holdings', 'kpi_promises', 'kpi_account_days'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('segment')
    op.drop_index('ix_kpi_visit_hours_account', table_name='kpi_visit_hours')
    op.drop_table('kpi_visit_hours')
    op.drop_table('kpi_segment_daily')
    op.execute("DELETE FROM kpi_state")
