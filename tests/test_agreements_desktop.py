"""Promises and agreements in the real app: models under the model tester, the dialog end to end, revisit, the PDF."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from sqlalchemy import insert, select, update

from mobile_protocol.questionnaire import default_questionnaire
from syncserver.agreements import AgreementTerms, create_agreement, get_agreement, list_agreements
from syncserver.clock import utcnow
from syncserver.db.agreement_models import AgreementInstalment
from syncserver.db.models import Account, Media, Questionnaire, QuestionnaireVersion, Visit
from syncserver.kpis import visits_stored
from syncserver.media import media_id, write_file
from syncserver.promises import list_promises
from tests.kpi_world import VisitFact, World

D = Decimal


def branch(desk) -> World:
    world = World(desk.host.engine)
    world.agent("A1")
    world.agent("B1")
    world.account("CR-001", "consumo", "A1")
    with desk.host.engine.begin() as conn:
        conn.execute(update(Account).where(Account.id == world.accounts["CR-001"]).values(
            debtor_name="María Fernanda Gómez Rojas", balance=D("1250000.50")))
    return world


def signed_visit(desk, world: World) -> str:
    """A promise visit of CR-001 whose questionnaire's signature answer is a stored PNG."""
    image = QImage(300, 100, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#1a237e"), 6))
    painter.drawLine(20, 80, 280, 20)
    painter.end()
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")
    png = bytes(data.data())
    sha = media_id(png)
    write_file(desk.host.config.data_dir, sha, png)
    now = utcnow()
    fact = VisitFact(str(uuid.uuid4()), "A1", "CR-001", now - timedelta(hours=2), "promise_to_pay", D("200000.00"),
                     (now + timedelta(days=3)).date())
    row = world._row(fact)
    with desk.host.engine.begin() as conn:
        conn.execute(insert(Media).values(sha256=sha, mime="image/png", size=len(png), width=300, height=100,
                                          device_id=None, received_at=now))
        questionnaire = conn.execute(insert(Questionnaire).values(name="Visita", created_at=now)
                                     .returning(Questionnaire.id)).scalar_one()
        version = conn.execute(insert(QuestionnaireVersion).values(
            questionnaire_id=questionnaire, version=1, title="Visita", definition=default_questionnaire(),
            published_at=now).returning(QuestionnaireVersion.id)).scalar_one()
        conn.execute(insert(Visit), [{**row, "questionnaire_version_id": version,
                                      "answers": {"signature": {"media_id": sha}}}])
        visits_stored(conn, [row])
    return fact.id


def test_models_pass_the_model_tester(qtmodeltester, qtbot, tmp_path) -> None:
    from desktop.models.agreements_model import AgreementsFilter, AgreementsModel, MatchedPaymentsModel, ScheduleModel
    from desktop.models.promises_model import STATUS, PromisesFilter, PromisesModel
    from syncserver.db.bootstrap import open_database

    engine = open_database(db_url=f"sqlite:///{tmp_path / 'models.sqlite3'}")
    world = World(engine)
    world.agent("A1")
    world.agent("B1")
    for ref in ("C1", "C2"):
        world.account(ref, None, "A1")
    world.visit("A1", "C1", datetime(2026, 3, 2, 15, tzinfo=UTC), "promise_to_pay", "100.00", date(2026, 3, 5))
    world.visit("B1", "C2", datetime(2026, 3, 3, 15, tzinfo=UTC), "promise_to_pay", "50.00", date(2026, 3, 9))
    world.pay("C2", date(2026, 3, 4), "20.00")
    agreement = create_agreement(engine, world.accounts["C1"], AgreementTerms(D(300), D(100), 2, "weekly",
                                                                              date(2026, 3, 2)),
                                 now=datetime(2026, 3, 1, 15, tzinfo=UTC))
    world.pay("C1", date(2026, 3, 10), "150.00")  # after the promise settled (the 5th + 3): broken
    model = PromisesModel()
    qtmodeltester.check(model)
    model.set_promises(list_promises(engine, as_of=date(2026, 4, 1)))
    qtmodeltester.check(model)
    proxy = PromisesFilter()
    proxy.setSourceModel(model)
    proxy.set_status("broken")
    qtmodeltester.check(proxy)
    assert [proxy.index(r, STATUS).data() for r in range(proxy.rowCount())] == ["Incumplida"]
    proxy.set_status(None)
    proxy.set_agent(world.agents["B1"])
    assert [proxy.index(r, STATUS).data() for r in range(proxy.rowCount())] == ["Cumplida en parte"]
    agreements = AgreementsModel()
    agreements.set_agreements(list_agreements(engine, as_of=date(2026, 3, 3)))
    qtmodeltester.check(agreements)
    by_status = AgreementsFilter()
    by_status.setSourceModel(agreements)
    by_status.set_status("late")
    qtmodeltester.check(by_status)
    assert by_status.rowCount() == 1  # the down payment of the 2nd is not paid yet on the 3rd
    by_status.set_status("current")
    assert by_status.rowCount() == 0
    detail = get_agreement(engine, agreement, as_of=date(2026, 3, 20))
    schedule = ScheduleModel(matched=True)
    schedule.set_rows(list(detail.state.rows), "COP")
    qtmodeltester.check(schedule)
    assert [schedule.index(r, 6).data() for r in range(3)] == ["0,00 COP", "50,00 COP", "100,00 COP"]
    payments = MatchedPaymentsModel()
    payments.set_payments(list(detail.state.payments), "COP")
    qtmodeltester.check(payments)
    assert payments.index(0, 3).data() == "inicial 100,00 COP, cuota 1 50,00 COP"
    engine.dispose()


def test_new_agreement_dialog_from_the_portfolio_end_to_end(desk, qtbot) -> None:
    from desktop.views.accounts_page import AccountsPage

    world = branch(desk)
    page = AccountsPage(desk.host)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert not page.agreement_button.isEnabled()
    page.table.selectRow(0)
    assert page.agreement_button.isEnabled()
    dialog = page.open_agreement()
    qtbot.waitUntil(lambda: dialog.source is not None, timeout=10_000)
    assert dialog.total_edit.text() == "1.250.000,50"
    dialog.down_edit.clear()
    qtbot.keyClicks(dialog.down_edit, "250.000")
    dialog.instalments_spin.setValue(4)
    assert dialog.preview_model.rowCount() == 5  # down payment + 4, recomputed as typed
    assert dialog.preview_model.index(4, 2).data() == "250.000,14 COP"  # the last one takes the cents
    dialog.adjustment_combo.setCurrentIndex(dialog.adjustment_combo.findData("discount"))
    dialog.adjustment_edit.setText("10")
    assert dialog.preview_model.index(1, 2).data() == "225.000,11 COP"
    assert "descuento 100.000,05 COP" in dialog.summary_label.text()
    dialog.down_edit.setText("9.000.000")
    assert dialog.error_label.text() == "Cuota inicial: debe ser menor que el monto total."
    assert not dialog.create_button.isEnabled() and dialog.preview_model.rowCount() == 0
    dialog.down_edit.setText("abc")
    assert "no es un número" in dialog.error_label.text()
    dialog.down_edit.setText("250.000")
    dialog.penalty_combo.setCurrentIndex(dialog.penalty_combo.findData("fixed"))
    assert "Valor de la penalidad" in dialog.error_label.text()
    dialog.penalty_edit.setText("15.000")
    assert dialog.error_label.text() == "" and dialog.create_button.isEnabled()
    dialog.grab().save(str(desk.host.config.data_dir / "dialog.png"))
    with qtbot.waitSignal(page.agreement_created, timeout=10_000) as created:
        dialog.create_button.click()
    agreement = get_agreement(desk.host.engine, created.args[0])
    assert agreement.summary.account_id == world.accounts["CR-001"] and agreement.terms.penalty_value == D(15000)
    assert [row.amount for row in agreement.state.rows] == [D("250000.00"), *[D("225000.11")] * 3, D("225000.12")]
    again = page.open_agreement()
    qtbot.waitUntil(lambda: again.source is not None, timeout=10_000)
    assert "ya tiene el convenio N.º" in again.error_label.text() and not again.create_button.isEnabled()
    again.reject()


def test_broken_promises_are_reassigned_for_a_revisit_from_the_page(desk, qtbot) -> None:
    from desktop.views.promises_page import PromisesPage

    world = World(desk.host.engine)
    for code in ("A1", "B1"):
        world.agent(code)
    for ref in ("C1", "C2", "C3"):
        world.account(ref, None, "A1", at=utcnow() - timedelta(days=40))
    old = utcnow() - timedelta(days=30)
    for ref, paid in (("C1", None), ("C2", None), ("C3", "100.00")):
        world.visit("A1", ref, old, "promise_to_pay", "100.00", old.date() + timedelta(days=2))
        if paid:
            world.pay(ref, old.date() + timedelta(days=1), paid)
    page = PromisesPage(desk.host)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.proxy.rowCount() == 2 and page.model.rowCount() == 3  # broken ones first: the follow-up list
    assert not page.revisit_button.isEnabled()
    selection = page.table.selectionModel()
    for row in range(2):
        selection.select(page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert page.revisit_button.isEnabled() and not page.agreement_button.isEnabled()
    dialog = page.open_revisit()
    dialog.choose_agent(world.agents["B1"])
    with qtbot.waitSignal(page.reassigned, timeout=10_000) as done:
        dialog.ok_button.click()
    assert (done.args[0].moved, done.args[0].marked) == (2, 2)
    qtbot.waitUntil(lambda: all(page.model.promise_at(r).revisit is not None or page.model.promise_at(r).status
                                == "kept" for r in range(page.model.rowCount())), timeout=10_000)
    with desk.host.engine.connect() as conn:
        holders = dict(conn.execute(select(Account.external_ref, Account.agent_id)).all())
    assert holders == {"C1": world.agents["B1"], "C2": world.agents["B1"], "C3": world.agents["A1"]}
    assert page.proxy.index(0, 9).data().startswith("B1, pedida el")


def test_agreements_page_shows_the_schedule_and_prints_the_signed_pdf(desk, qtbot, tmp_path) -> None:
    from desktop.views.agreements_page import AgreementsPage

    world = branch(desk)
    visit = signed_visit(desk, world)
    start = utcnow().date() + timedelta(days=1)
    agreement = create_agreement(desk.host.engine, world.accounts["CR-001"], AgreementTerms(
        D("1250000.50"), D("200000"), 3, "monthly", start, interest_pct=D(5), penalty_kind="percent",
        penalty_value=D(3)), visit_id=visit)
    page = AgreementsPage(desk.host)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        page.show()
        page.reload(show=agreement)
    assert page.details.schedule_model.rowCount() == 4 and page.details.detail.signature_media_id is not None
    assert page.details.fields["signature"].text() == "Capturada en la visita"
    with desk.host.engine.connect() as conn:
        amounts = [str(a) for a in conn.scalars(select(AgreementInstalment.amount)
                                                .where(AgreementInstalment.agreement_id == agreement)
                                                .order_by(AgreementInstalment.number))]
    path = tmp_path / "convenio.pdf"
    with qtbot.waitSignal(page.printed, timeout=10_000):
        page.print_agreement(str(path))
    reader = PdfReader(path)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())  # pypdf reads spaces as tabs
    assert "María Fernanda Gómez Rojas" in text and "CONVENIO DE PAGO" in text
    for amount in amounts:  # "200000.00" is printed 200.000,00
        whole, cents = amount.split(".")
        assert f"{int(whole):,}".replace(",", ".") + "," + cents in text, amount
    assert "reconozco adeudar" in text and "Plan de pagos" in text
    assert sum(len(p.images) for p in reader.pages) == 1  # the debtor's signature on its line


@pytest.mark.parametrize("lang", ["en"])
def test_the_pdf_is_in_english_when_the_app_is(desk, qtbot, tmp_path, lang) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.agreement_pdf import write_agreement_pdf
    from desktop.app import install_translator

    world = branch(desk)
    agreement = create_agreement(desk.host.engine, world.accounts["CR-001"], AgreementTerms(
        D("1000"), D("0"), 2, "fortnightly", utcnow().date() + timedelta(days=1)))
    translator = install_translator(QApplication.instance(), lang)
    try:
        path = write_agreement_pdf(get_agreement(desk.host.engine, agreement), tmp_path / "en.pdf")
    finally:
        QApplication.instance().removeTranslator(translator)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "PAYMENT AGREEMENT" in text and "Payment schedule" in text and "The debtor" in text
    assert "reconozco adeudar" in text  # the terms are printed as they were made


def test_new_agreement_from_a_visit_with_a_promise(desk, qtbot) -> None:
    from desktop.views.visits_page import VisitsPage

    world = branch(desk)
    visit = signed_visit(desk, world)
    page = VisitsPage(desk.host)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=10_000)
    assert not page.agreement_button.isEnabled()
    page.table.selectRow(0)
    assert page.agreement_button.isEnabled()
    dialog = page.open_agreement()
    qtbot.waitUntil(lambda: dialog.source is not None, timeout=10_000)
    assert dialog.source.visit_id == visit and dialog.down_edit.text() == "200.000,00"
    assert "promesa de 200.000,00 COP" in dialog.heading.text()
    with qtbot.waitSignal(page.agreement_created, timeout=10_000) as created:
        dialog.create_button.click()
    detail = get_agreement(desk.host.engine, created.args[0])
    assert detail.visit_id == visit and detail.signature_media_id is not None
    assert detail.terms.down_payment == D("200000.00") and detail.terms.start_date == dialog.source.promise_due


