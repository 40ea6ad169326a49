"""LAN discovery over mDNS/DNS-SD: the server announces itself, devices browse for it."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Sequence
from typing import NamedTuple

import ifaddr
from zeroconf import InterfaceChoice, IPVersion, ServiceStateChange, Zeroconf
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

SERVICE_TYPE = "_campo._tcp.local."
PROTOCOL = "1"
API_PATH = "/api/v1"
SHORT_ID_LEN = 8
MAX_LABEL_BYTES = 63  # a DNS label, and so a DNS-SD instance name, holds at most 63 bytes

Interfaces = InterfaceChoice | Sequence[str]


class FoundServer(NamedTuple):
    """A Campo server seen on the LAN."""

    name: str
    addresses: list[str]
    port: int
    properties: dict[str, str | None]


def local_ipv4_addresses() -> list[str]:
    """This machine's IPv4 addresses, loopback and link-local excluded."""
    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):  # IPv6 addresses come as tuples
                continue
            address = ipaddress.IPv4Address(ip.ip)
            if not (address.is_loopback or address.is_link_local) and ip.ip not in found:
                found.append(ip.ip)
    return found


def short_id(server_id: str) -> str:
    """The first hex digits of the server id, enough to tell branches apart on one LAN."""
    return server_id.replace("-", "")[:SHORT_ID_LEN]


def instance_name(branch_name: str, server_id: str) -> str:
    """The DNS-SD instance name: branch name plus short server id, within one DNS label."""
    suffix = f" ({short_id(server_id)})"
    # A dot would be read as a label separator, and control characters do not belong in names.
    printable = "".join(" " if c == "." or not c.isprintable() else c for c in branch_name)
    branch = " ".join(printable.split())
    budget = MAX_LABEL_BYTES - len(suffix.encode())
    branch = branch.encode()[:budget].decode(errors="ignore").rstrip() or "Campo"
    return branch + suffix


class Discovery:
    """Announces this server on the LAN; every method runs on the server's asyncio loop thread."""

    def __init__(
        self,
        *,
        server_id: str,
        branch_name: str,
        port: int,
        addresses: Sequence[str] | None = None,
        interfaces: Interfaces = InterfaceChoice.All,
    ) -> None:
        self._interfaces = interfaces
        self._zeroconf: AsyncZeroconf | None = None
        self._announcing: asyncio.Future[None] | None = None
        self.info = AsyncServiceInfo(
            SERVICE_TYPE,
            f"{instance_name(branch_name, server_id)}.{SERVICE_TYPE}",
            port=port,
            properties={"server_id": server_id, "protocol": PROTOCOL, "path": API_PATH},
            parsed_addresses=list(addresses) if addresses is not None else local_ipv4_addresses(),
            server=f"campo-{short_id(server_id)}.local.",
        )

    @property
    def name(self) -> str:
        """The registered service name (zeroconf renames it if another server holds it)."""
        return self.info.name

    async def start(self) -> None:
        """Register the service; returns once probing is done and it answers queries."""
        if self._zeroconf is not None:
            return
        self._zeroconf = AsyncZeroconf(interfaces=self._interfaces, ip_version=IPVersion.V4Only)
        try:
            # The returned task sends the announcements; the service already answers queries.
            self._announcing = await self._zeroconf.async_register_service(
                self.info, allow_name_change=True
            )
        except BaseException:
            await self._close()
            raise

    async def stop(self) -> None:
        """Unregister the service (goodbye packets sent) and close zeroconf."""
        if self._zeroconf is None:
            return
        try:
            if self._announcing is not None and not self._announcing.done():
                self._announcing.cancel()
            goodbyes = await self._zeroconf.async_unregister_service(self.info)
            await goodbyes
        finally:
            await self._close()

    async def _close(self) -> None:
        zeroconf, self._zeroconf, self._announcing = self._zeroconf, None, None
        if zeroconf is not None:
            await zeroconf.async_close()


async def browse(timeout: float = 3.0, interfaces: Interfaces = InterfaceChoice.All) -> list[FoundServer]:
    """Browse the LAN for `timeout` seconds and return the Campo servers that answered."""
    names: list[str] = []

    def on_change(zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange) -> None:
        if state_change is ServiceStateChange.Removed:
            if name in names:
                names.remove(name)
        elif name not in names:
            names.append(name)

    async with AsyncZeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only) as zeroconf:
        browser = AsyncServiceBrowser(zeroconf.zeroconf, SERVICE_TYPE, handlers=[on_change])
        try:
            await asyncio.sleep(timeout)
        finally:
            await browser.async_cancel()
        infos = [AsyncServiceInfo(SERVICE_TYPE, name) for name in names]
        resolved = await asyncio.gather(*(info.async_request(zeroconf.zeroconf, 1000) for info in infos))
    return [
        FoundServer(
            name=info.name,
            addresses=info.parsed_addresses(),
            port=info.port or 0,
            properties={
                key.decode(): value.decode() if value is not None else None
                for key, value in info.properties.items()
            },
        )
        for info, ok in zip(infos, resolved)
        if ok and info.port
    ]


async def announce(server_id: str, branch_name: str, port: int) -> Discovery:
    """Start announcing a running server on the LAN; stop the returned Discovery to withdraw."""
    discovery = Discovery(server_id=server_id, branch_name=branch_name, port=port)
    await discovery.start()
    return discovery
