"""positions: the (device_id, fix_ms) index also covers lat and lon (routes read without the table)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 20:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    op.drop_index('ix_positions_device_id_fix_ms', table_name='positions')
    op.create_index('ix_positions_device_id_fix_ms_lat_lon', 'positions', ['device_id', 'fix_ms', 'lat', 'lon'])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index('ix_positions_device_id_fix_ms_lat_lon', table_name='positions')
    op.create_index('ix_positions_device_id_fix_ms', 'positions', ['device_id', 'fix_ms'])
