"""alerts, their settings, and alert e-mails in the outbox

Revision ID: 0013
Revises: 0017
Create Date: 2026-12-03 08:10:00.000000

Two new tables; mail_outbox gets alert_id and its visit_id becomes optional (renumber freely when merging).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0013'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('alert_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('silent_minutes', sa.Integer(), nullable=False),
    sa.Column('battery_pct', sa.Integer(), nullable=False),
    sa.Column('work_start', sa.String(length=5), nullable=False),
    sa.Column('work_end', sa.String(length=5), nullable=False),
    sa.Column('work_days', sa.JSON(), nullable=False),
    sa.Column('mail_kinds', sa.JSON(), nullable=False),
    sa.Column('updated_at', syncserver.db.types.UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_settings'))
    )
    op.create_table('alerts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=True),
    sa.Column('agent_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('dedupe_key', sa.String(length=120), nullable=True),
    sa.Column('raised_at', syncserver.db.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', syncserver.db.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_at', syncserver.db.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_by', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_alerts_account_id_accounts')),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_alerts_agent_id_agents')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_alerts_agreement_id_agreements')),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], name=op.f('fk_alerts_device_id_devices')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_alerts_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_alerts_dedupe_key'))
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alerts_acknowledged_at_resolved_at'), ['acknowledged_at', 'resolved_at'],
                              unique=False)
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alert_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.alter_column('visit_id', existing_type=sa.String(length=36), nullable=True)
        batch_op.create_unique_constraint(batch_op.f('uq_mail_outbox_alert_id'), ['alert_id'])
        batch_op.create_foreign_key(batch_op.f('fk_mail_outbox_alert_id_alerts'), 'alerts', ['alert_id'], ['id'])


def downgrade() -> None:
    """Revert this revision."""
    op.execute("DELETE FROM mail_outbox WHERE alert_id IS NOT NULL")
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_mail_outbox_alert_id_alerts'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_mail_outbox_alert_id'), type_='unique')
        batch_op.alter_column('visit_id', existing_type=sa.String(length=36), nullable=False)
        batch_op.drop_column('alert_id')
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alerts_acknowledged_at_resolved_at'))
    op.drop_table('alerts')
    op.drop_table('alert_settings')
