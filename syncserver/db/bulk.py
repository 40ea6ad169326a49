"""Plain multi-row INSERTs for the writer's hot path: cached SQL text, parameters flattened in C."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain
from typing import Any, Callable

from sqlalchemy import Column, Connection, Table, insert

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}
# SQLite allows 32,766 parameters per statement, PostgreSQL 65,535.
_MAX_PARAMS = 32_000
# Up to this many rows go in one statement of their exact size; larger counts in power-of-two chunks.
# About 45 texts per table: within pysqlite's cache of 128 prepared statements per connection.
_EXACT = 32


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
    one per row, keeps the writer from waiting on the loop. Chunk sizes are powers of two or
    small exact counts, so few statement texts exist per table. SQLAlchemy's executemany of
    dicts (its insertmanyvalues) cost milliseconds per call in Python alone.
    """
    style, start = conn.dialect.paramstyle, 0
    largest = 1 << ((_MAX_PARAMS // len(columns)).bit_length() - 1)
    while start < len(rows):
        left = len(rows) - start
        size = left if left <= _EXACT else min(largest, 1 << (left.bit_length() - 1))
        chunk = rows[start:start + size]
        conn.exec_driver_sql(insert_sql(style, table, columns, size), tuple(chain.from_iterable(chunk)))
        start += size


def bind_processor(conn: Connection, column: Column) -> Callable[[Any], Any]:
    """How a value of the column goes to this driver (the column type's own bind processing)."""
    return column.type.bind_processor(conn.dialect) or (lambda value: value)


_processors: dict[tuple[int, str, tuple[str, ...]], list[Callable[[Any], Any] | None]] = {}


def insert_dicts(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows given as dicts with the same keys, each value through its column type's bind
    processing, as insert_rows does (what insert(table) with a list of dicts stores, for less).

    On SQLite only: psycopg adapts some types (JSON) from the statement's own casts, which a
    plain statement lacks, and PostgreSQL's insertmanyvalues is already one statement."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    columns = tuple(rows[0])
    key = (id(conn.dialect), table.name, columns)
    processors = _processors.get(key)
    if processors is None:
        processors = _processors[key] = [table.c[name].type.bind_processor(conn.dialect) for name in columns]
    plain = [(name, process or _same) for name, process in zip(columns, processors)]
    insert_rows(conn, table.name, columns, [tuple([process(row[name]) for name, process in plain]) for row in rows])


def _same(value: Any) -> Any:
    return value
