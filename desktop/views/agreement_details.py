"""One agreement in words: the debtor, its terms, the schedule matched against payments, the payments taken."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from syncserver.agreements import AgreementDetail

from ..agreement_labels import agreement_status_labels, frequency_labels, penalty_labels
from ..branch_day import local
from ..models.accounts_model import format_money
from ..models.agreements_model import MatchedPaymentsModel, ScheduleModel
from .visit_details import FieldsCard


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AgreementDetails(FieldsCard):
    """GUI thread only. Shows an AgreementDetail read on a pool thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AgreementDetail | None = None
        self.add_fields((
            ("account", self.tr("Cuenta")), ("status", self.tr("Estado")), ("signed", self.tr("Firmado")),
            ("plan", self.tr("Plan")), ("adjustment", self.tr("Interés o descuento")),
            ("penalty", self.tr("Penalidad")), ("amounts", self.tr("Total a pagar")), ("paid", self.tr("Pagado")),
            ("owed", self.tr("Saldo")), ("signature", self.tr("Firma del deudor")),
            ("cancelled", self.tr("Anulación")),
        ))
        self.schedule_model = ScheduleModel(self, matched=True)
        self.payments_model = MatchedPaymentsModel(self)
        self.schedule = _table(self.schedule_model)
        self.payments = _table(self.payments_model)
        self.body.addWidget(QLabel(self.tr("Plan de pagos y lo pagado")))
        self.body.addWidget(self.schedule, 3)
        self.body.addWidget(QLabel(self.tr("Pagos aplicados")))
        self.body.addWidget(self.payments, 2)
        self.clear()

    def clear(self) -> None:
        """Show that no agreement is selected."""
        self.detail = None
        self.title.setText(self.tr("Seleccione un convenio"))
        for label in self.fields.values():
            label.clear()
        self.schedule_model.set_rows([], "")
        self.payments_model.set_payments([], "")

    def show_agreement(self, detail: AgreementDetail) -> None:
        """Show one agreement as of the date it was read for."""
        self.detail = detail
        s, terms, state = detail.summary, detail.terms, detail.state
        money = lambda amount: format_money(amount, s.currency)  # noqa: E731
        self.title.setText(self.tr("Convenio N.º %d · %s") % (s.id, s.debtor_name))
        self.fields["account"].setText(f"{s.external_ref} · {detail.address}")
        status = agreement_status_labels().get(s.status, s.status)
        if s.broken_on is not None:
            status = self.tr("%s desde el %s") % (status, s.broken_on.strftime("%d/%m/%Y"))
        self.fields["status"].setText(self.tr("%s (al %s)") % (status, state.as_of.strftime("%d/%m/%Y")))
        self.fields["signed"].setText(s.signed_on.strftime("%d/%m/%Y"))
        self.fields["plan"].setText(self.tr("Total %s, cuota inicial %s, %d cuotas · %s, desde el %s") % (
            money(terms.total), money(terms.down_payment), terms.instalments, frequency_labels()[terms.frequency],
            terms.start_date.strftime("%d/%m/%Y")))
        if detail.interest_amount:
            adjustment = self.tr("Interés %s %% (%s)") % (terms.interest_pct, money(detail.interest_amount))
        elif detail.discount_amount:
            adjustment = self.tr("Descuento %s %% (%s)") % (terms.discount_pct, money(detail.discount_amount))
        else:
            adjustment = self.tr("Ninguno")
        self.fields["adjustment"].setText(adjustment)
        penalty = penalty_labels()[terms.penalty_kind]
        if terms.penalty_kind == "fixed":
            penalty = self.tr("%s tras %d días de gracia") % (money(terms.penalty_value), terms.grace_days)
        elif terms.penalty_kind == "percent":
            penalty = self.tr("%s %% de la cuota tras %d días de gracia") % (terms.penalty_value, terms.grace_days)
        self.fields["penalty"].setText(penalty)
        self.fields["amounts"].setText(money(s.total_to_pay))
        self.fields["paid"].setText(money(s.paid))
        owed = money(s.owed)
        if state.penalties:
            owed = self.tr("%s (penalidades %s)") % (owed, money(state.penalties))
        self.fields["owed"].setText(owed)
        self.fields["signature"].setText(self.tr("Capturada en la visita") if detail.signature_media_id
                                         else self.tr("Sin firma capturada: se firma en papel"))
        cancellation = detail.cancellation
        self.fields["cancelled"].setText("" if cancellation is None else self.tr("%s por %s: %s") % (
            local(cancellation.at).strftime("%d/%m/%Y %H:%M"), cancellation.actor, cancellation.reason))
        self.schedule_model.set_rows(list(state.rows), s.currency)
        self.payments_model.set_payments(list(state.payments), s.currency)
