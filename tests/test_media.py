"""Photos and signatures over HTTP: content checked by its bytes, stored once per SHA-256."""

from __future__ import annotations

import base64
import hashlib
import http.client
import struct
import zlib

import pytest
from sqlalchemy import func, select

from syncserver.db.models import Media
from syncserver.devices import revoke_device
from syncserver.media import MAX_MEDIA_BYTES, MediaCorrupt, media_path, read_media
from syncserver.media_check import NotAnImage, inspect_image

# A real 24×16 JPEG (written by Qt's encoder at quality 60).
JPEG_24x16 = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAZABkAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5a"
    "YVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAAR"
    "CAAQABgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEG"
    "E1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWG"
    "h4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB"
    "AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYk"
    "NOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0"
    "tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwCH7M9vzY7VX/ngflj+oIBKn9OvGTmpYLhJ"
    "twAZHX7yOuCv+I68jIODg1LUU9vHPtLDEifckH3kPsf8g9814d77ns2tsS0VV8+S24u/mjHAnUZ/77AHy/Xpwfu8CijlfQOZdT//2Q=="
)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int = 3, height: int = 2, seed: int = 0) -> bytes:
    """A valid greyscale PNG; `seed` changes its pixels (and so its SHA-256)."""
    rows = b"".join(b"\x00" + bytes((seed + x + y) % 256 for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows))
            + _chunk(b"IEND", b""))


def upload(server, token: str | None, data: bytes, content_type: str = "image/jpeg"):
    return server.request("POST", "/media", raw=data, token=token, headers={"Content-Type": content_type})


def test_the_checker_reads_type_and_size_from_the_bytes():
    assert (inspect_image(JPEG_24x16).mime, inspect_image(JPEG_24x16).width, inspect_image(JPEG_24x16).height) == (
        "image/jpeg", 24, 16)
    info = inspect_image(png(7, 5))
    assert (info.mime, info.width, info.height) == ("image/png", 7, 5)


@pytest.mark.parametrize("data, reason", [
    (b"GIF89a" + b"\x00" * 40, "neither a JPEG nor a PNG"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 30, "IHDR"),
    (png()[:-12], "truncated"),
    (png() + b"extra", "after its IEND"),
    (png()[:40] + bytes([png()[40] ^ 1]) + png()[41:], "wrong CRC"),
    (png(0, 2), "impossible size"),
    (JPEG_24x16[:-2], "does not end with EOI"),
    (JPEG_24x16[:300], "runs past the end"),
    (b"\xff\xd8\xff\xd9", "ends before any image data"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 7 + b"GIF89a", "broken"),
    (b"\xff\xd8\xff\xe0\x04\x00JFIF" + b"<script>alert(1)</script>", "runs past the end"),
])
def test_the_checker_refuses_what_only_looks_like_an_image(data, reason):
    with pytest.raises(NotAnImage, match=reason):
        inspect_image(data)


def test_upload_stores_the_file_and_row_once(server):
    _, token = _device(server)
    reply = upload(server, token, JPEG_24x16, "application/octet-stream")
    sha = hashlib.sha256(JPEG_24x16).hexdigest()
    assert reply.status == 201, reply.body
    assert reply.body == {"id": sha, "mime": "image/jpeg", "size": len(JPEG_24x16), "width": 24, "height": 16,
                          "duplicate": False}
    assert media_path(server.workdir / "data", sha).read_bytes() == JPEG_24x16
    again = upload(server, token, JPEG_24x16)
    assert again.status == 200 and again.body == {**reply.body, "duplicate": True}
    other_token = _device(server, "G2")[1]
    assert upload(server, other_token, JPEG_24x16).body["duplicate"] is True
    with server.engine.connect() as conn:
        rows = conn.execute(select(Media)).all()
    assert [(r.sha256, r.mime, r.size, r.width, r.height) for r in rows] == [(sha, "image/jpeg", len(JPEG_24x16), 24, 16)]
    content = read_media(server.engine, server.workdir / "data", sha)
    assert content.data == JPEG_24x16 and content.info.mime == "image/jpeg"
    assert read_media(server.engine, server.workdir / "data", "0" * 64) is None


def test_a_png_labelled_jpeg_is_stored_as_png(server):
    _, token = _device(server)
    reply = upload(server, token, png(4, 4), "image/jpeg")
    assert reply.status == 201 and reply.body["mime"] == "image/png" and reply.body["width"] == 4


