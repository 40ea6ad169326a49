"""Statements compiled once and run through the driver's executemany, for bulk writes of plain rows.

SQLAlchemy Core's executemany builds a parameter dict per row and runs every bind processor through
its generic machinery; for 100,000 imported accounts that is seconds of CPU. A DriverStatement
compiles its statement once for the connection's dialect, takes rows as tuples in the order of its
`names`, applies only the columns' own bind processors (Money to cents, TextList to text, ...) and
hands the driver's cursor the rows as it wants them (tuples for SQLite's qmark, dicts for psycopg).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.sql.expression import Executable

_UNSET = object()


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
            order = tuple(place[name] for name in compiled.positiontup)
            self.order: Callable[[list[Any]], tuple[Any, ...]] = itemgetter(*order) if len(order) > 1 else (
                lambda values: (values[order[0]],))
            self.as_dicts = False
        else:
            self.order, self.as_dicts = tuple, True

    def execute(self, conn: Connection, rows: Iterable[Sequence[Any]]) -> None:
        """Run the statement once per row (values in the order of `names`), in one executemany."""
        params: list[Any] = []
        order, names = self.order, self.names
        # The same object in a column of consecutive rows (the import's timestamp, None) is processed once.
        processors = [[i, processor, _UNSET, None] for i, processor in self.processors]
        for row in rows:
            values = list(row)
            for last in processors:
                i, value = last[0], values[last[0]]
                if value is not last[2]:
                    last[2], last[3] = value, last[1](value)
                values[i] = last[3]
            if self.as_dicts:
                params.append(dict(zip(names, values)))
            else:
                params.append(order(values))
        if params:
            conn.exec_driver_sql(self.sql, params)
