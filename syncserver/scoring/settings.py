"""The branch's scoring settings: strategy rules, days-past-due buckets, visit minutes and the nightly hour.

Stored as one JSON document (table scoring_settings, row 1) so the office can change them
without a migration; a branch that never saved any uses the defaults. Every error is a
SettingsError naming the field at fault: "probability_threshold", "actions.likely_cheap",
"buckets[2].prior", "nightly_hour", ...
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from ..admin import transaction
from ..audit import STRATEGY_RULES_CHANGED, SYSTEM, record
from ..clock import utcnow
from ..db.scoring_models import ScoringSettingsRow
from ..permissions import STRATEGY_MANAGE, authorize
from ..settings import SettingsError
from .buckets import DEFAULT_BUCKETS, DpdBucket, check_buckets
from .run_queries import reading
from .strategy import ACTIONS, QUADRANTS, StrategyRules

DEFAULT_NIGHTLY_HOUR = 2
SERVICE_MIN_RANGE = (1.0, 480.0)
COST_RANGE_MIN = (1.0, 10_000.0)
ROUTE_STOPS_RANGE = (1, 500)
ROUTE_MINUTES_RANGE = (30.0, 1440.0)
KEYS = ("probability_threshold", "cost_threshold_min", "actions", "buckets", "service_min", "nightly_hour",
        "route_max_stops", "route_day_minutes")
_table = ScoringSettingsRow.__table__


@dataclass(frozen=True)
class ScoringSettings:
    """What a scoring run follows; nightly_hour None means no nightly run."""

    rules: StrategyRules = field(default_factory=StrategyRules)
    buckets: tuple[DpdBucket, ...] = DEFAULT_BUCKETS
    service_min: float = 15.0
    nightly_hour: int | None = DEFAULT_NIGHTLY_HOUR
    route_max_stops: int = 60  # a day's visit plan holds at most this many stops (syncserver/visit_plan.py)
    route_day_minutes: float = 480.0  # ... and ends when travel and visits reach this many minutes

    def as_json(self) -> dict[str, Any]:
        """The settings as the JSON document stored (and accepted by parse_settings)."""
        return {
            "probability_threshold": self.rules.probability_threshold,
            "cost_threshold_min": self.rules.cost_threshold_min,
            "actions": dict(self.rules.actions),
            "buckets": [{"label": b.label, "low": b.low, "high": b.high, "prior": b.prior} for b in self.buckets],
            "service_min": self.service_min,
            "nightly_hour": self.nightly_hour,
            "route_max_stops": self.route_max_stops,
            "route_day_minutes": self.route_day_minutes,
        }


def _refuse(name: str, message: str) -> SettingsError:
    """The error, its message starting with the field's name."""
    return SettingsError(name, message if message.startswith(name) else f"{name}: {message}")


