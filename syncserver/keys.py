"""Typed keys of what the aiohttp application holds."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from aiohttp import web
from sqlalchemy import Engine

from .auth import TokenCache
from .branch import BranchRef
from .config import ServerConfig
from .events import EventBus
from .ratelimit import FailureLimiter
from .writer import Writer

CONFIG = web.AppKey("config", ServerConfig)
ENGINE = web.AppKey("engine", Engine)
BUS = web.AppKey("bus", EventBus)
WRITER = web.AppKey("writer", Writer)
READERS = web.AppKey("readers", ThreadPoolExecutor)
TOKENS = web.AppKey("tokens", TokenCache)
PAIR_LIMITER = web.AppKey("pair_limiter", FailureLimiter)
BRANCH = web.AppKey("branch", BranchRef)
