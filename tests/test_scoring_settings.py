"""The branch's scoring settings: stored as one JSON document, partial changes, every error naming its field."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from syncserver.db.scoring_models import ScoringSettingsRow
from syncserver.scoring.settings import ScoringSettings, parse_settings, read_scoring_settings, save_scoring_settings
from syncserver.settings import SettingsError

BUCKETS = [{"label": "0-60", "low": 0, "high": 60, "prior": 0.4}, {"label": "61+", "low": 61, "high": None,
                                                                   "prior": 0.1}]


def test_defaults_until_saved_then_partial_changes_keep_the_rest(engine: Engine) -> None:
    assert read_scoring_settings(engine) == ScoringSettings()
    saved = save_scoring_settings(engine, {"probability_threshold": 0.42, "actions": {"likely_costly": "field_visit"},
                                           "buckets": BUCKETS, "nightly_hour": 3})
    again = save_scoring_settings(engine, {"cost_threshold_min": 120})
    stored = read_scoring_settings(engine)
    assert stored == again and stored.rules.probability_threshold == 0.42 and stored.rules.cost_threshold_min == 120
    assert stored.rules.actions == {**ScoringSettings().rules.actions, "likely_costly": "field_visit"}
    assert [b.label for b in stored.buckets] == ["0-60", "61+"] and stored.nightly_hour == 3
    assert saved.service_min == stored.service_min == 15.0
    save_scoring_settings(engine, {"nightly_hour": None})
    assert read_scoring_settings(engine).nightly_hour is None
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ScoringSettingsRow)) == 1


@pytest.mark.parametrize(("change", "field"), [
    ({"probability_threshold": 1}, "probability_threshold"),
    ({"probability_threshold": "mucho"}, "probability_threshold"),
    ({"cost_threshold_min": 0}, "cost_threshold_min"),
    ({"actions": {"likely_cheap": "call_mom"}}, "actions.likely_cheap"),
    ({"actions": {"somewhere": "escalate"}}, "actions"),
    ({"buckets": []}, "buckets"),
    ({"buckets": [{"label": "a", "low": 5, "high": None, "prior": 0.2}]}, "buckets[0].low"),
    ({"buckets": [BUCKETS[0], {**BUCKETS[1], "low": 70}]}, "buckets[1].low"),
    ({"buckets": [BUCKETS[0], {**BUCKETS[1], "prior": 1.0}]}, "buckets[1].prior"),
    ({"buckets": [BUCKETS[0], {**BUCKETS[1], "high": 90}]}, "buckets[1].high"),
    ({"buckets": [{**BUCKETS[0], "label": " "}, BUCKETS[1]]}, "buckets[0].label"),
    ({"service_min": 0}, "service_min"),
    ({"nightly_hour": 24}, "nightly_hour"),
    ({"nightly_hour": 2.5}, "nightly_hour"),
    ({"nightly_minute": 5}, "nightly_minute"),
])
def test_each_bad_setting_is_refused_naming_its_field(change: dict, field: str) -> None:
    with pytest.raises(SettingsError) as error:
        parse_settings(change)
    assert error.value.field == field
    assert str(error.value)  # a sentence the office can act on


def test_a_refused_change_writes_nothing(engine: Engine) -> None:
    save_scoring_settings(engine, {"probability_threshold": 0.3})
    with pytest.raises(SettingsError):
        save_scoring_settings(engine, {"probability_threshold": 0.5, "nightly_hour": -1})
    assert read_scoring_settings(engine).rules.probability_threshold == 0.3


def test_the_json_document_round_trips() -> None:
    settings = parse_settings({"probability_threshold": 0.25, "buckets": BUCKETS, "service_min": 20})
    assert parse_settings(settings.as_json()) == settings
