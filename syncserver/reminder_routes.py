"""POST /hooks/reminders/opt-out: the SMS/WhatsApp provider forwards a debtor's reply; STOP opts them out.

Outside /api/v1 (devices never call it): a bearer token of its own, the reminder settings' inbound
token, protects it; without one set the endpoint answers 404. Body: {"from": "+57...", "channel":
"sms" | "whatsapp", "body": "STOP"}; answer {"opted_out": <accounts>, "stop": <was it a stop?>}.
"""

from __future__ import annotations

import asyncio
import hmac
import json

from aiohttp import web

from .body import read_json_body
from .errors import ApiError, validation_failed
from .keys import CONFIG, ENGINE, READERS, WRITER
from .reminder_optouts import InboundStopJob, is_stop
from .reminder_settings import read_reminder_settings

PATH = "/hooks/reminders/opt-out"
routes = web.RouteTableDef()


@routes.post(PATH)
async def inbound_opt_out(request: web.Request) -> web.Response:
    """Opt the accounts with the sender's number out of the channel when the reply is a stop word."""
    settings = await asyncio.get_running_loop().run_in_executor(
        request.app[READERS], read_reminder_settings, request.app[ENGINE])
    if not settings.inbound_token:
        raise ApiError(404, "not_found", "inbound opt-outs are not set up (no inbound token in the reminder settings)")
    given = request.headers.get("Authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {settings.inbound_token}".encode()):
        raise ApiError(401, "unauthorized", "a valid inbound token is required")
    raw = await read_json_body(request, request.app[CONFIG].limits.max_body_bytes)
    try:
        body = json.loads(raw)
    except ValueError:
        raise validation_failed([{"path": "$", "message": "not JSON"}]) from None
    if not isinstance(body, dict):
        raise validation_failed([{"path": "$", "message": "an object is expected"}])
    errors = [{"path": f"$.{name}", "message": "a string is expected"}
              for name in ("from", "body") if not isinstance(body.get(name), str)]
    channel = body.get("channel", "sms")
    if channel not in ("sms", "whatsapp"):
        errors.append({"path": "$.channel", "message": "sms or whatsapp"})
    if errors:
        raise validation_failed(errors)
    if not is_stop(body["body"]):
        return web.json_response({"opted_out": 0, "stop": False})
    count = await request.app[WRITER].submit(InboundStopJob(body["from"][:40], channel))
    return web.json_response({"opted_out": count, "stop": True})
