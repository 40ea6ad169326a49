"""The "Historial de asignación…" dialog: which agent held one account, from when to when."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from syncserver.assignment_history import account_history
from syncserver.branch import load_branch
from syncserver.kpis.days import zone_of

from ..models.assignment_history_model import AssignmentHistoryModel
from ..worker import run_in_background


class AssignmentHistoryDialog(QDialog):
    """GUI thread only; the history is read on a pool thread. `loaded(int)` carries how many holdings it shows."""

    loaded = Signal(int)

    def __init__(self, host, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.account_id = host, account_id
        self.setWindowTitle(self.tr("Historial de asignación"))
        self.resize(560, 360)
        self.title_label = QLabel(self.tr("Leyendo el historial…"))
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.model = AssignmentHistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        engine = host.engine

        def read():  # pool thread
            with engine.connect() as conn:
                zone = zone_of(load_branch(conn).timezone)
            return account_history(engine, account_id), zone

        run_in_background(read, self._read, self._failed)

    def _read(self, answer) -> None:
        history, zone = answer
        self.model.set_history(history.holdings, zone)
        if history.holdings:
            self.title_label.setText(self.tr("%s · %s: %d asignaciones, la más reciente primero.") % (
                history.external_ref, history.debtor_name, len(history.holdings)))
        else:
            self.title_label.setText(self.tr("%s · %s: nunca tuvo gestor.") % (history.external_ref,
                                                                                history.debtor_name))
        self.loaded.emit(len(history.holdings))

    def _failed(self, error: Exception) -> None:
        self.title_label.setText(self.tr("No se pudo leer el historial: %s") % (str(error) or type(error).__name__))
        self.loaded.emit(-1)
