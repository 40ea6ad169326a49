"""agreements (convenios), their instalments, the agreement settings, and revisit requests

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_money = syncserver.db.types.Money()
_utc = syncserver.db.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('frequency', sa.String(length=12), nullable=False),
    sa.Column('total', _money, nullable=False),
    sa.Column('down_payment', _money, nullable=False),
    sa.Column('instalments', sa.Integer(), nullable=False),
    sa.Column('interest_pct', _money, nullable=False),
    sa.Column('interest_amount', _money, nullable=False),
    sa.Column('discount_pct', _money, nullable=False),
    sa.Column('discount_amount', _money, nullable=False),
    sa.Column('penalty_kind', sa.String(length=8), nullable=False),
    sa.Column('penalty_value', _money, nullable=False),
    sa.Column('grace_days', sa.Integer(), nullable=False),
    sa.Column('terms_text', sa.Text(), nullable=False),
    sa.Column('created_at', _utc, nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('paid_amount', _money, nullable=False),
    sa.Column('broken_on', sa.Date(), nullable=True),
    sa.Column('evaluated_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_agreements_account_id_accounts')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_agreements_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements'))
    )
    op.create_index(op.f('ix_agreements_account_id'), 'agreements', ['account_id'], unique=False)
    op.create_table('agreement_instalments',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('amount', _money, nullable=False),
    sa.Column('penalty', _money, nullable=False),
    sa.Column('paid', _money, nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'],
                            name=op.f('fk_agreement_instalments_agreement_id_agreements')),
    sa.PrimaryKeyConstraint('agreement_id', 'number', name=op.f('pk_agreement_instalments'))
    )
    op.create_table('agreement_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('terms_template', sa.Text(), nullable=False),
    sa.Column('broken_after_missed', sa.Integer(), nullable=False),
    sa.Column('broken_after_days', sa.Integer(), nullable=False),
    sa.Column('company_name', sa.String(length=200), nullable=False),
    sa.Column('company_id', sa.String(length=64), nullable=False),
    sa.Column('company_address', sa.String(length=500), nullable=False),
    sa.Column('company_phone', sa.String(length=64), nullable=False),
    sa.Column('updated_at', _utc, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_settings'))
    )
    op.create_table('revisit_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', _utc, nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_revisit_requests_account_id_accounts')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_revisit_requests_agent_id_agents')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_revisit_requests_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisit_requests'))
    )
    op.create_index(op.f('ix_revisit_requests_account_id'), 'revisit_requests', ['account_id'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(op.f('ix_revisit_requests_account_id'), table_name='revisit_requests')
    op.drop_table('revisit_requests')
    op.drop_table('agreement_settings')
    op.drop_table('agreement_instalments')
    op.drop_index(op.f('ix_agreements_account_id'), table_name='agreements')
    op.drop_table('agreements')
