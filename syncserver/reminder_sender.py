"""The reminder sender: plans today's reminders now and then, and sends the queued ones with retries.

E-mail goes through the branch's SMTP server (mail_settings, mail_smtp); SMS and WhatsApp through
the provider the reminder settings choose. A message is marked sent right after the provider or the
SMTP server accepted it; a stop hands back what was claimed; a crash in between resends it with the
same Message-ID or provider reference (docs/notifications.md).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

from aiohttp import web
from sqlalchemy import Engine, select

from .branch import load_branch
from .clock import utcnow
from .config import MailPolicy
from .db.engine import default_data_dir
from .db.reminder_models import ReminderOptOut
from .keys import CONFIG, ENGINE, READERS, WRITER
from .kpis.days import zone_of
from .mail_outbox import retry_delay
from .mail_settings import MailSettingsInfo, read_mail_settings
from .mail_smtp import MailError, Session
from .reminder_email import reminder_email
from .reminder_hours import is_quiet, next_allowed
from .reminder_outbox import ClaimedReminder, ClaimRemindersJob, ReleaseRemindersJob, SettleJob, next_due
from .reminder_planner import PlanJob, PlanResult
from .reminder_providers import FILE_NAME, FileProvider, HttpProvider, ProviderError, ReminderProvider
from .reminder_settings import ReminderSettingsInfo, read_reminder_settings
from .writer import Writer

log = logging.getLogger(__name__)
MIN_SLEEP_S = 0.05
TEXTS_AT_ONCE = 8  # provider requests in flight; each is marked sent as soon as it is accepted


class ReminderSender:
    """Runs on the server's loop: one task plans every `plan_every_s` and sends due messages.

    Reads run on the reader threads; every write (planning, claims, outcomes) goes through the writer.
    """

    def __init__(self, engine: Engine, writer: Writer, readers, data_dir: Path, policy: MailPolicy,
                 plan_every_s: float) -> None:
        self._engine, self._writer, self._readers = engine, writer, readers
        self._file = data_dir / FILE_NAME
        self.policy, self.plan_every_s = policy, plan_every_s
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._stopping = False
        self._planned_at = float("-inf")
        self._provider: ReminderProvider | None = None
        self._provider_key: tuple | None = None
        self.sent = 0

    async def start(self) -> None:
        """Start the task."""
        self._task = asyncio.create_task(self._run(), name="campo-reminders")

    async def stop(self) -> None:
        """Stop after the message being sent; what is claimed and not sent is handed back at the task's end."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout=self.policy.timeout_s + 5)
            except (asyncio.CancelledError, asyncio.TimeoutError):
                pass
        if self._provider is not None:
            await self._provider.close()

    def wake(self) -> None:
        """Look at the queue now (settings changed, or the office asked)."""
        self._wake.set()

    async def plan_now(self) -> PlanResult:
        """Plan today's reminders at once ("Enviar ahora") and wake the sending."""
        result = await self._writer.submit(PlanJob())
        self._planned_at = time.monotonic()
        self.wake()
        return result

    async def send_due(self) -> int:
        """Send every message due now, batch after batch, without the task (`campo-server reminders send`)."""
        before = self.sent
        while await self._round():
            pass
        return self.sent - before

    async def _run(self) -> None:
        while not self._stopping:
            worked = False
            try:
                if time.monotonic() - self._planned_at >= self.plan_every_s:
                    self._planned_at = time.monotonic()
                    await self._writer.submit(PlanJob())
                worked = await self._round()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - the sender must outlive any one bad round
                log.exception("reminder round failed")
            if not worked and not self._stopping:
                await self._sleep()

    async def _sleep(self) -> None:
        wait = min(self.policy.poll_s, self.plan_every_s)
        due = await asyncio.get_running_loop().run_in_executor(self._readers, self._next_due)
        if due is not None:
            wait = min(wait, max(MIN_SLEEP_S, (due - utcnow()).total_seconds()))
        self._wake.clear()
        if self._stopping:
            return
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=wait)
        except asyncio.TimeoutError:
            pass

    def _next_due(self) -> datetime | None:
        with self._engine.connect() as conn:
            return next_due(conn)

    def _context(self, account_ids: list[int]):
        """Settings, mail settings, the branch and the claimed accounts' opt-outs (a reader thread)."""
        with self._engine.connect() as conn:
            o = ReminderOptOut.__table__.c
            opted = set(conn.execute(select(o.account_id, o.channel).where(o.account_id.in_(account_ids))).all())
            return read_reminder_settings(conn), read_mail_settings(conn), load_branch(conn), opted

    async def _round(self) -> bool:
        """Claim and send one batch; False when nothing was due."""
        claimed = await self._writer.submit(ClaimRemindersJob(self.policy.batch, self.policy.lease_s))
        if not claimed:
            return False
        loop = asyncio.get_running_loop()
        settings, mail, branch, opted = await loop.run_in_executor(
            self._readers, self._context, sorted({row.account_id for row in claimed}))
        zone, now = zone_of(branch.timezone), utcnow()
        if is_quiet(now, zone, settings.quiet_start, settings.quiet_end):  # e.g. a retry that fell in the night
            later = next_allowed(now, zone, settings.quiet_start, settings.quiet_end)
            await self._writer.submit(ReleaseRemindersJob([row.id for row in claimed], later))
            return False
        emails = [row for row in claimed if row.channel == "email"]
        texts = [row for row in claimed if row.channel != "email"]
        await asyncio.gather(self._emails(emails, settings, mail, branch.server_id, opted, zone),
                             self._texts(texts, settings, opted, zone))
        return True

    async def _skipped(self, row: ClaimedReminder, settings: ReminderSettingsInfo, opted: set) -> bool:
        """Settle a row that must not go any more (channel off, opted out since planning); whether it was one."""
        reason = ("channel_off" if row.channel not in settings.channels()
                  else "opted_out" if (row.account_id, row.channel) in opted else None)
        if reason:
            await self._settle(SettleJob(row.id, "skipped", row.attempts, reason=reason))
        return reason is not None

    async def _emails(self, rows: list[ClaimedReminder], settings: ReminderSettingsInfo, mail: MailSettingsInfo,
                      server_id: str, opted: set, zone) -> None:
        """The batch's e-mails, one after the other over one SMTP connection."""
        session: Session | None = None
        try:
            for index, row in enumerate(rows):
                if self._stopping:
                    await self._writer.submit(ReleaseRemindersJob([later.id for later in rows[index:]]))
                    return
                if not await self._skipped(row, settings, opted):
                    session = await self._send_email(row, settings, mail, server_id, session, zone)
        finally:
            if session is not None:
                await session.close()

    async def _texts(self, rows: list[ClaimedReminder], settings: ReminderSettingsInfo, opted: set, zone) -> None:
        """The batch's SMS and WhatsApp messages, TEXTS_AT_ONCE at a time (their marks commit together)."""
        slots = asyncio.Semaphore(TEXTS_AT_ONCE)
        released: list[int] = []

        async def one(row: ClaimedReminder) -> None:
            async with slots:
                if self._stopping:
                    released.append(row.id)
                elif not await self._skipped(row, settings, opted):
                    await self._send_text(row, settings, zone)

        await asyncio.gather(*(one(row) for row in rows))
        if released:
            await self._writer.submit(ReleaseRemindersJob(released))

    async def _settle(self, job: SettleJob) -> None:
        await self._writer.submit(job)

    async def _retry(self, row: ClaimedReminder, error: str, settings: ReminderSettingsInfo, zone, *,
                     final: bool = False) -> None:
        attempts = row.attempts + 1
        if final or attempts >= self.policy.max_attempts:
            log.warning("reminder %d (%s) failed for good after %d attempt(s): %s", row.id, row.channel, attempts,
                        error)
            await self._settle(SettleJob(row.id, "failed", attempts, error=error))
            return
        delay = retry_delay(attempts, self.policy.first_retry_s, self.policy.max_retry_s)
        at = next_allowed(utcnow() + timedelta(seconds=delay), zone, settings.quiet_start, settings.quiet_end)
        log.info("reminder %d (%s), attempt %d: %s; next at %s", row.id, row.channel, attempts, error, at)
        await self._settle(SettleJob(row.id, "queued", attempts, error=error, retry_at=at))

    async def _send_email(self, row: ClaimedReminder, settings: ReminderSettingsInfo, mail: MailSettingsInfo,
                          server_id: str, session: Session | None, zone) -> Session | None:
        """Send one e-mail over the batch's connection (opened on first use); the connection for the next."""
        if not (mail.host and mail.from_address):
            await self._retry(row, "settings: no SMTP server or sender address is set", settings, zone)
            return session
        message = reminder_email(reminder_id=row.id, to=row.address, body=row.body, from_address=mail.from_address,
                                 sender_name=settings.sender_name, language=settings.language, server_id=server_id,
                                 now=utcnow())
        try:
            if session is None:
                session = Session(mail, timeout_s=self.policy.timeout_s, cert_bundle=self.policy.cert_bundle)
                await session.open()
            await session.send(message, (row.address,))
        except MailError as error:
            if error.connection_lost and session is not None:
                await session.close()
                session = None
            await self._retry(row, str(error), settings, zone, final=error.kind == "recipients")
            return session
        await self._settle(SettleJob(row.id, "sent", row.attempts + 1, provider_id=message["Message-ID"]))
        self.sent += 1
        return session

    def _provider_for(self, settings: ReminderSettingsInfo) -> ReminderProvider:
        key = (settings.provider, settings.provider_url, settings.provider_token, settings.sender_name)
        if self._provider is None or key != self._provider_key:
            if self._provider is not None:
                asyncio.ensure_future(self._provider.close())
            self._provider = (HttpProvider(settings.provider_url, settings.provider_token, sender=settings.sender_name,
                                           timeout_s=self.policy.timeout_s)
                              if settings.provider == "http" else FileProvider(self._file))
            self._provider_key = key
        return self._provider

    async def _send_text(self, row: ClaimedReminder, settings: ReminderSettingsInfo, zone) -> None:
        provider = self._provider_for(settings)
        try:
            provider_id = await provider.send(channel=row.channel, to=row.address, body=row.body,
                                              reference=f"reminder-{row.id}")
        except ProviderError as error:
            await self._retry(row, str(error), settings, zone, final=not error.retry)
            return
        await self._settle(SettleJob(row.id, "sent", row.attempts + 1, provider_id=provider_id))
        self.sent += 1


REMINDER_SENDER = web.AppKey("reminder_sender", ReminderSender)


async def reminder_sender_ctx(app: web.Application) -> AsyncIterator[None]:
    """Run the reminder sender for the app's lifetime (after the writer starts, stopped before it stops)."""
    config = app[CONFIG]
    sender = ReminderSender(app[ENGINE], app[WRITER], app[READERS], config.data_dir or default_data_dir(),
                            config.reminders, config.reminder_plan_s)
    app[REMINDER_SENDER] = sender
    await sender.start()
    yield
    await sender.stop()


async def run_reminders_now(app: web.Application) -> PlanResult:
    """Plan today's reminders now and send what is due (the desktop's "Enviar ahora")."""
    return await app[REMINDER_SENDER].plan_now()


async def reminder_settings_changed(app: web.Application) -> None:
    """Look at the queue again with the new settings."""
    app[REMINDER_SENDER].wake()
