"""Open Campo's database: migrate to head and make sure the branch settings row exists."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, insert, select, update

from .engine import database_url, make_engine
from .migrate import upgrade
from .models import BranchSettings

DEFAULT_NAME = "Sucursal Campo"
DEFAULT_TIMEZONE = "America/Bogota"
DEFAULT_RADIUS_M = 75.0
DEFAULT_ACCURACY_LIMIT_M = 100.0


def open_database(
    data_dir: Path | None = None,
    db_url: str | None = None,
    *,
    name: str | None = None,
    timezone_name: str | None = None,
) -> Engine:
    """Create or upgrade the database and return its engine."""
    engine = make_engine(database_url(data_dir, db_url))
    upgrade(engine)
    ensure_branch(engine, name=name, timezone_name=timezone_name)
    return engine


def ensure_branch(engine: Engine, *, name: str | None = None, timezone_name: str | None = None) -> None:
    """Insert the branch settings row on first use; update name/timezone when given."""
    # Core on the table: an ORM attribute here would configure every mapper (150 ms) at each start.
    branch = BranchSettings.__table__
    with engine.begin() as conn:
        exists = conn.scalar(select(branch.c.id).where(branch.c.id == 1))
        if exists is None:
            conn.execute(
                insert(branch).values(
                    id=1,
                    server_id=str(uuid.uuid4()),
                    cursor_epoch=secrets.token_hex(4),
                    name=name or DEFAULT_NAME,
                    timezone=timezone_name or DEFAULT_TIMEZONE,
                    default_radius_m=DEFAULT_RADIUS_M,
                    accuracy_limit_m=DEFAULT_ACCURACY_LIMIT_M,
                    created_at=datetime.now(timezone.utc),
                )
            )
            return
        values = {k: v for k, v in (("name", name), ("timezone", timezone_name)) if v}
        if values:
            conn.execute(update(branch).where(branch.c.id == 1).values(**values))
