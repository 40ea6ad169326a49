"""debtor reminders: reminder_settings, reminder_messages (unique per source, kind, channel, due date), opt-outs

Revision ID: 0014
Revises: 0017
Create Date: 2026-12-03 08:10:00.000000

Self-contained: three new tables, nothing else changes (renumber freely when merging).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0014'
down_revision = '0012'
branch_labels = None
depends_on = None

_UTC = syncserver.db.types.UtcDateTime(timezone=True)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('reminder_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email_on', sa.Boolean(), nullable=False),
    sa.Column('sms_on', sa.Boolean(), nullable=False),
    sa.Column('whatsapp_on', sa.Boolean(), nullable=False),
    sa.Column('days_before', sa.Integer(), nullable=False),
    sa.Column('quiet_start', sa.Integer(), nullable=False),
    sa.Column('quiet_end', sa.Integer(), nullable=False),
    sa.Column('provider', sa.String(length=10), nullable=False),
    sa.Column('provider_url', sa.String(length=500), nullable=False),
    sa.Column('provider_token', sa.String(length=500), nullable=False),
    sa.Column('inbound_token', sa.String(length=200), nullable=False),
    sa.Column('sender_name', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('templates', sa.JSON(), nullable=False),
    sa.Column('updated_at', _UTC, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_settings'))
    )
    op.create_table('reminder_messages',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('source_kind', sa.String(length=12), nullable=False),
    sa.Column('source_id', sa.String(length=48), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('address', sa.String(length=254), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('provider_id', sa.String(length=200), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', _UTC, nullable=False),
    sa.Column('next_attempt_at', _UTC, nullable=False),
    sa.Column('sent_at', _UTC, nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_reminder_messages_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_messages')),
    sa.UniqueConstraint('source_kind', 'source_id', 'kind', 'channel', 'due_on',
                        name=op.f('uq_reminder_messages_source_kind_source_id_kind_channel_due_on'))
    )
    with op.batch_alter_table('reminder_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_messages_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_messages_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_messages_status_next_attempt_at'), ['status', 'next_attempt_at'],
                              unique=False)
    op.create_table('reminder_opt_outs',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('created_at', _UTC, nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_reminder_opt_outs_account_id_accounts')),
    sa.PrimaryKeyConstraint('account_id', 'channel', name=op.f('pk_reminder_opt_outs'))
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table('reminder_opt_outs')
    with op.batch_alter_table('reminder_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_messages_status_next_attempt_at'))
        batch_op.drop_index(batch_op.f('ix_reminder_messages_created_at'))
        batch_op.drop_index(batch_op.f('ix_reminder_messages_account_id'))
    op.drop_table('reminder_messages')
    op.drop_table('reminder_settings')
