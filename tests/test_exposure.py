"""What a real server process exposes: where gunicorn may bind, what the token
guards, whom CORS and the rate limit let through, and what reaches its logs."""
import urllib.error
import urllib.request
import uuid

import pytest

from server import DEFAULTS
from server.openapi import document
from testkit import Gunicorn


@pytest.mark.parametrize("bind", ["0.0.0.0:{port}", "[::]:{port}", "unix:/tmp/nfb-{port}.sock"])
def test_gunicorn_refuses_non_loopback_bind_without_token(bundled_model_copy, tmp_path, bind):
    g = Gunicorn(bundled_model_copy, tmp_path / "var", bind=bind)
    r = g.run(timeout=30)
    assert r.returncode != 0
    assert "refusing to bind" in r.stdout + r.stderr and "NOFOOBAR_TOKEN" in r.stdout + r.stderr
    # It refused before binding: nothing listens on the port.
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{g.url}/healthz", timeout=1)


def test_gunicorn_binds_everywhere_only_with_a_token(bundled_model_copy, tmp_path):
    with Gunicorn(bundled_model_copy, tmp_path / "var", bind="0.0.0.0:{port}",
                  env={"NOFOOBAR_TOKEN": "gunicorn-secret"}) as g:
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(f"{g.url}/v1/model", timeout=5)
        assert exc.value.code == 401


def _endpoints():
    """Every (method, path) the server documents: the same list it serves."""
    doc = document(DEFAULTS)
    return [(m.upper(), p) for p, ops in doc["paths"].items() for m in ops]


def test_token_guards_every_endpoint_but_healthz(server_factory):
    token = "s3cret-" + uuid.uuid4().hex
    # Many wrong tokens on purpose: lift their limit (test_feedback_limits.py tests it).
    server = server_factory(env={"NOFOOBAR_TOKEN": token,
                                 "NOFOOBAR_TOKEN_FAILURES_PER_MINUTE": "1000"}).start()
    bodies = {"/v1/score": {"snippets": [{"html": "<b>x</b>"}]},
              "/v1/feedback": {"examples": [{"html": "<b>token test</b>", "label": 0}]}}
    endpoints = _endpoints()
    assert len(endpoints) >= 6
    for method, path in endpoints:
        body = bodies.get(path, {} if method == "POST" else None)
        open_status, _ = server.request(method, path, body)
        if path == "/healthz":
            assert open_status == 200
            continue
        assert open_status == 401, path
        for header in (f"Bearer {token}x", token, f"Basic {token}", "Bearer ", f"Bearer {token[:-1]}"):
            status, err = server.request(method, path, body, headers={"Authorization": header})
            assert status == 401 and err["error"]["code"] == "unauthorized", (path, header)
        status, _ = server.request(method, path, body, headers={"Authorization": f"Bearer {token}"})
        assert status in (200, 201), (method, path, status)
    # The 401 says how to authenticate; unknown paths are no way around it.
    req = urllib.request.Request(server.url + "/v1/model")
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=5)
    assert exc.value.code == 401 and exc.value.headers["WWW-Authenticate"] == "Bearer"
    assert server.request("GET", "/v1/nothing-here")[0] == 401


def test_cors_and_rate_limit_over_http(server_factory):
    server = server_factory(env={"NOFOOBAR_CORS_ORIGINS": "https://mine.example",
                                 "NOFOOBAR_RATE_LIMIT_PER_MINUTE": "10",
                                 "NOFOOBAR_RATE_LIMIT_LOOPBACK": "true"}).start()

    def preflight(origin):
        req = urllib.request.Request(server.url + "/v1/score", method="OPTIONS", headers={
            "Origin": origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.headers.get("Access-Control-Allow-Origin")

    assert preflight("chrome-extension://abcdefghijklmnop") == "chrome-extension://abcdefghijklmnop"
    assert preflight("moz-extension://0b1c2d3e") == "moz-extension://0b1c2d3e"
    assert preflight("https://mine.example") == "https://mine.example"
    assert preflight("https://evil.example") is None
    assert preflight("null") is None
    # Ten requests a minute, the start-up health check and the preflights included.
    statuses = [server.request("GET", "/v1/model")[0] for _ in range(6)]
    first = statuses.index(429)
    assert 0 < first and set(statuses[:first]) == {200} and set(statuses[first:]) == {429}
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(server.url + "/healthz", timeout=5)
    assert exc.value.code == 429 and int(exc.value.headers["Retry-After"]) > 0


def _score_and_feedback(server, marker):
    html = f'<button class="{marker}" aria-label="Ask AI {marker}">{marker} ✨</button>'
    status, _ = server.request("POST", "/v1/score", {"url": f"https://x.example/{marker}",
                                                     "snippets": [{"html": html}]})
    assert status == 200
    status, _ = server.request("POST", "/v1/feedback", {"examples": [{"html": html, "label": 1}]})
    assert status == 201
    status, _ = server.request("POST", "/v1/score", {"snippets": [{"html": html, "id": True}]})
    assert status == 400  # an error about a snippet does not log it either


def test_snippet_html_is_not_logged_by_default(live_server):
    marker = "nfbmark" + uuid.uuid4().hex
    _score_and_feedback(live_server, marker)
    live_server.request("GET", "/healthz")  # the access log line of the last request is written
    out = live_server.log_path.read_text(errors="replace")
    assert "POST /v1/score" in out  # the access log is there, and it is all there is
    assert marker not in out


def test_snippet_html_is_logged_when_asked(server_factory):
    server = server_factory(env={"NOFOOBAR_LOG_SNIPPETS": "true"}).start()
    marker = "nfbmark" + uuid.uuid4().hex
    _score_and_feedback(server, marker)
    server.stop()
    assert f'class="{marker}"' in server.output()
