"""The branch's questionnaires as a table: name, latest version, draft state, accounts using it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from syncserver.questionnaires import QuestionnaireInfo

from ..branch_day import local
from .table import ModelIndex, RowsTableModel

NAME, VERSION, DRAFT, ACCOUNTS = range(4)


class QuestionnairesModel(RowsTableModel):
    """GUI thread only. Rows are `QuestionnaireInfo`; `set_questionnaires` merges by id."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Cuestionario"), self.tr("Versión"), self.tr("Borrador"), self.tr("Cuentas")]

    def set_questionnaires(self, rows: list[QuestionnaireInfo]) -> None:
        """Show these questionnaires: rows gone are removed, new ones inserted, changed ones updated."""
        wanted = {row.id: row for row in rows}
        for index in reversed(range(len(self._rows))):
            if self._rows[index].id not in wanted:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()
        have = {row.id: index for index, row in enumerate(self._rows)}
        for row in sorted(rows, key=lambda r: r.id):
            if row.id in have:
                index = have[row.id]
                if self._rows[index] != row:
                    self._rows[index] = row
                    self.dataChanged.emit(self.index(index, 0), self.index(index, ACCOUNTS))
                continue
            position = sum(1 for existing in self._rows if existing.id < row.id)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, row)
            self.endInsertRows()

    def questionnaire(self, row: int) -> QuestionnaireInfo:
        """The questionnaire shown in a row."""
        return self._rows[row]

    def row_of(self, questionnaire_id: int) -> int:
        """The row of a questionnaire, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == questionnaire_id), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: QuestionnaireInfo = self._rows[index.row()]
        column = index.column()
        if column == NAME:
            return row.name + (self.tr(" (retirado)") if row.retired_at else "")
        if column == VERSION:
            if row.latest_version is None:
                return self.tr("sin publicar")
            if role == Qt.ItemDataRole.ToolTipRole and row.published_at:
                return self.tr("Publicada el %s") % local(row.published_at).strftime("%d/%m/%Y %H:%M")
            return f"v{row.latest_version}"
        if column == DRAFT:
            if row.draft_updated_at is None:
                return self.tr("—")
            return self.tr("guardado %s") % local(row.draft_updated_at).strftime("%d/%m %H:%M")
        return row.accounts
