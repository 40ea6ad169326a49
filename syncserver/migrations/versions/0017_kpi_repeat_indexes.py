"""kpi summaries: kpi_daily.c_rows and partial indexes of short repeats and of holding changes

Distinct accounts of a short period are its rows (kpi_daily.a_rows, c_rows) minus its repeats,
read from partial indexes holding only rows close to their chain's previous day; "held in the
period" reads only the days on which holdings changed. See syncserver/kpis/measures.py.

Revision ID: 0017
Revises: 0011
Create Date: 2026-12-02 09:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0011'
branch_labels = None
depends_on = None

_AGENT_REPEAT = "day - a_prev_agent <= 31"
_ACCOUNT_REPEAT = "day - a_prev_acct <= 31"
_HOLDING_CHANGE = "h_starts <> 0 OR h_ends <> 0"


def _partial(condition: str) -> dict:
    return {"sqlite_where": sa.text(condition), "postgresql_where": sa.text(condition)}


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('kpi_daily', schema=None) as batch_op:
        batch_op.add_column(sa.Column('c_rows', sa.Integer(), server_default='0', nullable=False))
    op.execute(
        "UPDATE kpi_daily SET c_rows = (SELECT count(*) FROM kpi_account_days d WHERE d.day = kpi_daily.day "
        "AND d.agent_id = kpi_daily.agent_id AND d.c_prev_acct IS NOT NULL)"
    )
    op.create_index('ix_kpi_account_days_agent_repeats', 'kpi_account_days',
                    ['agent_id', 'day', 'a_prev_agent', 'c_prev_agent'], **_partial(_AGENT_REPEAT))
    op.create_index('ix_kpi_account_days_account_repeats', 'kpi_account_days',
                    ['day', 'a_prev_acct', 'c_prev_acct'], **_partial(_ACCOUNT_REPEAT))
    op.create_index('ix_kpi_daily_holding_changes', 'kpi_daily', ['agent_id', 'day', 'h_starts', 'h_ends'],
                    **_partial(_HOLDING_CHANGE))


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index('ix_kpi_daily_holding_changes', table_name='kpi_daily')
    op.drop_index('ix_kpi_account_days_account_repeats', table_name='kpi_account_days')
    op.drop_index('ix_kpi_account_days_agent_repeats', table_name='kpi_account_days')
    with op.batch_alter_table('kpi_daily', schema=None) as batch_op:
        batch_op.drop_column('c_rows')
