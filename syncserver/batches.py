"""Decoding a batch: whole when every item is valid (fast), else item by item so bad items fail alone."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec

from .body import UNREADABLE, decode_envelope, error_path, not_json
from .errors import ApiError, validation_failed


@dataclass(frozen=True, slots=True)
class ItemFailure:
    """An item that failed validation: its key (seq or id), the failing path and why."""

    key: Any
    path: str
    message: str


@dataclass(frozen=True, slots=True)
class BatchKind:
    """How to decode one kind of batch: `{field: [item, ...]}` whose items carry `key`."""

    field: str
    batch: msgspec.json.Decoder
    item: msgspec.json.Decoder
    key: str
    key_type: type
    text_fields: tuple[str, ...] = ()

    def key_decoder(self) -> msgspec.json.Decoder:
        """A decoder of just the item's key (to say which item failed)."""
        return msgspec.json.Decoder(msgspec.defstruct("Key", [(self.key, self.key_type)]))


NUL = b"\\u0000"  # how JSON writes U+0000, which PostgreSQL's text type cannot hold


def nul_fields(item: Any, fields: tuple[str, ...]) -> list[str]:
    """The text fields of a decoded item that hold U+0000."""
    return [name for name in fields if "\x00" in (getattr(item, name, None) or "")]


def too_many(kind: str, limit: int) -> ApiError:
    """The 413 of a batch over its item limit."""
    return ApiError(413, "payload_too_large", f"at most {limit} {kind} per request", {"max_items": limit})


def decode_batch(body: bytes, kind: BatchKind, limit: int) -> list[Any]:
    """The batch's items in request order; an invalid item with a usable key becomes an ItemFailure.

    An invalid item without a usable key makes the whole request 422: the device could not tell
    which item to drop.
    """
    try:
        items = getattr(kind.batch.decode(body), kind.field)
        if len(items) > limit:
            raise too_many(kind.field, limit)
        if NUL in body:  # rare: refuse such items on every backend, not only where PostgreSQL fails
            items = [_without_nul(item, kind) for item in items]
        return items
    except msgspec.ValidationError:
        pass
    except UNREADABLE as exc:
        raise not_json(exc) from None
    raws = decode_envelope(body, kind.field)
    if len(raws) > limit:
        raise too_many(kind.field, limit)
    keys = kind.key_decoder()
    decoded: list[Any] = []
    for index, raw in enumerate(raws):
        try:
            decoded.append(_without_nul(kind.item.decode(raw), kind))
            continue
        except msgspec.ValidationError as exc:
            path, message = error_path(exc)
        except UNREADABLE as exc:
            raise not_json(exc) from None
        try:
            key = getattr(keys.decode(raw), kind.key)
        except msgspec.ValidationError:
            where = f"{kind.field}[{index}]" if path == "$" else f"{kind.field}[{index}].{path}"
            raise validation_failed([{"path": where, "message": message}], f"an item has no usable {kind.key}") from None
        except UNREADABLE as exc:
            raise not_json(exc) from None
        decoded.append(ItemFailure(key, path, message))
    return decoded


def _without_nul(item: Any, kind: BatchKind) -> Any:
    """The item, or an ItemFailure when one of its text fields holds U+0000."""
    bad = nul_fields(item, kind.text_fields)
    if not bad:
        return item
    return ItemFailure(getattr(item, kind.key), bad[0], "contains a NUL character")
