"""Async HTTP client of protocol v1, with the spec's retry policy and typed errors."""

from __future__ import annotations

import asyncio
import gzip
import random
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

import aiohttp
import msgspec

from mobile_protocol.messages import (
    DeviceInfo,
    ErrorBody,
    Health,
    PairRequest,
    PairResponse,
    Position,
    PositionsBatch,
    PositionsResult,
    StoredVisit,
    SyncResponse,
    Visit,
    VisitsBatch,
    VisitsResponse,
)

T = TypeVar("T")
API_PREFIX = "/api/v1"


class RequestFailed(Exception):
    """A request that did not get a usable answer."""

    retryable = False
    retry_after: float | None = None


class ServerUnreachable(RequestFailed):
    """No HTTP answer at all: connection refused, reset, timed out."""

    retryable = True

    def __init__(self, url: str, cause: BaseException | str, *, listed: bool = False) -> None:
        if isinstance(cause, aiohttp.ServerFingerprintMismatch):  # its str() is a tuple of raw digests
            self.reason = (f"its certificate is not the one this device was paired with (SHA-256 {cause.got.hex()}, "
                           f"expected {cause.expected.hex()})")
        else:
            self.reason = cause if isinstance(cause, str) else (str(cause) or type(cause).__name__)
        super().__init__(f"cannot reach the server: {self.reason}" if listed else f"cannot reach {url}: {self.reason}")
        self.url = url


