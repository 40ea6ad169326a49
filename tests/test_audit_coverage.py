"""The sensitive actions added to the audit log (agreements, settings kept in their own rows, saved reports, revisits,
cancelled pairing codes, data exports): each refuses a role that may not do it and writes nothing, and records one
entry under the acting user otherwise. Real database, both backends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from syncserver import audit as a
from syncserver.admin import transaction
from syncserver.agreements import (
    AgreementSettingsInfo,
    AgreementTerms,
    cancel_agreement,
    create_agreement,
    recompute_all,
    save_agreement_settings,
)
from syncserver.db.security_models import AuditEntry
from syncserver.export_audit import VISITS, audited_export, record_export
from syncserver.kpis.report_definition import ReportDefinition
from syncserver.kpis.saved_reports import delete_report, rename_report, save_report
from syncserver.mail_settings import MailSettingsInfo, read_mail_settings, update_mail_settings
from syncserver.pairing import cancel_pairing_codes, create_pairing_code
from syncserver.permissions import ADMINISTRATOR, SUPERVISOR, VIEWER, PermissionDenied
from syncserver.revisits import reassign_for_revisit
from syncserver.scoring.settings import save_scoring_settings
from syncserver.table_export import Column, export_table
from syncserver.users import create_user, update_user
from tests.kpi_world import World
from tests.test_users import quick_hashes  # noqa: F401 - fixture

MAIL = MailSettingsInfo(enabled=True, host="smtp.sucursal.test", port=587, username="avisos", password="secreto-smtp",
                        from_address="avisos@sucursal.test", recipients=("jefa@sucursal.test",))
REPORT = ReportDefinition(name="Semana", rows=("day",), measures=("attempts",))


@dataclass
class Branch:
    """Agents, accounts and a promise, and the three roles."""

    engine: object
    world: World
    visit: str
    tmp: Path

    def account(self, ref: str) -> int:
        return self.world.accounts[ref]


@pytest.fixture
def branch(quick_hashes, engine, tmp_path) -> Branch:  # noqa: F811 - the fixture imported above
    world = World(engine)
    world.agent("A1")
    world.agent("A2")
    for ref in ("C1", "C2", "C3"):
        world.account(ref, None, "A1")
    visit = world.visit("A1", "C3", datetime(2026, 3, 2, 15, tzinfo=UTC), "promise_to_pay", "10.00", date(2026, 3, 5))
    create_user(engine, "ana", "Ana", ADMINISTRATOR, "clave de ana 12")
    create_user(engine, "luis", "Luis", SUPERVISOR, "clave de luis 1", actor="ana")
    create_user(engine, "marta", "Marta", VIEWER, "clave de marta 1", actor="ana")
    return Branch(engine, world, visit, tmp_path)


def entries(bind) -> list:
    with transaction(bind) as conn:
        return conn.execute(select(AuditEntry.__table__).order_by(AuditEntry.id)).all()


def count(bind) -> int:
    with transaction(bind) as conn:
        return conn.scalar(select(func.count()).select_from(AuditEntry))


def _terms() -> AgreementTerms:
    return AgreementTerms(Decimal("300"), Decimal("50"), 2, "fortnightly", date(2026, 3, 2))


def _export(b: Branch, actor: str) -> int:
    path = b.tmp / f"visitas-{uuid.uuid4().hex[:6]}.csv"
    return audited_export(b.engine, actor=actor, what=VISITS, path=path, details={"agent": "A1"},
                          write=lambda: export_table(path, "Visitas", [Column("Cuenta")], [["C1"], ["C2"]]))


def _made_agreement(b: Branch) -> int:
    """An agreement made by "sistema" for the next cancel (once per branch: one in force per account)."""
    if not hasattr(b, "agreement"):
        b.agreement = create_agreement(b.engine, b.account("C2"), _terms(), now=datetime(2026, 3, 1, 15, tzinfo=UTC))
    return b.agreement


def _saved_report(b: Branch) -> int:
    return save_report(b.engine, replace(REPORT, name=f"Informe {uuid.uuid4().hex[:6]}")).id


# name -> (audit action, the role that may not, the action run as `actor`)
ACTIONS = {
    "agreement": (a.AGREEMENT_CREATED, VIEWER,
                  lambda b, actor: create_agreement(b.engine, b.account("C1"), _terms(), actor=actor,
                                                    now=datetime(2026, 3, 1, 15, tzinfo=UTC))),
    "agreement cancel": (a.AGREEMENT_CHANGED, VIEWER,
                         lambda b, actor: cancel_agreement(b.engine, _made_agreement(b), "mal hecho", actor=actor)),
    "recompute": (a.AGREEMENTS_RECOMPUTED, VIEWER, lambda b, actor: recompute_all(b.engine, actor=actor)),
    "agreement settings": (a.AGREEMENT_SETTINGS_CHANGED, SUPERVISOR,
                           lambda b, actor: save_agreement_settings(
                               b.engine, AgreementSettingsInfo(company_name="Cobranzas SA"), actor=actor)),
    "mail settings": (a.MAIL_SETTINGS_CHANGED, SUPERVISOR, lambda b, actor: update_mail_settings(b.engine, MAIL,
                                                                                                 actor=actor)),
    "strategy rules": (a.STRATEGY_RULES_CHANGED, VIEWER,
                       lambda b, actor: save_scoring_settings(b.engine, {"probability_threshold": 0.4}, actor=actor)),
    "report save": (a.REPORT_SAVED, VIEWER, lambda b, actor: save_report(b.engine, REPORT, actor=actor)),
    "report rename": (a.REPORT_RENAMED, VIEWER,
                      lambda b, actor: rename_report(b.engine, _saved_report(b), "Otro nombre", actor=actor)),
    "report delete": (a.REPORT_DELETED, VIEWER, lambda b, actor: delete_report(b.engine, _saved_report(b), actor=actor)),
    "revisit": (a.ACCOUNTS_ASSIGNED, VIEWER,
                lambda b, actor: reassign_for_revisit(b.engine, [b.visit], b.world.agents["A2"], actor=actor)),
    "export": (a.DATA_EXPORTED, VIEWER, _export),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_each_action_is_refused_or_audited_under_its_user(branch, name):
    action, refused_role, run = ACTIONS[name]
    login = {VIEWER: "marta", SUPERVISOR: "luis"}[refused_role]
    before = count(branch.engine)

    with pytest.raises(PermissionDenied) as refused:
        run(branch, login)
    assert refused.value.role == refused_role and refused.value.action is not None
    # Nothing under the refused login (a report to rename or an agreement to cancel is first made by "sistema").
    assert [e for e in entries(branch.engine)[before:] if e.actor == login] == []
    if not name.startswith("report ") and name != "agreement cancel":
        assert count(branch.engine) == before

    actor = "luis" if refused_role == VIEWER else "ana"  # the least powerful role that may
    run(branch, actor)
    mine = [e for e in entries(branch.engine)[before:] if e.actor == actor]
    assert [e.action for e in mine] == [action]
    assert mine[0].origin == a.OFFICE and mine[0].at.tzinfo is not None


def test_details_say_what_was_done(branch):
    engine = branch.engine
    agreement = create_agreement(engine, branch.account("C1"), _terms(), actor="luis",
                                 now=datetime(2026, 3, 1, 15, tzinfo=UTC))
    update_mail_settings(engine, MAIL, actor="ana")
    update_mail_settings(engine, replace(MAIL, port=465, security="tls", password="otra-clave"), actor="ana")
    update_mail_settings(engine, replace(MAIL, port=465, security="tls", password="otra-clave"), actor="ana")  # same
    save_scoring_settings(engine, {"probability_threshold": 0.4}, actor="luis")
    reassign_for_revisit(engine, [branch.visit], branch.world.agents["A2"], actor="luis")
    rows = _export(branch, "luis")
    log = entries(engine)
    made = next(e for e in log if e.action == a.AGREEMENT_CREATED)
    assert (made.subject_type, made.subject_id) == ("agreement", str(agreement))
    assert made.details["account"] == "C1" and made.details["total"] == "300.00" and made.details["instalments"] == 2
    mails = [e for e in log if e.action == a.MAIL_SETTINGS_CHANGED]
    assert len(mails) == 2  # saving the same settings again records nothing
    assert mails[1].details["port"] == [587, 465] and mails[1].details["password"] == ["********", "********"]
    assert "secreto-smtp" not in str([e.details for e in log]) and "otra-clave" not in str([e.details for e in log])
    assert read_mail_settings(engine).password == "otra-clave"
    rules = next(e for e in log if e.action == a.STRATEGY_RULES_CHANGED)
    assert rules.details["probability_threshold"][1] == 0.4
    moved = next(e for e in log if e.action == a.ACCOUNTS_ASSIGNED and e.actor == "luis")
    assert moved.subject_id == "A2" and moved.details["source"] == "revisit" and moved.details["moved"] == 1
    exported = log[-1]
    assert exported.action == a.DATA_EXPORTED and exported.subject_type == "file"
    assert exported.subject_id.startswith("visitas-") and exported.details == {"what": VISITS, "rows": rows, "format": "csv", "agent": "A1"} and rows == 2


def test_a_refused_export_writes_no_file_and_a_failed_record_removes_it(branch):
    path = branch.tmp / "cartera.csv"
    with pytest.raises(PermissionDenied):
        audited_export(branch.engine, actor="marta", what=VISITS, path=path,
                       write=lambda: export_table(path, "X", [Column("A")], [["1"]]))
    assert not path.exists()
    export_table(path, "X", [Column("A")], [["1"]])  # drawn elsewhere (a PDF), then audited...
    update_user(branch.engine, "luis", active=False, actor="ana")  # ...but luis was deactivated meanwhile
    before = count(branch.engine)
    with pytest.raises(PermissionDenied):
        record_export(branch.engine, actor="luis", what=VISITS, path=path, rows=1)
    assert not path.exists() and count(branch.engine) == before  # no file left that the log does not show


def test_cancelled_pairing_codes_are_audited_once(branch):
    engine = branch.engine
    code = create_pairing_code(engine, "A1", actor="luis").code
    before = count(engine)
    assert cancel_pairing_codes(engine, [code], actor="luis") == 1
    assert cancel_pairing_codes(engine, [code], actor="luis") == 0  # already unusable: nothing recorded
    added = entries(engine)[before:]
    assert [(e.action, e.actor, e.details) for e in added] == [(a.PAIRING_CODES_CANCELLED, "luis", {"codes": 1})]


def test_campo_server_commands_are_audited_as_the_os_user(tmp_path, capsys):
    from syncserver.audit import cli_actor
    from syncserver.cli import main
    from syncserver.db.bootstrap import open_database
    from syncserver.questionnaires import create_questionnaire, publish

    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    engine = open_database(db_url=url)
    draft = create_questionnaire(engine, "Visita", {"fields": [{"type": "yes_no", "key": "ok",
                                                                 "label": {"es": "¿OK?"}}]})
    publish(engine, draft.questionnaire_id)
    before = count(engine)
    commands = [
        ["kpis", "--from", "2026-03-01", "--to", "2026-03-31", "--by", "agent", "--csv", str(tmp_path / "kpis.csv")],
        ["questionnaires", "export", str(draft.questionnaire_id), "-o", str(tmp_path / "cuestionario.json")],
        ["scoring", "rules", "--set", "probability_threshold=0.42"],
        ["agreements", "recompute"],
        ["mail", "settings", "--host", "smtp.sucursal.test", "--from", "avisos@sucursal.test"],
    ]
    for argv in commands:
        assert main(["--db-url", url, *argv]) == 0, argv
    capsys.readouterr()
    added = entries(engine)[before:]
    assert {e.actor for e in added} == {cli_actor()}
    assert [e.action for e in added] == [a.DATA_EXPORTED, a.DATA_EXPORTED, a.STRATEGY_RULES_CHANGED,
                                         a.AGREEMENTS_RECOMPUTED, a.MAIL_SETTINGS_CHANGED]
    assert [(e.subject_id, e.details["what"], e.details["rows"]) for e in added[:2]] == [
        ("kpis.csv", "kpis", 0), ("cuestionario.json", "questionnaire", 1)]
    assert (tmp_path / "kpis.csv").exists() and (tmp_path / "cuestionario.json").exists()
    engine.dispose()
