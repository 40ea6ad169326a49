"""The "Cartera" page: the portfolio in a searchable table, the import of a new one, a new agreement for an account,
assignment to agents (accounts_assign.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.admin import list_accounts
from syncserver.permissions import ACCOUNTS_IMPORT, AGREEMENTS_MANAGE

from ..models.accounts_model import (
    ADDRESS,
    BALANCE,
    CONSENT,
    DAYS,
    DEBTOR,
    DOCUMENT,
    PHONES,
    PRODUCT,
    REF,
    SEGMENT,
    AccountsFilter,
    AccountsModel,
)
from ..server_host import ServerHost
from ..worker import run_in_background
from .accounts_assign import AccountsAssignment
from .agreement_dialog import AgreementDialog
from .import_wizard import ImportWizard
from .permission_ui import guard
from .reminder_opt_out_dialog import ReminderOptOutDialog


class AccountsPage(QWidget):
    """GUI thread only; the accounts are read on a pool thread and merged into the model.

    The list is reloaded when the page is shown and after an import; `loaded` follows each reload.
    """

    loaded = Signal(int)
    agreement_created = Signal(int)

    def __init__(self, host: ServerHost, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.settings = settings
        self.model = AccountsModel(self)
        self.proxy = AccountsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.import_wizard: ImportWizard | None = None
        self._loading = False
        self._reload_again = False

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Buscar por referencia, deudor, documento, dirección, teléfono, "
                                                   "producto o gestor"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self.import_button = QPushButton(self.tr("Importar…"))
        self.import_button.clicked.connect(self.open_import)
        self.agreement_button = QPushButton(self.tr("Nuevo convenio…"))
        self.agreement_tip = self.tr("Un convenio de pago para la cuenta seleccionada")
        self.agreement_button.setToolTip(self.agreement_tip)
        self.agreement_button.setEnabled(False)
        self.agreement_button.clicked.connect(self.open_agreement)
        self.reminders_button = QPushButton(self.tr("Recordatorios…"))
        self.reminders_button.setToolTip(self.tr("Los canales por los que el deudor no quiere recordatorios"))
        self.reminders_button.setEnabled(False)
        self.reminders_button.clicked.connect(self.open_reminder_opt_out)
        guard(self.import_button, host.session, ACCOUNTS_IMPORT)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label = QLabel()
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setStyleSheet("color: #57606a;")
        self.chosen_label = QLabel()
        self.clear_chosen_button = QPushButton(self.tr("Mostrar toda la cartera"))
        self.clear_chosen_button.clicked.connect(lambda: self.show_accounts(None))

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = ((REF, 110), (DEBTOR, 190), (DOCUMENT, 110), (ADDRESS, 240), (PHONES, 200), (BALANCE, 140),
                  (DAYS, 90), (PRODUCT, 130), (SEGMENT, 90), (CONSENT, 130))
        for column, width in widths:
            header.resizeSection(column, width)

        self.assignment = AccountsAssignment(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.assignment.assign_button)
        bar.addWidget(self.assignment.balance_button)
        bar.addWidget(self.assignment.history_button)
        bar.addWidget(self.agreement_button)
        bar.addWidget(self.reminders_button)
        bar.addWidget(self.import_button)
        chosen = QHBoxLayout()
        chosen.addWidget(self.chosen_label, 1)
        chosen.addWidget(self.clear_chosen_button)
        self.chosen_bar = QWidget()
        self.chosen_bar.setLayout(chosen)
        self.chosen_bar.setStyleSheet("background: #ddf4ff;")
        self.chosen_bar.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.chosen_bar)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.notice_label, 1)
        layout.addLayout(footer)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._count()
        if host.port is None:  # the server migrates the database as it starts: read after that
            self.import_button.setEnabled(False)
            host.started.connect(self._server_started)

    def _server_started(self, _port: int) -> None:
        guard(self.import_button, self.host.session, ACCOUNTS_IMPORT)
        self.assignment.update()
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload the accounts in the background (a reload asked for meanwhile runs after it)."""
        if self.host.port is None:
            return  # `_server_started` loads them
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        host = self.host
        run_in_background(lambda: list_accounts(host.engine), self._loaded, self._load_failed)

    def _loaded(self, accounts) -> None:
        self._loading = False
        self.model.set_accounts(accounts)
        self._count()
        self.loaded.emit(len(accounts))
        if self._reload_again:
            self._reload_again = False
            self.refresh()

    def _load_failed(self, error: Exception) -> None:
        self._loading = False
        self.count_label.setText(self.tr("No se pudo leer la cartera: %s") % error)

    def show_accounts(self, ids: list[int] | None) -> None:
        """Show only these accounts (chosen elsewhere, e.g. a strategy cell), or the whole portfolio with None."""
        self.proxy.set_ids(ids)
        self.chosen_bar.setVisible(ids is not None)
        if ids is not None:
            self.chosen_label.setText(self.tr("Solo las %d cuentas elegidas en Estrategia") % len(ids))
        self._count()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._count()

    def _count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%d cuentas") % total)
        else:
            self.count_label.setText(self.tr("%d de %d cuentas") % (shown, total))
        self.assignment.update()

    def notice(self, text: str) -> None:
        """Say what the last action did, beside the count."""
        self.notice_label.setText(text)

    def selected_account(self):
        """The account of the one selected row (None with none or several)."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.model.account(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, *_args) -> None:
        guard(self.agreement_button, self.host.session, AGREEMENTS_MANAGE,
              self.selected_account() is not None and self.host.port is not None, self.agreement_tip)
        self.reminders_button.setEnabled(self.selected_account() is not None)
        self.assignment.update()

    def open_agreement(self) -> AgreementDialog | None:
        """The "Nuevo convenio…" dialog for the selected account."""
        account = self.selected_account()
        if account is None:
            return None
        dialog = AgreementDialog(self.host, account.id, None, self)
        dialog.created.connect(self.agreement_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_reminder_opt_out(self) -> ReminderOptOutDialog | None:
        """The selected account's reminder opt-outs."""
        account = self.selected_account()
        if account is None:
            return None
        dialog = ReminderOptOutDialog(self.host, account.id, account.debtor_name, self)
        saved = self.tr("Recordatorios de %s guardados") % account.debtor_name
        dialog.saved.connect(lambda _channels: self.notice(saved))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_import(self) -> ImportWizard | None:
        """Open the import wizard (window-modal, not blocking); the table reloads after an import.

        One wizard is kept and reused, so background answers never reach a deleted widget.
        """
        if not self.host.session.can(ACCOUNTS_IMPORT):
            return None
        if self.import_wizard is None:
            self.import_wizard = ImportWizard(self.host, self, settings=self.settings)
            self.import_wizard.imported.connect(lambda _result: self.refresh())
        if not self.import_wizard.isVisible():
            self.import_wizard.start_over()
        self.import_wizard.open()
        return self.import_wizard

    def showEvent(self, event) -> None:
        """Each time the page comes into view, catch up with imports made elsewhere (demo, CLI)."""
        super().showEvent(event)
        self.refresh()