def _number(name: str, value: Any, low: float, high: float, *, inclusive: bool = True) -> float:
    if isinstance(value, bool):
        raise _refuse(name, f"{name} must be a number, not {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise _refuse(name, f"{name} must be a number, not {value!r}") from None
    inside = low <= number <= high if inclusive else low < number < high
    if not math.isfinite(number) or not inside:
        bounds = f"between {low:g} and {high:g}" if inclusive else f"strictly between {low:g} and {high:g}"
        raise _refuse(name, f"{name} must be {bounds}, not {value!r}")
    return number


def _whole(name: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise _refuse(name, f"{name} must be a whole number, not {value!r}")
    if not low <= int(value) <= high:
        raise _refuse(name, f"{name} must be between {low} and {high}, not {value!r}")
    return int(value)


def _actions(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise _refuse("actions", "actions must map each quadrant to an action")
    for quadrant in value:
        if quadrant not in QUADRANTS:
            raise _refuse("actions", f"unknown quadrant {quadrant!r} (one of {', '.join(QUADRANTS)})")
    for quadrant in QUADRANTS:
        if quadrant not in value:
            raise _refuse(f"actions.{quadrant}", f"no action for the quadrant {quadrant}")
        if value[quadrant] not in ACTIONS:
            raise _refuse(f"actions.{quadrant}",
                                f"unknown action {value[quadrant]!r} (one of {', '.join(ACTIONS)})")
    return {quadrant: str(value[quadrant]) for quadrant in QUADRANTS}


def _buckets(value: Any) -> tuple[DpdBucket, ...]:
    if not isinstance(value, list | tuple) or not value:
        raise _refuse("buckets", "give at least one days-past-due bucket")
    buckets = []
    for n, item in enumerate(value):
        where = f"buckets[{n}]"
        if not isinstance(item, Mapping):
            raise _refuse(where, f"{where} must have a label, low, high and prior")
        label = str(item.get("label", "")).strip()
        if not label:
            raise _refuse(f"{where}.label", f"{where} has no label")
        low = _whole(f"{where}.low", item.get("low"), 0, 100_000)
        high = item.get("high")
        high = None if high is None else _whole(f"{where}.high", high, low, 100_000)
        prior = _number(f"{where}.prior", item.get("prior"), 0.0, 1.0, inclusive=False)
        if n == 0 and low != 0:
            raise _refuse(f"{where}.low", f"the first bucket ({label}) must start at 0 days")
        if n > 0 and (buckets[-1].high is None or low != buckets[-1].high + 1):
            raise _refuse(f"{where}.low", f"bucket {label} must start the day after {buckets[-1].label} ends")
        buckets.append(DpdBucket(label, low, high, prior))
    if buckets[-1].high is not None:
        raise _refuse(f"buckets[{len(buckets) - 1}].high",
                            f"the last bucket ({buckets[-1].label}) must be open-ended (no upper limit)")
    try:
        check_buckets(buckets)
    except ValueError as exc:  # what the checks above missed, still named
        raise _refuse("buckets", str(exc)) from None
    return tuple(buckets)


def parse_settings(payload: Mapping[str, Any], base: ScoringSettings | None = None) -> ScoringSettings:
    """Settings from a JSON document; missing keys keep `base`'s (the defaults); SettingsError names the field."""
    if not isinstance(payload, Mapping):
        raise _refuse("settings", "the scoring settings must be a JSON object")
    for key in payload:
        if key not in KEYS:
            raise _refuse(str(key), f"unknown scoring setting {key!r} (known: {', '.join(KEYS)})")
    base = base or ScoringSettings()
    merged = {**base.as_json(), **payload}
    if isinstance(payload.get("actions"), Mapping) and set(payload["actions"]) <= set(QUADRANTS):
        merged["actions"] = {**base.rules.actions, **payload["actions"]}
    hour = merged["nightly_hour"]
    rules = StrategyRules(
        probability_threshold=_number("probability_threshold", merged["probability_threshold"], 0.0, 1.0,
                                      inclusive=False),
        cost_threshold_min=_number("cost_threshold_min", merged["cost_threshold_min"], *COST_RANGE_MIN),
        actions=_actions(merged["actions"]),
    )
    return ScoringSettings(
        rules=rules,
        buckets=_buckets(merged["buckets"]),
        service_min=_number("service_min", merged["service_min"], *SERVICE_MIN_RANGE),
        nightly_hour=None if hour is None else _whole("nightly_hour", hour, 0, 23),
        route_max_stops=_whole("route_max_stops", merged["route_max_stops"], *ROUTE_STOPS_RANGE),
        route_day_minutes=_number("route_day_minutes", merged["route_day_minutes"], *ROUTE_MINUTES_RANGE),
    )


def read_scoring_settings(bind: Engine | Connection) -> ScoringSettings:
    """The branch's stored settings, or the defaults; a stored document that no longer parses gives the defaults."""
    with reading(bind) as conn:
        stored = conn.scalar(select(_table.c.settings).where(_table.c.id == 1))
    if stored is None:
        return ScoringSettings()
    try:
        return parse_settings(stored)
    except SettingsError:
        return ScoringSettings()


def save_scoring_settings(bind: Engine | Connection, payload: Mapping[str, Any] | ScoringSettings, *,
                          actor: str = SYSTEM) -> ScoringSettings:
    """Check and store the settings (a partial document changes only its keys), audited with old and new values;
    nothing is written on error or when the actor may not (PermissionDenied)."""
    with transaction(bind) as conn:
        authorize(conn, actor, STRATEGY_MANAGE)
        current = read_scoring_settings(conn)
        settings = payload if isinstance(payload, ScoringSettings) else parse_settings(payload, current)
        before, after = current.as_json(), settings.as_json()
        changes = {key: [before[key], after[key]] for key in KEYS if before[key] != after[key]}
        if changes:
            record(conn, actor=actor, action=STRATEGY_RULES_CHANGED, subject_type="branch", subject_id=1,
                   details=changes)
        values = {"settings": settings.as_json(), "updated_at": utcnow()}
        if conn.scalar(select(_table.c.id).where(_table.c.id == 1)) is None:
            conn.execute(insert(_table).values(id=1, **values))
        else:
            conn.execute(update(_table).where(_table.c.id == 1).values(**values))
    return settings
