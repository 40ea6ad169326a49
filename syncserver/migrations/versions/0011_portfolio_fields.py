"""accounts: debtor document, phones, e-mail, reminder consents, product, original amount, instalments, notes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 06:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import syncserver.db.types

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_CONSENTS = ('consent_email', 'consent_sms', 'consent_whatsapp')


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_id', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('phones', syncserver.db.types.TextList(), nullable=True))
        batch_op.add_column(sa.Column('email', sa.String(length=254), nullable=True))
        for name in _CONSENTS:
            batch_op.add_column(sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('product', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('original_amount', syncserver.db.types.Money(), nullable=True))
        batch_op.add_column(sa.Column('instalment_due_dates', syncserver.db.types.DateList(), nullable=True))
        batch_op.add_column(sa.Column('notes', sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        for name in ('notes', 'instalment_due_dates', 'original_amount', 'product', *reversed(_CONSENTS),
                     'email', 'phones', 'document_id'):
            batch_op.drop_column(name)
