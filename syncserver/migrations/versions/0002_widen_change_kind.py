"""widen changes.kind to 32 characters ("questionnaire_version" has 21)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 16:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=sa.String(length=20), type_=sa.String(length=32),
                              existing_nullable=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=sa.String(length=32), type_=sa.String(length=20),
                              existing_nullable=False)
