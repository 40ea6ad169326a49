"""The visits inbox as a table (newest first), and the filter the inbox's bar sets on it."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from syncserver.visit_queries import VisitRow

from ..visit_labels import (
    flag_sentence,
    flag_short,
    outcome_label,
    promise_text,
    verdict_label,
)
from .table import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

AGENT, ACCOUNT, DEBTOR, TIME, OUTCOME, PROMISE, VERDICT, FLAGS = range(8)
FLAGGED = QColor(176, 0, 32)


def _newer(row: VisitRow, other: VisitRow) -> bool:
    """Whether `row` goes above `other` in the inbox (later start; the id breaks ties as the query does)."""
    return (row.started_at, row.id) > (other.started_at, other.id)


class VisitsModel(RowsTableModel):
    """GUI thread only. Rows are `VisitRow` values, newest start first; a stored visit inserts or updates one row."""

    VisitRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: set[str] = set()
        self._zone: tzinfo | None = None  # None: the system's local time
        self._headers = [self.tr("Gestor"), self.tr("Cuenta"), self.tr("Deudor"), self.tr("Hora"),
                         self.tr("Resultado"), self.tr("Promesa"), self.tr("Geocerca"), self.tr("Alertas")]

    # --- Qt model interface -------------------------------------------------------------


    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visit = self._rows[index.row()]
        column = index.column()
        if role == self.VisitRole:
            return visit
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(visit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FLAGS and visit.flags:
                return "\n".join(flag_sentence(code) for code in visit.flags)
            if column == AGENT:
                return visit.agent_code
        if role == Qt.ItemDataRole.ForegroundRole and column in (FLAGS, VERDICT) and visit.flags:
            return FLAGGED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROMISE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, visit: VisitRow, column: int) -> str:
        if column == AGENT:
            return visit.agent_name
        if column == ACCOUNT:
            return visit.external_ref
        if column == DEBTOR:
            return visit.debtor_name
        if column == TIME:
            return self.local_time(visit.started_at).strftime("%d/%m/%Y %H:%M")
        if column == OUTCOME:
            return outcome_label(visit.outcome)
        if column == PROMISE:
            return promise_text(visit.promise_amount, visit.promise_due, visit.currency)
        if column == VERDICT:
            return verdict_label(visit.verdict)
        if column == FLAGS:
            return ", ".join(flag_short(code) for code in visit.flags)
        return ""

    # --- time zone ------------------------------------------------------------------------

    def local_time(self, moment: datetime) -> datetime:
        """A stored UTC moment in the branch's time zone (the system's until the branch is known)."""
        return moment.astimezone(self._zone)

    @property
    def time_zone(self) -> tzinfo | None:
        """The zone times are shown in (None: the system's, until the branch is known)."""
        return self._zone

    def set_time_zone(self, zone: tzinfo | None) -> None:
        """Show times in `zone` (the branch's); only the time column changes."""
        self._zone = zone
        if self._rows:
            self.dataChanged.emit(self.index(0, TIME), self.index(len(self._rows) - 1, TIME))

    # --- changes --------------------------------------------------------------------------

    def set_rows(self, rows: list[VisitRow]) -> None:
        """Show a freshly loaded list, newest first (a page load, not a per-event update)."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda row: (row.started_at, row.id), reverse=True)
        self._ids = {row.id for row in self._rows}
        self.endResetModel()

    def add_row(self, visit: VisitRow) -> tuple[int, bool]:
        """Show a stored visit: a known id changes in place, a new one is inserted where it belongs
        (at the top for a visit just finished). Returns (row, whether it was new)."""
        row = self.row_of(visit.id)
        if row is not None:
            self._rows[row] = visit
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))
            return row, False
        row = 0
        while row < len(self._rows) and _newer(self._rows[row], visit):
            row += 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, visit)
        self._ids.add(visit.id)
        self.endInsertRows()
        return row, True

    def visit_at(self, row: int) -> VisitRow:
        """The visit shown on a row."""
        return self._rows[row]

    def row_of(self, visit_id: str) -> int | None:
        """The row showing a visit, if it is shown."""
        if visit_id not in self._ids:
            return None
        return next(i for i, known in enumerate(self._rows) if known.id == visit_id)


class VisitsFilter(QSortFilterProxyModel):
    """GUI thread only. Shows the visits that match the inbox's filter bar; each setter re-filters rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.since: datetime | None = None
        self.until: datetime | None = None
        self.agent_id: int | None = None
        self.outcome: str | None = None
        self.verdict: str | None = None
        self.flagged_only = False

    def _change(self, name: str, value: Any) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_range(self, since: datetime | None, until: datetime | None) -> None:
        """Only visits started in [since, until) (aware datetimes; None leaves that end open)."""
        self._change("since", since)
        self._change("until", until)

    def set_agent(self, agent_id: int | None) -> None:
        self._change("agent_id", agent_id)

    def set_outcome(self, outcome: str | None) -> None:
        self._change("outcome", outcome)

    def set_verdict(self, verdict: str | None) -> None:
        self._change("verdict", verdict)

    def set_flagged_only(self, flagged_only: bool) -> None:
        self._change("flagged_only", bool(flagged_only))

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        visit = self.sourceModel().visit_at(source_row)
        return (
            (self.since is None or visit.started_at >= self.since)
            and (self.until is None or visit.started_at < self.until)
            and (self.agent_id is None or visit.agent_id == self.agent_id)
            and (self.outcome is None or visit.outcome == self.outcome)
            and (self.verdict is None or visit.verdict == self.verdict)
            and (not self.flagged_only or bool(visit.flags))
        )
