"""Create or upgrade a database to the newest Alembic revision.

Most starts find the database already at head. Then Alembic is not even imported: the head is read
from the version files' text (their `revision = ...` and `down_revision = ...` lines) and compared
with the database's `alembic_version`; running Alembic (env.py, every migration module) costs a
second or so at each start otherwise. Anything unusual in the files (branch labels, dependencies, a
value that is not a plain literal) leaves the decision to Alembic.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
_ASSIGNMENT = re.compile(r"^(revision|down_revision|branch_labels|depends_on)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.M)


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at Campo's migrations (and at `engine`, when given)."""
    from alembic.config import Config  # noqa: PLC0415 - see the module docstring

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def script_heads(versions: Path = MIGRATIONS / "versions") -> set[str] | None:
    """The head revisions of the version files, read as text; None when a file is not plain enough to tell."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        try:
            found = {name: ast.literal_eval(value) for name, value in _ASSIGNMENT.findall(path.read_text("utf-8"))}
        except (ValueError, SyntaxError):
            return None
        revision, down = found.get("revision"), found.get("down_revision")
        if not isinstance(revision, str) or found.get("branch_labels") or found.get("depends_on"):
            return None
        downs = down if isinstance(down, tuple | list) else () if down is None else (down,)
        if not all(isinstance(d, str) for d in downs):
            return None
        revisions.add(revision)
        parents.update(downs)
    return revisions - parents or None


def database_heads(engine: Engine) -> set[str]:
    """The revisions stamped in the database's alembic_version (none for a new database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


def upgrade(engine: Engine) -> bool:
    """Bring the schema of `engine`'s database to head; False when it was there already (nothing ran)."""
    heads = script_heads()
    if heads is not None and database_heads(engine) == heads:
        return False
    from alembic import command  # noqa: PLC0415 - see the module docstring

    command.upgrade(alembic_config(engine), "head")
    return True
