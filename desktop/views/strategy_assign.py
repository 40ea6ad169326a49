"""From a strategy cell straight to assignment: "Asignar a…" gives the cell's accounts (or the rows selected) to an
agent, and the cell's table shows the new holders in place."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from syncserver.assignments import STRATEGY, AssignmentResult
from syncserver.permissions import ACCOUNTS_ASSIGN

from ..models.kpi_format import group_number
from ..models.scoring_words import action_names
from .assign_dialog import AssignDialog, balances_text
from .permission_ui import guard


class StrategyAssignment(QObject):
    """GUI thread only. Opens the dialog for `page` (a StrategyPage); `assigned(AssignmentResult)` after a commit."""

    assigned = Signal(object)

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: AssignDialog | None = None
        cells = page.cell_accounts
        cells.assign_requested.connect(self.open_assign)
        cells.model.modelReset.connect(self.update)
        page.host.session_changed.connect(lambda _session: self.update())
        self.update()

    def update(self) -> None:
        """Enable "Asignar a…" when a cell with accounts is shown and the role allows it."""
        cells = self.page.cell_accounts
        guard(cells.assign_button, self.page.host.session, ACCOUNTS_ASSIGN,
              enabled=cells.model.rowCount() > 0 and self.page.host.port is not None,
              tooltip=self.tr("Dar las cuentas de la celda (o las filas seleccionadas) a un gestor"))

    def open_assign(self, ids: list[int]) -> AssignDialog | None:
        """The "Asignar a…" dialog for these accounts of the cell shown."""
        page = self.page
        if not ids or page.run is None or not page.host.session.can(ACCOUNTS_ASSIGN):
            return None
        cell = next(c for c in page.cells if c.quadrant == page.quadrant)
        balances: dict[str, Decimal] = defaultdict(Decimal)
        for account_id in ids:
            account = page.accounts[page._row_of[account_id]]
            balances[account.currency] += account.balance
        summary = self.tr("%s cuentas de la celda «%s» (corrida #%d), saldo total %s.") % (
            group_number(len(ids)), action_names()[cell.action], page.run.id, balances_text(balances))
        details = {"scoring_run": page.run.id, "quadrant": cell.quadrant, "action": cell.action}
        dialog = AssignDialog(page.host, ids, summary, source=STRATEGY, details=details, parent=page)
        dialog.assigned.connect(self._assigned)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _assigned(self, result: AssignmentResult) -> None:
        page = self.page
        codes = {account_id: None if agent_id is None else result.agents[agent_id][0]
                 for account_id, agent_id in result.holders.items()}
        for account_id, code in codes.items():  # the run's rows in memory: a recount keeps the new holders
            row = page._row_of.get(account_id)
            if row is not None:
                page.accounts[row] = replace(page.accounts[row], agent_code=code)
        page.cell_accounts.model.set_agents(codes)
        page.status_label.setText(self.tr("%s cuentas cambiaron de gestor; %s ya lo tenían.") % (
            group_number(result.moved), group_number(result.unchanged)))
        self.assigned.emit(result)
