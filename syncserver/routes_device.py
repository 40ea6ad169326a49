"""Endpoints a paired device calls with its token: sync, positions, visits."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from operator import attrgetter
from typing import Any, Callable

import msgspec
from aiohttp import web
from sqlalchemy import select

from mobile_protocol.messages import (
    FieldError,
    GeofenceResult,
    Position,
    PositionsBatch,
    PositionsResult,
    RejectedPosition,
    StoredVisit,
    SyncResponse,
    Visit,
    VisitResult,
    VisitsBatch,
    VisitsResponse,
)

from .auth import DeviceAuth, bearer_token, unauthorized
from .batches import BatchKind, ItemFailure, decode_batch
from .body import read_json_body
from .clock import to_ms, utcnow
from .db.models import Device, Flag
from .db.models import Visit as VisitRow
from .errors import ApiError
from .events import SyncServed
from .ingest_positions import PositionsJob, prepare_rows
from .ingest_visits import VisitsJob, rejected
from .keys import BUS, CONFIG, ENGINE, READERS, TOKENS, WRITER
from .openapi import operation
from .routes_public import json_response
from .sync import build_sync

routes = web.RouteTableDef()
FUTURE_FIX = timedelta(hours=24)
MAX_ANSWER_NESTING = 32  # answers object included; a questionnaire's answers nest 2 deep (select_many)
_visit_decoder = msgspec.json.Decoder(Visit)
_devices, _visits, _flags = Device.__table__, VisitRow.__table__, Flag.__table__
_FIX_TIME = attrgetter("fix_time")


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


POSITIONS = BatchKind(
    "positions", msgspec.json.Decoder(PositionsBatch), msgspec.json.Decoder(Position), "seq", int, ("provider",)
)
VISITS = BatchKind("visits", msgspec.json.Decoder(VisitsBatch), msgspec.json.Decoder(Visit), "id", str, ("notes",))


async def authenticate(request: web.Request) -> DeviceAuth:
    """The calling device, from its bearer token (cached; 401 when unknown or revoked)."""
    token = bearer_token(request)
    tokens = request.app[TOKENS]
    auth = tokens.lookup(token)
    if auth is None:
        auth = await asyncio.get_running_loop().run_in_executor(request.app[READERS], tokens.load, token)
        if auth is None:
            raise unauthorized()
        tokens.remember(token, auth)
    return auth


async def submit(request: web.Request, auth: DeviceAuth, job) -> Any:
    """Hand a job to the writer; forget the token if the device turned out revoked."""
    try:
        return await request.app[WRITER].submit(job)
    except ApiError as exc:
        if exc.status == 401:
            request.app[TOKENS].evict_device(auth.device_id)
        raise


async def read(request: web.Request, auth: DeviceAuth, query: Callable[..., Any], *args: Any) -> Any:
    """Run `query(conn, *args)` on a reader thread, after checking the device is still live."""
    engine = request.app[ENGINE]

    def run():
        with engine.connect() as conn:
            revoked = conn.scalar(select(_devices.c.revoked_at).where(_devices.c.id == auth.device_id))
            if revoked is not None:
                return None, True
            return query(conn, *args), False

    result, revoked = await asyncio.get_running_loop().run_in_executor(request.app[READERS], run)
    if revoked:
        request.app[TOKENS].evict_device(auth.device_id)
        raise unauthorized("this device's token was revoked")
    return result


@routes.get("/api/v1/sync")
@operation(method="GET", path="/sync", summary="Accounts and questionnaires for this device (full or delta)",
           response=SyncResponse, errors=(401,), query={"cursor": "the cursor of the previous sync"})
async def sync(request: web.Request) -> web.Response:
    """The device's accounts and questionnaires, whole or since its cursor."""
    auth = await authenticate(request)
    answer = await read(request, auth, build_sync, auth.agent_id, request.query.get("cursor"))
    request.app[BUS].publish(
        SyncServed(str(auth.device_id), str(auth.agent_id), answer.full, len(answer.accounts), len(answer.removed_accounts))
    )
    return json_response(answer)


@routes.post("/api/v1/positions")
@operation(method="POST", path="/positions", summary="Upload a batch of positions", body=PositionsBatch,
           response=PositionsResult, errors=(400, 401, 413, 415, 422, 503))
