"""Endpoints without a token: health, the OpenAPI document, pairing."""

from __future__ import annotations

from dataclasses import dataclass

import msgspec
from aiohttp import web

from mobile_protocol.messages import PROTOCOL_VERSION, AgentRef, Health, Limits, PairRequest, PairResponse

from .batches import nul_fields
from .body import decode, read_json_body
from .clock import utcnow
from .errors import ApiError, validation_failed
from .events import DevicePaired
from .keys import BRANCH, CONFIG, PAIR_LIMITER, WRITER
from .openapi import build_document, operation
from .pairing import PairedDevice, PairingCodeInvalid, redeem_pairing_code
from .writer import Group

routes = web.RouteTableDef()
_pair_decoder = msgspec.json.Decoder(PairRequest)


def json_response(message, status: int = 200) -> web.Response:
    """A msgspec-encoded JSON answer."""
    return web.Response(status=status, body=msgspec.json.encode(message), content_type="application/json")


@routes.get("/api/v1/health")
@operation(method="GET", path="/health", summary="Liveness, identity, time and limits", response=Health, auth=False)
async def health(request: web.Request) -> web.Response:
    """Who this server is, its clock, and the limits a device must respect."""
    limits = request.app[CONFIG].limits
    branch = request.app[BRANCH].current
    return json_response(
        Health(
            "ok",
            branch.server_id,
            branch.name,
            PROTOCOL_VERSION,
            utcnow(),
            Limits(limits.max_body_bytes, limits.max_positions_per_batch, limits.max_visits_per_batch),
        )
    )


@routes.get("/api/v1/openapi.json")
@operation(method="GET", path="/openapi.json", summary="This document", response=dict, auth=False)
async def openapi_document(request: web.Request) -> web.Response:
    """The OpenAPI 3.1 document generated from the message types."""
    return web.json_response(build_document(request.app[BRANCH].current.name))


@dataclass(slots=True)
class PairJob:
    """Redeem a pairing code and create the device (writer thread)."""

    request: PairRequest
    device_id: None = None

    def apply(self, group: Group) -> PairedDevice:
        info = self.request.device
        try:
            paired = redeem_pairing_code(
                group.conn, self.request.code, info.install_id, info.model, info.os, info.app_version, group.now
            )
        except PairingCodeInvalid:
            raise ApiError(403, "pairing_code_invalid", "the pairing code is unknown, already used or expired") from None
        group.events.append(
            DevicePaired(str(paired.device_id), str(paired.agent_id), paired.agent_code, paired.agent_name, info.model)
        )
        return paired


@routes.post("/api/v1/devices/pair")
@operation(
    method="POST", path="/devices/pair", summary="Pair a device with a one-time code", body=PairRequest,
    response=PairResponse, status=201, auth=False, errors=(400, 403, 413, 415, 422, 429),
)
async def pair(request: web.Request) -> web.Response:
    """Exchange a pairing code for a device token (shown once)."""
    limiter = request.app[PAIR_LIMITER]
    address = request.remote or "unknown"
    wait = limiter.retry_after(address)
    if wait is not None:
        raise ApiError(429, "rate_limited", "too many wrong pairing codes from this address", retry_after=wait)
    body = await read_json_body(request, request.app[CONFIG].limits.max_body_bytes)
    pair_request = decode(body, _pair_decoder)
    nul = nul_fields(pair_request.device, ("model", "os", "app_version"))
    if nul:  # PostgreSQL's text type cannot hold U+0000: refused on every backend
        raise validation_failed([{"path": f"device.{name}", "message": "contains a NUL character"} for name in nul])
    try:
        paired = await request.app[WRITER].submit(PairJob(pair_request))
    except ApiError as exc:
        if exc.code == "pairing_code_invalid":
            limiter.fail(address)
        raise
    agent = AgentRef(str(paired.agent_id), paired.agent_code, paired.agent_name)
    response = PairResponse(str(paired.device_id), paired.token, request.app[BRANCH].current.server_id, agent)
    return json_response(response, status=201)

