"""The review page's access rules over HTTP against real server processes
(the test-client tests in test_review.py check the same rules in-process):
a foreign Host and a cross-site form post are refused and change nothing;
without a token a client that is not loopback gets 403, however the app is
served; with a token it is sent to sign in."""
import http.cookiejar
import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest

from model.data import snippet_key
from testkit import FlaskCli, Gunicorn, own_address

HTML = '<button aria-label="Ask AI" class="ask-ai">✨ Ask AI</button>'


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Cookies kept, redirects not followed: (status, headers, text) per request."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def __call__(self, method, path, form=None, headers=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=10) as r:
                return r.status, r.headers, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode()

    def csrf(self, path="/"):
        status, _, page = self("GET", path)
        assert status == 200, page
        m = re.search(r'name="csrf_token" value="([^"]+)"|name="csrf-token" content="([^"]+)"', page)
        return m.group(1) or m.group(2)


def labels(browser):
    status, _, body = browser("GET", "/review/labels.jsonl")
    assert status == 200, body
    return [json.loads(line) for line in body.splitlines()]


def test_foreign_host_and_cross_site_post_are_refused_over_http(server_factory):
    server = server_factory().start()
    assert server.request("POST", "/v1/feedback", {"examples": [
        {"html": HTML, "label": 1, "kind": "ai_search_widget", "url": "https://a.example/"}]})[0] == 201
    key = snippet_key(HTML)
    user = Browser(server.url)
    token = user.csrf()
    relabel = f"/review/labels/{key}/relabel"

    # DNS rebinding: a page on evil.example resolved to 127.0.0.1.
    for method, path, form in (("GET", "/", None), ("POST", relabel, {"label": "0", "csrf_token": token})):
        status, _, body = user(method, path, form, headers={"Host": f"evil.example:{server.port}"})
        assert status == 403 and "addressed to this machine" in body, (method, body)

    # A form on another site, even with the session's cookie and CSRF token.
    for headers in ({"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
                    {"Origin": "https://evil.example"},
                    {"Origin": "null"},
                    {"Origin": server.url, "Sec-Fetch-Site": "same-site"}):
        status, hdrs, body = user("POST", relabel, {"label": "0", "csrf_token": token}, headers=headers)
        assert status == 403 and "cross-site request refused" in body, (headers, body)
    # Same origin without the CSRF token, or with another session's.
    assert user("POST", relabel, {"label": "0"})[0] == 403
    assert user("POST", relabel, {"label": "0", "csrf_token": Browser(server.url).csrf()})[0] == 403
    assert [(ex["label"], ex["kind"]) for ex in labels(user)] == [(1, "ai_search_widget")], "nothing changed"

    # The page's own form, as a browser posts it, goes through.
    status, hdrs, _ = user("POST", relabel, {"label": "0", "csrf_token": token},
                           headers={"Origin": server.url, "Sec-Fetch-Site": "same-origin"})
    assert status == 302 and hdrs["Location"].endswith(f"#l-{key[:16]}")
    assert [ex["label"] for ex in labels(user)] == [0]
    cookie = next(c for c in user.jar)
    assert cookie.name == "nofoobar_review" and cookie.has_nonstandard_attr("HttpOnly")


@pytest.fixture
def address():
    addr = own_address()
    if addr is None:
        pytest.skip("this machine has no non-loopback address to be a remote client from")
    return addr


def test_without_a_token_a_client_that_is_not_loopback_gets_403(bundled_model_copy, tmp_path, address):
    # `flask run` binds every address without asking for a token (python -m
    # server and gunicorn refuse to): the page must still answer loopback only.
    with FlaskCli(bundled_model_copy, tmp_path / "var", host="0.0.0.0") as server:
        local = Browser(server.url)
        assert local("GET", "/")[0] == 200
        token = local.csrf()
        # From this machine's network address, addressed to a loopback name
        # (so the Host check alone would let it through).
        remote = Browser(f"http://{address}:{server.port}")
        host = {"Host": f"127.0.0.1:{server.port}"}
        for method, path, form in (("GET", "/", None), ("GET", "/review/labels.jsonl", None),
                                   ("GET", "/review/train", None),
                                   ("POST", "/review/train", {"csrf_token": token})):
            status, _, body = remote(method, path, form, headers=host)
            assert status == 403, (method, path, status, body)
        assert "loopback" in remote("GET", "/", headers=host)[2]
        assert local("GET", "/review/train")[2] == '{"state":"idle"}\n', "no run was started"


def test_with_a_token_a_remote_client_signs_in(bundled_model_copy, tmp_path, address):
    secret = "review-secret-token"
    with Gunicorn(bundled_model_copy, tmp_path / "var", bind="0.0.0.0:{port}",
                  env={"NOFOOBAR_TOKEN": secret}) as server:
        remote = Browser(f"http://{address}:{server.port}")
        status, hdrs, _ = remote("GET", "/")
        assert status == 302 and hdrs["Location"].endswith("/signin")
        assert remote("GET", "/review/labels.jsonl")[0] == 401
        token = remote.csrf("/signin")
        status, _, body = remote("POST", "/signin", {"token": secret + "x", "csrf_token": token})
        assert status == 401 and "wrong token" in body
        assert remote("POST", "/signin", {"token": secret, "csrf_token": token})[0] == 302
        status, hdrs, page = remote("GET", "/")
        assert status == 200 and "nofoobar review" in page
        assert hdrs["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in hdrs["Content-Security-Policy"]
        cookie = next(c for c in remote.jar)
        assert cookie.has_nonstandard_attr("HttpOnly")
        assert remote("GET", "/review/labels.jsonl")[0] == 200
