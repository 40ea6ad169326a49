"""Pairing a device to an agent: single-use expiring codes, the campo://pair URI, device tokens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

from sqlalchemy import Connection, Engine, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from .admin import AdminError, transaction
from .agents import AgentInactive, AgentInfo, get_agent
from .audit import DEVICE, DEVICE_PAIRED, PAIRING_CODE_CREATED, PAIRING_CODES_CANCELLED, SYSTEM, device_actor, record
from .clock import utcnow
from .db.models import Agent, Device, PairingCode
from .permissions import DEVICES_PAIR, authorize

# No 0/O, 1/I/L: a code read aloud or typed from a screen has no look-alikes. 31**10 ~ 2**49.5.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10
CODE_GROUPS = (4, 4, 2)
DEFAULT_TTL = timedelta(hours=24)
TOKEN_BYTES = 32
PAIR_SCHEME = "campo"


class PairingCodeInvalid(Exception):
    """The code is unknown, already used, expired, or its agent is inactive (protocol: pairing_code_invalid)."""


@dataclass(frozen=True, slots=True)
class PairingCodeInfo:
    """A new pairing code (normalized) for one agent, and when it stops working."""

    code: str
    agent: AgentInfo
    expires_at: datetime

    @property
    def display(self) -> str:
        """The code grouped for reading aloud, like K7QX-M3PD-9W."""
        return format_code(self.code)


@dataclass(frozen=True, slots=True)
class PairedDevice:
    """A device just paired: its id, its token (shown once, never stored) and its agent."""

    device_id: int
    token: str
    agent_id: int
    agent_code: str
    agent_name: str


@dataclass(frozen=True, slots=True)
class PairUri:
    """The parts of a campo://pair URI."""

    code: str
    urls: tuple[str, ...]
    fingerprint: str | None


def generate_code() -> str:
    """A fresh random code, normalized (upper-case, no separators)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text: str) -> str:
    """The stored form of a typed code: upper-case, spaces and dashes removed."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def format_code(code: str) -> str:
    """A normalized code grouped with dashes for display."""
    parts, start = [], 0
    for size in CODE_GROUPS:
        parts.append(code[start : start + size])
        start += size
    return "-".join(part for part in parts if part)


def is_well_formed(code: str) -> bool:
    """Whether a normalized code could have been made by generate_code."""
    return len(code) == CODE_LENGTH and all(ch in ALPHABET for ch in code)


