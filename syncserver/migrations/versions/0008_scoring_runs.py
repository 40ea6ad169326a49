"""scoring runs, account scores and the branch's scoring settings

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 06:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_utc = syncserver.db.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('scoring_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('created_at', _utc, nullable=False),
    sa.Column('trigger', sa.String(length=10), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('auc', sa.Float(), nullable=True),
    sa.Column('brier', sa.Float(), nullable=True),
    sa.Column('n_train', sa.Integer(), nullable=False),
    sa.Column('n_holdout', sa.Integer(), nullable=False),
    sa.Column('n_scored', sa.Integer(), nullable=False),
    sa.Column('calibration', sa.JSON(), nullable=True),
    sa.Column('coefficients', sa.JSON(), nullable=False),
    sa.Column('parameters', sa.JSON(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_runs'))
    )
    op.create_index(op.f('ix_scoring_runs_as_of'), 'scoring_runs', ['as_of'], unique=False)
    op.create_table('account_scores',
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('probability', sa.Float(), nullable=False),
    sa.Column('cost_minutes', sa.Float(), nullable=True),
    sa.Column('quadrant', sa.String(length=20), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('top_factors', sa.JSON(), nullable=False),
    sa.Column('days_past_due', sa.Integer(), nullable=False),
    sa.Column('balance', syncserver.db.types.Money(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_account_scores_account_id_accounts')),
    sa.ForeignKeyConstraint(['run_id'], ['scoring_runs.id'], name=op.f('fk_account_scores_run_id_scoring_runs'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('run_id', 'account_id', name=op.f('pk_account_scores'))
    )
    op.create_table('scoring_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('updated_at', _utc, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_settings'))
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('scoring_settings')
    op.drop_table('account_scores')
    op.drop_index(op.f('ix_scoring_runs_as_of'), table_name='scoring_runs')
    op.drop_table('scoring_runs')
