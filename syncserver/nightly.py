"""The nightly scoring run: once per local night of the branch, at the configured hour, never twice for a date.

Every check_every_s the server loop asks the scoring thread whether a run is due: the branch's
local time is within NIGHT_WINDOW_HOURS after the settings' nightly hour (the window ends at
midnight at the latest, so a night has one date) and no run is stored for today's local date,
whoever made it (the office's "Recalcular" at 01:00 counts). The stored runs are the only memory,
so a restart within the window neither repeats a finished run nor misses one that did not
happen. A run that fails is logged and not retried for that date until the next start.
The scoring modules (and scikit-learn) load on the scoring thread at the first check, so the
server starts as fast as before. After a nightly run the day's visit orders are planned with the
new priorities (`after_run`, on a server: route_plans.plan_routes_on_server through the writer).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from functools import partial

from aiohttp import web
from sqlalchemy import Engine

from .clock import utcnow
from .keys import CONFIG, ENGINE
from .kpis.days import branch_kpi_settings, zone_of

NIGHT_WINDOW_HOURS = 4
CHECK_EVERY_S = 60.0
log = logging.getLogger(__name__)


class NightlyScoring:
    """Its coroutines run on the server loop; `due` and `run_if_due` on its own scoring thread."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = utcnow,
                 check_every_s: float = CHECK_EVERY_S,
                 after_run: Callable[[date], Awaitable[object]] | None = None) -> None:
        self.engine = engine
        self.after_run = after_run  # on the loop, after each run this scheduler made (e.g. plan the routes)
        self.clock = clock
        self.check_every_s = check_every_s
        self.checks = 0
        self.made: list[int] = []  # run ids this scheduler stored
        self.made_days: list[date] = []
        self._failed: set[date] = set()
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="campo-scoring")

    def due(self, now: datetime) -> date | None:
        """The local date to score now, or None (outside the night window, or already scored)."""
        from .scoring.run_queries import has_run_for, reading  # noqa: PLC0415 - on the scoring thread
        from .scoring.settings import read_scoring_settings  # noqa: PLC0415

        settings = read_scoring_settings(self.engine)
        if settings.nightly_hour is None:
            return None
        with reading(self.engine) as conn:
            timezone, _grace = branch_kpi_settings(conn)
        local = now.astimezone(zone_of(timezone))
        opens = local.replace(hour=settings.nightly_hour, minute=0, second=0, microsecond=0)
        closes = min(opens + timedelta(hours=NIGHT_WINDOW_HOURS),
                     local.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1))
        day = local.date()
        if not opens <= local < closes or day in self._failed or has_run_for(self.engine, day):
            return None
        return day

    def run_if_due(self) -> int | None:
        """Score the portfolio when due; the new run's id, else None."""
        now = self.clock()
        day = self.due(now)
        if day is None:
            return None
        from .scoring.runs import run_scoring  # noqa: PLC0415 - on the scoring thread

        try:
            run_id = run_scoring(self.engine, day, trigger="nightly", now=now)
        except Exception:
            self._failed.add(day)
            raise
        self.made.append(run_id)
        self.made_days.append(day)
        log.info("nightly scoring as of %s: run %d", day, run_id)
        return run_id

    async def tick(self) -> int | None:
        """One check, on the scoring thread (the loop goes on meanwhile)."""
        self.checks += 1
        run_id = await asyncio.get_running_loop().run_in_executor(self._thread, self.run_if_due)
        if run_id is not None and self.after_run is not None:
            try:
                await self.after_run(self.made_days[-1])
            except Exception:  # noqa: BLE001 - the scores are stored; the routes wait for the office
                log.exception("planning the routes after nightly scoring run %d failed", run_id)
        return run_id

    async def run_forever(self) -> None:
        """Check now, then every check_every_s, until cancelled."""
        while True:
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - a failed night must not end the server
                log.exception("nightly scoring failed")
            await asyncio.sleep(self.check_every_s)

    async def close(self) -> None:
        """Wait for a run in progress to be stored, then end the thread."""
        await asyncio.get_running_loop().run_in_executor(None, partial(self._thread.shutdown, wait=True))


NIGHTLY = web.AppKey("nightly_scoring", NightlyScoring)
SCORING_CLOCK = web.AppKey("scoring_clock", object)  # tests put a fake clock here before the app starts


async def nightly_scoring(app: web.Application) -> AsyncIterator[None]:
    """The cleanup context that runs the nightly scoring for the app's lifetime (when the config wants it)."""
    config = app[CONFIG]
    if not config.nightly_scoring:
        yield
        return
    from .route_plans import plan_routes_on_server  # noqa: PLC0415 - light; the planner loads on use

    scheduler = NightlyScoring(app[ENGINE], clock=app.get(SCORING_CLOCK, utcnow), check_every_s=config.nightly_check_s,
                               after_run=partial(plan_routes_on_server, app, allow_past=True))
    app[NIGHTLY] = scheduler
    task = asyncio.create_task(scheduler.run_forever(), name="nightly-scoring")
    yield
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass
    await scheduler.close()
