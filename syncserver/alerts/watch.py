"""The periodic alert checks on the server loop: silent devices every minute, the sweep every quarter hour.

Each check reads on a reader thread and writes through the writer (one job). The first check
(and the first sweep, so the morning's broken promises show soon after the office starts Campo)
runs one period after the server starts, so a server started for a few seconds raises nothing.
Every period the watch also counts the acknowledged alerts: an acknowledgement made in another
process (`campo-server alerts ack`, another office PC on a shared PostgreSQL) publishes no event
of its own, so the watch publishes `AlertsChanged(acknowledged=n)` when that count grows.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime

from aiohttp import web
from sqlalchemy import Engine, func, select

from ..clock import utcnow
from ..db.alert_models import Alert
from ..events import AlertsChanged, EventBus
from ..keys import BUS, CONFIG, ENGINE, READERS, WRITER
from ..kpis.days import zone_of
from ..branch import load_branch
from .jobs import SilentCheckJob, SweepJob
from .kinds import SWEPT_KINDS
from .settings import read_alert_settings
from .sweep import sweep_conditions

CHECK_EVERY_S = 60.0
SWEEP_EVERY_S = 900.0
log = logging.getLogger(__name__)


class AlertWatch:
    """Its coroutines run on the server loop; `_read*` on a reader thread."""

    def __init__(self, engine: Engine, writer, readers, *, clock: Callable[[], datetime] = utcnow,
                 check_every_s: float = CHECK_EVERY_S, sweep_every_s: float = SWEEP_EVERY_S,
                 bus: EventBus | None = None) -> None:
        self.engine, self.writer, self.readers, self.bus = engine, writer, readers, bus
        self.clock = clock
        self.check_every_s, self.sweep_every_s = check_every_s, sweep_every_s
        self.acknowledged: int | None = None  # acknowledged alerts at the last look (None: not looked yet)

    def _read(self):
        with self.engine.connect() as conn:
            zone = zone_of(load_branch(conn).timezone)
            return read_alert_settings(conn), zone

    async def check_silent(self) -> list[int]:
        """Raise the alerts of devices silent now (during working hours); the new alerts' ids."""
        settings, zone = await asyncio.get_running_loop().run_in_executor(self.readers, self._read)
        now = self.clock()
        cutoff = settings.silent_cutoff(now, zone)
        if cutoff is None:
            return []
        return await self.writer.submit(SilentCheckJob(cutoff, now, settings.silent_minutes, settings.mail_kinds))

    async def sweep(self) -> tuple[int, int]:
        """Raise and resolve the alerts of promises and agreements; (raised, resolved)."""
        loop = asyncio.get_running_loop()
        settings, zone = await loop.run_in_executor(self.readers, self._read)
        now = self.clock()
        found = await loop.run_in_executor(self.readers, sweep_conditions, self.engine, now.astimezone(zone).date())
        return await self.writer.submit(SweepJob(SWEPT_KINDS, found.rows, found.holding, now, settings.mail_kinds))

    def _count_acknowledged(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(Alert).where(Alert.acknowledged_at.is_not(None))))

    async def check_acknowledged(self) -> int:
        """Publish AlertsChanged when alerts were acknowledged since the last look (by anyone); how many."""
        count = await asyncio.get_running_loop().run_in_executor(self.readers, self._count_acknowledged)
        before, self.acknowledged = self.acknowledged, count
        if before is None or count <= before:
            return 0
        if self.bus is not None:
            self.bus.publish(AlertsChanged(0, 0, count - before))
        return count - before

    async def run_forever(self) -> None:
        """Check every check_every_s and sweep every sweep_every_s (the first with the first check), until cancelled."""
        swept: float | None = None
        try:
            await self.check_acknowledged()  # where the count starts: acknowledgements before the start are old news
        except Exception:  # noqa: BLE001 - the next look starts the count instead
            log.exception("counting the acknowledged alerts failed")
        while True:
            await asyncio.sleep(self.check_every_s)
            for check in (self.check_silent, self.sweep, self.check_acknowledged):
                if check == self.sweep and swept is not None and time.monotonic() - swept < self.sweep_every_s:
                    continue
                try:
                    await check()
                except asyncio.CancelledError:
                    raise
                except Exception:  # noqa: BLE001 - a failed check must not end the server
                    log.exception("alert check %s failed", check.__name__)
                if check == self.sweep:
                    swept = time.monotonic()


ALERT_WATCH = web.AppKey("alert_watch", AlertWatch)
ALERT_CLOCK = web.AppKey("alert_clock", object)  # tests put a fake clock here before the app starts


async def alert_watch_ctx(app: web.Application) -> AsyncIterator[None]:
    """Run the periodic alert checks for the app's lifetime (the app's writer must be running)."""
    config = app[CONFIG]
    watch = AlertWatch(app[ENGINE], app[WRITER], app[READERS], clock=app.get(ALERT_CLOCK, utcnow),
                       check_every_s=config.alert_check_s, bus=app[BUS])
    app[ALERT_WATCH] = watch
    task = asyncio.create_task(watch.run_forever(), name="alert-watch")
    yield
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
