"""Statements compiled once and run through the driver's executemany, for bulk writes of plain rows.

SQLAlchemy Core's executemany builds a parameter dict per row and runs every bind processor through
its generic machinery; for 100,000 imported accounts that is seconds of CPU. A DriverStatement
compiles its statement once for the connection's dialect, takes rows as tuples in the order of its
`names`, applies only the columns' own bind processors (Money to cents, TextList to text, ...) and
hands the driver's cursor the rows as it wants them (tuples for SQLite's qmark, dicts for psycopg).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.sql.expression import Executable


class DriverStatement:
    """One INSERT or UPDATE of `table`, compiled for one dialect; runs on the caller's thread and connection."""

    def __init__(self, conn: Connection, table: Table, statement: Executable, names: Sequence[str],
                 extra_types: dict[str, Any] | None = None) -> None:
        dialect = conn.dialect
        compiled = statement.compile(dialect=dialect, column_keys=[n for n in names if n in table.c])
        self.sql = str(compiled)
        self.names = tuple(names)
        types = {name: (extra_types or {}).get(name) or table.c[name].type for name in names}
        self.processors: list[tuple[int, Callable[[Any], Any]]] = []
        for i, name in enumerate(names):
            processor = types[name].dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self.processors.append((i, processor))
        if compiled.positional:
            place = {name: i for i, name in enumerate(names)}
            self.order: tuple[int, ...] | None = tuple(place[name] for name in compiled.positiontup)
        else:
            self.order = None  # named parameters (psycopg): one dict per row

    def execute(self, conn: Connection, rows: Sequence[Sequence[Any]]) -> None:
        """Run the statement once per row (values in the order of `names`), in one executemany."""
        if not rows:
            return
        columns: list[Sequence[Any]] = list(zip(*rows, strict=True))  # column by column: the loops run in C
        for i, processor in self.processors:
            columns[i] = _processed(processor, columns[i])
        if self.order is None:
            names = self.names
            params: list[Any] = [dict(zip(names, values)) for values in zip(*columns)]
        else:
            params = list(zip(*(columns[i] for i in self.order)))
        conn.exec_driver_sql(self.sql, params)


def _processed(processor: Callable[[Any], Any], column: Sequence[Any]) -> Sequence[Any]:
    """A column through its bind processor; one call when every row has the same object (a timestamp, None)."""
    first = column[0]
    if all(value is first for value in column):
        return [processor(first)] * len(column)
    return list(map(processor, column))
