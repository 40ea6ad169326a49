"""The crash-recovery test's harness: a `campo-server serve` process to kill and restart, a device
pushing in a thread of the test, and the checks that nothing was lost or stored twice."""

from __future__ import annotations

import os

from mobile_protocol.device.client import RetryPolicy
from mobile_protocol.messages import Limits

SEED = int(os.environ.get("CAMPO_CRASH_SEED", "20261122"))
KILLS = 30
HOME = (4.65, -74.05)
# Small batches, so that a push is many requests and the kills land among them.
DEVICE_LIMITS = Limits(max_body_bytes=1024 * 1024, max_positions_per_batch=200, max_visits_per_batch=10)
# The device's own backoff, shortened to the test's time scale (a restart takes well under a second
# here). Few attempts: a restart outlasts them now and then, the push stops, and the device pushes
# again later, as `campo-device push` run again would; both kinds of retry happen.
RETRY = RetryPolicy(attempts=5, deadline_s=30.0, base_delay_s=0.05, max_delay_s=0.4)
START_TIMEOUT_S = 60.0

