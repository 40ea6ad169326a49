"""Building the aiohttp application: routes, middlewares and the resources it opens and closes."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor

from aiohttp import web
from sqlalchemy import Engine

from .alerts.watch import alert_watch_ctx
from .auth import TokenCache
from .branch import BranchRef, load_branch
from .config import ServerConfig
from .db.bootstrap import open_database
from .errors import error_middleware
from .events import EventBus
from .keys import BRANCH, BUS, CONFIG, ENGINE, PAIR_LIMITER, READERS, TOKENS, WRITER
from .mail_sender import mail_sender_ctx
from .nightly import nightly_scoring
from .ratelimit import FailureLimiter
from .reminder_routes import routes as reminder_routes
from .reminder_sender import reminder_sender_ctx
from .routes_device import routes as device_routes
from .routes_media import routes as media_routes
from .routes_public import routes as public_routes
from .writer import Writer


def make_app(config: ServerConfig, *, bus: EventBus | None = None, engine: Engine | None = None) -> web.Application:
    """The sync server's application; the database opens when the app starts."""
    app = web.Application(middlewares=[error_middleware], client_max_size=config.limits.max_body_bytes)
    app[CONFIG] = config
    app[BUS] = bus or EventBus()
    app[PAIR_LIMITER] = FailureLimiter(config.limits.pairing_failures_per_window, config.limits.pairing_window_s)
    app.add_routes(public_routes)
    app.add_routes(device_routes)
    app.add_routes(media_routes)
    app.add_routes(reminder_routes)
    app.cleanup_ctx.append(_database(engine))
    app.cleanup_ctx.append(_writer)
    app.cleanup_ctx.append(mail_sender_ctx)  # after the writer: it stops first, then the writer commits its last
    app.cleanup_ctx.append(reminder_sender_ctx)  # after the writer, like the mail sender
    app.cleanup_ctx.append(nightly_scoring)
    app.cleanup_ctx.append(alert_watch_ctx)  # after the writer: it stops before the writer does
    return app


def _database(given: Engine | None):
    async def database(app: web.Application) -> AsyncIterator[None]:
        """Open (and migrate) the database for the app's lifetime, with its reader threads."""
        loop = asyncio.get_running_loop()
        config = app[CONFIG]
        engine = given or await loop.run_in_executor(None, open_database, config.data_dir, config.db_url)
        app[ENGINE] = engine
        app[READERS] = ThreadPoolExecutor(4, thread_name_prefix="campo-reader")
        app[TOKENS] = TokenCache(engine)
        with engine.connect() as conn:
            app[BRANCH] = BranchRef(load_branch(conn))
        app[BUS].bind(loop)
        yield
        app[READERS].shutdown(wait=True)
        if given is None:
            engine.dispose()

    return database


async def _writer(app: web.Application) -> AsyncIterator[None]:
    """Run the group-commit writer; on stop it commits what is queued before closing."""
    config = app[CONFIG]
    backend = None
    if config.writer_process and not getattr(sys, "frozen", False):  # a frozen app cannot run `python -m`
        from .writer_process import ProcessBackend  # noqa: PLC0415 - only when asked for

        backend = ProcessBackend(app[ENGINE])
    writer = Writer(app[ENGINE], app[BUS], max_group=config.max_group, backend=backend)
    app[WRITER] = writer
    await writer.start()
    yield
    await writer.stop()