async def positions(request: web.Request) -> web.Response:
    """Store a batch of positions; answer after they are committed."""
    auth = await authenticate(request)
    limits = request.app[CONFIG].limits
    body = await read_json_body(request, limits.max_body_bytes)
    good, bad = decode_batch(body, POSITIONS, limits.max_positions_per_batch), []
    if ItemFailure in map(type, good):  # per-item checks in C: the usual batch has no bad item
        bad = [RejectedPosition(i.key, "invalid", f"{i.path}: {i.message}") for i in good if type(i) is ItemFailure]
        good = [item for item in good if type(item) is not ItemFailure]
    now = utcnow()
    horizon = now + FUTURE_FIX
    if good and max(map(_FIX_TIME, good)) > horizon:
        bad += [RejectedPosition(p.seq, "future_fix", "fix_time is more than 24 h ahead of the server's clock")
                for p in good if p.fix_time > horizon]
        good = [p for p in good if p.fix_time <= horizon]
    rows, flagged = prepare_rows(auth.device_id, good, to_ms(now))
    outcome = await submit(request, auth, PositionsJob(auth.device_id, rows, flagged, bad))
    return json_response(PositionsResult(outcome.accepted, outcome.duplicates, outcome.rejected, outcome.high_seq))


def _nesting(value: Any) -> int:
    """How deeply lists and objects nest in a decoded JSON value (iteratively: no recursion limit)."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, depth + 1)
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _storable(item: Visit | ItemFailure) -> Visit | VisitResult:
    """A decoded visit, or its `rejected` result (invalid, or nested too deep for the database)."""
    if isinstance(item, ItemFailure):
        return rejected(item.key, [FieldError(item.path, item.message)])
    if _nesting(item.answers) > MAX_ANSWER_NESTING:  # JSON encoders recurse: deep nesting fails the writer
        return rejected(item.id, [FieldError("answers", f"nested deeper than {MAX_ANSWER_NESTING} levels")])
    return item


@routes.post("/api/v1/visits")
@operation(method="POST", path="/visits", summary="Upload a batch of visits", body=VisitsBatch,
           response=VisitsResponse, errors=(400, 401, 413, 415, 422, 503),
           description=(
               "Each visit gets its own result. Answers are checked against the questionnaire version the "
               "visit names, one error per field (path answers.<key>, or answers.<repeat>[i].<key>). "
               "Photos and signatures go first (POST /media): a visit whose errors all have code "
               "media_missing is accepted when sent again, unchanged, after its media."))
async def visits(request: web.Request) -> web.Response:
    """Store a batch of visits; every result is said after its commit."""
    auth = await authenticate(request)
    limits = request.app[CONFIG].limits
    body = await read_json_body(request, limits.max_body_bytes)
    items = [_storable(item) for item in decode_batch(body, VISITS, limits.max_visits_per_batch)]
    results = await submit(request, auth, VisitsJob(auth.device_id, items, utcnow()))
    return json_response(VisitsResponse(results))


def _stored_visit(conn, visit_id: str, agent_id: int) -> StoredVisit | None:
    if not _UUID.fullmatch(visit_id):  # only a UUID names a visit (and a NUL would break PostgreSQL)
        return None
    v = _visits.c
    row = conn.execute(
        select(v.payload, v.received_at, v.verdict, v.distance_m, v.device_id).where(v.id == visit_id, v.agent_id == agent_id)
    ).first()
    if row is None:
        return None
    flags = list(conn.scalars(select(_flags.c.code).where(_flags.c.visit_id == visit_id).order_by(_flags.c.id)))
    fields = msgspec.structs.asdict(_visit_decoder.decode(row.payload))
    return StoredVisit(
        **fields, received_at=row.received_at, geofence=GeofenceResult(row.verdict, row.distance_m),
        flags=flags, agent_id=str(agent_id), device_id=str(row.device_id),
    )


@routes.get("/api/v1/visits/{visit_id}")
@operation(method="GET", path="/visits/{visit_id}", summary="A visit of this device's agent, as stored",
           response=StoredVisit, errors=(401, 404))
async def get_visit(request: web.Request) -> web.Response:
    """A stored visit with the server's verdict and flags; 404 for anyone else's."""
    auth = await authenticate(request)
    visit = await read(request, auth, _stored_visit, request.match_info["visit_id"], auth.agent_id)
    if visit is None:
        raise ApiError(404, "not_found", "no visit of this agent has that id")
    body = msgspec.to_builtins(visit)
    body.setdefault("flags", [])  # the contract always has `flags`; the message type omits an empty list
    return web.Response(body=msgspec.json.encode(body), content_type="application/json")
