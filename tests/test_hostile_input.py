"""Whatever a page or a client sends, the server answers with a score or the
contract's JSON error: never a 500, never a hang.

The Flask client covers the shapes; one real server process covers the bytes
(invalid UTF-8, NULs, surrogates, a body past the limit, a stalled upload)
that only a real HTTP stack sees. Hypothesis then throws arbitrary text at
feature extraction and arbitrary JSON at the endpoints.
"""
import http.client
import json
import math
import socket
import sqlite3
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import features

SLOW = 10.0  # seconds: far above any honest answer here, far below a hang


def post(client, path, body=None, data=None, content_type="application/json"):
    if body is not None:
        data = json.dumps(body)
    start = time.monotonic()
    r = client.post(path, data=data, content_type=content_type)
    assert time.monotonic() - start < SLOW, f"{path} took {time.monotonic() - start:.1f}s"
    return r


def err(r, status, code):
    assert r.status_code == status, r.get_data(as_text=True)[:500]
    assert r.mimetype == "application/json"
    assert set(r.json) == {"error"} and r.json["error"]["code"] == code and r.json["error"]["message"]


def scored(r, n):
    """A correct /v1/score answer with n results; returns them."""
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    body = r.json
    assert len(body["results"]) == n
    for res in body["results"]:
        assert 0 <= res["score"] <= 1 and res["ai"] == (res["score"] >= body["threshold"])
    return body["results"]


# --- each kind of bad input, through the Flask client ----------------------

