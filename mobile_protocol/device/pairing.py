"""Pairing: the campo:// URI, finding a server that answers, and connecting a paired device."""

from __future__ import annotations

import platform
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import aiohttp

from mobile_protocol.messages import DeviceInfo, Health

from .client import ProtocolClient, RequestFailed, RetryPolicy, ServerUnreachable, normalize_base_url
from .state import DeviceState, Pairing

APP_VERSION = "campo-device 0.1"
# Trying the next URL beats waiting long on one that may be a stale LAN address.
PROBE_RETRY = RetryPolicy(attempts=2, deadline_s=10.0, base_delay_s=0.5)


class PairingError(Exception):
    """A pairing input or step the user has to fix."""


class NotPaired(PairingError):
    """The device has no pairing yet."""

    def __init__(self) -> None:
        super().__init__("this device is not paired: run `campo-device pair URL CODE` first")


@dataclass(frozen=True, slots=True)
class PairTarget:
    """Where and with which code to pair, as typed or scanned."""

    code: str
    urls: list[str] = field(default_factory=list)
    fingerprint: str | None = None


def parse_pair_uri(uri: str) -> PairTarget:
    """Parse `campo://pair?v=1&code=CODE&url=URL[&url=URL2...][&fp=SHA256]`."""
    parts = urlsplit(uri.strip())
    if parts.scheme != "campo" or (parts.netloc or parts.path.strip("/")) != "pair":
        raise PairingError(f"not a Campo pairing URI: {uri!r}")
    query = parse_qs(parts.query, keep_blank_values=True)
    version = query.get("v", [""])[0]
    if version != "1":
        raise PairingError(f"pairing URI version {version or '(missing)'} is not supported (need v=1)")
    codes = [c.strip() for c in query.get("code", []) if c.strip()]
    if len(codes) != 1:
        raise PairingError("the pairing URI must hold exactly one code")
    try:
        urls = [normalize_base_url(u) for u in query.get("url", []) if u.strip()]
    except ValueError as exc:
        raise PairingError(f"bad server URL in the pairing URI: {exc}") from None
    if not urls:
        raise PairingError("the pairing URI names no server URL")
    fingerprint = query.get("fp", [None])[0] or None
    if fingerprint is not None:
        fingerprint = fingerprint.replace(":", "").lower()
        if len(fingerprint) != 64 or any(c not in "0123456789abcdef" for c in fingerprint):
            raise PairingError("the pairing URI's fp must be a SHA-256 in hex")
    return PairTarget(code=codes[0], urls=urls, fingerprint=fingerprint)


def pair_target(first: str, code: str | None) -> PairTarget:
    """The target of `pair URL CODE` or `pair campo://...`."""
    if first.startswith("campo:"):
        if code is not None:
            raise PairingError("give either a campo:// URI or a URL and a code, not both")
        return parse_pair_uri(first)
    if code is None:
        raise PairingError("missing the pairing code: `campo-device pair URL CODE`")
    try:
        return PairTarget(code=code.strip(), urls=[normalize_base_url(first)])
    except ValueError as exc:
        raise PairingError(str(exc)) from None


def device_info(install_id: str) -> DeviceInfo:
    """What this device says about itself when pairing."""
    return DeviceInfo(install_id=install_id, model=f"simulator ({platform.machine() or 'unknown'})",
                      os=f"{platform.system()} {platform.release()}".strip()[:200], app_version=APP_VERSION)


async def find_server(session: aiohttp.ClientSession, urls: list[str], *, token: str | None = None,
                      fingerprint: str | None = None, retry: RetryPolicy = RetryPolicy(),
                      probe: RetryPolicy = PROBE_RETRY) -> tuple[ProtocolClient, Health]:
    """The first URL whose /health answers, as a client, with that health."""
    failures: list[str] = []
    for url in urls:
        client = ProtocolClient(session, url, token=token, retry=retry, fingerprint=fingerprint)
        try:
            return client, await client.health(retry=probe)
        except ServerUnreachable as exc:
            failures.append(f"{url} ({exc.reason})")
        except RequestFailed as exc:
            failures.append(f"{url} (answered {exc}; is it a Campo server?)")
    raise ServerUnreachable(", ".join(urls), "; ".join(failures) or "no URL to try", listed=True)


async def pair_device(state: DeviceState, session: aiohttp.ClientSession, target: PairTarget) -> Pairing:
    """Pair with the first server that answers and store the pairing."""
    client, health = await find_server(session, target.urls, fingerprint=target.fingerprint)
    response = await client.pair(target.code, device_info(state.install_id))
    urls = [client.base_url] + [u for u in target.urls if u != client.base_url]
    pairing = Pairing(server_urls=urls, server_id=response.server_id, device_id=response.device_id,
                      token=response.token, agent=response.agent, fingerprint=target.fingerprint)
    state.set_pairing(pairing)
    state.record_health(client.clock_offset_s or 0.0, health.limits)
    return pairing


async def connect(state: DeviceState, session: aiohttp.ClientSession,
                  retry: RetryPolicy = RetryPolicy()) -> tuple[ProtocolClient, Health]:
    """A client for the paired server (first URL that answers), recording clock and limits."""
    pairing = state.pairing
    if pairing is None:
        raise NotPaired()
    client, health = await find_server(session, pairing.server_urls, token=pairing.token,
                                       fingerprint=pairing.fingerprint, retry=retry)
    if health.server_id != pairing.server_id:
        raise PairingError(
            f"{client.base_url} is another server ({health.server_name}, id {health.server_id}) than the one"
            f" this device is paired with (id {pairing.server_id}); pair again"
        )
    state.prefer_url(client.base_url)
    state.record_health(client.clock_offset_s or 0.0, health.limits)
    return client, health