def test_every_error_answers_in_the_json_contract(server):
    _, token = _device(server)
    unknown = upload(server, "not-a-token", JPEG_24x16)
    assert unknown.status == 401 and unknown.body["error"]["code"] == "unauthorized"
    assert upload(server, None, JPEG_24x16).status == 401
    text = upload(server, token, b"%PDF-1.7 not an image", "image/jpeg")
    assert text.status == 415
    assert text.body["error"]["code"] == "unsupported_media_type"
    assert "neither a JPEG nor a PNG" in text.body["error"]["message"]
    assert text.body["error"]["details"] == {"accepted": ["image/jpeg", "image/png"]}
    cut = upload(server, token, JPEG_24x16[:-2], "image/jpeg")
    assert cut.status == 415 and "EOI" in cut.body["error"]["message"]
    form = upload(server, token, JPEG_24x16, "multipart/form-data; boundary=x")
    assert form.status == 415 and "multipart" in form.body["error"]["message"]
    gzipped = server.request("POST", "/media", raw=JPEG_24x16, token=token,
                             headers={"Content-Type": "image/jpeg", "Content-Encoding": "gzip"})
    assert gzipped.status == 415 and "Content-Encoding" in gzipped.body["error"]["message"]
    empty = upload(server, token, b"", "image/png")
    assert empty.status == 400 and empty.body["error"]["code"] == "bad_request"
    with server.engine.connect() as conn:
        assert conn.execute(select(Media)).all() == []
    assert not (server.workdir / "data" / "media").exists() or not any((server.workdir / "data" / "media").rglob("*"))


def test_too_large_is_413_whether_declared_or_streamed(server):
    _, token = _device(server)
    big = png() + b"\x00" * MAX_MEDIA_BYTES
    declared = upload(server, token, big, "image/png")
    assert declared.status == 413
    assert declared.body["error"] == {"code": "payload_too_large", "message": declared.body["error"]["message"],
                                      "details": {"max_media_bytes": MAX_MEDIA_BYTES}}
    # Chunked: no Content-Length, so the server must count while it reads.
    conn = http.client.HTTPConnection("127.0.0.1", server.thread.port, timeout=30)
    conn.putrequest("POST", "/api/v1/media")
    for name, value in (("Authorization", f"Bearer {token}"), ("Content-Type", "image/png"),
                        ("Transfer-Encoding", "chunked")):
        conn.putheader(name, value)
    conn.endheaders()
    step = 1 << 20
    try:
        for start in range(0, len(big), step):
            piece = big[start:start + step]
            conn.send(b"%x\r\n%s\r\n" % (len(piece), piece))
        conn.send(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server may answer and close before the whole body is sent
    response = conn.getresponse()
    assert response.status == 413 and b"payload_too_large" in response.read()
    conn.close()


def test_office_read_notices_a_damaged_file_and_a_new_upload_repairs_it(server):
    _, token = _device(server)
    sha = upload(server, token, png(seed=9)).body["id"]
    path = media_path(server.workdir / "data", sha)
    path.write_bytes(path.read_bytes()[:-1] + b"\x00")
    with pytest.raises(MediaCorrupt, match="no longer matches"):
        read_media(server.engine, server.workdir / "data", sha)
    assert upload(server, token, png(seed=9)).body["duplicate"] is True  # the same bytes again repair it
    assert read_media(server.engine, server.workdir / "data", sha).data == png(seed=9)
    path.unlink()
    with pytest.raises(MediaCorrupt, match="missing"):
        read_media(server.engine, server.workdir / "data", sha)
    upload(server, token, png(seed=9))
    assert read_media(server.engine, server.workdir / "data", sha).data == png(seed=9)


def test_the_openapi_document_describes_the_upload(server):
    post = server.request("GET", "/openapi.json").body["paths"]["/api/v1/media"]["post"]
    assert set(post["requestBody"]["content"]) == {"image/jpeg", "image/png"}
    assert {"201", "401", "413", "415"} <= set(post["responses"])
    assert post["responses"]["201"]["content"]["application/json"]["schema"]["$ref"].endswith("/MediaReceipt")
    assert post["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/MediaReceipt")
    assert "duplicate" in post["responses"]["200"]["description"]
    for words in (str(MAX_MEDIA_BYTES), "never the Content-Type", "SHA-256", "first, then send the visit", "media_missing"):
        assert words in post["description"], words
    visits = server.request("GET", "/openapi.json").body["paths"]["/api/v1/visits"]["post"]
    assert "answers.<repeat>[i].<key>" in visits["description"] and "media_missing" in visits["description"]


def _device(server, agent: str = "G1") -> tuple[str, str]:
    server.add_agent(agent)
    return server.pair(agent)


def test_a_revoked_device_cannot_upload(server):
    device_id, token = _device(server)
    assert upload(server, token, png(seed=1)).status == 201  # its token is now cached by the server
    revoke_device(server.engine, device_id)
    refused = upload(server, token, png(seed=2))
    assert refused.status == 401 and refused.body["error"]["code"] == "unauthorized"
    with server.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Media)) == 1