def test_agreement_settings_dialog_refuses_an_unknown_placeholder_then_saves(desk, qtbot) -> None:
    from desktop.views.agreement_settings_dialog import AgreementSettingsDialog
    from syncserver.agreements import read_agreement_settings

    dialog = AgreementSettingsDialog(desk.host)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=10_000):
        dialog.show()
    assert "{payment_plan}" in dialog.template_edit.toPlainText() and dialog.missed_spin.value() == 2
    dialog.company_name.setText("Financiera Andina S.A.S.")
    dialog.template_edit.setPlainText("Yo, {debtor_name}, pagaré a {acreedor}.")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=10_000)
    assert dialog.error_label.text() == "Plantilla del texto: tiene campos desconocidos: {acreedor}"
    dialog.template_edit.setPlainText("Yo, {debtor_name}, pagaré a {company_name}.")
    dialog.days_spin.setValue(90)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    stored = read_agreement_settings(desk.host.engine)
    assert (stored.company_name, stored.broken_after_days) == ("Financiera Andina S.A.S.", 90)
    assert stored.terms_template == "Yo, {debtor_name}, pagaré a {company_name}."


def test_a_new_agreement_opens_in_the_convenios_page_of_the_main_window(desk, qtbot) -> None:
    from desktop.views.pages import build_pages

    branch(desk)
    build_pages(desk.window, desk.host)
    accounts = desk.window.show_page("accounts")
    qtbot.waitUntil(lambda: accounts.model.rowCount() == 1, timeout=10_000)
    accounts.table.selectRow(0)
    dialog = accounts.open_agreement()
    qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=10_000)
    agreements = desk.window.pages_by_key["agreements"]
    with qtbot.waitSignal(agreements.detail_shown, timeout=10_000) as shown:
        dialog.create_button.click()
    assert desk.window.pages.currentWidget() is agreements
    qtbot.wait(200)  # the reading started by showing the page must not clear what is shown
    assert agreements.details.detail is not None and agreements.details.detail.summary.id == shown.args[0]
    assert agreements.model.rowCount() == 1 and agreements.print_button.isEnabled()
    assert desk.window.pages_by_key["promises"] is not None


