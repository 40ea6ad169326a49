"""Schemathesis against the generated OpenAPI document, on a real server over real HTTP (bounded
examples): no 5xx, and every answer matches the document (status, content type, schema)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

EXAMPLES = 20  # per operation: enough to reach every branch of the validators, bounded for the suite


def _checks():
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    # Not positive_data_acceptance: the document cannot say every rule (a seq of 2.0 is an integer to JSON
    # Schema, a float to the contract), and such requests rightly get their documented 422.
    return [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
            response_headers_conformance]


def _operations(server):
    from schemathesis.openapi import from_dict

    document = server.request("GET", "/openapi.json").body
    schema = from_dict(document)
    return schema, [result.ok() for result in schema.get_all_operations()]


def test_every_operation_answers_as_documented(server):
    from tests.test_api_flow import setup_agent

    setup_agent(server, "A1", n=3)
    _device_id, token = server.pair("A1")
    schema, operations = _operations(server)
    CHECKS = _checks()
    assert len(operations) >= 6
    failures, statuses = [], {}
    for operation in operations:
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case):
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}
            response = case.call_and_validate(base_url=server.url, checks=CHECKS)
            statuses.setdefault(f"{operation.method.upper()} {operation.path}", set()).add(response.status_code)

        try:
            run()
        except Exception as exc:  # noqa: BLE001 - every operation's failures, together
            failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    assert not failures, "\n\n".join(failures)
    # The examples reached the handlers, not only the authentication in front of them.
    assert set(statuses) == {f"{o.method.upper()} {o.path}" for o in operations}
    assert 200 in statuses["GET /api/v1/sync"] and 200 in statuses["GET /api/v1/health"]
    assert statuses["POST /api/v1/positions"] & {200, 207} and 422 in statuses["POST /api/v1/positions"], statuses
