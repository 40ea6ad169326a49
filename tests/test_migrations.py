"""Migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, inspect, select, text

from syncserver.db.bootstrap import open_database
from syncserver.db.engine import make_engine
from syncserver.db.migrate import alembic_config, upgrade
from syncserver.db.models import Base, BranchSettings


def assert_no_schema_drift(engine: Engine) -> None:
    """Alembic autogenerate finds nothing to change between the database and the models."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        drift = compare_metadata(context, Base.metadata)
    assert not drift, "the migrations and the models disagree:\n" + "\n".join(map(repr, drift))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_upgrade_empty_database_to_head_matches_models(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert inspect(engine).get_table_names() == []
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert set(inspect(engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}
        assert_no_schema_drift(engine)
    finally:
        engine.dispose()


def test_downgrade_to_base_then_upgrade_again(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        command.downgrade(alembic_config(engine), "base")
        assert current_revision(engine) is None
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert_no_schema_drift(engine)
    finally:
        engine.dispose()


def test_open_database_twice_is_idempotent(engine: Engine, db_url: str) -> None:
    with engine.connect() as conn:
        first = conn.execute(select(BranchSettings.server_id, BranchSettings.cursor_epoch)).one()
    again = open_database(db_url=db_url)
    try:
        with again.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(BranchSettings)) == 1
            assert conn.execute(select(BranchSettings.server_id, BranchSettings.cursor_epoch)).one() == first
        assert current_revision(again) == head_revision()
        assert_no_schema_drift(again)
    finally:
        again.dispose()


def test_sqlite_pragmas_on_every_connection(tmp_path) -> None:
    engine = open_database(db_url=f"sqlite:///{tmp_path / 'campo.sqlite3'}")
    try:
        # Two connections held at once: the pragmas must come from the connect hook, not luck.
        with engine.connect() as one, engine.connect() as two:
            for conn in (one, two):
                assert conn.scalar(text("PRAGMA journal_mode")) == "wal"
                assert conn.scalar(text("PRAGMA foreign_keys")) == 1
                assert conn.scalar(text("PRAGMA busy_timeout")) >= 5000
                assert conn.scalar(text("PRAGMA synchronous")) == 2  # FULL
    finally:
        engine.dispose()


def test_a_branch_with_data_upgrades_from_0005_to_head(tmp_path) -> None:
    """Later migrations rebuild tables that visits, positions and the change log point at (SQLite batch mode):
    an office's database full of data upgrades without losing or orphaning a row."""
    import uuid
    from datetime import datetime, timezone

    from sqlalchemy import text

    engine = make_engine(f"sqlite:///{tmp_path / 'campo.sqlite3'}")
    try:
        command.upgrade(alembic_config(engine), "0005")
        now = datetime(2026, 11, 20, 15, tzinfo=timezone.utc).isoformat()
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO agents (id, code, name, active, created_at) VALUES (1, 'A1', 'Ana', 1, :t)"),
                         {"t": now})
            conn.execute(text("INSERT INTO devices (id, agent_id, install_id, token_hash, paired_at, high_seq) "
                              "VALUES (1, 1, 'x', :h, :t, 0)"), {"h": b"h" * 32, "t": now})
            conn.execute(text("INSERT INTO accounts (id, external_ref, debtor_name, address, balance, currency, "
                              "days_past_due, agent_id, updated_at) VALUES (1, 'R-1', 'Deudor', 'Calle 1', 100, "
                              "'COP', 30, 1, :t)"), {"t": now})
            visit = {c["name"] for c in inspect(conn).get_columns("visits")}
            values = {"id": str(uuid.uuid4()), "device_id": 1, "agent_id": 1, "account_id": 1, "started_at": now,
                      "finished_at": now, "received_at": now, "outcome": "rpc", "answers": "{}", "lat": 4.6,
                      "lon": -74.0, "accuracy_m": 5.0, "fix_time": now, "verdict": "inside", "distance_m": 1.0,
                      "mock": 0, "fix_ms": 1, "digest": 7, "payload": b"{}"}
            required = {c["name"] for c in inspect(conn).get_columns("visits") if not c["nullable"]}
            missing = required - set(values)
            assert not missing, f"the test must fill {missing}"
            names = [n for n in values if n in visit]
            conn.execute(text(f"INSERT INTO visits ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"),
                         {n: values[n] for n in names})
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT external_ref FROM accounts")).scalars().all() == ["R-1"]
            assert conn.execute(text("SELECT count(*) FROM visits WHERE account_id = 1")).scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again for the app
        assert_no_schema_drift(engine)
    finally:
        engine.dispose()


def test_the_head_read_from_the_files_text_is_alembics(tmp_path) -> None:
    from syncserver.db.migrate import MIGRATIONS, script_heads

    assert script_heads() == {head_revision()}
    # A file Alembic would need to read as Python (a branch label here) leaves the decision to Alembic.
    versions = tmp_path / "versions"
    versions.mkdir()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        (versions / path.name).write_text(path.read_text())
    assert script_heads(versions) == {head_revision()}
    (versions / "0099_branch.py").write_text(f"revision = '0099'\ndown_revision = '{head_revision()}'\n"
                                             "branch_labels = ('side',)\ndepends_on = None\n")
    assert script_heads(versions) is None


def test_a_database_at_head_skips_alembic_and_one_behind_is_upgraded(db_url: str, monkeypatch) -> None:
    from alembic.script import ScriptDirectory

    engine = make_engine(db_url)
    try:
        assert upgrade(engine) is True
        ran = []
        real = command.upgrade
        monkeypatch.setattr(command, "upgrade", lambda config, target: (ran.append(target), real(config, target)))
        assert upgrade(engine) is False and ran == []  # at head: Alembic is not asked
        previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision()).down_revision
        command.downgrade(alembic_config(engine), previous)
        assert current_revision(engine) == previous
        assert upgrade(engine) is True and ran == ["head"]  # one behind: upgraded
        assert current_revision(engine) == head_revision()
        assert_no_schema_drift(engine)
    finally:
        engine.dispose()


def test_opening_a_database_at_head_does_not_load_alembic(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    open_database(tmp_path).dispose()
    script = ("import sys; from pathlib import Path; from syncserver.db.bootstrap import open_database; "
              f"open_database(Path({str(tmp_path)!r})).dispose(); "
              "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False,
                            env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"
