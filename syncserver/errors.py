"""The protocol's JSON errors and the middleware that makes every failure one of them."""

from __future__ import annotations

import logging
from typing import Any

import msgspec
from aiohttp import web

from mobile_protocol.messages import ErrorBody, ErrorDetail

log = logging.getLogger(__name__)

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "rate_limited",
    503: "unavailable",
}


class ApiError(Exception):
    """An error answer: HTTP status, protocol code, a message for a person, optional details."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.retry_after = retry_after

    def __reduce__(self):
        """Picklable with all its fields (the writer process sends errors back)."""
        return (type(self), (self.status, self.code, self.message, self.details, self.retry_after))


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None, retry_after: int | None = None
) -> web.Response:
    """Build the JSON error body of the contract."""
    body = msgspec.json.encode(ErrorBody(ErrorDetail(code=code, message=message, details=details)))
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.Response(status=status, body=body, content_type="application/json", headers=headers)


def validation_failed(errors: list[dict[str, str]], message: str = "the request is invalid") -> ApiError:
    """A 422 with `details.errors` = [{"path", "message"}]."""
    return ApiError(422, "validation_failed", message, {"errors": errors})


@web.middleware
async def error_middleware(request: web.Request, handler) -> web.StreamResponse:
    """Turn ApiError, aiohttp's HTTP exceptions and crashes into JSON error bodies."""
    try:
        return await handler(request)
    except ApiError as exc:
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.retry_after)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = _STATUS_CODES.get(exc.status, "error")
        message = {404: "no such endpoint", 405: f"method {request.method} not allowed here"}.get(
            exc.status, exc.reason
        )
        response = error_response(exc.status, code, message)
        if exc.status == 405 and "Allow" in exc.headers:
            response.headers["Allow"] = exc.headers["Allow"]
        return response
    except Exception:  # noqa: BLE001 - never leak a traceback to a device
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "the server failed on this request; it was logged")
