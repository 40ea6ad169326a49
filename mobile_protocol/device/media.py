"""Photos and signatures on the device: ids, a quick look at the bytes, answer files, simulated images."""

from __future__ import annotations

import hashlib
import random
import struct
import zlib
from pathlib import Path
from typing import Any

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_START = b"\xff\xd8\xff"


class MediaFileError(Exception):
    """A photo or signature file the device will not queue."""


def media_id(data: bytes) -> str:
    """The id answers use for a file: the SHA-256 of its bytes, 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


def looks_like_image(data: bytes) -> bool:
    """Whether bytes start as a PNG or JPEG does (the server checks the whole file)."""
    return data.startswith((PNG_SIGNATURE, JPEG_START))


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def tiny_png(rng: random.Random, width: int = 24, height: int = 16) -> bytes:
    """A small, valid RGB PNG of random colour stripes: a simulated photo or signature."""
    rows = []
    for _ in range(height):
        colour = bytes(rng.randrange(256) for _ in range(3))
        rows.append(b"\x00" + colour * width)  # filter byte 0, then the pixels
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"".join(rows)))
            + _chunk(b"IEND", b""))


def read_media_file(path: Path) -> bytes:
    """The bytes of a photo or signature file named in an answers file, or MediaFileError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MediaFileError(f"cannot read media file {path}: {exc.strerror or exc}") from None
    if not looks_like_image(data):
        raise MediaFileError(f"media file {path} is not a JPEG or PNG image")
    return data


def file_answers(answers: Any, base: Path) -> tuple[Any, dict[str, bytes]]:
    """Answers with each `{"file": PATH}` (relative to `base`) replaced by `{"media_id": ...}`,
    and the files' bytes by media id; repeats included."""
    files: dict[str, bytes] = {}

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            if set(value) == {"file"} and isinstance(value["file"], str):
                data = read_media_file(base / value["file"])
                files[media_id(data)] = data
                return {"media_id": media_id(data)}
            return {key: walk(inner) for key, inner in value.items()}
        if isinstance(value, list):
            return [walk(inner) for inner in value]
        return value
    return walk(answers), files
