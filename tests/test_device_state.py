"""Device state: install id, the seq counter, pairing and full/delta sync application."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from mobile_protocol.device.state import DeviceState, Pairing
from mobile_protocol.messages import (
    Account,
    AgentRef,
    Geofence,
    LatLon,
    Limits,
    QuestionnaireVersion,
    SyncResponse,
    SyncSettings,
)

SETTINGS = SyncSettings(branch_name="Centro", timezone="America/Bogota", default_radius_m=75.0,
                        accuracy_limit_m=100.0, position_interval_s=60)


def account(id: str, lat: float | None = 4.65, lon: float = -74.05, *, radius_m: float | None = 75.0,
            balance: str = "1000.00", visit_order: int | None = None, questionnaire_id: str | None = None,
            name: str = "Deudor") -> Account:
    return Account(
        id=id, external_ref=f"REF-{id}", debtor_name=f"{name} {id}", address="Calle 1",
        location=None if lat is None else LatLon(lat=lat, lon=lon), geofence=Geofence(radius_m=radius_m),
        balance=balance, currency="COP", days_past_due=30, segment=None, questionnaire_id=questionnaire_id,
        visit_order=visit_order,
    )


def questionnaire(id: str, qid: str = "q1", version: int = 1, fields: list | None = None) -> QuestionnaireVersion:
    return QuestionnaireVersion(
        id=id, questionnaire_id=qid, version=version, title=f"Q {qid} v{version}",
        published_at=datetime(2026, 11, 1, tzinfo=timezone.utc), definition={"fields": fields or []},
    )


def sync(cursor: str, *, full: bool, accounts=(), removed=(), questionnaires=(), removed_q=()) -> SyncResponse:
    return SyncResponse(cursor=cursor, full=full, accounts=list(accounts), removed_accounts=list(removed),
                        questionnaires=list(questionnaires), removed_questionnaires=list(removed_q),
                        settings=SETTINGS)


PAIRING = Pairing(server_urls=["http://a:1", "http://b:2"], server_id="srv", device_id="7", token="t" * 43,
                  agent=AgentRef(id="3", code="A1", name="Ana"))


@pytest.fixture
def state(tmp_path):
    with DeviceState.in_dir(tmp_path) as opened:
        yield opened


def test_install_id_is_made_once_and_kept(tmp_path):
    with DeviceState.in_dir(tmp_path) as first:
        install_id = first.install_id
    with DeviceState.in_dir(tmp_path) as again:
        assert again.install_id == install_id
    assert len(install_id) == 36 and install_id[14] == "4"


def test_state_file_uses_wal(state):
    assert state.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_seqs_start_at_one_and_are_never_reused_across_reopen(tmp_path):
    with DeviceState.in_dir(tmp_path) as state:
        assert list(state.allocate_seqs(3)) == [1, 2, 3]
        # Reserved but never queued (a crash right after): still never handed out again.
        assert list(state.allocate_seqs(2)) == [4, 5]
    with DeviceState.in_dir(tmp_path) as state:
        assert list(state.allocate_seqs(1)) == [6]
        assert state.next_seq == 7
        assert list(state.allocate_seqs(0)) == []
        with pytest.raises(ValueError):
            state.allocate_seqs(-1)


def test_pairing_round_trip_and_new_pairing_forgets_synced_data(state):
    assert state.pairing is None
    state.set_pairing(PAIRING)
    state.apply_sync(sync("c1", full=True, accounts=[account("1")], questionnaires=[questionnaire("v1")]))
    assert state.pairing == PAIRING and state.cursor == "c1"
    state.prefer_url("http://b:2")
    assert state.pairing.server_urls == ["http://b:2", "http://a:1"]
    state.allocate_seqs(4)
    state.set_pairing(PAIRING)
    assert state.cursor is None and state.accounts() == [] and state.questionnaire_versions() == []
    assert state.next_seq == 5  # the counter belongs to the install, not the pairing


def test_health_values_are_kept(state):
    state.record_health(-1.25, Limits(max_body_bytes=1000, max_positions_per_batch=10, max_visits_per_batch=5))
    assert state.clock_offset_s == -1.25
    assert state.limits.max_positions_per_batch == 10


def test_full_sync_replaces_everything(state):
    state.apply_sync(sync("c1", full=True, accounts=[account("1"), account("2")],
                          questionnaires=[questionnaire("v1")]))
    summary = state.apply_sync(sync("c2", full=True, accounts=[account("3")],
                                    questionnaires=[questionnaire("v9", "q9")], removed=["3"]))
    assert [a.id for a in state.accounts()] == ["3"]  # removed_* mean nothing in a full sync
    assert [q.id for q in state.questionnaire_versions()] == ["v9"]
    assert summary.full and summary.accounts == 1 and summary.removed_accounts == 0 and summary.total_accounts == 1
    assert state.cursor == "c2" and state.settings == SETTINGS


def test_delta_upserts_deletes_and_adds_versions(state):
    state.apply_sync(sync("c1", full=True, accounts=[account("1"), account("2"), account("3")],
                          questionnaires=[questionnaire("v1", version=1)]))
    summary = state.apply_sync(sync(
        "c2", full=False, accounts=[account("2", balance="5.00"), account("4")], removed=["3", "unknown"],
        questionnaires=[questionnaire("v2", version=2)], removed_q=[],
    ))
    assert {a.id for a in state.accounts()} == {"1", "2", "4"}
    assert state.account("2").balance == "5.00"
    assert state.account("3") is None
    assert [q.id for q in state.questionnaire_versions()] == ["v1", "v2"]
    assert state.latest_questionnaire("q1").id == "v2"
    assert (summary.accounts, summary.removed_accounts, summary.questionnaires, summary.total_accounts) == (2, 2, 1, 3)

    state.apply_sync(sync("c3", full=False, removed_q=["v2"]))
    assert state.latest_questionnaire("q1").id == "v1"
    assert state.cursor == "c3"


def test_deltas_in_order_give_what_a_full_sync_gives(tmp_path):
    with DeviceState(tmp_path / "a.db") as by_delta, DeviceState(tmp_path / "b.db") as by_full:
        by_delta.apply_sync(sync("1", full=True, accounts=[account("1"), account("2")]))
        by_delta.apply_sync(sync("2", full=False, accounts=[account("3")], removed=["1"]))
        by_delta.apply_sync(sync("3", full=False, accounts=[account("1", balance="9.00")], removed=["2"]))
        by_full.apply_sync(sync("3", full=True, accounts=[account("3"), account("1", balance="9.00")]))
        assert by_delta.accounts() == by_full.accounts()


def test_an_id_both_upserted_and_removed_in_one_delta_ends_removed(state):
    state.apply_sync(sync("1", full=True, accounts=[account("1")]))
    state.apply_sync(sync("2", full=False, accounts=[account("1", balance="2.00")], removed=["1"]))
    assert state.account("1") is None


def test_accounts_are_listed_by_visit_order_then_reference(state):
    state.apply_sync(sync("1", full=True, accounts=[
        account("b"), account("a"), account("z", visit_order=2), account("y", visit_order=1),
    ]))
    assert [a.id for a in state.accounts()] == ["y", "z", "a", "b"]


def test_in_memory_state_works_without_a_file():
    with DeviceState(None) as state:
        assert state.path is None
        assert list(state.allocate_seqs(2)) == [1, 2]
