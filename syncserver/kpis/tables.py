"""KPI groups and agents' productivity as exportable tables (table_export): typed columns, plain rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, select

from ..db.models import Agent
from ..table_export import Column
from .dashboard import DashboardQuery
from .filtered import filtered_kpis
from .productivity import AgentProductivity, agent_productivity
from .report import KpiGroup

COUNTS = ("assigned_accounts", "accounts_attempted", "accounts_contacted", "attempts", "contacts", "rpc",
          "promises", "promises_matured", "promises_kept")
RATE_MEASURES = ("penetration", "intensity", "hits", "rpc_rate", "ptp_rate", "kept_rate")
AMOUNTS = ("promised_amount", "collected_amount")
MEASURES = COUNTS + RATE_MEASURES + AMOUNTS  # the order of `campo-server kpis --json`
KEY_KINDS = {"agent": "text", "segment": "text", "day": "date", "none": "text"}


def measure_kind(name: str) -> str:
    """A measure's column kind: counts are int, intensity a plain number, other rates rates, amounts money."""
    if name in COUNTS:
        return "int"
    if name == "intensity":
        return "number"
    return "rate" if name in RATE_MEASURES else "money"


def kpi_table(groups: Sequence[KpiGroup], by: str, *, labels: Mapping[str, str] | None = None,
              key_title: str | None = None, agent_names: Mapping[str, str] | None = None,
              name_title: str = "name", none_key: str | None = None) -> tuple[list[Column], list[list[Any]]]:
    """Columns and rows of the groups: key (agent code, segment, date), [agent name], then MEASURES.

    labels: each measure's title (default: its JSON name); agent_names: code -> name, which adds a
    name column after an agent's code; none_key: the text of a None key (a segment-less account's).
    """
    labels = labels or {}
    columns = [Column(key_title or (by if by != "none" else "key"), KEY_KINDS[by])]
    if by == "agent" and agent_names is not None:
        columns.append(Column(name_title, "text", 24))
    columns += [Column(labels.get(name, name), measure_kind(name)) for name in MEASURES]
    rows = []
    for group in groups:
        key = none_key if group.key is None else group.key
        row: list[Any] = [key]
        if by == "agent" and agent_names is not None:
            row.append(agent_names.get(group.key))
        row += [getattr(group, name) for name in MEASURES]
        rows.append(row)
    return columns, rows


PRODUCTIVITY = (("code", "text"), ("name", "text"), ("visits", "int"), ("visit_days", "int"),
                ("visits_per_day", "number"), ("field_hours_per_day", "number"), ("km", "number"),
                ("km_per_day", "number"), ("compliance", "rate"), ("flagged", "int"))


def productivity_table(agents: Sequence[AgentProductivity], titles: Mapping[str, str] | None = None,
                       ) -> tuple[list[Column], list[list[Any]]]:
    """Columns and rows of the agents' field work (PRODUCTIVITY; titles default to those names)."""
    titles = titles or {}
    columns = [Column(titles.get(name, name), kind) for name, kind in PRODUCTIVITY]
    rows = [[a.code, a.name, a.visits, a.visit_days, a.visits_per_day, a.field_hours_per_day,
             a.km if a.field_days else None, a.km / a.field_days if a.field_days else None, a.compliance, a.flagged]
            for a in agents]
    return columns, rows


TABLES = ("agents", "segments", "days", "productivity")


def dashboard_table(engine: Engine, query: DashboardQuery, table: str, *, labels: Mapping[str, str] | None = None,
                    titles: Mapping[str, str] | None = None) -> tuple[list[Column], list[list[Any]]]:
    """One of TABLES for the dashboard's filters, ready for export_table (a pool thread).

    titles: the key columns' ("agent", "segment", "day", "name"), "no_segment" for accounts without
    one, and the PRODUCTIVITY names; each defaults to its own key.
    """
    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}, not {table!r}")
    titles = titles or {}
    filters = {"agent_id": query.agent_id, "segment": query.segment}
    if table == "productivity":
        return productivity_table(agent_productivity(engine, query.first, query.last, **filters), titles)
    by = {"agents": "agent", "segments": "segment", "days": "day"}[table]
    groups = filtered_kpis(engine, query.first, query.last, by=by, **filters).groups
    names = None
    if by == "agent":
        with engine.connect() as conn:
            names = dict(conn.execute(select(Agent.code, Agent.name)).all())
    none_key = titles.get("no_segment") if by == "segment" else None
    return kpi_table(groups, by, labels=labels, key_title=titles.get(by), agent_names=names,
                     name_title=titles.get("name", "name"), none_key=none_key)
