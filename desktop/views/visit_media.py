"""Photos and signatures of a visit's answers, read through the media service and shrunk to thumbnails."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import Engine

from syncserver.db.engine import default_data_dir
from syncserver.media import MediaCorrupt, read_media

THUMBNAIL_PX = 160


def media_root(data_dir: Path | None) -> Path:
    """Where the server keeps media for this data directory (as syncserver.routes_media does)."""
    return data_dir or default_data_dir()


def read_thumbnails(engine: Engine, root: Path, ids: list[str]) -> dict[str, QImage | str]:
    """Each media id's thumbnail, or why there is none ("missing", "corrupt", "unreadable"). Pool thread."""
    out: dict[str, QImage | str] = {}
    for sha256 in dict.fromkeys(ids):
        try:
            content = read_media(engine, root, sha256)
        except MediaCorrupt:
            out[sha256] = "corrupt"
            continue
        if content is None:
            out[sha256] = "missing"
            continue
        image = QImage.fromData(content.data)
        if image.isNull():
            out[sha256] = "unreadable"
        elif max(image.width(), image.height()) > THUMBNAIL_PX:  # shrunk, never enlarged
            out[sha256] = image.scaled(THUMBNAIL_PX, THUMBNAIL_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        else:
            out[sha256] = image
    return out
