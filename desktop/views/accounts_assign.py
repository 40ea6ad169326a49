"""The Cartera page's assignment controls: "Asignar a…" (the selection or every row shown), "Autobalancear…" and
"Historial de asignación…", with the page's table updated in place after each commit."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from syncserver.assignments import AssignmentResult
from syncserver.permissions import ACCOUNTS_ASSIGN

from ..models.kpi_format import group_number
from .assign_dialog import AssignDialog, balances_text
from .balance_dialog import BalanceDialog
from .history_dialog import AssignmentHistoryDialog
from .permission_ui import guard


class AccountsAssignment(QObject):
    """GUI thread only. Owns the buttons and opens the dialogs for `page` (an AccountsPage).

    `assigned(AssignmentResult)` follows any committed reassignment made from here.
    """

    assigned = Signal(object)

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.assign_button = QPushButton(self.tr("Asignar a…"))
        self.assign_menu = QMenu(self.assign_button)
        self.assign_selected = QAction(self.assign_menu)
        self.assign_selected.triggered.connect(lambda: self.open_assign(self.selected_ids()))
        self.assign_shown = QAction(self.assign_menu)
        self.assign_shown.triggered.connect(lambda: self.open_assign(self.shown_ids()))
        self.assign_menu.addAction(self.assign_selected)
        self.assign_menu.addAction(self.assign_shown)
        self.assign_menu.aboutToShow.connect(self.update)
        self.assign_button.setMenu(self.assign_menu)
        self.balance_button = QPushButton(self.tr("Autobalancear…"))
        self.balance_button.clicked.connect(self.open_balance)
        self.history_button = QPushButton(self.tr("Historial de asignación…"))
        self.history_button.setToolTip(self.tr("Qué gestores tuvieron la cuenta seleccionada, desde y hasta cuándo"))
        self.history_button.clicked.connect(self.open_history)
        self.dialog: AssignDialog | BalanceDialog | AssignmentHistoryDialog | None = None
        page.host.session_changed.connect(lambda _session: self.update())
        self.update()

    def selected_ids(self) -> list[int]:
        """The accounts of the selected rows, in the table's order."""
        page = self.page
        rows = sorted(index.row() for index in page.table.selectionModel().selectedRows())
        return [page.model.account(page.proxy.mapToSource(page.proxy.index(row, 0)).row()).id for row in rows]

    def shown_ids(self) -> list[int]:
        """The accounts of every row the current filter shows."""
        proxy, model = self.page.proxy, self.page.model
        return [model.account(proxy.mapToSource(proxy.index(row, 0)).row()).id for row in range(proxy.rowCount())]

    def update(self, *_args) -> None:
        """Enable what the rows, the selection and the role allow (a viewer sees them greyed, with why)."""
        page = self.page
        ready = page.host.port is not None
        selected = len(page.table.selectionModel().selectedRows()) if ready else 0
        shown = page.proxy.rowCount() if ready else 0
        self.assign_selected.setText(self.tr("Las %s cuentas seleccionadas…") % group_number(selected))
        self.assign_selected.setEnabled(selected > 0)
        self.assign_shown.setText(self.tr("Todas las cuentas mostradas (%s)…") % group_number(shown))
        self.assign_shown.setEnabled(shown > 0)
        tip = self.tr("Dar las cuentas seleccionadas, o todas las mostradas, a un gestor")
        guard(self.assign_button, page.host.session, ACCOUNTS_ASSIGN, enabled=shown > 0, tooltip=tip)
        guard(self.balance_button, page.host.session, ACCOUNTS_ASSIGN, enabled=shown > 0,
              tooltip=self.tr("Repartir las cuentas mostradas entre gestores en zonas de carga pareja"))
        self.history_button.setEnabled(selected == 1)

    def open_assign(self, ids: list[int]) -> AssignDialog | None:
        """The "Asignar a…" dialog for these accounts."""
        if not ids or not self.page.host.session.can(ACCOUNTS_ASSIGN):
            return None
        wanted = set(ids)
        balances: dict[str, Decimal] = defaultdict(Decimal)
        holders: set[int | None] = set()
        for account in self.page.model.accounts():
            if account.id in wanted:
                balances[account.currency] += account.balance
                holders.add(account.agent_id)
        summary = self.tr("%s cuentas, saldo total %s, hoy con %d gestores distintos (o sin gestor).") % (
            group_number(len(ids)), balances_text(balances), len(holders))
        dialog = AssignDialog(self.page.host, ids, summary, parent=self.page)
        dialog.assigned.connect(self._assigned)
        return self._show(dialog)

    def open_balance(self) -> BalanceDialog | None:
        """The "Autobalancear…" dialog for the accounts shown (all active ones when nothing is filtered)."""
        if not self.page.host.session.can(ACCOUNTS_ASSIGN):
            return None
        page = self.page
        filtered = page.proxy.rowCount() != page.model.rowCount()
        ids = self.shown_ids() if filtered else None
        scope = (self.tr("Se reparten las %s cuentas mostradas (con ubicación).") % group_number(len(ids)) if filtered
                 else self.tr("Se reparte toda la cartera activa (saldo mayor que cero, con ubicación)."))
        dialog = BalanceDialog(page.host, ids, scope, parent=page)
        dialog.balanced.connect(self._assigned)
        return self._show(dialog)

    def open_history(self) -> AssignmentHistoryDialog | None:
        """The assignment history of the one selected account."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        return self._show(AssignmentHistoryDialog(self.page.host, ids[0], self.page))

    def _show(self, dialog):
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _assigned(self, result: AssignmentResult) -> None:
        changed = self.page.model.set_holders(result.holders, result.agents)
        self.page.notice(self.tr("%s cuentas cambiaron de gestor; %s ya lo tenían.") % (
            group_number(result.moved), group_number(result.unchanged)))
        if changed != result.moved:
            self.page.refresh()  # the table was older than the database: read it again
        self.assigned.emit(result)