@pytest.mark.parametrize("data,content_type,status,code", [
    ("{nope", "application/json", 400, "bad_request"),
    ("", "application/json", 400, "bad_request"),
    ('{"snippets": []} trailing', "application/json", 400, "bad_request"),
    ('"just a string"', "application/json", 400, "bad_request"),
    ('{"snippets": []}', "text/plain", 415, "unsupported_media_type"),
    ("snippets=1", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ('{"snippets": []}', "", 415, "unsupported_media_type"),
    # Not JSON, though Python's parser takes them; echoing one back would not be JSON either.
    ('{"snippets": [{"id": NaN, "html": "x"}]}', "application/json", 400, "bad_request"),
    ('{"snippets": [{"id": Infinity, "html": "x"}]}', "application/json", 400, "bad_request"),
    ('{"snippets": [{"id": 1e400, "html": "x"}]}', "application/json", 400, "bad_request"),
    # An integer longer than Python will parse (4,300 digits).
    ('{"snippets": [{"id": 1' + "0" * 5000 + ', "html": "x"}]}', "application/json", 400, "bad_request"),
    # JSON nested deeper than Python's stack: was a RecursionError and a 500.
    ("[" * 100_000 + "]" * 100_000, "application/json", 400, "bad_request"),
    ('{"snippets": ' + "[" * 100_000 + "]" * 100_000 + "}", "application/json", 400, "bad_request"),
    ('{"snippets": [{"html": "x", "context": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "}]}",
     "application/json", 400, "bad_request"),
])
@pytest.mark.parametrize("path", ["/v1/score", "/v1/feedback"])
def test_unparseable_bodies(client, path, data, content_type, status, code):
    err(post(client, path, data=data, content_type=content_type), status, code)


@pytest.mark.parametrize("body,status,code", [
    ({}, 400, "bad_request"),
    ({"snippets": None}, 400, "bad_request"),
    ({"snippets": {"html": "x"}}, 400, "bad_request"),
    ({"snippets": [{}]}, 400, "bad_request"),
    ({"snippets": [None]}, 400, "bad_request"),
    ({"snippets": [{"html": ["<b>"]}]}, 400, "bad_request"),
    ({"snippets": [{"html": "x", "url": {"u": 1}}]}, 400, "bad_request"),
    ({"snippets": [{"html": "x", "id": [1]}]}, 400, "bad_request"),
    ({"snippets": [{"html": "x", "id": False}]}, 400, "bad_request"),
    ({"snippets": [{"html": "x", "context": "fixed"}]}, 400, "bad_request"),
    ({"url": ["x"], "snippets": []}, 400, "bad_request"),
    ({"snippets": [{"html": "x"}] * 1001}, 413, "payload_too_large"),
])
def test_score_wrong_types_missing_fields_too_many(client, body, status, code):
    err(post(client, "/v1/score", body), status, code)


@pytest.mark.parametrize("body,status,code", [
    ({}, 400, "bad_request"),
    ({"examples": [{"html": "<b>x</b>"}]}, 422, "invalid_value"),
    ({"examples": [{"label": 1}]}, 400, "bad_request"),
    ({"examples": [{"html": "<b>x</b>", "label": True}]}, 422, "invalid_value"),
    ({"examples": [{"html": "<b>x</b>", "label": "1"}]}, 422, "invalid_value"),
    ({"examples": [{"html": "   ", "label": 1}]}, 422, "invalid_value"),
    ({"examples": [{"html": "<b>x</b>", "label": 1, "url": 3}]}, 422, "invalid_value"),
    ({"examples": [{"html": "<b>x</b>", "label": 1, "context": [1]}]}, 422, "invalid_value"),
    ({"examples": [{"html": "<b>x</b>", "label": 1, "kind": 7}]}, 422, "invalid_value"),
    ({"examples": [[]]}, 400, "bad_request"),
    ({"examples": [{"html": "<b>x</b>", "label": 0}] * 1001}, 413, "payload_too_large"),
])
def test_feedback_wrong_types_missing_fields_too_many(client, tmp_path, body, status, code):
    err(post(client, "/v1/feedback", body), status, code)
    db = tmp_path / "var" / "feedback.sqlite3"
    assert not db.exists() or sqlite3.connect(db).execute("SELECT count(*) FROM feedback").fetchone()[0] == 0


def test_oversized_body_is_refused_and_oversized_snippet_scored(client):
    err(post(client, "/v1/score", data='{"snippets": [{"html": "' + "a" * (8 * 1024 * 1024) + '"}]}'),
        413, "payload_too_large")
    err(post(client, "/v1/feedback", data='{"examples": [{"label": 1, "html": "' + "a" * (9 << 20) + '"}]}'),
        413, "payload_too_large")
    scored(post(client, "/v1/score", {"snippets": [{"html": "<p>" + "word " * 1_000_000 + "</p>"}]}), 1)


@pytest.mark.parametrize("html", [
    pytest.param("<div>" * 100_000 + "Ask AI" + "</div>" * 100_000, id="nested-100k"),
    pytest.param("<div>" * 100_000, id="nested-100k-unclosed"),
    pytest.param('<button title="Ask AI ' + "a" * 5_000_000 + '">✨</button>', id="attribute-5MB"),
    pytest.param("<i></i>" * 1_000_000, id="million-elements"),
    pytest.param("<b>" * 1_000_000, id="million-open-tags"),
    pytest.param("<b>\x00Ask\x00 AI</b>\x00" * 1000, id="nul-chars"),
    pytest.param("\ud800<b>\udfff Ask AI \udbff</b>\ud800", id="lone-surrogates"),
    pytest.param("&#0;&#xd800;&#x110000;&#99999999999;<!--", id="bad-entities"),
    pytest.param("<svg><foreignObject><math><mi><table><template><script><style>" * 5000, id="mixed-namespaces"),
    pytest.param('<a href="http://[::1" src="http://a:b:c/" action="//\x00">x</a>' * 1000, id="bad-urls"),
])
def test_hostile_html_gets_a_correct_score(client, html):
    res = scored(post(client, "/v1/score", {"snippets": [{"id": "h", "html": html}, {"html": "<b>ok</b>"}]}), 2)
    assert res[0]["id"] == "h"


def test_hostile_html_is_stored_as_feedback(client, tmp_path):
    html = "\ud800<b>\x00Ask AI</b>" + "<i></i>" * 100_000
    r = post(client, "/v1/feedback", {"examples": [
        {"html": html, "label": 1, "url": "https://x.example/\udc00", "source": "\ud83d", "kind": None},
        {"html": "<div>" * 100_000, "label": 0, "kind": "\udfff"}]})
    # Lone surrogates cannot be stored as UTF-8: this was a 500.
    assert r.status_code == 201, r.get_data(as_text=True)
    rows = sqlite3.connect(tmp_path / "var" / "feedback.sqlite3").execute(
        "SELECT html, url FROM feedback ORDER BY label DESC").fetchall()
    assert rows[0][0].startswith("?<b>\x00Ask AI</b>") and rows[0][1] == "https://x.example/?"


def test_lone_surrogate_id_is_echoed_as_json(client):
    r = post(client, "/v1/score", data='{"snippets": [{"id": "\\ud800", "html": "\\udfff"}]}')
    assert scored(r, 1)[0]["id"] == "\ud800"
    assert b"\\ud800" in r.data  # escaped, so the response is valid UTF-8


@pytest.mark.parametrize("context", [
    {"rect": [0, 0, 10**400, 10**400], "viewport": [1, 1], "position": "fixed"},  # was a 500
    {"rect": [0, 0, 1, 1], "viewport": [1e-308, 1e-308]},  # area underflow: was a 500
    {"rect": [0, 0, 1e308, 1e308], "viewport": [1e308, 1e308], "position": "sticky"},
    {"rect": [True, None, "1", []], "viewport": [0, -1], "zIndex": 10**4000},
    {"rect": [1, 2, 3], "viewport": {"w": 1}, "frameSrc": "http://[::1", "shadowHost": "yes"},
    {"position": {"fixed": True}, "zIndex": "999999", "frameSrc": 5},
])
def test_hostile_context_is_scored(client, context):
    scored(post(client, "/v1/score", {"snippets": [{"html": "<b>Ask AI</b>", "context": context}]}), 1)


def test_max_request_answers_in_time(client):
    """1,000 snippets just under the body limit, each dense with attributes."""
    one = "".join(f'<b class="c{i} ask-ai" aria-label="w{i} help me write" data-k{i}="v">t{i} ai</b>'
                  for i in range(60))[:7000]
    r = post(client, "/v1/score", {"snippets": [{"id": i, "html": one + str(i)} for i in range(1000)]})
    assert [x["id"] for x in scored(r, 1000)] == list(range(1000))


# --- raw bytes through a real server process -------------------------------

def raw_post(server, body, headers=None, path="/v1/score"):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=SLOW)
    try:
        conn.request("POST", path, body=body, headers={"Content-Type": "application/json", **(headers or {})})
        r = conn.getresponse()
        return r.status, r.getheader("Content-Type"), r.read()
    finally:
        conn.close()


