"""A custom report's answer: cells by row keys and column key with totals, and the same as a flat typed table."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .report_catalog import DIMENSION_KINDS, MEASURES
from .report_definition import ReportDefinition


class _Total:
    """The key of a total: every row (or every column) at once."""

    _instance: _Total | None = None

    def __new__(cls) -> _Total:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "TOTAL"

    def __reduce__(self) -> str:
        return "TOTAL"


TOTAL = _Total()


@dataclass(frozen=True, slots=True)
class PivotColumn:
    """A column of the flat table: a row dimension (measure and column_key None) or a measure for one column key
    (TOTAL: every column key, or the only column of a report without a column dimension)."""

    name: str
    kind: str  # text, date, int for dimensions; int, rate, number, money for measures (table_export.KINDS)
    measure: str | None = None
    column_key: Any = None
    is_total: bool = False  # a measure over every column key of a report that has a column dimension


@dataclass(frozen=True, slots=True)
class PivotRow:
    """A row of the flat table: its row keys (TOTAL in the totals row) and one value per column."""

    keys: tuple[Any, ...]
    values: tuple[Any, ...]
    total: bool = False


@dataclass(frozen=True, slots=True)
class PivotTable:
    """The report as plain typed columns and rows (what an export writes)."""

    columns: tuple[PivotColumn, ...]
    rows: tuple[PivotRow, ...]


@dataclass(frozen=True, slots=True)
class PivotResult:
    """Every cell of a report run on one period; rates None without a denominator."""

    definition: ReportDefinition
    first: date
    last: date
    timezone: str
    as_of: date
    row_keys: tuple[tuple[Any, ...], ...]
    column_keys: tuple[Any, ...]
    cells: dict[tuple[Any, Any], dict[str, Any]]  # (row keys or TOTAL, column key or TOTAL) -> {measure: value}
    agent_names: dict[str, str] = field(default_factory=dict)

    def value(self, row: tuple[Any, ...] | _Total, measure: str, column: Any = TOTAL) -> Any:
        """One cell's value of a measure."""
        return self.cells[(row, column)][measure]

    def table(self) -> PivotTable:
        """Row dimensions, then each column key's measures, then the totals; data rows, then the totals row."""
        d = self.definition
        columns = [PivotColumn(dimension, DIMENSION_KINDS[dimension]) for dimension in d.rows]
        keys = [*self.column_keys, TOTAL] if d.column else [TOTAL]
        columns += [PivotColumn(m, MEASURES[m].kind, m, key, bool(d.column) and key is TOTAL)
                    for key in keys for m in d.measures]
        rows = [PivotRow(row, tuple(self.cells[(row, key)][m] for key in keys for m in d.measures))
                for row in self.row_keys]
        totals = tuple(self.cells[(TOTAL, key)][m] for key in keys for m in d.measures)
        rows.append(PivotRow((TOTAL,) * len(d.rows), totals, total=True))
        return PivotTable(tuple(columns), tuple(rows))
