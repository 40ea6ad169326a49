"""A small JPEG of a visit's photo for its e-mail (Pillow; the server never uses Qt)."""

from __future__ import annotations

import io
import logging

log = logging.getLogger(__name__)

THUMBNAIL_PX = 320
QUALITY = 80


def thumbnail_jpeg(data: bytes, side: int = THUMBNAIL_PX) -> bytes | None:
    """The image shrunk to fit side x side (never enlarged), upright, as JPEG; None when unreadable."""
    from PIL import Image, ImageOps  # noqa: PLC0415 - Pillow loads with the first photo, not with the server

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (side, side))  # JPEG: decode at a fraction of the size, much faster
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((side, side))
            if upright.mode != "RGB":
                upright = upright.convert("RGB")
            out = io.BytesIO()
            upright.save(out, "JPEG", quality=QUALITY, optimize=True)
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        log.warning("no thumbnail for a visit e-mail: %s", exc)
        return None