def new_token() -> str:
    """A fresh device token: 32 random bytes, URL-safe base64."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> bytes:
    """The SHA-256 digest (32 bytes) under which a token is stored and looked up."""
    return hashlib.sha256(token.encode("utf-8")).digest()


def create_pairing_code(
    bind: Engine | Connection,
    agent_code: str,
    ttl: timedelta = DEFAULT_TTL,
    *,
    now: datetime | None = None,
    actor: str = SYSTEM,
) -> PairingCodeInfo:
    """Make a single-use code pairing one device to this agent; AgentNotFound/AgentInactive otherwise (audited)."""
    if ttl <= timedelta(0):
        raise AdminError("the code's lifetime must be positive")
    created_at = now or utcnow()
    expires_at = (created_at + ttl).replace(microsecond=0)  # shown to people; seconds are plenty
    with transaction(bind) as conn:
        authorize(conn, actor, DEVICES_PAIR)
        agent = get_agent(conn, agent_code)
        if not agent.active:
            raise AgentInactive(f"agent {agent.code} is inactive; activate it before enrolling a device")
        for _attempt in range(5):
            code = generate_code()
            if conn.scalar(select(PairingCode.id).where(PairingCode.code == code)) is None:
                break
        else:  # pragma: no cover - 31**10 codes; five collisions in a row means a broken RNG
            raise RuntimeError("could not draw an unused pairing code")
        try:
            code_id = conn.execute(
                insert(PairingCode).values(
                    code=code, agent_id=agent.id, created_at=created_at, expires_at=expires_at
                ).returning(PairingCode.id)
            ).scalar_one()
        except IntegrityError as exc:  # pragma: no cover - same code drawn concurrently
            raise RuntimeError("pairing code collision, try again") from exc
        # The code itself is not kept: whoever reads the log must not be able to pair a device with it.
        record(conn, actor=actor, action=PAIRING_CODE_CREATED, subject_type="agent", subject_id=agent.code,
               details={"pairing_code_id": code_id, "expires_at": expires_at}, at=created_at)
    return PairingCodeInfo(code, agent, expires_at)


def cancel_pairing_codes(bind: Engine | Connection, codes: list[str], *, now: datetime | None = None,
                         actor: str = SYSTEM) -> int:
    """Make unused codes unusable at once (a pairing dialog closed, or showed a newer code), audited; how many."""
    if not codes:
        return 0
    moment = now or utcnow()
    normalized = [normalize_code(code) for code in codes]
    with transaction(bind) as conn:
        cancelled = conn.execute(
            update(PairingCode)
            .where(PairingCode.code.in_(normalized), PairingCode.used_at.is_(None), PairingCode.expires_at > moment)
            .values(expires_at=moment)
        )
        if cancelled.rowcount:  # no permission needed: taking access away is always allowed
            record(conn, actor=actor, action=PAIRING_CODES_CANCELLED, details={"codes": cancelled.rowcount})
    return cancelled.rowcount


def redeem_pairing_code(
    conn: Connection,
    code: str,
    install_id: str,
    model: str | None,
    os: str | None,
    app_version: str | None,
    now: datetime,
) -> PairedDevice:
    """Use a code up and create its device, in the caller's transaction; PairingCodeInvalid if it cannot be used.

    Older unrevoked devices with the same install_id are revoked: that installation has a new token now.
    The pairing is audited in the same transaction, with the device as its actor.
    """
    normalized = normalize_code(code)
    if not is_well_formed(normalized):
        raise PairingCodeInvalid("pairing code unknown, used or expired")
    active_agents = select(Agent.id).where(Agent.active.is_(True)).scalar_subquery()
    # The guarded UPDATE comes first: it is the statement that takes the write lock, so of two
    # concurrent redemptions exactly one sees rowcount 1 (PostgreSQL re-checks the WHERE after the
    # row lock; SQLite serializes writers and the loser's UPDATE then matches nothing).
    claimed = conn.execute(
        update(PairingCode)
        .where(
            PairingCode.code == normalized,
            PairingCode.used_at.is_(None),
            PairingCode.expires_at > now,
            PairingCode.agent_id.in_(active_agents),
        )
        .values(used_at=now)
    )
    if claimed.rowcount != 1:
        raise PairingCodeInvalid("pairing code unknown, used or expired")
    code_id, agent_id, agent_code, agent_name = conn.execute(
        select(PairingCode.id, Agent.id, Agent.code, Agent.name)
        .join(Agent, Agent.id == PairingCode.agent_id)
        .where(PairingCode.code == normalized)
    ).one()
    replaced = list(conn.scalars(
        update(Device)
        .where(and_(Device.install_id == install_id, Device.revoked_at.is_(None)))
        .values(revoked_at=now)
        .returning(Device.id)
    ))
    token = new_token()
    device_id = conn.execute(
        insert(Device)
        .values(
            agent_id=agent_id,
            install_id=install_id,
            model=model,
            os=os,
            app_version=app_version,
            token_hash=hash_token(token),
            paired_at=now,
            last_seen_at=now,
            high_seq=0,
        )
        .returning(Device.id)
    ).scalar_one()
    conn.execute(update(PairingCode).where(PairingCode.id == code_id).values(device_id=device_id))
    record(conn, actor=device_actor(device_id), action=DEVICE_PAIRED, subject_type="device", subject_id=device_id,
           details={"agent_code": agent_code, "pairing_code_id": code_id, "install_id": install_id, "model": model,
                    "os": os, "app_version": app_version, "replaced_devices": sorted(replaced)},
           origin=DEVICE, at=now)
    return PairedDevice(device_id, token, agent_id, agent_code, agent_name)


def pair_uri(code: str, urls: list[str] | tuple[str, ...], fingerprint: str | None = None) -> str:
    """The campo://pair URI a QR code carries: version, code, every server URL, optional TLS fingerprint."""
    params: list[tuple[str, str]] = [("v", "1"), ("code", normalize_code(code))]
    params += [("url", url) for url in urls]
    if fingerprint:
        params.append(("fp", fingerprint))
    return f"{PAIR_SCHEME}://pair?{urlencode(params)}"


def parse_pair_uri(uri: str) -> PairUri:
    """Split a campo://pair URI into its code, URLs and fingerprint; ValueError if it is not one."""
    parts = urlsplit(uri)
    if parts.scheme != PAIR_SCHEME or parts.netloc != "pair":
        raise ValueError(f"not a {PAIR_SCHEME}://pair URI: {uri!r}")
    query = parse_qs(parts.query)
    if query.get("v") != ["1"] or len(query.get("code", [])) != 1:
        raise ValueError(f"unsupported pairing URI: {uri!r}")
    fingerprint = query.get("fp", [None])[0]
    return PairUri(normalize_code(query["code"][0]), tuple(query.get("url", [])), fingerprint)
