"""The "Nuevo convenio…" dialog: the terms, a schedule preview recomputed as you type, the rules broken in words."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.agreements import (
    FREQUENCIES,
    PENALTY_KINDS,
    AgreementError,
    AgreementSource,
    AgreementTerms,
    build_schedule,
    check_terms,
    create_agreement,
    parse_amount,
    read_source,
)
from syncserver.agreements.terms import MAX_GRACE_DAYS, MAX_INSTALMENTS
from syncserver.permissions import AGREEMENTS_MANAGE

from ..agreement_labels import error_text, frequency_labels, penalty_labels
from ..branch_day import qdate
from ..models.accounts_model import format_money
from ..models.agreements_model import ScheduleModel
from ..worker import run_in_background
from .error_label import error_label
from .permission_ui import denied_text, guard

ADJUSTMENTS = ("none", "interest", "discount")


def amount_text(amount) -> str:
    """An amount as the fields show it: 1.250.000,50."""
    return f"{amount:,.2f}".replace(",", "\0").replace(".", ",").replace("\0", ".")


class AgreementDialog(QDialog):
    """GUI thread only. Reads the account and makes the agreement on pool threads; `created` carries its id."""

    created = Signal(int)
    ready = Signal()  # the account was read: the form is filled

    def __init__(self, host, account_id: int, visit_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.source: AgreementSource | None = None
        self.terms: AgreementTerms | None = None
        self.setWindowTitle(self.tr("Nuevo convenio de pago"))
        self.setModal(True)
        self.resize(760, 640)
        self._build()
        engine = host.engine
        run_in_background(lambda: read_source(engine, account_id, visit_id), self._loaded, self._failed)

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Leyendo la cuenta…"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.total_edit, self.down_edit = QLineEdit(), QLineEdit("0")
        self.instalments_spin = QSpinBox()
        self.instalments_spin.setRange(1, MAX_INSTALMENTS)
        self.instalments_spin.setValue(6)
        self.frequency_combo = QComboBox()
        for code in FREQUENCIES:
            self.frequency_combo.addItem(frequency_labels()[code], code)
        self.frequency_combo.setCurrentIndex(FREQUENCIES.index("monthly"))
        self.start_edit = QDateEdit(qdate(self.host.branch_today()))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd/MM/yyyy")
        self.adjustment_combo = QComboBox()
        for code, label in zip(ADJUSTMENTS, (self.tr("Ni interés ni descuento"), self.tr("Interés simple (%)"),
                                             self.tr("Descuento (%)")), strict=True):
            self.adjustment_combo.addItem(label, code)
        self.adjustment_edit = QLineEdit("0")
        self.penalty_combo = QComboBox()
        for code in PENALTY_KINDS:
            self.penalty_combo.addItem(penalty_labels()[code], code)
        self.penalty_edit = QLineEdit("0")
        self.grace_spin = QSpinBox()
        self.grace_spin.setRange(0, MAX_GRACE_DAYS)
        self.grace_spin.setValue(5)
        self.grace_spin.setSuffix(self.tr(" días de gracia"))
        self.adjustment_unit, self.penalty_unit = QLabel("%"), QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Monto total de la deuda"), self.total_edit)
        form.addRow(self.tr("Cuota inicial"), self.down_edit)
        form.addRow(self.tr("Número de cuotas"), self.instalments_spin)
        form.addRow(self.tr("Frecuencia"), self.frequency_combo)
        form.addRow(self.tr("Fecha de inicio"), self.start_edit)
        adjustment = QHBoxLayout()
        adjustment.addWidget(self.adjustment_combo, 1)
        adjustment.addWidget(self.adjustment_edit)
        adjustment.addWidget(self.adjustment_unit)
        form.addRow(self.tr("Interés o descuento"), adjustment)
        penalty = QHBoxLayout()
        penalty.addWidget(self.penalty_combo, 1)
        penalty.addWidget(self.penalty_edit)
        penalty.addWidget(self.penalty_unit)
        penalty.addWidget(QLabel(self.tr("tras")))
        penalty.addWidget(self.grace_spin)
        form.addRow(self.tr("Penalidad por atraso"), penalty)
        self.preview_model = ScheduleModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Crear convenio"))
        self.create_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Plan de pagos (vista previa)")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for edit in (self.total_edit, self.down_edit, self.adjustment_edit, self.penalty_edit):
            edit.textChanged.connect(self.recompute)
        for spin in (self.instalments_spin, self.grace_spin):
            spin.valueChanged.connect(self.recompute)
        for combo in (self.frequency_combo, self.adjustment_combo, self.penalty_combo):
            combo.currentIndexChanged.connect(self.recompute)
        self.start_edit.dateChanged.connect(self.recompute)
        self._set_editable(False)

    def _set_editable(self, on: bool) -> None:
        for widget in (self.total_edit, self.down_edit, self.instalments_spin, self.frequency_combo, self.start_edit,
                       self.adjustment_combo, self.adjustment_edit, self.penalty_combo, self.penalty_edit,
                       self.grace_spin):
            widget.setEnabled(on)

    def _loaded(self, source: AgreementSource | None) -> None:
        if source is None:
            self.heading.setText(self.tr("La cuenta ya no existe."))
            return
        self.source = source
        heading = self.tr("%s · cuenta %s · saldo %s") % (source.debtor_name, source.external_ref,
                                                           format_money(source.balance, source.currency))
        start = source.today
        if source.promise_amount is not None:
            heading += "\n" + self.tr("Desde la visita con promesa de %s para el %s") % (
                format_money(source.promise_amount, source.currency), source.promise_due.strftime("%d/%m/%Y"))
            self.down_edit.setText(amount_text(source.promise_amount))
            start = max(source.promise_due, source.today)
        self.heading.setText(heading)
        self.total_edit.setText(amount_text(source.balance))
        self.start_edit.setMinimumDate(QDate(source.today.year, source.today.month, source.today.day))
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self._set_editable(True)
        self.recompute()
        self.ready.emit()

    def _failed(self, error: Exception) -> None:
        self.error_label.setText(self.tr("No se pudo completar: %s") % (str(error) or type(error).__name__))

    def read_terms(self) -> AgreementTerms:
        """The terms as typed; AgreementError for a value that is not a number."""
        adjustment = self.adjustment_combo.currentData()
        pct = parse_amount(self.adjustment_edit.text() or "0", f"{adjustment}_pct") if adjustment != "none" else 0
        kind = self.penalty_combo.currentData()
        return AgreementTerms(
            parse_amount(self.total_edit.text(), "total"), parse_amount(self.down_edit.text() or "0", "down_payment"),
            self.instalments_spin.value(), self.frequency_combo.currentData(), self.start_edit.date().toPython(),
            interest_pct=pct if adjustment == "interest" else 0, discount_pct=pct if adjustment == "discount" else 0,
            penalty_kind=kind, penalty_value=parse_amount(self.penalty_edit.text() or "0", "penalty_value")
            if kind != "none" else 0, grace_days=self.grace_spin.value())

    def recompute(self, *_args) -> None:
        """Check the terms and show the schedule they give, or the first rule they break."""
        self.adjustment_edit.setEnabled(self.source is not None and self.adjustment_combo.currentData() != "none")
        self.penalty_edit.setEnabled(self.source is not None and self.penalty_combo.currentData() != "none")
        kind = self.penalty_combo.currentData()
        self.penalty_unit.setText({"percent": "%", "fixed": self.source.currency if self.source else ""}.get(kind, ""))
        if self.source is None:
            return
        self.terms = None
        try:
            terms = check_terms(self.read_terms(), self.source.today)
        except AgreementError as error:
            self.preview_model.set_rows([], self.source.currency)
            self.summary_label.clear()
            self.error_label.setText(error_text(error))
            self.create_button.setEnabled(False)
            return
        schedule = build_schedule(terms)
        self.terms = terms
        currency = self.source.currency
        self.preview_model.set_rows(list(schedule.rows), currency)
        parts = [self.tr("Financiado %s") % format_money(schedule.amounts.financed, currency)]
        if schedule.amounts.interest:
            parts.append(self.tr("intereses %s") % format_money(schedule.amounts.interest, currency))
        if schedule.amounts.discount:
            parts.append(self.tr("descuento %s") % format_money(schedule.amounts.discount, currency))
        parts.append(self.tr("total a pagar %s") % format_money(schedule.total_to_pay, currency))
        parts.append(self.tr("última cuota el %s") % schedule.end_date.strftime("%d/%m/%Y"))
        self.summary_label.setText(" · ".join(parts))
        if self.source.in_force is not None:
            self.error_label.setText(self.tr("Esta cuenta ya tiene el convenio N.º %d vigente: no se puede hacer otro "
                                             "hasta que se pague o se rompa.") % self.source.in_force)
            self.create_button.setEnabled(False)
            return
        self.error_label.clear()
        guard(self.create_button, self.host.session, AGREEMENTS_MANAGE)

    def _create(self) -> None:
        if self.terms is None or self.source is None:
            return
        self.create_button.setEnabled(False)
        engine, source, terms, actor = self.host.engine, self.source, self.terms, self.host.actor
        run_in_background(lambda: create_agreement(engine, source.account_id, terms, visit_id=source.visit_id,
                                                   actor=actor),
                          self._created, self._create_failed)

    def _created(self, agreement_id: int) -> None:
        self.created.emit(agreement_id)
        self.accept()

    def _create_failed(self, error: Exception) -> None:
        self.error_label.setText(error_text(error) if isinstance(error, AgreementError) else denied_text(error) or
                                 self.tr("No se pudo crear el convenio: %s") % (str(error) or type(error).__name__))
        guard(self.create_button, self.host.session, AGREEMENTS_MANAGE)

