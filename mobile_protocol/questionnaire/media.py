"""Media (photo and signature) answers: `{"media_id": "<SHA-256 hex of the uploaded file>"}`."""

from __future__ import annotations

from typing import Any

from .compiled import Scope, compiled
from .definition import MEDIA_TYPES, Definition
from .values import MEDIA_ID


def media_ids(definition: dict[str, Any] | bytes | Definition, answers: dict[str, Any]) -> set[str]:
    """The media ids the answers reference through photo and signature fields (repeats included).

    Only well-formed ids of media fields are returned; validate_answers reports the others.
    """
    found: set[str] = set()
    if isinstance(answers, dict):
        _collect(compiled(definition).top, answers, found)
    return found


def _collect(scope: Scope, answers: dict[str, Any], found: set[str]) -> None:
    for key, value in answers.items():
        node = scope.by_key.get(key)
        if node is None:
            continue
        if node.field.type in MEDIA_TYPES:
            media_id = value.get("media_id") if isinstance(value, dict) else None
            if isinstance(media_id, str) and MEDIA_ID.match(media_id):
                found.add(media_id)
        elif node.scope is not None and isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    _collect(node.scope, item, found)