class ProtocolError(RequestFailed):
    """An error answer of the protocol: status, code, message, details and Retry-After."""

    def __init__(self, status: int, code: str, message: str, details: dict[str, Any] | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.retry_after = retry_after
        self.retryable = status == 429 or status >= 500


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how long to retry network errors, 429 and 5xx; never other 4xx."""

    attempts: int = 6
    deadline_s: float | None = 120.0
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0

    def delay(self, failures: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait after the n-th failure: Retry-After if given, else jittered backoff."""
        backoff = min(self.max_delay_s, self.base_delay_s * 2 ** (failures - 1))
        if retry_after is not None:
            # Honour the server's wait, plus a little jitter so devices do not come back together.
            return retry_after + rng.uniform(0, self.base_delay_s)
        return rng.uniform(backoff / 2, backoff)


NO_RETRY = RetryPolicy(attempts=1, deadline_s=None)


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def normalize_base_url(url: str) -> str:
    """The server's root URL: no trailing slash, no /api/v1 (both forms are accepted)."""
    url = url.strip().rstrip("/")
    if url.endswith(API_PREFIX):
        url = url[: -len(API_PREFIX)]
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


class MediaReceipt(msgspec.Struct):
    """The server's answer to an upload (other fields it sends are ignored)."""

    id: str
    duplicate: bool = False


class ProtocolClient:
    """Calls one server's API over a shared aiohttp session; runs on that session's loop."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, *, token: str | None = None,
                 retry: RetryPolicy = RetryPolicy(), gzip_min_bytes: int | None = 64 * 1024,
                 timeout_s: float = 30.0, fingerprint: str | None = None,
                 rng: random.Random | None = None) -> None:
        self.session = session
        self.base_url = normalize_base_url(base_url)
        self.token = token
        self.retry = retry
        self.gzip_min_bytes = gzip_min_bytes
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)
        self.ssl: aiohttp.Fingerprint | bool = True
        if fingerprint:
            self.ssl = aiohttp.Fingerprint(bytes.fromhex(fingerprint.replace(":", "")))
        self.rng = rng or random.Random()
        self.clock_offset_s: float | None = None

    async def _request(self, method: str, path: str, result_type: type[T], *, body: Any = None,
                       auth: bool = True, retry: RetryPolicy | None = None,
                       resend_safe: bool = True, raw: bytes | None = None) -> T:
        policy = retry or self.retry
        url = self.base_url + API_PREFIX + path
        headers = {"Accept": "application/json"}
        data = None
        if raw is not None:  # a file's bytes as they are (no JSON, no compression)
            data = raw
            headers["Content-Type"] = "application/octet-stream"
        elif body is not None:
            data = msgspec.json.encode(body)
            headers["Content-Type"] = "application/json"
            if self.gzip_min_bytes is not None and len(data) >= self.gzip_min_bytes:
                data = gzip.compress(data, compresslevel=5)
                headers["Content-Encoding"] = "gzip"
        if auth:
            if not self.token:
                raise ProtocolError(401, "unauthorized", "this device is not paired")
            headers["Authorization"] = f"Bearer {self.token}"
        deadline = None if policy.deadline_s is None else time.monotonic() + policy.deadline_s
        failures = 0
        while True:
            try:
                async with self.session.request(method, url, data=data, headers=headers,
                                                timeout=self.timeout, ssl=self.ssl) as response:
                    raw = await response.read()
                    if 200 <= response.status < 300:
                        try:
                            return msgspec.json.decode(raw, type=result_type)
                        except msgspec.DecodeError as exc:
                            raise ProtocolError(response.status, "bad_response",
                                                f"unexpected answer from {url}: {exc}") from None
                    error = _error_from(response.status, raw, response.headers.get("Retry-After"))
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                # A request that may have reached the server is resent only when that is harmless.
                sent_maybe = not isinstance(exc, aiohttp.ClientConnectorError)
                error = ServerUnreachable(self.base_url, exc)
                if sent_maybe and not resend_safe:
                    raise error from exc
            failures += 1
            if not error.retryable or failures >= policy.attempts:
                raise error
            wait = policy.delay(failures, error.retry_after, self.rng)
            if deadline is not None and time.monotonic() + wait > deadline:
                raise error
            await asyncio.sleep(wait)

    async def health(self, retry: RetryPolicy | None = None) -> Health:
        """GET /health; also measures the clock offset (server minus device) from its `time`."""
        before = time.time()
        health = await self._request("GET", "/health", Health, auth=False, retry=retry)
        after = time.time()
        self.clock_offset_s = health.time.timestamp() - (before + after) / 2
        return health

    async def pair(self, code: str, device: DeviceInfo, retry: RetryPolicy | None = None) -> PairResponse:
        """POST /devices/pair; a lost answer is not retried, since the code is single-use."""
        request = PairRequest(code=code, device=device)
        return await self._request("POST", "/devices/pair", PairResponse, body=request, auth=False,
                                   retry=retry, resend_safe=False)

    async def sync(self, cursor: str | None = None, retry: RetryPolicy | None = None) -> SyncResponse:
        """GET /sync, full without a cursor, else a delta."""
        path = "/sync" if cursor is None else "/sync?" + urlencode({"cursor": cursor})
        return await self._request("GET", path, SyncResponse, retry=retry)

    async def post_positions(self, positions: list[Position], retry: RetryPolicy | None = None) -> PositionsResult:
        """POST /positions; resending is harmless, so any failure may be retried."""
        return await self._request("POST", "/positions", PositionsResult,
                                   body=PositionsBatch(positions=positions), retry=retry)

    async def post_visits(self, visits: list[Visit], retry: RetryPolicy | None = None) -> VisitsResponse:
        """POST /visits; resending is harmless (same id, same content is a duplicate)."""
        return await self._request("POST", "/visits", VisitsResponse, body=VisitsBatch(visits=visits), retry=retry)

    async def post_media(self, data: bytes, retry: RetryPolicy | None = None) -> MediaReceipt:
        """POST /media with a photo's or signature's bytes; resending is harmless (same bytes, same id)."""
        return await self._request("POST", "/media", MediaReceipt, raw=data, retry=retry)

    async def get_visit(self, visit_id: str, retry: RetryPolicy | None = None) -> StoredVisit:
        """GET /visits/{id}: the visit as the server stored it."""
        return await self._request("GET", f"/visits/{quote(visit_id, safe='')}", StoredVisit, retry=retry)


def _error_from(status: int, raw: bytes, retry_after: str | None) -> ProtocolError:
    """A ProtocolError from an error answer, even one that is not the contract's JSON."""
    wait = parse_retry_after(retry_after)
    try:
        detail = msgspec.json.decode(raw, type=ErrorBody).error
    except (msgspec.DecodeError, msgspec.ValidationError):
        text = raw.decode("utf-8", "replace").strip()[:200] or "no details"
        return ProtocolError(status, f"http_{status}", text, retry_after=wait)
    return ProtocolError(status, detail.code, detail.message, detail.details, wait)


def make_session(connection_limit: int = 100) -> aiohttp.ClientSession:
    """A client session for devices; one per process is enough, even for many devices."""
    connector = aiohttp.TCPConnector(limit=connection_limit, limit_per_host=connection_limit)
    return aiohttp.ClientSession(connector=connector, headers={"User-Agent": "campo-device/1"})
