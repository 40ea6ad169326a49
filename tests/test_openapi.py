"""The OpenAPI document is generated from the message types and lists every route of the app."""

from __future__ import annotations

from syncserver.app import make_app
from syncserver.config import ServerConfig


def test_every_route_is_in_the_document(server):
    reply = server.request("GET", "/openapi.json")
    assert reply.status == 200
    document = reply.body
    assert document["openapi"].startswith("3.1")
    app = make_app(ServerConfig())
    routes = {(route.method.lower(), route.resource.canonical) for route in app.router.routes()
              if route.method != "HEAD" and route.resource.canonical.startswith("/api/v1/")}  # /hooks: not devices'
    assert len(routes) >= 7
    for method, path in routes:
        assert method in document["paths"].get(path, {}), f"{method.upper()} {path} missing from openapi.json"
    documented = {(m, p) for p, ops in document["paths"].items() for m in ops}
    assert documented == routes


def test_schemas_come_from_the_message_types(server):
    document = server.request("GET", "/openapi.json").body
    schemas = document["components"]["schemas"]
    position = schemas["Position"]
    assert set(position["required"]) == {"seq", "fix_time", "device_time", "lat", "lon", "accuracy_m"}
    assert position["properties"]["lat"]["maximum"] == 90
    visit = schemas["Visit"]
    assert "promise" in visit["properties"] and "corrects" in visit["properties"]
    pair = document["paths"]["/api/v1/devices/pair"]["post"]
    assert "201" in pair["responses"] and "429" in pair["responses"]
    assert pair["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/PairRequest")
    assert document["paths"]["/api/v1/sync"]["get"]["security"] == [{"bearer": []}]
