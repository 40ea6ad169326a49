"""Reading request bodies within limits (gzip included) and decoding them with msgspec."""

from __future__ import annotations

import re
import zlib
from typing import TypeVar

import msgspec
from aiohttp import web

from .errors import ApiError, validation_failed

T = TypeVar("T")

_PATH = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_CHUNK = 64 * 1024

# Besides DecodeError, msgspec raises UnicodeDecodeError for invalid UTF-8 inside a string and
# RecursionError for nesting deeper than the interpreter allows: the body is unreadable all the same.
# (ValidationError is a DecodeError: catch it before this tuple.)
UNREADABLE = (msgspec.DecodeError, UnicodeDecodeError, RecursionError)


def not_json(exc: BaseException) -> ApiError:
    """The 400 for a body that cannot be read as JSON."""
    reason = "it is nested too deeply" if isinstance(exc, RecursionError) else str(exc)
    return ApiError(400, "bad_request", f"the body is not valid JSON: {reason}")


def too_large(limit: int) -> ApiError:
    """The 413 for a body over the limit."""
    return ApiError(413, "payload_too_large", f"the request body exceeds {limit} bytes", {"max_body_bytes": limit})


def _inflate(raw: bytes, limit: int) -> bytes:
    """Gunzip `raw`, refusing as soon as the output would pass `limit` (no bomb is inflated)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    data = raw
    try:
        while data:
            out += inflater.decompress(data, limit + 1 - len(out))
            if len(out) > limit:
                raise too_large(limit)
            data = inflater.unconsumed_tail
        out += inflater.flush(limit + 1 - len(out))
    except zlib.error as exc:
        raise ApiError(400, "bad_request", f"the gzip body is corrupt: {exc}") from None
    if len(out) > limit:
        raise too_large(limit)
    if not inflater.eof:
        raise ApiError(400, "bad_request", "the gzip body is truncated")
    return bytes(out)


async def read_json_body(request: web.Request, limit: int) -> bytes:
    """The request's JSON body, decoded from gzip if needed, at most `limit` bytes."""
    content_type = request.content_type
    if content_type != "application/json":
        raise ApiError(415, "unsupported_media_type", f"expected application/json, got {content_type or 'nothing'}")
    length = request.content_length
    if length is not None and length > limit:
        raise too_large(limit)
    if length is not None:  # the parser stops at Content-Length: reading it whole stays within the limit
        raw = await request.content.read()
    else:  # chunked: count as it comes
        raw = bytearray()
        while True:
            chunk = await request.content.read(_CHUNK)
            if not chunk:
                break
            raw += chunk
            if len(raw) > limit:
                raise too_large(limit)
    encoding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding == "gzip":
        return _inflate(bytes(raw), limit)
    if encoding not in ("", "identity"):
        raise ApiError(415, "unsupported_media_type", f"unsupported Content-Encoding {encoding!r}")
    return bytes(raw)


def error_path(exc: msgspec.ValidationError, prefix: str = "") -> tuple[str, str]:
    """Split msgspec's message into (path, message): 'Expected `int` - at `$.a[0]`'."""
    text = str(exc)
    match = _PATH.search(text)
    if not match:
        return prefix or "$", text
    path = match.group("path").lstrip(".")
    return (f"{prefix}.{path}" if prefix and path and not path.startswith("[") else prefix + path) or "$", text[: match.start()]


def decode(body: bytes, decoder: msgspec.json.Decoder[T]) -> T:
    """Decode a whole request: not JSON → 400, wrong shape → 422 with the failing path."""
    try:
        return decoder.decode(body)
    except msgspec.ValidationError as exc:
        path, message = error_path(exc)
        if path == "$":
            raise ApiError(400, "bad_request", f"the body is not the expected object: {message}") from None
        raise validation_failed([{"path": path, "message": message}]) from None
    except UNREADABLE as exc:
        raise not_json(exc) from None


def decode_envelope(body: bytes, field: str) -> list[msgspec.Raw]:
    """The raw items of `{field: [...]}`; 400 when the top level is not that shape."""
    try:
        top = msgspec.json.decode(body, type=dict[str, msgspec.Raw])
    except msgspec.ValidationError as exc:
        raise ApiError(400, "bad_request", f"the body must be a JSON object: {exc}") from None
    except UNREADABLE as exc:
        raise not_json(exc) from None
    if field not in top:
        raise ApiError(400, "bad_request", f"the body must have a `{field}` list")
    try:
        return msgspec.json.decode(top[field], type=list[msgspec.Raw])
    except msgspec.ValidationError:
        raise ApiError(400, "bad_request", f"`{field}` must be a list") from None
    except UNREADABLE as exc:
        raise not_json(exc) from None
