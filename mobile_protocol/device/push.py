"""Sending the outbox: batches within the server's limits, acknowledgements applied as they come."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import TypeVar

import msgspec

from mobile_protocol.messages import Limits

from .client import ProtocolClient, ProtocolError, RequestFailed, RetryPolicy
from .outbox import Outbox

T = TypeVar("T")
# Room for the batch's envelope and for the server counting bytes a little differently.
BODY_MARGIN = 0.9
DEFAULT_LIMITS = Limits(max_body_bytes=1024 * 1024, max_positions_per_batch=500, max_visits_per_batch=100)


@dataclass(slots=True)
class PushReport:
    """Counts of one push, and why it stopped early (None when the outbox was emptied)."""

    media_uploaded: int = 0
    media_rejected: int = 0
    positions_accepted: int = 0
    positions_duplicates: int = 0
    positions_rejected: int = 0
    visits_accepted: int = 0
    visits_duplicates: int = 0
    visits_conflicts: int = 0
    visits_rejected: int = 0
    visits_waiting_media: int = 0
    requests: int = 0
    error: str | None = None
    error_status: int | None = None

    @property
    def accepted(self) -> int:
        return self.positions_accepted + self.visits_accepted

    @property
    def duplicates(self) -> int:
        return self.positions_duplicates + self.visits_duplicates

    @property
    def rejected(self) -> int:
        return self.positions_rejected + self.visits_rejected + self.visits_conflicts + self.media_rejected

    def as_dict(self) -> dict[str, object]:
        """Plain values for --json."""
        return asdict(self) | {"accepted": self.accepted, "duplicates": self.duplicates, "rejected": self.rejected}


def describe_failure(exc: RequestFailed) -> str:
    """A sentence the user can act on for a failed request."""
    if isinstance(exc, ProtocolError):
        if exc.status == 401:
            return f"the server no longer accepts this device's token ({exc.message}); pair again"
        if exc.status == 422:
            errors = (exc.details or {}).get("errors") or []
            listed = "; ".join(f"{e.get('path')}: {e.get('message')}" for e in errors if isinstance(e, dict))
            return f"the server refused the request as invalid: {listed or exc.message}"
        if exc.retryable:
            return f"the server is busy or failing ({exc}); try again later"
        return f"the server refused the request ({exc})"
    return str(exc)


def fit_batch(items: Sequence[T], max_items: int, max_body_bytes: int) -> int:
    """How many leading items make one batch within the item and (decoded) byte limits."""
    budget = int(max_body_bytes * BODY_MARGIN) - 32
    size = 0
    for count, item in enumerate(items[:max_items]):
        size += len(msgspec.json.encode(item)) + 1
        if size > budget:
            return max(1, count)
    return min(len(items), max_items)


async def _upload_media(outbox: Outbox, client: ProtocolClient, retry: RetryPolicy | None,
                        report: PushReport) -> None:
    """Send every queued photo and signature, oldest first; a refused file becomes a dead letter."""
    while queued := outbox.media(1):
        ((identifier, data),) = queued
        try:
            receipt = await client.post_media(data, retry=retry)
        except ProtocolError as exc:
            if exc.status in (400, 413, 415):  # never acceptable as it is
                outbox.bury_media(identifier, exc.code, exc.message)
                report.media_rejected += 1
                continue
            raise
        report.requests += 1
        if receipt.id != identifier:
            raise ProtocolError(200, "bad_response", f"the server named media {identifier} {receipt.id}")
        outbox.ack_media(identifier)
        report.media_uploaded += 1


async def _drain(read: Callable[[int], list], send, ack, max_items: int, max_bytes: int,
                 report: PushReport) -> None:
    """Send batches from the front of one queue until it is empty (or `ack` says stop); shrink on 413."""
    while True:
        queued = read(max_items)
        if not queued:
            return
        batch = queued[: fit_batch(queued, max_items, max_bytes)]
        try:
            response = await send(batch)
        except ProtocolError as exc:
            if exc.status == 413 and len(batch) > 1:
                max_items = max(1, len(batch) // 2)  # the limits shrank since /health, or we misjudged
                continue
            raise
        report.requests += 1
        # Kill here and nothing is lost: the outbox still holds the batch; a resend is a duplicate.
        progress = ack(batch, response)
        if progress is None:
            return
        if not progress:
            raise ProtocolError(200, "no_progress", "the server acknowledged nothing of a batch")


async def push_outbox(outbox: Outbox, client: ProtocolClient, limits: Limits | None = None,
                      retry: RetryPolicy | None = None) -> PushReport:
    """Send every queued photo and signature, then positions, then visits; stop at the first failed request."""
    limits = limits or outbox.state.limits or DEFAULT_LIMITS
    report = PushReport()

    def ack_positions(batch, result) -> bool:
        ack = outbox.ack_positions(batch, result)
        report.positions_accepted += ack.accepted
        report.positions_duplicates += ack.duplicates
        report.positions_rejected += ack.rejected
        return ack.dropped + ack.rejected > 0

    def ack_visits(batch, response) -> bool:
        ack = outbox.ack_visits(batch, response)
        report.visits_accepted += ack.accepted
        report.visits_duplicates += ack.duplicates
        report.visits_conflicts += ack.conflicts
        report.visits_rejected += ack.rejected
        report.visits_waiting_media += ack.waiting_media
        if ack.waiting_media and ack.waiting_media + ack.unanswered == len(batch):
            return None  # only visits waiting for media are left at the front: next push
        return ack.unanswered < len(batch)

    try:
        await _upload_media(outbox, client, retry, report)
        await _drain(outbox.positions, lambda b: client.post_positions(b, retry=retry), ack_positions,
                     max(1, limits.max_positions_per_batch), limits.max_body_bytes, report)
        await _drain(outbox.visits, lambda b: client.post_visits(b, retry=retry), ack_visits,
                     max(1, limits.max_visits_per_batch), limits.max_body_bytes, report)
    except RequestFailed as exc:
        report.error = describe_failure(exc)
        report.error_status = getattr(exc, "status", None)
    return report
