"""The reference device client of protocol v1: state, outbox, HTTP client, simulator and CLI."""

from .client import ProtocolClient, ProtocolError, RequestFailed, RetryPolicy, ServerUnreachable
from .outbox import Outbox
from .push import PushReport, push_outbox
from .simulate import SimulationSummary, run_simulation
from .state import DeviceState

__all__ = [
    "DeviceState",
    "Outbox",
    "ProtocolClient",
    "ProtocolError",
    "PushReport",
    "RequestFailed",
    "RetryPolicy",
    "ServerUnreachable",
    "SimulationSummary",
    "push_outbox",
    "run_simulation",
]
