"""The audit log on a real database (both backends): each sensitive action writes exactly one entry, in its
own transaction (rolled back together, refused ones write none); the log is append-only; filters and CSV."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError

from syncserver import audit as a
from syncserver.accounts_import import apply_import, parse_accounts_file
from syncserver.admin import AdminError, transaction
from syncserver.agents import add_agent, get_agent, update_agent
from syncserver.audit_log import AuditFilter, audit_actors, csv_text, day_range, export_audit, list_audit
from syncserver.clock import utcnow
from syncserver.db.security_models import AuditEntry
from syncserver.devices import revoke_device
from syncserver.logins import authenticate
from syncserver.pairing import create_pairing_code, redeem_pairing_code
from syncserver.payments import import_payments, plan_payments
from syncserver.permissions import ADMINISTRATOR, SUPERVISOR, VIEWER, PermissionDenied
from syncserver.questionnaire_setup import use_questionnaire
from syncserver.questionnaires import DefinitionRefused, create_questionnaire, publish, save_draft
from syncserver.settings import SettingsError, read_settings, record_server_settings, update_branch
from syncserver.users import create_user, set_password, update_user
from tests.test_users import quick_hashes  # noqa: F401 - fixture

ACCOUNTS = "external_ref,debtor_name,address,lat,lon,radius_m,balance,currency,agent_code"


@dataclass
class World:
    """A branch with agents, an imported portfolio, a paired device, a questionnaire draft and three users."""

    engine: object
    tmp: Path
    device_id: int
    questionnaire_id: int

    def accounts_plan(self, agent: str = "A2"):
        path = self.tmp / f"cartera-{uuid.uuid4().hex[:6]}.csv"
        path.write_text(f"{ACCOUNTS}\nC-1,Ana,Calle 1,,,,100,COP,{agent}\nC-2,Eva,Calle 2,,,,50,COP,A1\n")
        return parse_accounts_file(path, self.engine)

    def payments_plan(self):
        path = self.tmp / "pagos.csv"
        path.write_text("external_ref,paid_on,amount,reference\nC-1,2026-01-05,10.50,P-1\n")
        return plan_payments(path, self.engine)


@pytest.fixture
def world(quick_hashes, engine, tmp_path) -> World:  # noqa: F811 - the fixture imported above
    for code in ("A1", "A2", "A3"):
        add_agent(engine, code, f"Gestor {code}")
    apply_import(engine, World(engine, tmp_path, 0, 0).accounts_plan(agent="A1"))
    with transaction(engine) as conn:
        device = redeem_pairing_code(conn, create_pairing_code(conn, "A1").code, str(uuid.uuid4()), "Moto", "Android",
                                     "1.0", utcnow())
    draft = create_questionnaire(engine, "Visita", {"fields": [{"type": "yes_no", "key": "ok", "label": {"es": "¿OK?"}}]})
    create_user(engine, "ana", "Ana", ADMINISTRATOR, "clave de ana 12")
    create_user(engine, "luis", "Luis", SUPERVISOR, "clave de luis 1", actor="ana")
    create_user(engine, "marta", "Marta", VIEWER, "clave de marta 1", actor="ana")
    return World(engine, tmp_path, device.device_id, draft.questionnaire_id)


def count(bind) -> int:
    with transaction(bind) as conn:
        return conn.scalar(select(func.count()).select_from(AuditEntry))


def last(bind) -> AuditEntry:
    with transaction(bind) as conn:
        return conn.execute(select(AuditEntry.__table__).order_by(AuditEntry.id.desc()).limit(1)).one()


def _pair(bind, w: World, actor: str):
    code = create_pairing_code(bind, "A2").code
    with transaction(bind) as conn:  # the device acts: no actor is passed
        return redeem_pairing_code(conn, code, str(uuid.uuid4()), "Galaxy", "Android", "2.0", utcnow())


SETTINGS = {"timezone": "America/Lima", "default_radius_m": 80.0, "accuracy_limit_m": 60.0}
# name -> (audit action, the action run on an Engine or a Connection as `actor`)
ACTIONS = {
    "pairing code": (a.PAIRING_CODE_CREATED, lambda b, w, actor: create_pairing_code(b, "A1", actor=actor)),
    "revoke": (a.DEVICE_REVOKED, lambda b, w, actor: revoke_device(b, w.device_id, actor=actor)),
    "agent add": (a.AGENT_ADDED, lambda b, w, actor: add_agent(b, "A9", "Nueva", actor=actor)),
    "agent edit": (a.AGENT_UPDATED, lambda b, w, actor: update_agent(b, "A1", name="Otro Nombre", actor=actor)),
    "agent deactivate": (a.AGENT_DEACTIVATED, lambda b, w, actor: update_agent(b, "A3", active=False, actor=actor)),
    "accounts import": (a.ACCOUNTS_IMPORTED, lambda b, w, actor: apply_import(b, w.accounts_plan(), actor=actor)),
    "publish": (a.QUESTIONNAIRE_PUBLISHED, lambda b, w, actor: publish(b, w.questionnaire_id, actor=actor)),
    "questionnaire to accounts": (a.ACCOUNTS_QUESTIONNAIRE_SET,
                                  lambda b, w, actor: use_questionnaire(b, w.questionnaire_id, actor=actor)),
    "branch settings": (a.SETTINGS_CHANGED, lambda b, w, actor: update_branch(b, name="Sucursal Norte", **SETTINGS,
                                                                              actor=actor)),
    "server settings": (a.SERVER_SETTINGS_CHANGED,
                        lambda b, w, actor: record_server_settings(b, {"tls": [False, True]}, actor=actor)),
    "user add": (a.USER_CREATED, lambda b, w, actor: create_user(b, "nuevo", "Nuevo", VIEWER, "clave del nuevo",
                                                                 actor=actor)),
    "user role": (a.USER_UPDATED, lambda b, w, actor: update_user(b, "luis", role=VIEWER, actor=actor)),
    "user deactivate": (a.USER_DEACTIVATED, lambda b, w, actor: update_user(b, "luis", active=False, actor=actor)),
    "password reset": (a.USER_PASSWORD_RESET, lambda b, w, actor: set_password(b, "luis", "otra clave larga",
                                                                                actor=actor)),
}
# These open transactions of their own (payments, the CSV file, each login attempt): Engine only.
ENGINE_ONLY = {
    "payments import": (a.PAYMENTS_IMPORTED, lambda b, w, actor: import_payments(b, w.payments_plan(), actor=actor)),
    "audit export": (a.AUDIT_EXPORTED, lambda b, w, actor: export_audit(b, AuditFilter(), w.tmp / "a.csv",
                                                                        ZoneInfo("UTC"), actor=actor)),
}


@pytest.mark.parametrize("name", [*ACTIONS, *ENGINE_ONLY])
def test_each_action_writes_one_entry_in_its_transaction(world, name):
    action, run = {**ACTIONS, **ENGINE_ONLY}[name]
    before = count(world.engine)

    with pytest.raises(PermissionDenied) as refused:
        run(world.engine, world, "marta")  # a viewer: the office function refuses whatever the buttons say
    assert refused.value.role == VIEWER and count(world.engine) == before

    if name in ACTIONS:
        with world.engine.connect() as conn:
            outer = conn.begin()
            run(conn, world, "ana")
            assert count(conn) == before + 1  # seen inside the action's transaction...
            outer.rollback()
        assert count(world.engine) == before  # ...and gone with it

    run(world.engine, world, "ana")
    assert count(world.engine) == before + 1
    entry = last(world.engine)
    assert (entry.action, entry.actor, entry.origin) == (action, "ana", a.OFFICE)
    assert entry.at.tzinfo is not None and abs(entry.at - utcnow()) < timedelta(minutes=1)


def test_failing_actions_write_nothing(world):
    engine, before = world.engine, count(world.engine)
    with pytest.raises(AdminError):
        add_agent(engine, "A1", "Repetido", actor="ana")
    with pytest.raises(AdminError):
        revoke_device(engine, 999_999, actor="ana")
    with pytest.raises(SettingsError):
        update_branch(engine, name="X", timezone="Mars/Olympus", default_radius_m=80, accuracy_limit_m=60, actor="ana")
    save_draft(engine, world.questionnaire_id, {"fields": [{"type": "text", "key": "a", "relevant": {"==": [{"var": "x"}, 1]}}]})
    with pytest.raises(DefinitionRefused):
        publish(engine, world.questionnaire_id, actor="ana")
    with pytest.raises(PermissionDenied):
        record_server_settings(engine, {"port": ["8750", "9000"]}, actor="luis")  # supervisors do not run the server
    with pytest.raises(AdminError):
        create_user(engine, "corta", "Corta", VIEWER, "corta", actor="ana")
    assert count(engine) == before
    # Doing nothing records nothing either: the same settings, a second revocation, an unchanged agent.
    current = read_settings(engine)
    update_branch(engine, name=current.name, timezone=current.timezone, default_radius_m=current.default_radius_m,
                  accuracy_limit_m=current.accuracy_limit_m, actor="ana")
    revoke_device(engine, world.device_id, actor="ana")
    revoke_device(engine, world.device_id, actor="ana")
    update_agent(engine, "A1", name=get_agent(engine, "A1").name, actor="ana")
    assert count(engine) == before + 1  # the first revocation only


def test_pairing_is_audited_with_the_device_as_actor(world):
    paired = _pair(world.engine, world, "ana")
    entry = last(world.engine)
    assert entry.action == a.DEVICE_PAIRED and entry.origin == a.DEVICE
    assert entry.actor == f"dispositivo {paired.device_id}" and entry.subject_id == str(paired.device_id)
    assert entry.details["agent_code"] == "A2" and entry.details["model"] == "Galaxy"
    codes = [row for row in list_audit(world.engine, AuditFilter(action=a.PAIRING_CODE_CREATED))]
    assert all("code" not in row.details for row in codes)  # a code that could still pair is never in the log


def test_an_import_is_one_entry_with_the_moved_accounts(world):
    before = count(world.engine)
    apply_import(world.engine, world.accounts_plan(agent="A2"), actor="luis")
    assert count(world.engine) == before + 1
    entry = last(world.engine)
    assert entry.details["moved"] == 1 and entry.details["moved_accounts"] == [["C-1", "A1", "A2"]]
    assert entry.subject_type == "file" and entry.subject_id.endswith(".csv")


def test_changes_record_old_and_new_values(world):
    update_branch(world.engine, name="Sucursal Norte", **SETTINGS, actor="ana")
    details = last(world.engine).details
    assert details["name"][1] == "Sucursal Norte" and details["timezone"][1] == "America/Lima"
    assert details["default_radius_m"] == [75.0, 80.0]
    update_agent(world.engine, "A1", name="Otro Nombre", actor="luis")
    assert last(world.engine).details == {"name": ["Gestor A1", "Otro Nombre"]}


def test_the_log_is_append_only(world):
    with pytest.raises(DBAPIError, match="append-only"), world.engine.begin() as conn:
        conn.execute(update(AuditEntry).values(actor="alguien más"))
    with pytest.raises(DBAPIError, match="append-only"), world.engine.begin() as conn:
        conn.execute(delete(AuditEntry))
    assert count(world.engine) > 0


def test_record_refuses_unknown_actions_and_open_connections(engine):
    with pytest.raises(ValueError, match="unknown audit action"), engine.begin() as conn:
        a.record(conn, actor="ana", action="cafe.served")
    with engine.connect() as conn, pytest.raises(RuntimeError, match="transaction"):
        a.record(conn, actor="ana", action=a.AUDIT_EXPORTED)  # no transaction open: it would commit alone


def test_filters_and_csv(world):
    zone = ZoneInfo("America/Bogota")
    authenticate(world.engine, "luis", "clave de luis 1")
    everything = list_audit(world.engine)
    assert [row.at for row in everything] == sorted((row.at for row in everything), reverse=True)
    assert {row.action for row in list_audit(world.engine, AuditFilter(action=a.USER_CREATED))} == {a.USER_CREATED}
    assert {row.actor for row in list_audit(world.engine, AuditFilter(actor="ana"))} == {"ana"}
    assert "ana" in audit_actors(world.engine) and "sistema" in audit_actors(world.engine)
    today = utcnow().astimezone(zone).date()
    assert len(list_audit(world.engine, AuditFilter(*day_range(today, today, zone)))) == len(everything)
    assert list_audit(world.engine, AuditFilter(*day_range(today + timedelta(days=1), None, zone))) == []
    since, until = day_range(date(2026, 3, 1), date(2026, 3, 1), zone)
    assert (since.isoformat(), until - since) == ("2026-03-01T00:00:00-05:00", timedelta(days=1))

    path = world.tmp / "auditoria.csv"
    written = export_audit(world.engine, AuditFilter(action=a.USER_CREATED), path, zone, actor="ana")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and written == 3
    rows = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"))))
    assert [row["subject_id"] for row in rows] == ["marta", "luis", "ana"]
    assert rows[0]["at"].endswith("-05:00") and '"role": "viewer"' in rows[0]["details"]
    assert csv_text([], zone) == "at,actor,action,subject_type,subject_id,origin,details\r\n"
    exported = last(world.engine)
    assert exported.action == a.AUDIT_EXPORTED and exported.details["rows"] == 3


def test_revocation_through_the_writer_process_is_refused_or_audited(quick_hashes, process_server):  # noqa: F811
    from syncserver.office import revoke

    server = process_server
    server.add_agent("A1")
    device_id, _token = server.pair("A1")
    create_user(server.engine, "ana", "Ana", ADMINISTRATOR, "clave de ana 12")
    create_user(server.engine, "marta", "Marta", VIEWER, "clave de marta 1", actor="ana")
    with pytest.raises(PermissionDenied) as refused:  # the refusal crosses the pipe whole
        server.thread.submit(revoke(server.thread.app, device_id, "marta")).result(10)
    assert (refused.value.role, refused.value.action) == (VIEWER, "devices.revoke")
    with pytest.raises(AdminError, match="unknown device"):
        server.thread.submit(revoke(server.thread.app, "424242", "ana")).result(10)
    info = server.thread.submit(revoke(server.thread.app, device_id, "ana")).result(10)
    assert info.revoked
    revoked = list_audit(server.engine)[0]
    assert (revoked.action, revoked.actor, revoked.subject_id) == (a.DEVICE_REVOKED, "ana", str(device_id))
    [paired] = list_audit(server.engine, AuditFilter(action=a.DEVICE_PAIRED))  # over HTTP, committed by the child
    assert (paired.actor, paired.origin) == (f"dispositivo {device_id}", a.DEVICE)
