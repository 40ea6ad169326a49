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
    """Bearer token → DeviceAuth; used on the server loop, filled from reader threads.

    Keyed by the token itself, so a request that hits costs one dict lookup, not a SHA-256; the
    database only ever sees and keeps the hash. Only live devices enter it; every write and read
    re-checks revocation in its own transaction, and a 401 there (or a revocation through the
    office) evicts the device's entries, so a revoked device is refused at once.
    """

    def __init__(self, engine: Engine, size: int = 100_000) -> None:
        self._engine = engine
        self._size = size
        self._entries: dict[str, DeviceAuth] = {}

    def lookup(self, token: str) -> DeviceAuth | None:
        """The cached device of a token, if any."""
        return self._entries.get(token)

    def load(self, token: str) -> DeviceAuth | None:
        """Look a token's hash up in the database (reader thread)."""
        digest = hash_token(token)
        with self._engine.connect() as conn:
            row = conn.execute(
                select(_devices.c.id, _devices.c.agent_id, _devices.c.token_hash).where(
                    _devices.c.token_hash == digest, _devices.c.revoked_at.is_(None)
                )
            ).first()
        if row is None or not hmac.compare_digest(bytes(row.token_hash), digest):
            return None
        return DeviceAuth(row.id, row.agent_id)

    def remember(self, token: str, auth: DeviceAuth) -> None:
        """Cache a live device (on the loop thread)."""
        if len(self._entries) >= self._size:
            self._entries.clear()
        self._entries[token] = auth

    def evict_device(self, device_id: int) -> None:
        """Forget every cached token of a device (it was revoked)."""
        for token in [t for t, a in self._entries.items() if a.device_id == device_id]:
            del self._entries[token]


def bearer_token(request: web.Request) -> str:
    """The request's bearer token; 401 when there is none."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    # Tokens are URL-safe base64: anything else (header bytes that were not UTF-8 arrive as
    # surrogates, which cannot even be hashed) is simply not a token of ours.
    if scheme.lower() != "bearer" or not token or len(token) > 512 or not token.isascii():
        raise unauthorized()
    return token
