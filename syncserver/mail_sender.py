"""The mail sender: drains the visit e-mail outbox to the SMTP server, with retries and backoff.

Delivery is at-least-once: a row is marked sent only after the SMTP server accepted it, so a crash
in between sends it again, with the same Message-ID (see docs/notifications.md).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

from aiohttp import web
from sqlalchemy import Engine

from .config import MailPolicy
from .db.engine import default_data_dir
from .events import AlertsChanged, EventBus, VisitStored
from .keys import BUS, CONFIG, ENGINE, READERS, WRITER
from .mail_letters import Letter, compose
from .mail_outbox import Claimed, ClaimJob, ReleaseJob, RetryJob, SentJob, next_due, retry_delay
from .mail_settings import MailSettingsInfo, read_mail_settings
from .mail_smtp import MailError, Session
from .writer import Writer

log = logging.getLogger(__name__)
MIN_SLEEP_S = 0.05  # a row due "now" that another server holds must not make this loop spin
# Messages accepted by the SMTP server whose "sent" mark is not committed yet: what a crash would resend.
MARKS_IN_FLIGHT = 4


class MailSender:
    """Runs on the server's loop: one task claims due rows, composes them on a reader thread, sends them.

    Rows are claimed and settled through the writer (one writer owns all writes); a stored visit
    wakes the task, otherwise it sleeps until the next row is due (at most `policy.poll_s`).
    """

    def __init__(self, engine: Engine, writer: Writer, bus: EventBus, readers, media_root: Path,
                 policy: MailPolicy) -> None:
        self._engine, self._writer, self._bus, self._readers = engine, writer, bus, readers
        self._media_root = media_root
        self.policy = policy
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._unsubscribe = None
        self._held: set[int] = set()
        self._stopping = False
        # An outage of the SMTP server pauses the whole sender (one connection attempt per backoff
        # step, not one per stored visit); new rows wait for the next attempt.
        self._outage = 0
        self._paused_until = 0.0
        self.sent = 0

    async def start(self) -> None:
        """Start the sending task and listen for stored visits."""
        self._unsubscribe = self._bus.subscribe(self._on_event)
        self._task = asyncio.create_task(self._run(), name="campo-mail")

    async def stop(self) -> None:
        """Stop after the message being sent (not in the middle of it: that could deliver it twice);
        rows claimed but not yet sent are handed back, due at once."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout=self.policy.timeout_s + 5)
            except (asyncio.CancelledError, asyncio.TimeoutError):
                pass
        if self._held:
            try:
                await self._writer.submit(ReleaseJob(sorted(self._held)))
            except Exception:  # noqa: BLE001 - their lease runs out instead
                log.exception("could not hand back %d claimed e-mails", len(self._held))
            self._held.clear()

    def wake(self) -> None:
        """Look at the outbox now, even during an outage's pause (the settings changed)."""
        self._paused_until = 0.0
        self._wake.set()

    def _on_event(self, event) -> None:
        if isinstance(event, (VisitStored, AlertsChanged)):
            self._wake.set()

    async def _run(self) -> None:
        while not self._stopping:
            try:
                state = await self._round()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the sender must outlive any one bad round
                log.exception("mail round failed")
                state = "off"
            if state != "worked" and not self._stopping:
                await self._sleep(until_due=state == "idle")

    async def _sleep(self, until_due: bool) -> None:
        """Until the outage's pause ends; else until woken, the next row is due (`until_due`) or poll_s."""
        while (paused := self._paused_until - time.monotonic()) > 0 and not self._stopping:
            await self._nap(paused)  # stored visits do not end a pause; wake() and stop() do
        wait = self.policy.poll_s
        if until_due:
            due = await asyncio.get_running_loop().run_in_executor(self._readers, self._next_due)
            if due is not None:
                wait = min(wait, max(MIN_SLEEP_S, (due - datetime.now(timezone.utc)).total_seconds()))
        await self._nap(wait)

    async def _nap(self, seconds: float) -> None:
        self._wake.clear()
        if self._stopping:
            return
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=seconds)
        except asyncio.TimeoutError:
            pass

    def _next_due(self) -> datetime | None:
        with self._engine.connect() as conn:
            return next_due(conn)

    async def _round(self) -> str:
        """Claim, compose and send one batch: "worked", "paused" (the SMTP server is out of reach),
        "idle" (nothing due) or "off" (notifications off)."""
        loop = asyncio.get_running_loop()
        settings = await loop.run_in_executor(self._readers, read_mail_settings, self._engine)
        if not (settings.enabled and settings.host and settings.recipients):
            return "off"  # rows stay pending until notifications are on again
        claimed = await self._writer.submit(ClaimJob(self.policy.batch, self.policy.lease_s))
        self._held.update(row.id for row in claimed)
        if not claimed or self._stopping:
            return "idle"
        letters = await loop.run_in_executor(self._readers, compose, self._engine, self._media_root, settings, claimed)
        return "worked" if await self._send(settings, letters) else "paused"

    async def _send(self, settings: MailSettingsInfo, letters: list[Letter]) -> bool:
        """Send a batch over one connection; False when the connection failed (the sender pauses)."""
        session = Session(settings, timeout_s=self.policy.timeout_s, cert_bundle=self.policy.cert_bundle)
        marks: list[asyncio.Future] = []
        unmarked = asyncio.Semaphore(MARKS_IN_FLIGHT)
        try:
            try:
                await session.open()
            except MailError as error:  # every row of the batch failed alike; their retries commit together
                self._pause()
                await asyncio.gather(*(self._failed(letter.claimed, error) for letter in letters))
                return False
            self._outage = 0
            for index, letter in enumerate(letters):
                if self._stopping:
                    return True  # stop() hands the rest back
                if letter.message is None:
                    await self._failed(letter.claimed, MailError("settings", letter.problem or "no message"))
                    continue
                await unmarked.acquire()
                try:
                    await session.send(letter.message, settings.recipients)
                except MailError as error:
                    unmarked.release()
                    await self._failed(letter.claimed, error)
                    if error.connection_lost:  # the rest wait for the next round's connection
                        self._pause()
                        rest = [later.claimed.id for later in letters[index + 1:]]
                        if rest:
                            await self._writer.submit(ReleaseJob(rest))
                            self._held.difference_update(rest)
                        return False
                    continue
                # Marked at once, one by one, not awaited here: the next message goes out while the
                # writer commits this one's mark, at most MARKS_IN_FLIGHT ahead (what a crash resends).
                marks.append(asyncio.ensure_future(self._mark_sent(letter.claimed.id, unmarked)))
        finally:
            await session.close()
            await asyncio.gather(*marks)
        return True

    def _pause(self) -> None:
        self._outage += 1
        delay = retry_delay(self._outage, self.policy.first_retry_s, self.policy.max_retry_s)
        self._paused_until = time.monotonic() + delay

    async def _mark_sent(self, row_id: int, unmarked: asyncio.Semaphore) -> None:
        try:
            await self._writer.submit(SentJob([row_id]))
        finally:
            unmarked.release()
        self._held.discard(row_id)
        self.sent += 1

    async def _failed(self, row: Claimed, error: MailError) -> None:
        attempts = row.attempts + 1
        give_up = attempts >= self.policy.max_attempts
        delay = retry_delay(attempts, self.policy.first_retry_s, self.policy.max_retry_s)
        log.warning("e-mail of visit %s, attempt %d%s: %s", row.visit_id, attempts,
                    " (giving up)" if give_up else f", next in {delay:.0f} s", error)
        await self._writer.submit(RetryJob(row.id, attempts, str(error), delay, give_up))
        self._held.discard(row.id)


MAIL_SENDER = web.AppKey("mail_sender", MailSender)


async def mail_sender_ctx(app: web.Application) -> AsyncIterator[None]:
    """Run the mail sender for the app's lifetime (after the writer starts, stopped before it stops)."""
    config = app[CONFIG]
    sender = MailSender(app[ENGINE], app[WRITER], app[BUS], app[READERS], config.data_dir or default_data_dir(),
                        config.mail)
    app[MAIL_SENDER] = sender
    await sender.start()
    yield
    await sender.stop()


async def mail_settings_changed(app: web.Application) -> None:
    """Apply changed mail settings at once: the writer re-reads its rules, the sender looks again."""
    app[WRITER].forget_branch()
    app[MAIL_SENDER].wake()