def branch_today_of(desk) -> date:
    from syncserver.agreements.store import branch_today

    with desk.host.engine.connect() as conn:
        return branch_today(conn)


def test_an_agreement_is_cancelled_with_its_reason_from_the_page(desk, qtbot) -> None:
    from desktop.models.agreements_model import STATUS as STATUS_COLUMN
    from desktop.views.agreements_page import AgreementsPage
    from syncserver.audit import AGREEMENT_CHANGED
    from syncserver.db.security_models import AuditEntry

    world = branch(desk)
    agreement = create_agreement(desk.host.engine, world.accounts["CR-001"], AgreementTerms(
        D("1000"), D("0"), 2, "weekly", utcnow().date() + timedelta(days=1)))
    page = AgreementsPage(desk.host)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        page.show()
        page.reload(show=agreement)
    assert page.cancel_button.isEnabled() and page.details.fields["cancelled"].text() == ""
    dialog = page.open_cancel()
    assert not dialog.ok_button.isEnabled()  # no reason yet
    dialog.reason_edit.setPlainText("El deudor pagó con otro acuerdo")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(page.detail_shown, timeout=10_000):
        dialog.ok_button.click()
    assert page.model.agreement_at(0).status == "cancelled" and page.model.index(0, STATUS_COLUMN).data() == "Anulado"
    assert "Anulado" in page.details.fields["status"].text()
    assert page.details.fields["cancelled"].text().endswith(f"por {desk.host.actor}: El deudor pagó con otro acuerdo")
    assert not page.cancel_button.isEnabled()  # once is enough
    path = desk.host.config.data_dir / "anulado.pdf"
    with qtbot.waitSignal(page.printed, timeout=10_000):
        page.print_agreement(str(path))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    day = page.details.detail.state.as_of  # the branch's day it was cancelled
    assert day == branch_today_of(desk) and f"ANULADO el {day:%d/%m/%Y}. Motivo: El deudor pagó" in text
    with desk.host.engine.connect() as conn:
        entry = conn.execute(select(AuditEntry.actor, AuditEntry.details).where(
            AuditEntry.action == AGREEMENT_CHANGED)).one()
    assert entry.actor == desk.host.actor and entry.details["reason"] == "El deudor pagó con otro acuerdo"
