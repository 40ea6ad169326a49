"""The one endpoint outside the device protocol that the internet reaches, the provider's STOP hook, under random
input on a real server (bounded examples): never a 5xx, every answer in its documented shape."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syncserver.reminder_routes import PATH
from tests.reminder_world import configure

TOKEN = "entrante-1"
EXAMPLES = 120
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=12)
STOPPISH = st.fixed_dictionaries({"from": st.text(max_size=50), "body": st.sampled_from(["STOP", "baja", "no", "hola", ""])},
                                 optional={"channel": st.sampled_from(["sms", "whatsapp", "email", 3])})
BODIES = (JSON.map(lambda value: json.dumps(value).encode()) | STOPPISH.map(lambda value: json.dumps(value).encode())
          | st.binary(max_size=200))


def _post(url: str, data: bytes, headers: dict[str, str]) -> tuple[int, dict, object]:
    request = urllib.request.Request(url, data=data, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read())


def test_the_stop_hook_answers_random_input_as_documented(server):
    configure(server.engine, email_on=False, provider="file", inbound_token=TOKEN)
    statuses: dict[int, int] = {}

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(data=BODIES, token=st.sampled_from([TOKEN, "otro", None]),
           content_type=st.sampled_from(["application/json", "application/json; charset=utf-8", "text/plain"]))
    def run(data: bytes, token: str | None, content_type: str) -> None:
        headers = {"Content-Type": content_type, **({"Authorization": f"Bearer {token}"} if token else {})}
        status, _headers, body = _post(server.url + PATH, data, headers)
        statuses[status] = statuses.get(status, 0) + 1
        assert status in (200, 400, 401, 415, 422), (status, data, body)
        if status == 200:
            assert set(body) == {"opted_out", "stop"} and isinstance(body["stop"], bool)
            assert isinstance(body["opted_out"], int) and body["opted_out"] >= 0
        else:
            assert set(body) == {"error"} and {"code", "message"} <= set(body["error"]), body
        if token != TOKEN:  # the token is checked before anything is read
            assert status == 401 and body["error"]["code"] == "unauthorized"
        elif content_type == "text/plain":
            assert status == 415

    run()
    assert statuses.get(200) and statuses.get(401) and statuses.get(422), statuses  # the examples reached the handler
