"""A join whose plan SQLite must follow: the left table drives, the right is read through a named index.

SQLite plans from ANALYZE statistics, which a branch's database seldom has; without them it
drove the KPI queries from the wrong table (174 ms instead of 20 for a month by agent on the
benchmark's data). On SQLite this renders `left CROSS JOIN right INDEXED BY index ON ...` (CROSS
JOIN keeps the order; INDEXED BY fails loudly if the index cannot serve); elsewhere a plain JOIN.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import FromClause, Join


class PlannedJoin(Join):
    """An inner join that SQLite runs left-first through `index` on the right table."""

    inherit_cache = True

    def __init__(self, left: FromClause, right: Table, onclause: ColumnElement[bool], index: str) -> None:
        super().__init__(left, right, onclause)
        self.index = index

    def _gen_cache_key(self, anon_map: Any, bindparams: list) -> Any:
        return (super()._gen_cache_key(anon_map, bindparams), self.index)


@compiles(PlannedJoin, "sqlite")
def _sqlite_join(join: PlannedJoin, compiler: Any, **kw: Any) -> str:
    kw.pop("asfrom", None)
    left = join.left._compiler_dispatch(compiler, asfrom=True, **kw)
    right = join.right._compiler_dispatch(compiler, asfrom=True, **kw)
    on = join.onclause._compiler_dispatch(compiler, **kw)
    return f"{left} CROSS JOIN {right} INDEXED BY {compiler.preparer.quote(join.index)} ON {on}"


@compiles(PlannedJoin)
def _other_join(join: PlannedJoin, compiler: Any, **kw: Any) -> str:
    return compiler.visit_join(join, **kw)
