"""Plain multi-row INSERTs for the writer's hot path: cached SQL text, parameters flattened in C."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain
from typing import Any, Callable

from sqlalchemy import Column, Connection

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}
# SQLite allows 32,766 parameters per statement, PostgreSQL 65,535.
_MAX_PARAMS = 32_000


@lru_cache(maxsize=256)
def insert_sql(paramstyle: str, table: str, columns: tuple[str, ...], rows: int) -> str:
    """A positional multi-row INSERT (no SQL compilation on the hot path)."""
    mark = _PLACEHOLDER[paramstyle]
    one = f"({', '.join([mark] * len(columns))})"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * rows)}"


def insert_rows(conn: Connection, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert rows (tuples in `columns` order) with few, large statements.

    SQLite releases the GIL on every step, and taking it back costs up to a thread switch
    interval while the event loop runs: one step per statement of up to a thousand rows, not
    one per row, keeps the writer from waiting on the loop. Chunk sizes are powers of two, so
    only a dozen statement texts exist per table; SQLAlchemy's executemany of dicts (its
    insertmanyvalues) cost milliseconds per call in Python alone.
    """
    style, start = conn.dialect.paramstyle, 0
    largest = 1 << ((_MAX_PARAMS // len(columns)).bit_length() - 1)
    while start < len(rows):
        size = min(largest, 1 << ((len(rows) - start).bit_length() - 1))
        chunk = rows[start:start + size]
        conn.exec_driver_sql(insert_sql(style, table, columns, size), tuple(chain.from_iterable(chunk)))
        start += size


def bind_processor(conn: Connection, column: Column) -> Callable[[Any], Any]:
    """How a value of the column goes to this driver (the column type's own bind processing)."""
    return column.type.bind_processor(conn.dialect) or (lambda value: value)
