"""The mail sender: drains the visit e-mail outbox to the SMTP server, with retries and backoff.

Delivery is at-least-once: a row is marked sent only after the SMTP server accepted it, so a crash
in between sends it again, with the same Message-ID (see docs/notifications.md).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from pathlib import Path

from aiohttp import web
from sqlalchemy import Engine

from .config import MailPolicy
from .db.engine import default_data_dir
from .events import EventBus, VisitStored
from .keys import BUS, CONFIG, ENGINE, READERS, WRITER
from .mail_letters import Letter, compose
from .mail_outbox import Claimed, ClaimJob, ReleaseJob, RetryJob, SentJob, next_due, retry_delay
from .mail_settings import MailSettingsInfo, read_mail_settings
from .mail_smtp import MailError, Session
from .writer import Writer

log = logging.getLogger(__name__)


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
        """Look at the outbox now (settings changed, a visit was stored)."""
        self._wake.set()

    def _on_event(self, event) -> None:
        if isinstance(event, VisitStored):
            self._wake.set()

    async def _run(self) -> None:
        while not self._stopping:
            try:
                worked = await self._round()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the sender must outlive any one bad round
                log.exception("mail round failed")
                worked = False
            if not worked and not self._stopping:
                await self._sleep()

    async def _sleep(self) -> None:
        loop = asyncio.get_running_loop()
        due = await loop.run_in_executor(self._readers, self._next_due)
        wait = self.policy.poll_s
        if due is not None:
            wait = min(wait, max(0.0, (due - datetime.now(timezone.utc)).total_seconds()))
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=wait)
        except asyncio.TimeoutError:
            pass

    def _next_due(self) -> datetime | None:
        with self._engine.connect() as conn:
            return next_due(conn)

    async def _round(self) -> bool:
        """Claim, compose and send one batch; False when there was nothing to do."""
        loop = asyncio.get_running_loop()
        settings = await loop.run_in_executor(self._readers, read_mail_settings, self._engine)
        if not (settings.enabled and settings.host and settings.recipients):
            return False  # rows stay pending until notifications are on again
        claimed = await self._writer.submit(ClaimJob(self.policy.batch, self.policy.lease_s))
        self._held.update(row.id for row in claimed)
        if not claimed or self._stopping:
            return False
        letters = await loop.run_in_executor(self._readers, compose, self._engine, self._media_root, settings, claimed)
        await self._send(settings, letters)
        return True

    async def _send(self, settings: MailSettingsInfo, letters: list[Letter]) -> None:
        session = Session(settings, timeout_s=self.policy.timeout_s, cert_bundle=self.policy.cert_bundle)
        try:
            try:
                await session.open()
            except MailError as error:
                for letter in letters:
                    await self._failed(letter.claimed, error)
                return
            for index, letter in enumerate(letters):
                if self._stopping:
                    return  # stop() hands the rest back
                if letter.message is None:
                    await self._failed(letter.claimed, MailError("settings", letter.problem or "no message"))
                    continue
                try:
                    await session.send(letter.message, settings.recipients)
                except MailError as error:
                    await self._failed(letter.claimed, error)
                    if error.connection_lost:  # the rest wait for the next round's connection
                        rest = [later.claimed.id for later in letters[index + 1:]]
                        if rest:
                            await self._writer.submit(ReleaseJob(rest))
                            self._held.difference_update(rest)
                        return
                    continue
                # Marked at once, one by one: a crash now resends at most this one message.
                await self._writer.submit(SentJob([letter.claimed.id]))
                self._held.discard(letter.claimed.id)
                self.sent += 1
        finally:
            await session.close()

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

