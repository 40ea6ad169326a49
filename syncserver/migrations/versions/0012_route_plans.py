"""agents' start points and route_plans: each agent's planned visit order of a day

Revision ID: 0012
Revises: 0017
Create Date: 2026-12-03 08:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0012'
down_revision = '0017'
branch_labels = None
depends_on = None

_utc = syncserver.db.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('agents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('start_lat', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('start_lon', sa.Float(), nullable=True))
    op.create_table('route_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agent_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('stops', sa.JSON(), nullable=False),
    sa.Column('km', sa.Float(), nullable=False),
    sa.Column('minutes', sa.Float(), nullable=False),
    sa.Column('start_lat', sa.Float(), nullable=True),
    sa.Column('start_lon', sa.Float(), nullable=True),
    sa.Column('start_source', sa.String(length=12), nullable=False),
    sa.Column('scoring_run_id', sa.Integer(), nullable=True),
    sa.Column('created_at', _utc, nullable=False),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_route_plans_agent_id_agents'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_route_plans')),
    sa.UniqueConstraint('agent_id', 'day', name=op.f('uq_route_plans_agent_id_day'))
    )
    op.create_index(op.f('ix_route_plans_day'), 'route_plans', ['day'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(op.f('ix_route_plans_day'), table_name='route_plans')
    op.drop_table('route_plans')
    with op.batch_alter_table('agents', schema=None) as batch_op:
        batch_op.drop_column('start_lon')
        batch_op.drop_column('start_lat')
