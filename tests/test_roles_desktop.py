"""Every page greys out what the role may not do, with a tooltip that names the role, and what it does is audited
under the signed-in user: real widgets, the real embedded server, a real database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from syncserver import audit as a
from syncserver.agreements import AgreementTerms, create_agreement
from syncserver.audit_log import AuditFilter, list_audit
from syncserver.clock import utcnow
from syncserver.export_audit import AGREEMENT_PDF, VISITS
from syncserver.mail_settings import MailSettingsInfo, update_mail_settings
from tests.kpi_world import World
from tests.test_security_desktop import sign_in_as, staff  # noqa: F401 - fixture
from tests.test_users import quick_hashes  # noqa: F401 - fixture

VIEWER_SAYS = "Su rol (consulta)"
SUPERVISOR_SAYS = "Su rol (supervisor)"


def pages(desk, qtbot):
    """The pages and dialogs with actions a role may lack, made for the session signed in now."""
    from desktop.views.agreements_page import AgreementsPage
    from desktop.views.dashboard_page import DashboardPage
    from desktop.views.designer_page import DesignerPage
    from desktop.views.promises_page import PromisesPage
    from desktop.views.reports_page import ReportsPage
    from desktop.views.strategy_page import StrategyPage
    from desktop.views.visits_page import VisitsPage

    made = {"strategy": StrategyPage(desk.host), "agreements": AgreementsPage(desk.host),
            "reports": ReportsPage(desk.host), "promises": PromisesPage(desk.host), "visits": VisitsPage(desk.host),
            "dashboard": DashboardPage(desk.host), "designer": DesignerPage(desk.host)}
    for page in made.values():
        qtbot.addWidget(page)
    return made


def mail_dialog(desk, qtbot):
    from desktop.views.mail_dialog import MailDialog

    dialog = MailDialog(desk.host, desk.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.stored is not None, timeout=5000)
    return dialog


def agreement_settings(desk, qtbot):
    from desktop.views.agreement_settings_dialog import AgreementSettingsDialog

    dialog = AgreementSettingsDialog(desk.host, desk.window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=5000):
        pass
    return dialog


def save_button(dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_a_viewer_sees_every_page_read_only(staff, qtbot):  # noqa: F811
    sign_in_as(staff, "marta")
    made = pages(staff, qtbot)
    strategy, reports = made["strategy"], made["reports"]
    refused = {
        strategy.recalc_button: "recalcular la puntuación", strategy.rules.save_button: "reglas de estrategia",
        made["agreements"].recompute_button: "convenios", made["agreements"].cancel_button: "convenios",
        made["designer"].export_button: "exportar datos", reports.save_button: "guardar, renombrar",
        reports.export.button: "exportar datos",
        made["visits"].exporter.button: "exportar datos", made["dashboard"].exports.export_button: "exportar datos",
        made["dashboard"].exports.print_button: "exportar datos",
    }
    for button, words in refused.items():
        assert not button.isEnabled(), words
        assert button.toolTip().startswith(VIEWER_SAYS) and words in button.toolTip(), button.toolTip()
    assert not reports.saved.may_change and reports.saved.refused.startswith(VIEWER_SAYS)
    mail = mail_dialog(staff, qtbot)
    assert not save_button(mail).isEnabled() and not mail.trial_button.isEnabled()
    assert "configuración de correo" in save_button(mail).toolTip()
    assert mail.host_edit.isEnabled()  # everything can be read


def test_a_supervisor_does_the_collection_work_but_not_the_mail_nor_the_branch(staff, qtbot):  # noqa: F811
    update_mail_settings(staff.host.engine, MailSettingsInfo(host="smtp.sucursal.test", username="avisos", password="secreto-smtp",
                                                             from_address="avisos@sucursal.test"))
    sign_in_as(staff, "luis")
    made = pages(staff, qtbot)
    for button in (made["strategy"].recalc_button, made["strategy"].rules.save_button,
                   made["agreements"].recompute_button, made["reports"].save_button, made["visits"].exporter.button,
                   made["dashboard"].exports.export_button):
        assert button.isEnabled(), button.text()
    mail = mail_dialog(staff, qtbot)
    assert not save_button(mail).isEnabled() and save_button(mail).toolTip().startswith(SUPERVISOR_SAYS)
    assert mail.password_edit.text() == ""  # the SMTP password stays with those who may change it
    settings = agreement_settings(staff, qtbot)
    assert not save_button(settings).isEnabled() and "configuración de la sucursal" in save_button(settings).toolTip()

    sign_in_as(staff, "ana")  # an administrator may do all of it
    mail = mail_dialog(staff, qtbot)
    assert save_button(mail).isEnabled() and mail.trial_button.isEnabled()
    assert mail.password_edit.text() == "secreto-smtp"
    assert save_button(agreement_settings(staff, qtbot)).isEnabled()


def test_buttons_follow_the_session_when_it_changes(staff, qtbot):  # noqa: F811
    sign_in_as(staff, "marta")
    made = pages(staff, qtbot)
    assert not made["strategy"].recalc_button.isEnabled() and not made["visits"].exporter.button.isEnabled()
    sign_in_as(staff, "luis")
    assert made["strategy"].recalc_button.isEnabled() and made["visits"].exporter.button.isEnabled()
    assert made["reports"].saved.may_change and made["dashboard"].exports.print_button.isEnabled()


def test_exports_are_audited_under_the_user_and_refused_for_a_viewer(staff, qtbot, tmp_path):  # noqa: F811
    engine = staff.host.engine
    world = World(engine)
    world.agent("A1")
    world.account("C1", None, "A1", at=utcnow() - timedelta(days=40))
    world.visit("A1", "C1", utcnow() - timedelta(days=1), "promise_to_pay", "100.00", date.today())
    agreement = create_agreement(engine, world.accounts["C1"], AgreementTerms(
        Decimal("300"), Decimal("50"), 2, "monthly", utcnow().date() + timedelta(days=1)))
    sign_in_as(staff, "luis")
    made = pages(staff, qtbot)
    visits = made["visits"]
    qtbot.waitUntil(lambda: not visits._loading and visits.model.rowCount() == 1, timeout=10_000)
    path = tmp_path / "visitas.csv"
    with qtbot.waitSignal(visits.exporter.finished, timeout=20_000):
        visits.exporter.export_to(path)
    page = made["agreements"]
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        page.show()
        page.reload(show=agreement)
    pdf = tmp_path / "convenio.pdf"
    with qtbot.waitSignal(page.printed, timeout=10_000):
        page.print_agreement(str(pdf))
    exported = list_audit(engine, AuditFilter(action=a.DATA_EXPORTED))
    assert [(e.actor, e.subject_id, e.details["what"], e.details["rows"]) for e in reversed(exported)] == [
        ("luis", "visitas.csv", VISITS, 1), ("luis", "convenio.pdf", AGREEMENT_PDF, 3)]
    assert exported[1].details["filter"]["agent_id"] is None and pdf.exists()

    sign_in_as(staff, "marta")  # a viewer: the button is grey, and the office function refuses anyway
    refused = tmp_path / "otra.csv"
    with qtbot.waitSignal(visits.exporter.failed, timeout=20_000) as failed:
        visits.exporter.export_to(refused)
    assert VIEWER_SAYS in failed.args[0] and "exportar datos" in failed.args[0] and not refused.exists()
    assert len(list_audit(engine, AuditFilter(action=a.DATA_EXPORTED))) == 2


def test_strategy_rules_saved_from_the_page_are_audited(staff, qtbot):  # noqa: F811
    sign_in_as(staff, "luis")
    strategy = pages(staff, qtbot)["strategy"]
    strategy.rules.probability_spin.setValue(strategy.rules.probability_spin.value() + 5)
    with qtbot.waitSignal(strategy.rules_saved, timeout=10_000):
        strategy.save_rules()
    entry = list_audit(staff.host.engine, AuditFilter(action=a.STRATEGY_RULES_CHANGED))[0]
    assert entry.actor == "luis" and "probability_threshold" in entry.details
    assert entry.at > datetime.now(UTC) - timedelta(minutes=1)


def test_every_action_permission_and_export_has_its_words_in_both_languages(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.resource_paths import resource_path
    from desktop.security_labels import action_phrase, audit_action_labels, export_labels
    from syncserver import audit, export_audit, permissions

    def words():
        return (audit_action_labels(), {code: action_phrase(code) for code in permissions.ACTIONS}, export_labels())

    spanish = words()
    for labels, codes in zip(spanish, (audit.ACTIONS, permissions.ACTIONS, export_audit.WHATS), strict=True):
        assert set(labels) == set(codes) and all(labels[code] != code for code in codes)
    assert spanish[0][a.MAIL_SETTINGS_CHANGED] == "Configuración de correo cambiada"
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "campo_en.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        english = words()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert english[0][a.STRATEGY_RULES_CHANGED] == "Strategy rules changed"
    assert english[1]["settings.mail"] == "changing the e-mail settings"
    assert all(english[0][code] != spanish[0][code] for code in (a.REPORT_SAVED, a.AGREEMENTS_RECOMPUTED))


def test_single_user_mode_is_unrestricted(desk, qtbot):
    assert desk.host.session.single
    made = pages(desk, qtbot)
    for button in (made["strategy"].recalc_button, made["strategy"].rules.save_button,
                   made["agreements"].recompute_button, made["reports"].save_button, made["visits"].exporter.button,
                   made["dashboard"].exports.export_button, made["dashboard"].exports.print_button):
        assert button.isEnabled() and not button.toolTip().startswith("Su rol"), button.text()
    assert made["reports"].saved.may_change
    mail = mail_dialog(desk, qtbot)
    assert save_button(mail).isEnabled() and mail.trial_button.isEnabled()