@pytest.mark.parametrize("body,status", [
    (b'{"snippets": [{"html": "\xff\xfe<b>\xc0\xaf"}]}', 400),          # invalid UTF-8
    (b'{"snippets": [{"html": "\xed\xa0\x80"}]}', 200),  # json reads a UTF-8-encoded surrogate as "\ud800"
    (b'{"snippets": [{"html": "<b>\x00</b>"}]}', 400),                    # a raw NUL inside a JSON string
    (b'\x00\x00\x00{', 400),
    (b'{"snippets": [{"id": "\\ud800", "html": "\\ud800\\u0000<b>\\udfff</b>"}]}', 200),
    (b'\xef\xbb\xbf{"snippets": [{"html": "<b>BOM</b>"}]}', 200),
    ('{"snippets": [{"html": "<b>utf-16</b>"}]}'.encode("utf-16"), 200),
    (b"[" * 200_000, 400),
])
def test_raw_bytes_over_http(live_server, body, status):
    code, ctype, data = raw_post(live_server, body)
    assert (code, ctype) == (status, "application/json"), data[:300]
    parsed = json.loads(data)
    assert ("results" in parsed) if status == 200 else ("error" in parsed)


def test_body_over_limit_over_http(live_server):
    big = b'{"snippets": [{"html": "' + b"a" * (9 << 20) + b'"}]}'
    code, ctype, data = raw_post(live_server, big)
    assert code == 413 and json.loads(data)["error"]["code"] == "payload_too_large"
    # A length that promises too much is refused before a byte of it is read.
    sock = socket.create_connection(("127.0.0.1", live_server.port), timeout=SLOW)
    with sock:
        sock.sendall(b"POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 99999999999\r\n\r\n{")
        head = sock.recv(65536)
    assert head.startswith(b"HTTP/1.1 413"), head[:200]


def test_stalled_upload_does_not_block_others(live_server):
    """A client that promises a body and never sends it ties up one thread, not the server."""
    sock = socket.create_connection(("127.0.0.1", live_server.port), timeout=SLOW)
    with sock:
        sock.sendall(b"POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000\r\n\r\n{\"snippets\": [")
        status, body = live_server.request("POST", "/v1/score", {"snippets": [{"html": "<b>x</b>"}]},
                                           timeout=5)
        assert status == 200 and len(body["results"]) == 1
    # Garbage that is not HTTP at all: the server shrugs and keeps serving.
    with socket.create_connection(("127.0.0.1", live_server.port), timeout=SLOW) as junk:
        junk.sendall(b"\x00\xff\xfe NOT HTTP \r\n\r\n")
        junk.recv(1024)
    assert live_server.request("GET", "/healthz")[0] == 200


# --- properties ---------------------------------------------------------------

HTML_BITS = ["<div", "<button", "<iframe", "<a", "<svg", "<p>", "</div>", "</b>", ">", "/>", " ", "=",
             '"', "'", "class=", "aria-label=", "title=", "data-ai=", "src=", "href=", "style=",
             "position:fixed;bottom:0", "Ask AI", "✨", "Copilot", "&amp;", "&#0;", "<!--", "-->",
             "<![CDATA[", "<?x", "<script>", "</script>", "\x00", "\ud800", "\udfff", "\n", "http://[::1",
             "https://a.example/b?c#d"]
hostile_text = st.one_of(
    st.text(),
    st.text(st.characters(categories=["Cs", "Cc", "Zs", "So", "Lo", "Ll", "Lu", "Nd", "Po"])),
    st.lists(st.one_of(st.sampled_from(HTML_BITS), st.text(max_size=8)), max_size=80).map("".join),
)
def _numbers(finite):
    return st.one_of(st.integers(), st.integers(min_value=10**300, max_value=10**400),
                     st.floats(allow_nan=not finite, allow_infinity=not finite), st.booleans(), st.none())


