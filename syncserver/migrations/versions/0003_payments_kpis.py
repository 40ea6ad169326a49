"""payments and daily KPI summaries

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 18:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_money = syncserver.db.types.Money()


def _ints(*names: str, nullable: bool = False) -> list[sa.Column]:
    return [sa.Column(name, sa.Integer(), nullable=nullable) for name in names]


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('branch_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kpi_grace_days', sa.Integer(), server_default='3', nullable=False))
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_corrects'), ['corrects'], unique=False)
    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', _money, nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('imported_at', syncserver.db.types.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_payments_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments')),
    sa.UniqueConstraint('reference', name=op.f('uq_payments_reference'))
    )
    op.create_index('ix_payments_account_paid', 'payments', ['account_id', 'paid_on'], unique=False)
    op.create_index('ix_payments_paid_account', 'payments', ['paid_on', 'account_id', 'amount'], unique=False)
    op.create_table('kpi_account_days',
    *_ints('account_id', 'agent_id', 'day', 'attempts', 'contacts', 'rpc', 'promises'),
    sa.Column('promised', _money, nullable=False),
    *_ints('a_prev_agent', 'a_next_agent', 'a_prev_acct', 'a_next_acct'),
    *_ints('c_prev_agent', 'c_next_agent', 'c_prev_acct', 'c_next_acct', nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_kpi_account_days_account_id_accounts')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_kpi_account_days_agent_id_agents')),
    sa.PrimaryKeyConstraint('account_id', 'agent_id', 'day', name=op.f('pk_kpi_account_days'))
    )
    op.create_index('ix_kpi_account_days_by_agent', 'kpi_account_days',
                    ['agent_id', 'day', 'a_prev_agent', 'c_prev_agent', 'a_next_agent', 'c_next_agent'], unique=False)
    op.create_index('ix_kpi_account_days_by_account', 'kpi_account_days',
                    ['day', 'account_id', 'a_prev_acct', 'c_prev_acct', 'a_next_acct', 'c_next_acct'], unique=False)
    op.create_table('kpi_daily',
    *_ints('day', 'agent_id', 'attempts', 'contacts', 'rpc', 'promises'),
    sa.Column('promised', _money, nullable=False),
    *_ints('a_rows', 'a_first_agent', 'a_last_agent', 'a_first_acct', 'a_last_acct', 'a_new_acct',
           'c_first_agent', 'c_last_agent', 'c_first_acct', 'c_last_acct', 'c_new_acct', 'kept', 'h_starts',
           'h_ends'),
    sa.Column('collected', _money, nullable=False),
    sa.PrimaryKeyConstraint('day', 'agent_id', name=op.f('pk_kpi_daily')),
    sqlite_with_rowid=False,
    )
    op.create_table('kpi_holdings',
    *_ints('account_id', 'agent_id', 'first_day', 'last_day', 'prev_last'),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_kpi_holdings_account_id_accounts')),
    sa.PrimaryKeyConstraint('account_id', 'agent_id', 'first_day', name=op.f('pk_kpi_holdings'))
    )
    op.create_index('ix_kpi_holdings_gaps', 'kpi_holdings', ['prev_last', 'first_day', 'agent_id'], unique=False)
    op.create_table('kpi_collected',
    *_ints('account_id', 'agent_id', 'day'),
    sa.Column('amount', _money, nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_kpi_collected_account_id_accounts')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_kpi_collected_agent_id_agents')),
    sa.PrimaryKeyConstraint('account_id', 'agent_id', 'day', name=op.f('pk_kpi_collected'))
    )
    op.create_table('kpi_promises',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    *_ints('account_id', 'agent_id', 'day', 'settles_by'),
    sa.Column('amount', _money, nullable=False),
    sa.Column('kept', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_kpi_promises_account_id_accounts')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_kpi_promises_agent_id_agents')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_kpi_promises_visit_id_visits')),
    sa.PrimaryKeyConstraint('visit_id', name=op.f('pk_kpi_promises'))
    )
    op.create_index(op.f('ix_kpi_promises_account_id'), 'kpi_promises', ['account_id'], unique=False)
    op.create_index('ix_kpi_promises_by_day', 'kpi_promises', ['day', 'agent_id', 'settles_by', 'kept'], unique=False)
    op.create_index('ix_kpi_promises_unsettled', 'kpi_promises', ['settles_by', 'day', 'agent_id', 'kept'],
                    unique=False)
    op.create_table('kpi_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('grace_days', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_kpi_state'))
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('kpi_state')
    op.drop_index('ix_kpi_promises_unsettled', table_name='kpi_promises')
    op.drop_index('ix_kpi_promises_by_day', table_name='kpi_promises')
    op.drop_index(op.f('ix_kpi_promises_account_id'), table_name='kpi_promises')
    op.drop_table('kpi_promises')
    op.drop_table('kpi_collected')
    op.drop_index('ix_kpi_holdings_gaps', table_name='kpi_holdings')
    op.drop_table('kpi_holdings')
    op.drop_table('kpi_daily')
    op.drop_index('ix_kpi_account_days_by_account', table_name='kpi_account_days')
    op.drop_index('ix_kpi_account_days_by_agent', table_name='kpi_account_days')
    op.drop_table('kpi_account_days')
    op.drop_index('ix_payments_paid_account', table_name='payments')
    op.drop_index('ix_payments_account_paid', table_name='payments')
    op.drop_table('payments')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_corrects'))
    with op.batch_alter_table('branch_settings', schema=None) as batch_op:
        batch_op.drop_column('kpi_grace_days')
