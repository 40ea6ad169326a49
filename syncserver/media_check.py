"""Telling a JPEG or PNG by its bytes: magic number and structure, never the name or Content-Type."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

PNG = "image/png"
JPEG = "image/jpeg"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_MAX_SIDE = 65535  # larger than any phone camera; beyond it a "photo" is a decompression bomb
# JPEG start-of-frame markers (C4 DHT, C8 JPG and CC DAC share the range but are not frames).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_STANDALONE = frozenset(range(0xD0, 0xD8)) | {0x01}  # RSTn and TEM carry no length


class NotAnImage(ValueError):
    """The bytes are not a well-formed JPEG or PNG; the message says why."""


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """What the bytes turned out to be."""

    mime: str
    width: int
    height: int


def inspect_image(data: bytes) -> ImageInfo:
    """The type and size of a JPEG or PNG; NotAnImage when the bytes are anything else."""
    if data.startswith(_PNG_SIGNATURE):
        return _png(data)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg(data)
    raise NotAnImage("the content is neither a JPEG nor a PNG image")


def _sides(width: int, height: int, kind: str) -> None:
    if not (0 < width <= _MAX_SIDE and 0 < height <= _MAX_SIDE):
        raise NotAnImage(f"the {kind} claims an impossible size {width}×{height}")


def _png(data: bytes) -> ImageInfo:
    """Walk the chunks: IHDR first, every CRC right, at least one IDAT, IEND last."""
    at, seen_data, size = len(_PNG_SIGNATURE), False, None
    while True:
        if at + 12 > len(data):
            raise NotAnImage("the PNG is truncated (no IEND chunk)")
        length, kind = struct.unpack_from(">I4s", data, at)
        end = at + 8 + length
        if length > 2**31 - 1 or end + 4 > len(data):
            raise NotAnImage(f"the PNG chunk {kind!r} runs past the end of the file")
        if size is None and (kind != b"IHDR" or length != 13):
            raise NotAnImage("the PNG does not start with an IHDR chunk")
        (crc,) = struct.unpack_from(">I", data, end)
        if zlib.crc32(data[at + 4 : end]) != crc:
            raise NotAnImage(f"the PNG chunk {kind.decode('latin-1')!r} has a wrong CRC")
        if size is None:
            size = struct.unpack_from(">II", data, at + 8)
            _sides(*size, "PNG")
        elif kind == b"IDAT":
            seen_data = True
        elif kind == b"IEND":
            if not seen_data:
                raise NotAnImage("the PNG has no image data (IDAT)")
            if end + 4 != len(data):
                raise NotAnImage("the PNG has bytes after its IEND chunk")
            return ImageInfo(PNG, *size)
        at = end + 4


def _jpeg(data: bytes) -> ImageInfo:
    """Walk the marker segments up to the first scan; the frame gives the size; EOI ends the file."""
    at, size = 2, None
    while True:
        while at < len(data) and data[at] == 0xFF and at + 1 < len(data) and data[at + 1] == 0xFF:
            at += 1  # fill bytes
        if at + 2 > len(data) or data[at] != 0xFF:
            raise NotAnImage("the JPEG's marker segments are broken")
        marker = data[at + 1]
        if marker in _STANDALONE:
            at += 2
            continue
        if marker == 0xD9:
            raise NotAnImage("the JPEG ends before any image data")
        if at + 4 > len(data):
            raise NotAnImage("the JPEG is truncated")
        (length,) = struct.unpack_from(">H", data, at + 2)
        if length < 2 or at + 2 + length > len(data):
            raise NotAnImage(f"the JPEG segment {marker:#04x} runs past the end of the file")
        if marker in _SOF:
            if length < 8:
                raise NotAnImage("the JPEG frame header is too short")
            height, width = struct.unpack_from(">HH", data, at + 5)
            _sides(width, height, "JPEG")
            size = (width, height)
        if marker == 0xDA:
            if size is None:
                raise NotAnImage("the JPEG has a scan before its frame header")
            if not data.endswith(b"\xff\xd9") or len(data) < at + 2 + length + 2:
                raise NotAnImage("the JPEG is truncated (it does not end with EOI)")
            return ImageInfo(JPEG, *size)
        at += 2 + length