def _context_dicts(numbers):
    return st.fixed_dictionaries({}, optional={
        "position": st.one_of(st.sampled_from(["fixed", "sticky", "static"]), numbers),
        "rect": st.one_of(st.lists(numbers, min_size=4, max_size=4), numbers),
        "viewport": st.one_of(st.lists(numbers, min_size=2, max_size=2), numbers),
        "zIndex": numbers, "frameSrc": st.one_of(hostile_text, numbers),
        "shadowHost": st.one_of(st.booleans(), numbers)})


contexts = st.one_of(st.none(), _context_dicts(_numbers(finite=False)), st.text(max_size=5))
context_dicts = _context_dicts(_numbers(finite=True))  # NaN and Infinity are not JSON
PROPS = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@PROPS
@given(html=hostile_text, url=st.one_of(st.none(), hostile_text), context=contexts)
def test_extract_is_total_deterministic_and_bounded(html, url, context):
    snippet = {"html": html, "url": url, "context": context}
    f = features.extract(snippet)
    assert isinstance(f, dict) and f
    assert len(f) <= 4 * features.MAX_HTML_CHARS
    for name, value in f.items():
        assert isinstance(name, str) and isinstance(value, float)
        assert math.isfinite(value) and 0.0 < value <= features.CUE_WEIGHT
    assert features.extract(dict(snippet)) == f


@settings(max_examples=5, deadline=None)
@given(st.sampled_from(["<div>", "<b title='Ask AI'>", "<i></i>", "&#0;", "\x00"]),
       st.integers(min_value=features.MAX_HTML_CHARS, max_value=4 * features.MAX_HTML_CHARS))
def test_extract_budget_holds_for_long_input(unit, length):
    html = (unit * (length // len(unit) + 1))[:length]
    f = features.extract({"html": html})
    assert f and all(0 < v <= features.CUE_WEIGHT for v in f.values())


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
              hostile_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(st.sampled_from(
                                ["html", "id", "url", "context", "label", "kind", "source",
                                 "snippets", "examples"]), st.text(max_size=6)), inner, max_size=5)),
    max_leaves=20,
)
# Bodies of the right shape with hostile values inside, so that most reach the
# scorer or the database; now and then one item is any JSON at all.
ids = st.one_of(st.none(), st.text(max_size=8), st.integers(), st.floats(allow_nan=False, allow_infinity=False))
snippets = st.fixed_dictionaries({"html": hostile_text}, optional={
    "id": ids, "url": st.one_of(st.none(), hostile_text), "context": st.one_of(st.none(), context_dicts)})
examples = st.fixed_dictionaries(
    {"html": hostile_text.filter(str.strip), "label": st.sampled_from([0, 1, 0.0, 1.0])}, optional={
        "kind": st.one_of(st.none(), st.sampled_from(["ai_chat_launcher", "ai_upsell", "article"]), hostile_text),
        "url": st.one_of(st.none(), hostile_text), "source": st.one_of(st.none(), hostile_text),
        "context": st.one_of(st.none(), context_dicts)})
def _bodies(key, items, min_size=0):
    good = st.lists(items, min_size=min_size, max_size=5)
    mixed = st.lists(st.one_of(items, json_values), min_size=min_size, max_size=5)
    return st.one_of(st.fixed_dictionaries({key: good}, optional={"url": st.one_of(st.none(), hostile_text)}),
                     st.fixed_dictionaries({key: mixed}))


requests_ = st.one_of(
    st.tuples(st.just("/v1/score"), _bodies("snippets", snippets)),
    st.tuples(st.just("/v1/feedback"), _bodies("examples", examples, min_size=1)),
    st.tuples(st.sampled_from(["/v1/score", "/v1/feedback"]), json_values),
)


def _json_text(value):
    # The wire form of a Python value with lone surrogates: JSON escapes them.
    return json.dumps(value, ensure_ascii=True)


@PROPS
@given(request=requests_)
def test_any_json_gets_2xx_or_4xx_json(client, request):
    path, body = request
    r = post(client, path, data=_json_text(body))
    assert r.status_code < 500, r.get_data(as_text=True)[:500]
    assert r.mimetype == "application/json"
    out = r.json
    if r.status_code >= 400:
        assert set(out) == {"error"} and out["error"]["code"] and out["error"]["message"]
    elif path == "/v1/score":
        assert r.status_code == 200 and len(out["results"]) == len(body["snippets"])
        for res in out["results"]:
            assert 0 <= res["score"] <= 1
    else:
        # The same snippet twice in a batch is one row: stored counts examples, total rows.
        assert r.status_code == 201 and out["stored"] == len(body["examples"]) and out["total"] >= 1
