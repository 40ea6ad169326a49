"""`POST /media`: a device uploads a photo or signature before the visits that reference it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aiohttp import web

from .clock import utcnow
from .db.engine import default_data_dir
from .errors import ApiError
from .keys import CONFIG, READERS
from .media import MAX_MEDIA_BYTES, MediaReceipt, new_job, write_file
from .media_check import JPEG, PNG, NotAnImage, inspect_image
from .openapi import operation
from .routes_device import authenticate, submit
from .routes_public import json_response

routes = web.RouteTableDef()
_CHUNK = 64 * 1024


def media_root(app: web.Application) -> Path:
    """The data directory the media folder lives in."""
    return app[CONFIG].data_dir or default_data_dir()


def _too_large() -> ApiError:
    return ApiError(413, "payload_too_large", f"a photo or signature may be at most {MAX_MEDIA_BYTES} bytes",
                    {"max_media_bytes": MAX_MEDIA_BYTES})


async def _read_upload(request: web.Request) -> bytes:
    """The raw body, at most MAX_MEDIA_BYTES; its Content-Type is not trusted (the bytes are checked)."""
    if request.content_type.startswith("multipart/"):
        raise ApiError(415, "unsupported_media_type", "send the image's bytes as the body, not a multipart form")
    encoding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise ApiError(415, "unsupported_media_type", "images are uploaded without Content-Encoding")
    if request.content_length is not None and request.content_length > MAX_MEDIA_BYTES:
        raise _too_large()
    body = bytearray()
    while chunk := await request.content.read(_CHUNK):
        body += chunk
        if len(body) > MAX_MEDIA_BYTES:
            raise _too_large()
    if not body:
        raise ApiError(400, "bad_request", "the body is empty; send the image's bytes")
    return bytes(body)


@routes.post("/api/v1/media")
@operation(method="POST", path="/media", summary="Upload a photo or signature (the bytes of a JPEG or PNG)",
           response=MediaReceipt, status=201, raw_body=(JPEG, PNG), errors=(400, 401, 413, 415, 503),
           also={200: "these bytes were stored before (duplicate: true); nothing changes"},
           description=(
               "The body is the image's bytes (not a form, no Content-Encoding), at most "
               f"{MAX_MEDIA_BYTES} bytes (else 413 payload_too_large). The bytes are checked, never the "
               "Content-Type or a name: anything but a well-formed JPEG or PNG is 415 "
               "unsupported_media_type. The id is the SHA-256 of the bytes (64 lowercase hex digits), so "
               "uploading again is harmless. Upload every photo and signature first, then send the visit "
               'whose answers name it as {"media_id": id}: a visit naming media not uploaded yet is '
               "rejected with errors of code media_missing, and accepted when sent again after the upload."))
async def upload_media(request: web.Request) -> web.Response:
    """Store an image once per SHA-256: 201 when new, 200 with `duplicate` when its bytes were known."""
    auth = await authenticate(request)
    data = await _read_upload(request)
    try:
        image = inspect_image(data)
    except NotAnImage as exc:
        raise ApiError(415, "unsupported_media_type", f"{exc}; only JPEG and PNG images are accepted",
                       {"accepted": [JPEG, PNG]}) from None
    job = new_job(auth.device_id, data, image, utcnow())
    # The file is durable before its row commits: a row never names a file that is not there.
    await asyncio.get_running_loop().run_in_executor(
        request.app[READERS], write_file, media_root(request.app), job.sha256, data
    )
    receipt = await submit(request, auth, job)
    return json_response(receipt, 200 if receipt.duplicate else 201)
