"""questionnaire drafts and media

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 18:51:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table('questionnaire_drafts',
    sa.Column('questionnaire_id', sa.Integer(), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('updated_at', syncserver.db.types.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['questionnaire_id'], ['questionnaires.id'],
                            name=op.f('fk_questionnaire_drafts_questionnaire_id_questionnaires')),
    sa.PrimaryKeyConstraint('questionnaire_id', name=op.f('pk_questionnaire_drafts'))
    )
    op.create_table('media',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('mime', sa.String(length=20), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('device_id', sa.Integer(), nullable=True),
    sa.Column('received_at', syncserver.db.types.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['devices.id'], name=op.f('fk_media_device_id_devices')),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_media'))
    )
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_device_id'), ['device_id'], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('media', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_device_id'))
    op.drop_table('media')
    op.drop_table('questionnaire_drafts')
