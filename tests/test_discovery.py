"""LAN discovery: register and browse over real mDNS, inside a private network namespace.

Network rule: multicast from a test must never leave the machine. The mDNS test re-runs this
file as a script under `unshare -n`, where the only interface is a loopback of its own; the
script refuses to run anywhere else.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from syncserver.discovery import (
    API_PATH,
    MAX_LABEL_BYTES,
    SERVICE_TYPE,
    Discovery,
    browse,
    instance_name,
    local_ipv4_addresses,
)

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = ["127.0.0.1"]
# Linux 6.x delivers multicast on lo once it is up; the MULTICAST flag makes lo look like the
# LAN interfaces zeroconf expects, and costs nothing.
NETNS_SETUP = "ip link set lo up && ip link set lo multicast on"


def private_netns_unavailable() -> str | None:
    """Why a private network namespace cannot be made here, or None when it can."""
    for tool in ("unshare", "ip"):
        if shutil.which(tool) is None:
            return f"'{tool}' is not installed (util-linux / iproute2)"
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", NETNS_SETUP], capture_output=True, text=True, timeout=30
    )
    if result.returncode != 0:
        return (
            "cannot create a private network namespace (unshare -n needs root or CAP_SYS_ADMIN): "
            + result.stderr.strip()
        )
    return None


def run_in_private_netns(*args: str) -> dict:
    """Run this file as a script inside a fresh network namespace; returns the JSON it prints."""
    if reason := private_netns_unavailable():
        pytest.skip(reason)
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", f'{NETNS_SETUP} && exec "$0" -m tests.test_discovery "$@"',
         sys.executable, *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, f"the namespace script failed:\n{result.stdout}\n{result.stderr}"
    return json.loads(result.stdout.splitlines()[-1])


def test_register_browse_and_unregister_over_mdns() -> None:
    server_id = str(uuid.uuid4())
    report = run_in_private_netns(server_id, "8765")

    expected_name = f"{instance_name('Sucursal Centro', server_id)}.{SERVICE_TYPE}"
    assert report["name"] == expected_name
    assert report["found"] == [
        {
            "name": expected_name,
            "addresses": ["127.0.0.1"],
            "port": 8765,
            "properties": {"server_id": server_id, "protocol": "1", "path": API_PATH},
        }
    ]
    assert report["goodbye_seen"], "browsers were not told the service went away"
    assert report["found_after_stop"] == []


def test_instance_name_is_branch_and_short_id_within_one_label() -> None:
    server_id = "3f2a1b9c-0000-4000-8000-000000000000"
    assert instance_name("Sucursal Centro", server_id) == "Sucursal Centro (3f2a1b9c)"
    assert instance_name("Av. Boyacá\n", server_id) == "Av Boyacá (3f2a1b9c)"
    long_name = instance_name("Sucursal " + "ñ" * 80, server_id)
    assert len(long_name.encode()) <= MAX_LABEL_BYTES and long_name.endswith(" (3f2a1b9c)")


def test_txt_records_and_addresses_are_what_devices_read() -> None:
    discovery = Discovery(server_id="abc", branch_name="Norte", port=8443, addresses=["192.0.2.10"])
    assert discovery.name == f"Norte (abc).{SERVICE_TYPE}"
    assert discovery.info.port == 8443
    assert discovery.info.parsed_addresses() == ["192.0.2.10"]
    assert discovery.info.properties == {b"server_id": b"abc", b"protocol": b"1", b"path": b"/api/v1"}


def test_default_addresses_leave_out_loopback() -> None:
    # Only reads the interface list; nothing is sent.
    assert not any(address.startswith("127.") for address in local_ipv4_addresses())


async def _probe(server_id: str, port: int) -> dict:
    """Register, browse, watch for the goodbye, browse again: what a device would see."""
    from zeroconf import ServiceStateChange
    from zeroconf.asyncio import AsyncServiceBrowser, AsyncZeroconf

    discovery = Discovery(
        server_id=server_id, branch_name="Sucursal Centro", port=port,
        interfaces=LOOPBACK, addresses=LOOPBACK,
    )
    await discovery.start()
    changes: list[tuple[str, ServiceStateChange]] = []
    async with AsyncZeroconf(interfaces=LOOPBACK) as watcher:
        browser = AsyncServiceBrowser(
            watcher.zeroconf, SERVICE_TYPE,
            handlers=[lambda zeroconf, service_type, name, state_change: changes.append((name, state_change))],
        )
        found = await browse(timeout=1.5, interfaces=LOOPBACK)
        added = await _wait_for(lambda: (discovery.name, ServiceStateChange.Added) in changes, 5.0)
        await discovery.stop()
        removed = await _wait_for(lambda: (discovery.name, ServiceStateChange.Removed) in changes, 5.0)
        await browser.async_cancel()
    found_after_stop = await browse(timeout=1.0, interfaces=LOOPBACK)
    return {
        "name": discovery.name,
        "found": [server._asdict() for server in found],
        "goodbye_seen": added and removed,
        "found_after_stop": [server._asdict() for server in found_after_stop],
    }


async def _wait_for(condition, timeout: float) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def _main() -> None:
    interfaces = [name for _, name in socket.if_nameindex()]
    if interfaces != ["lo"]:
        sys.exit(f"refusing to send mDNS: interfaces {interfaces} are not a private namespace's lo only")
    server_id, port = sys.argv[1], int(sys.argv[2])
    print(json.dumps(asyncio.run(_probe(server_id, port))))


if __name__ == "__main__":
    _main()
