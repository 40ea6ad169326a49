"""Photos and signatures: content-addressed files under the data directory and their `media` rows."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from sqlalchemy import Connection, Engine, insert, select

from .db.models import Media
from .media_check import ImageInfo

if TYPE_CHECKING:  # the writer pulls in aiohttp: not for the desktop's readers
    from .writer import Group

MAX_MEDIA_BYTES = 10 * 1024 * 1024
MEDIA_DIR = "media"
_media = Media.__table__


class MediaReceipt(msgspec.Struct, omit_defaults=False):
    """The answer to an upload: the id answers use, what the bytes are, and whether it was known."""

    id: str
    mime: str
    size: int
    width: int | None
    height: int | None
    duplicate: bool


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """A stored photo or signature."""

    id: str
    mime: str
    size: int
    width: int | None
    height: int | None
    device_id: int | None
    received_at: datetime


@dataclass(frozen=True, slots=True)
class MediaContent:
    """A stored file's bytes and type, for the office to show."""

    info: MediaInfo
    data: bytes


class MediaCorrupt(Exception):
    """The file of a media row is missing or no longer has the bytes its id names."""


def media_id(data: bytes) -> str:
    """The id of some bytes: their SHA-256 in lowercase hex."""
    return hashlib.sha256(data).hexdigest()


def is_media_id(text: object) -> bool:
    """Whether a value can be a media id (64 lowercase hex digits)."""
    return isinstance(text, str) and len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def media_path(root: Path, sha256: str) -> Path:
    """Where a media file lives: <root>/media/ab/abcdef… (two-level fan-out keeps folders small)."""
    return Path(root) / MEDIA_DIR / sha256[:2] / sha256


def write_file(root: Path, sha256: str, data: bytes) -> Path:
    """Write the file atomically and durably (temp file, fsync, rename, fsync the folder).

    A file already there with the right bytes is kept; a damaged or missing one is rewritten,
    so uploading the same photo again repairs it.
    """
    path = media_path(root, sha256)
    try:
        if path.stat().st_size == len(data) and media_id(path.read_bytes()) == sha256:
            return path
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
    return path


@dataclass(slots=True)
class MediaJob:
    """Record an uploaded file (already on disk, fsynced) for the writer; answers whether it was known."""

    device_id: int | None
    sha256: str
    mime: str
    size: int
    width: int | None
    height: int | None
    received_at: datetime

    def apply(self, group: Group) -> MediaReceipt:
        """Insert the row unless these bytes were stored before (writer thread)."""
        if self.device_id is not None:
            group.device(self.device_id)
            group.touch(self.device_id)
        known = group.conn.scalar(select(_media.c.sha256).where(_media.c.sha256 == self.sha256))
        if known is None:
            group.conn.execute(insert(_media).values(
                sha256=self.sha256, mime=self.mime, size=self.size, width=self.width, height=self.height,
                device_id=self.device_id, received_at=self.received_at,
            ))
        return MediaReceipt(self.sha256, self.mime, self.size, self.width, self.height, known is not None)


def new_job(device_id: int | None, data: bytes, image: ImageInfo, received_at: datetime) -> MediaJob:
    """The writer job for checked image bytes."""
    return MediaJob(device_id, media_id(data), image.mime, len(data), image.width, image.height, received_at)


def known_media(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Which of these media ids are stored.

    Plain SQL: ingest asks this for every visit with photos, and building the statement with
    SQLAlchemy cost several times more than running it.
    """
    wanted = tuple(i for i in set(ids) if is_media_id(i))
    if not wanted:
        return set()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"SELECT sha256 FROM media WHERE sha256 IN ({', '.join([mark] * len(wanted))})"
    return {row[0] for row in conn.exec_driver_sql(sql, wanted)}


def _info(row) -> MediaInfo:
    return MediaInfo(row.sha256, row.mime, row.size, row.width, row.height, row.device_id, row.received_at)


def get_media_info(engine: Engine, sha256: str) -> MediaInfo | None:
    """A media row, or None when no such id is stored."""
    if not is_media_id(sha256):
        return None
    with engine.connect() as conn:
        row = conn.execute(select(_media).where(_media.c.sha256 == sha256)).first()
    return _info(row) if row is not None else None


def read_media(engine: Engine, root: Path, sha256: str) -> MediaContent | None:
    """A stored photo or signature with its type (office side); MediaCorrupt if the file went bad."""
    info = get_media_info(engine, sha256)
    if info is None:
        return None
    try:
        data = media_path(root, sha256).read_bytes()
    except FileNotFoundError:
        raise MediaCorrupt(f"the file of media {sha256} is missing") from None
    if media_id(data) != sha256:
        raise MediaCorrupt(f"the file of media {sha256} no longer matches its SHA-256")
    return MediaContent(info, data)
