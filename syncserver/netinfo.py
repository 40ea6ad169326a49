"""This machine's LAN addresses and the server URLs devices can reach it at."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
from pathlib import Path

DEFAULT_PORT = 8750
LOOPBACK = "127.0.0.1"
# Connecting a UDP socket sends nothing; it only asks the OS which source address it would route
# from. A TEST-NET address works without internet as long as there is any default route.
_PROBE = ("192.0.2.1", 9)


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.IPv4Address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_unspecified or ip.is_multicast)


def _routed_address() -> str | None:
    """The source address of the default route, if there is one."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)
            return probe.getsockname()[0]
    except OSError:
        return None


def _interface_addresses() -> list[str]:
    """IPv4 addresses of every network interface (ifaddr comes with zeroconf; hostname lookup otherwise)."""
    try:
        import ifaddr
    except ImportError:  # pragma: no cover - zeroconf depends on ifaddr
        ifaddr = None
    if ifaddr is not None:
        found = []
        for adapter in ifaddr.get_adapters():
            found += [ip.ip for ip in adapter.ips if isinstance(ip.ip, str)]
        return found
    try:  # pragma: no cover
        return socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:  # pragma: no cover
        return []


def lan_addresses() -> list[str]:
    """Non-loopback IPv4 addresses of this machine, default-route one first; ["127.0.0.1"] if none."""
    found: list[str] = []
    for address in [_routed_address(), *_interface_addresses()]:
        if address and _usable(address) and address not in found:
            found.append(address)
    return found or [LOOPBACK]


def server_urls(port: int = DEFAULT_PORT, public_url: str | None = None, scheme: str = "http") -> list[str]:
    """Every URL a device may try, public one first, then <scheme>://<LAN address>:<port> for each address."""
    urls = [public_url.rstrip("/")] if public_url else []
    for address in lan_addresses():
        url = f"{scheme}://{address}:{port}"
        if url not in urls:
            urls.append(url)
    return urls


SERVED_FILE = "served.json"  # in the data directory: what the last `campo-server serve` offered devices


def remember_served(data_dir: Path, database: str, urls: list[str], fingerprint: str | None) -> None:
    """Keep the URLs (public one first) and certificate fingerprint a started server offers, for `enroll`'s QR.

    `database` names the branch's database (its URL without the password): the note is only for that branch.
    """
    path = Path(data_dir) / SERVED_FILE
    temp = path.with_suffix(".tmp")
    temp.write_text(json.dumps({"database": database, "urls": urls, "fingerprint": fingerprint}), encoding="utf-8")
    os.replace(temp, path)


def last_served(data_dir: Path, database: str) -> tuple[list[str], str | None] | None:
    """The URLs and fingerprint the last server of this data directory and database offered, or None."""
    try:
        stored = json.loads((Path(data_dir) / SERVED_FILE).read_text(encoding="utf-8"))
        urls, fingerprint = stored["urls"], stored["fingerprint"]
        if stored["database"] != database:
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (isinstance(urls, list) and urls and all(isinstance(u, str) for u in urls)
            and (fingerprint is None or isinstance(fingerprint, str))):
        return None
    return urls, fingerprint
