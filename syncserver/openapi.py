"""The OpenAPI 3.1 document, generated from the message types the routes declare."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import msgspec

from mobile_protocol.messages import PROTOCOL_VERSION, ErrorBody

BASE = "/api/v1"


@dataclass(frozen=True, slots=True)
class Operation:
    """What one endpoint takes and gives, declared next to its handler."""

    method: str
    path: str
    summary: str
    response: type
    status: int = 200
    body: type | None = None
    raw_body: tuple[str, ...] = ()  # media types of a binary body (instead of a JSON `body`)
    auth: bool = True
    errors: tuple[int, ...] = ()
    query: dict[str, str] = field(default_factory=dict)
    description: str = ""  # what a client must know beyond the types (order, limits, retries)
    also: dict[int, str] = field(default_factory=dict)  # other successes with the same body: status -> when


OPERATIONS: list[Operation] = []


def operation(**kwargs: Any):
    """Decorator: record an endpoint's Operation for the generated document."""

    def register(handler):
        OPERATIONS.append(Operation(**kwargs))
        return handler

    return register


def build_document(server_name: str) -> dict[str, Any]:
    """Assemble the document: schemas from msgspec, paths from the declared operations."""
    types = [op.response for op in OPERATIONS] + [op.body for op in OPERATIONS if op.body] + [ErrorBody]
    schemas, components = msgspec.json.schema_components(types, ref_template="#/components/schemas/{name}")
    refs = dict(zip(types, schemas))
    error_ref = {"content": {"application/json": {"schema": refs[ErrorBody]}}}
    paths: dict[str, dict[str, Any]] = {}
    for op in OPERATIONS:
        entry: dict[str, Any] = {
            "summary": op.summary,
            "operationId": f"{op.method.lower()}_{op.path.strip('/').replace('/', '_').replace('{', '').replace('}', '')}",
            "responses": {
                str(op.status): {"description": "success", "content": {"application/json": {"schema": refs[op.response]}}},
                **{str(code): {"description": when, "content": {"application/json": {"schema": refs[op.response]}}}
                   for code, when in op.also.items()},
                **{str(code): {"description": "error", **error_ref} for code in sorted(set(op.errors) | {500})},
            },
        }
        if op.description:
            entry["description"] = op.description
        if op.body is not None:
            entry["requestBody"] = {"required": True, "content": {"application/json": {"schema": refs[op.body]}}}
        if op.raw_body:
            binary = {"schema": {"type": "string", "format": "binary"}}
            entry["requestBody"] = {"required": True, "content": {mime: binary for mime in op.raw_body}}
        if op.auth:
            entry["security"] = [{"bearer": []}]
        params = [{"name": n, "in": "query", "required": False, "schema": {"type": "string"}, "description": d}
                  for n, d in op.query.items()]
        params += [{"name": p.strip("{}"), "in": "path", "required": True, "schema": {"type": "string"}}
                   for p in op.path.split("/") if p.startswith("{")]
        if params:
            entry["parameters"] = params
        paths.setdefault(BASE + op.path, {})[op.method.lower()] = entry
    return {
        "openapi": "3.1.0",
        "info": {"title": f"Campo device protocol ({server_name})", "version": str(PROTOCOL_VERSION)},
        "servers": [{"url": "/"}],
        "paths": paths,
        "components": {
            "schemas": components,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }
