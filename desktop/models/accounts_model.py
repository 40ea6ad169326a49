"""The portfolio as a table: one row per account, updated by row inserts, removals and dataChanged."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from syncserver.admin import AccountInfo

from .table import RowsTableModel

REF, DEBTOR, DOCUMENT, ADDRESS, PHONES, BALANCE, DAYS, PRODUCT, SEGMENT, CONSENT, AGENT = range(11)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCHED_COLUMNS = (REF, DEBTOR, DOCUMENT, ADDRESS, PHONES, PRODUCT, AGENT)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fold(text: str) -> str:
    """Lower case without accents, so "gomez" finds "Gómez"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def format_money(amount: Decimal, currency: str) -> str:
    """A balance the Latin American way: 1.234.567,00 COP."""
    text = f"{amount:,.2f}".replace(",", "\0").replace(".", ",").replace("\0", ".")
    return f"{text} {currency}"


def agent_label(account: AccountInfo) -> str:
    """The assigned agent as shown: name and code, or nothing when unassigned."""
    if account.agent_code is None:
        return ""
    return f"{account.agent_name} ({account.agent_code})" if account.agent_name else account.agent_code


class AccountsModel(RowsTableModel):
    """GUI thread only. Holds AccountInfo rows ordered by external_ref; `set_accounts` merges a new list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Referencia"), self.tr("Deudor"), self.tr("Documento"), self.tr("Dirección"),
                         self.tr("Teléfonos"), self.tr("Saldo"), self.tr("Días de mora"), self.tr("Producto"),
                         self.tr("Segmento"), self.tr("Recordatorios"), self.tr("Gestor")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        account, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(account, column)
        if role == SORT_ROLE:
            if column == BALANCE:
                return float(account.balance)
            if column == DAYS:
                return account.days_past_due
            return self._display(account, column)
        if role == SEARCH_ROLE:
            return fold(self._display(account, column) or "")
        if role == Qt.ItemDataRole.ToolTipRole and column == DEBTOR:
            return self._details(account)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (BALANCE, DAYS):
            return int(_RIGHT.value)
        return None

    def _display(self, account: AccountInfo, column: int) -> str | None:
        if column == REF:
            return account.external_ref
        if column == DEBTOR:
            return account.debtor_name
        if column == DOCUMENT:
            return account.document_id or ""
        if column == ADDRESS:
            return account.address
        if column == PHONES:
            return ", ".join(account.phones)
        if column == BALANCE:
            return format_money(account.balance, account.currency)
        if column == DAYS:
            return str(account.days_past_due)
        if column == PRODUCT:
            return account.product or ""
        if column == SEGMENT:
            return account.segment or ""
        if column == CONSENT:
            return self._consents(account)
        if column == AGENT:
            return agent_label(account)
        return None

    def _consents(self, account: AccountInfo) -> str:
        """The channels the debtor accepted reminders by ("" when none)."""
        given = [(account.consent_email, self.tr("correo")), (account.consent_sms, self.tr("SMS")),
                 (account.consent_whatsapp, self.tr("WhatsApp"))]
        return ", ".join(name for flag, name in given if flag)

    def _details(self, account: AccountInfo) -> str:
        """The fields the table has no column for, as the debtor cell's tooltip."""
        lines = [account.debtor_name]
        if account.email:
            lines.append(self.tr("Correo: %s") % account.email)
        if account.original_amount is not None:
            lines.append(self.tr("Monto original: %s") % format_money(account.original_amount, account.currency))
        if account.instalment_due_dates:
            days = ", ".join(day.strftime("%d/%m/%Y") for day in account.instalment_due_dates)
            lines.append(self.tr("Vencimientos: %s") % days)
        if account.notes:
            lines.append(self.tr("Notas: %s") % account.notes)
        return "\n".join(lines)

    def account(self, row: int) -> AccountInfo:
        """The account shown on a row."""
        return self._rows[row]

    def accounts(self) -> list[AccountInfo]:
        """Every account held, in row order."""
        return list(self._rows)

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        """Merge a fresh list (any order): rows removed, inserted in runs, or changed cell by cell."""
        fresh = sorted(accounts, key=lambda a: a.external_ref)
        wanted = {a.external_ref for a in fresh}
        self._remove_missing(wanted)
        position = 0
        pending: list[AccountInfo] = []
        for account in fresh:
            if position < len(self._rows) and self._rows[position].external_ref == account.external_ref:
                position = self._flush(position, pending)
                self._update(position, account)
                position += 1
            else:
                pending.append(account)
        self._flush(position, pending)

    def set_holders(self, holders: Mapping[int, int | None], agents: Mapping[int, tuple[str, str]]) -> int:
        """Show new holders in place (account id -> agent id; agents: id -> (code, name)); returns rows changed.

        One dataChanged per run of consecutive rows, on the agent column only: no reset, selection kept.
        """
        changed: list[int] = []
        for row, account in enumerate(self._rows):
            if account.id not in holders:
                continue
            agent_id = holders[account.id]
            code, name = agents.get(agent_id, (None, None)) if agent_id is not None else (None, None)
            if (account.agent_id, account.agent_code, account.agent_name) != (agent_id, code, name):
                self._rows[row] = replace(account, agent_id=agent_id, agent_code=code, agent_name=name)
                changed.append(row)
        start = 0
        while start < len(changed):
            end = start
            while end + 1 < len(changed) and changed[end + 1] == changed[end] + 1:
                end += 1
            self.dataChanged.emit(self.index(changed[start], AGENT), self.index(changed[end], AGENT))
            start = end + 1
        return len(changed)

    def _remove_missing(self, wanted: set[str]) -> None:
        row = len(self._rows) - 1
        while row >= 0:
            if self._rows[row].external_ref in wanted:
                row -= 1
                continue
            last = row
            while row >= 0 and self._rows[row].external_ref not in wanted:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._rows[row + 1 : last + 1]
            self.endRemoveRows()

    def _flush(self, position: int, pending: list[AccountInfo]) -> int:
        """Insert the pending run before `position`; returns where the next existing row now is."""
        if not pending:
            return position
        self.beginInsertRows(QModelIndex(), position, position + len(pending) - 1)
        self._rows[position:position] = pending
        self.endInsertRows()
        position += len(pending)
        pending.clear()
        return position

    def _update(self, row: int, account: AccountInfo) -> None:
        old = self._rows[row]
        if old == account:
            return
        self._rows[row] = account
        changed = [c for c in range(len(self._headers)) if self._display(old, c) != self._display(account, c)]
        if changed:
            self.dataChanged.emit(self.index(row, min(changed)), self.index(row, max(changed)))


class AccountsFilter(QSortFilterProxyModel):
    """GUI thread only. Keeps the rows whose ref, debtor, address or agent contain every word searched."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._ids: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)

    def set_ids(self, ids: list[int] | None) -> None:
        """Keep only these accounts (e.g. a strategy cell's), or all again with None."""
        self.beginFilterChange()
        self._ids = None if ids is None else frozenset(ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def ids(self) -> frozenset[int] | None:
        """The accounts kept by set_ids, if any."""
        return self._ids

    def set_search(self, text: str) -> None:
        """Filter by the words typed (case and accents ignored)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self._ids is not None and model.account(source_row).id not in self._ids:
            return False
        if not self._words:
            return True
        haystack = " ".join(model.index(source_row, c, source_parent).data(SEARCH_ROLE) or ""
                            for c in SEARCHED_COLUMNS)
        return all(word in haystack for word in self._words)
