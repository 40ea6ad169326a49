"""The nightly scoring with an injected clock: once per local night, never twice for a date, across restarts."""

from __future__ import annotations

import asyncio
import threading
from datetime import date, datetime
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy import Engine

from syncserver.app import make_app
from syncserver.config import ServerConfig
from syncserver.nightly import NIGHTLY, SCORING_CLOCK, NightlyScoring
from syncserver.scoring.run_queries import list_runs
from syncserver.scoring.runs import run_scoring
from syncserver.scoring.settings import save_scoring_settings
from tests.scoring_world import build_history

BOGOTA = ZoneInfo("America/Bogota")  # build_history's branch zone


class Clock:
    """A settable clock that also notes which thread asked it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 6, 10, 0, 0, tzinfo=BOGOTA)
        self.threads: set[str] = set()

    def set(self, day: int, hour: int, minute: int = 0) -> None:
        self.now = datetime(2026, 6, day, hour, minute, tzinfo=BOGOTA)

    def __call__(self) -> datetime:
        self.threads.add(threading.current_thread().name)
        return self.now


async def at(scheduler: NightlyScoring, clock: Clock, day: int, hour: int, minute: int = 0) -> int | None:
    clock.set(day, hour, minute)
    return await scheduler.tick()


async def test_one_run_per_local_night_from_the_nightly_hour_and_none_after_a_restart(engine: Engine) -> None:
    build_history(engine, 60)
    clock = Clock()
    scheduler = NightlyScoring(engine, clock=clock)
    assert await at(scheduler, clock, 10, 1, 59) is None  # before 02:00
    first = await at(scheduler, clock, 10, 2, 0)
    assert first is not None and await at(scheduler, clock, 10, 2, 1) is None
    assert clock.threads == {"campo-scoring_0"}  # decided and run off the loop
    await scheduler.close()

    restarted = NightlyScoring(engine, clock=clock)  # same database, a new process' scheduler
    assert await at(restarted, clock, 10, 3, 30) is None
    assert await at(restarted, clock, 10, 6, 0) is None  # the window (02:00-06:00) is over
    assert await at(restarted, clock, 11, 1, 0) is None
    second = await at(restarted, clock, 11, 5, 59)  # missed at 02:00 (server off): still within the night
    run_scoring(engine, date(2026, 6, 12))  # the office recalculated during the day before
    assert await at(restarted, clock, 12, 2, 30) is None
    await restarted.close()

    runs = list_runs(engine)
    assert [(r.id, r.as_of, r.trigger) for r in runs[1:]] == [(second, date(2026, 6, 11), "nightly"),
                                                            (first, date(2026, 6, 10), "nightly")]
    assert runs[1].created_at == datetime(2026, 6, 11, 5, 59, tzinfo=BOGOTA)


async def test_the_hour_is_a_branch_setting_and_none_turns_it_off(engine: Engine) -> None:
    build_history(engine, 60)
    clock = Clock()
    scheduler = NightlyScoring(engine, clock=clock)
    save_scoring_settings(engine, {"nightly_hour": 23})
    assert await at(scheduler, clock, 10, 2, 30) is None
    assert await at(scheduler, clock, 10, 23, 15) is not None
    assert await at(scheduler, clock, 11, 0, 30) is None  # after midnight is the next date's, outside its window
    save_scoring_settings(engine, {"nightly_hour": None})
    assert await at(scheduler, clock, 11, 23, 15) is None
    await scheduler.close()
    assert len(list_runs(engine)) == 1


async def _serve_until(app: web.Application, condition) -> None:
    runner = web.AppRunner(app)
    await runner.setup()  # the cleanup contexts start: database, writer, nightly scoring
    try:
        for _ in range(3000):
            if condition(app[NIGHTLY]):
                return
            await asyncio.sleep(0.01)
        raise AssertionError("the nightly scoring never got there")
    finally:
        await runner.cleanup()


async def test_the_server_scores_at_night_and_a_restart_the_same_night_does_not_repeat_it(engine: Engine,
                                                                                       tmp_path) -> None:
    build_history(engine, 60)
    config = ServerConfig(data_dir=tmp_path, discovery=False, nightly_check_s=0.01)
    clock = Clock()
    clock.set(10, 2, 30)
    app = make_app(config, engine=engine)
    app[SCORING_CLOCK] = clock
    await _serve_until(app, lambda nightly: nightly.made)
    clock.set(10, 3, 0)
    again = make_app(config, engine=engine)
    again[SCORING_CLOCK] = clock
    await _serve_until(again, lambda nightly: nightly.checks >= 5)
    assert again[NIGHTLY].made == [] and [r.trigger for r in list_runs(engine)] == ["nightly"]
