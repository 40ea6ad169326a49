"""The kinds of alert and the dedupe key of each condition (pure functions)."""

from __future__ import annotations

SILENT_DEVICE = "silent_device"
LOW_BATTERY = "low_battery"
OUTSIDE_GEOFENCE = "outside_geofence"
MOCK_LOCATION = "mock_location"
BROKEN_PROMISE = "broken_promise"
OVERDUE_INSTALMENT = "overdue_instalment"
BROKEN_AGREEMENT = "broken_agreement"

KINDS = (SILENT_DEVICE, LOW_BATTERY, OUTSIDE_GEOFENCE, MOCK_LOCATION, BROKEN_PROMISE, OVERDUE_INSTALMENT,
         BROKEN_AGREEMENT)
DEVICE_KINDS = (SILENT_DEVICE, LOW_BATTERY)  # resolved by the writer when the device speaks again
VISIT_KINDS = (OUTSIDE_GEOFENCE, MOCK_LOCATION)  # facts about a stored visit: never resolve by themselves
SWEPT_KINDS = (BROKEN_PROMISE, OVERDUE_INSTALMENT, BROKEN_AGREEMENT)  # re-evaluated by the periodic sweep
# A visit flag (syncserver.flags) that raises an alert of the same name.
VISIT_FLAG_KINDS = {"outside_geofence": OUTSIDE_GEOFENCE, "mock_location": MOCK_LOCATION}


def silent_key(device_id: int) -> str:
    """One silence of a device at a time."""
    return f"silent:{device_id}"


def battery_key(device_id: int) -> str:
    """One low battery of a device at a time."""
    return f"battery:{device_id}"


def visit_key(kind: str, visit_id: str) -> str:
    """One alert per flagged visit and kind."""
    return f"{kind}:{visit_id}"


def promise_key(visit_id: str) -> str:
    """One alert per broken promise (the promise is its visit)."""
    return f"promise:{visit_id}"


def instalment_key(agreement_id: int, number: int) -> str:
    """One alert per missed instalment."""
    return f"instalment:{agreement_id}:{number}"


def agreement_key(agreement_id: int) -> str:
    """One alert per broken agreement."""
    return f"agreement:{agreement_id}"
