"""Pairing codes: format, single use, expiry, inactive agents, concurrent redemption, tokens."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from syncserver.agents import AgentInactive, AgentNotFound, add_agent, update_agent
from syncserver.clock import utcnow
from syncserver.db.models import Device, PairingCode
from syncserver.devices import list_devices
from syncserver.pairing import (
    ALPHABET,
    PairingCodeInvalid,
    create_pairing_code,
    format_code,
    hash_token,
    new_token,
    normalize_code,
    pair_uri,
    parse_pair_uri,
    redeem_pairing_code,
)


def redeem(engine, code, install_id=None, now=None):
    """Redeem in a transaction of its own, as the server's writer would."""
    with engine.begin() as conn:
        return redeem_pairing_code(
            conn, code, install_id or str(uuid.uuid4()), "Moto G", "Android 14", "1.0.0", now or utcnow()
        )


@pytest.fixture
def agent(engine):
    return add_agent(engine, "g01", "Ana Pérez")


def test_code_is_ten_unambiguous_characters_and_display_is_grouped(engine, agent):
    info = create_pairing_code(engine, "G01")
    assert len(info.code) == 10 and set(info.code) <= set(ALPHABET)
    assert not set("0O1IL") & set(ALPHABET)
    assert info.display == f"{info.code[:4]}-{info.code[4:8]}-{info.code[8:]}"
    assert info.agent.code == "G01"
    assert timedelta(hours=23, minutes=59) < info.expires_at - utcnow() <= timedelta(hours=24)
    codes = {create_pairing_code(engine, "G01").code for _ in range(50)}
    assert len(codes) == 50


def test_typed_code_is_normalized(engine, agent):
    info = create_pairing_code(engine, "g01")
    typed = format_code(info.code).lower().replace("-", " - ")
    assert normalize_code(typed) == info.code
    paired = redeem(engine, typed)
    assert (paired.agent_id, paired.agent_code, paired.agent_name) == (agent.id, "G01", "Ana Pérez")


def test_redeem_creates_device_with_hashed_token(engine, agent):
    info = create_pairing_code(engine, "G01")
    install_id = str(uuid.uuid4())
    paired = redeem(engine, info.code, install_id)
    assert len(paired.token) >= 43  # 32 bytes of URL-safe base64
    with engine.connect() as conn:
        device = conn.execute(select(Device).where(Device.id == paired.device_id)).one()
        used = conn.execute(select(PairingCode).where(PairingCode.code == info.code)).one()
    assert device.token_hash == hash_token(paired.token) and len(device.token_hash) == 32
    assert paired.token.encode() not in device.token_hash
    assert (device.install_id, device.model, device.agent_id) == (install_id, "Moto G", agent.id)
    assert used.used_at is not None and used.device_id == paired.device_id


def test_code_is_single_use(engine, agent):
    info = create_pairing_code(engine, "G01")
    redeem(engine, info.code)
    with pytest.raises(PairingCodeInvalid):
        redeem(engine, info.code)
    assert len(list_devices(engine)) == 1


def test_expired_unknown_and_malformed_codes_are_invalid(engine, agent):
    info = create_pairing_code(engine, "G01", ttl=timedelta(minutes=5))
    with pytest.raises(PairingCodeInvalid):
        redeem(engine, info.code, now=utcnow() + timedelta(minutes=6))
    for code in ("2345-6789-AB", "", "not a code at all", "OOOO-OOOO-OO"):
        with pytest.raises(PairingCodeInvalid):
            redeem(engine, code)
    assert list_devices(engine) == []
    redeem(engine, info.code)  # still valid before its expiry


def test_inactive_agent_code_is_invalid_and_cannot_be_created(engine, agent):
    info = create_pairing_code(engine, "G01")
    update_agent(engine, "G01", active=False)
    with pytest.raises(PairingCodeInvalid):
        redeem(engine, info.code)
    with pytest.raises(AgentInactive):
        create_pairing_code(engine, "G01")
    with pytest.raises(AgentNotFound):
        create_pairing_code(engine, "NOBODY")
    update_agent(engine, "G01", active=True)
    redeem(engine, info.code)


def test_concurrent_redemptions_one_wins(engine, agent):
    info = create_pairing_code(engine, "G01")
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def attempt() -> None:
        barrier.wait()
        try:
            outcomes.append(redeem(engine, info.code))
        except PairingCodeInvalid as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(type(o).__name__ for o in outcomes) == ["PairedDevice", "PairingCodeInvalid"]
    assert len(list_devices(engine)) == 1


def test_repairing_an_installation_revokes_its_older_device(engine, agent):
    install_id = str(uuid.uuid4())
    first = redeem(engine, create_pairing_code(engine, "G01").code, install_id)
    other = redeem(engine, create_pairing_code(engine, "G01").code)
    second = redeem(engine, create_pairing_code(engine, "G01").code, install_id)
    devices = {device.id: device for device in list_devices(engine)}
    assert devices[first.device_id].revoked
    assert not devices[second.device_id].revoked and not devices[other.device_id].revoked


def test_pair_uri_carries_code_every_url_and_fingerprint():
    urls = ["http://192.168.1.20:8750", "https://cobranza.example.com/campo?x=1&y=2"]
    uri = pair_uri("k7qx-m3pd-9w", urls, fingerprint="AB:CD")
    assert uri.startswith("campo://pair?v=1&code=K7QXM3PD9W&url=http%3A%2F%2F")
    parsed = parse_pair_uri(uri)
    assert (parsed.code, parsed.urls, parsed.fingerprint) == ("K7QXM3PD9W", tuple(urls), "AB:CD")
    assert parse_pair_uri(pair_uri("K7QXM3PD9W", urls[:1])).fingerprint is None
    with pytest.raises(ValueError):
        parse_pair_uri("https://pair?v=1&code=X")


def test_tokens_are_random_and_hashes_are_sha256():
    tokens = {new_token() for _ in range(100)}
    assert len(tokens) == 100 and all(len(token) >= 43 for token in tokens)
    token = next(iter(tokens))
    assert len(hash_token(token)) == 32 and hash_token(token) == hash_token(token)
