"""Device tokens: bearer parsing, hashed lookup with a cache, constant-time check."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from aiohttp import web
from sqlalchemy import Engine, select

from .db.models import Device
from .errors import ApiError
from .pairing import hash_token

_devices = Device.__table__


@dataclass(frozen=True, slots=True)
class DeviceAuth:
    """Who is calling: the device and its agent."""

    device_id: int
    agent_id: int


def unauthorized(message: str = "a valid device token is required") -> ApiError:
    """The 401 of the contract."""
    return ApiError(401, "unauthorized", message)


class TokenCache:
    """Token hash → DeviceAuth; used on the server loop, filled from reader threads.

    Only live devices enter it; every write and read re-checks revocation in its own
    transaction, and a 401 there evicts the entry, so a revoked device is refused at once.
    """

    def __init__(self, engine: Engine, size: int = 100_000) -> None:
        self._engine = engine
        self._size = size
        self._entries: dict[bytes, DeviceAuth] = {}

    def lookup(self, digest: bytes) -> DeviceAuth | None:
        """The cached device of a token hash, if any."""
        return self._entries.get(digest)

    def load(self, digest: bytes) -> DeviceAuth | None:
        """Look a token hash up in the database (reader thread)."""
        with self._engine.connect() as conn:
            row = conn.execute(
                select(_devices.c.id, _devices.c.agent_id, _devices.c.token_hash).where(
                    _devices.c.token_hash == digest, _devices.c.revoked_at.is_(None)
                )
            ).first()
        if row is None or not hmac.compare_digest(bytes(row.token_hash), digest):
            return None
        return DeviceAuth(row.id, row.agent_id)

    def remember(self, digest: bytes, auth: DeviceAuth) -> None:
        """Cache a live device (on the loop thread)."""
        if len(self._entries) >= self._size:
            self._entries.clear()
        self._entries[digest] = auth

    def evict_device(self, device_id: int) -> None:
        """Forget every cached token of a device (it was revoked)."""
        for digest in [d for d, a in self._entries.items() if a.device_id == device_id]:
            del self._entries[digest]


def bearer_hash(request: web.Request) -> bytes:
    """The hash of the request's bearer token; 401 when there is none."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    # Tokens are URL-safe base64: anything else (header bytes that were not UTF-8 arrive as
    # surrogates, which cannot even be hashed) is simply not a token of ours.
    if scheme.lower() != "bearer" or not token or len(token) > 512 or not token.isascii():
        raise unauthorized()
    return hash_token(token)
