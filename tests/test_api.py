import json
import re
import sqlite3

import pytest

from server import create_app

AI = '<button aria-label="Ask AI" class="ask-ai-btn">✨</button>'
ARTICLE = ("<p>Artificial intelligence is changing how newsrooms work, and critics say AI "
           "assistants are pushed on readers whether they want them or not.</p>")


def err(resp, status, code):
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.is_json
    assert resp.json["error"]["code"] == code
    assert resp.json["error"]["message"]


def test_score_returns_results_in_order_with_ids(client):
    r = client.post("/v1/score", json={"url": "https://x.example.com/a", "snippets": [
        {"id": "n1", "html": AI}, {"id": 7, "html": ARTICLE}, {"html": "<b>x</b>"}]})
    assert r.status_code == 200
    body = r.json
    assert body["model_version"] and 0 < body["threshold"] < 1
    res = body["results"]
    assert [x.get("id") for x in res] == ["n1", 7, None]
    assert "id" not in res[2]
    assert res[0]["ai"] is True and res[0]["kind"] and res[0]["reasons"]
    assert res[1]["ai"] is False and res[1]["kind"] is None
    for x in res:
        assert 0 <= x["score"] <= 1
        assert x["ai"] == (x["score"] >= body["threshold"])


def test_score_is_deterministic(client):
    payload = {"snippets": [{"html": AI}, {"html": ARTICLE}]}
    assert client.post("/v1/score", json=payload).json == client.post("/v1/score", json=payload).json


def test_page_url_is_checked_but_does_not_move_a_score(client):
    r = client.post("/v1/score", json={"url": 5, "snippets": []})
    err(r, 400, "bad_request")
    # The page's address is not a feature: a host prior memorises the
    # training sites, and a page must not move its verdicts by where it says
    # it is (model/features.py).

    def scored(body):
        r = client.post("/v1/score", json=body)
        assert r.status_code == 200, r.json
        return r.json["results"][0]["score"]

    plain = scored({"snippets": [{"html": AI}]})
    for url in ("https://www.google.com/search?q=x", "https://intercom.example/", "https://zzqx-unseen.example/"):
        assert scored({"url": url, "snippets": [{"html": AI}]}) == plain
        assert scored({"snippets": [{"html": AI, "url": url}]}) == plain


@pytest.mark.parametrize("body,status,code", [
    ({}, 400, "bad_request"),
    ({"snippets": "x"}, 400, "bad_request"),
    ({"snippets": [1]}, 400, "bad_request"),
    ({"snippets": [{"html": 3}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "id": True}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "id": {"a": 1}}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "context": []}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "context": {"landmarks": "nav"}}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "context": {"landmarks": ["nav", 3]}}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "context": {"inList": "yes"}}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "context": {"similarSiblings": True}}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "context": {"similarSiblings": -1}}]}, 422, "invalid_value"),
    ({"snippets": [{"html": "<b/>", "context": {"pageCandidates": "16"}}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "context": {"pageCandidates": 2.5}}]}, 400, "bad_request"),
    ({"snippets": [{"html": "<b/>", "context": {"pageCandidates": -2}}]}, 422, "invalid_value"),
    ({"snippets": [{"html": "<b/>", "context": {"landmarks": ["nav"] * 17}}]}, 422, "invalid_value"),
    ({"snippets": [{"html": "<b/>"}] * 1001}, 413, "payload_too_large"),
])
def test_score_rejects_bad_shapes(client, body, status, code):
    err(client.post("/v1/score", json=body), status, code)


def test_place_context_is_accepted_and_changes_the_score(bundled_model_copy, tmp_path):
    from server import create_app
    client = create_app({"MODEL_DIR": str(bundled_model_copy), "DATA_DIR": str(tmp_path / "var"),
                         "TESTING": True}).test_client()
    link = {"html": '<a href="/tag/ai">AI</a>'}
    menu = dict(link, context={"landmarks": ["nav", "header"], "inList": True, "inHeading": False,
                               "inText": False, "similarSiblings": 9})
    r = client.post("/v1/score", json={"url": "https://news.example/", "snippets": [link, menu]})
    assert r.status_code == 200
    bare, placed = (x["score"] for x in r.json["results"])
    assert placed != bare  # the place is used, and a snippet without it still scores


def test_score_rejects_non_json(client):
    err(client.post("/v1/score", data="snippets", content_type="text/plain"), 415, "unsupported_media_type")
    err(client.post("/v1/score", data="{nope", content_type="application/json"), 400, "bad_request")
    err(client.post("/v1/score", data="[1]", content_type="application/json"), 400, "bad_request")


def test_oversized_body_and_snippet(app, client):
    big = "x" * (9 * 1024 * 1024)
    err(client.post("/v1/score", data=json.dumps({"snippets": [{"html": big}]}),
                    content_type="application/json"), 413, "payload_too_large")
    huge = "<div>" + "a" * (2 * 1024 * 1024) + "</div>"
    r = client.post("/v1/score", json={"snippets": [{"html": huge}]})
    assert r.status_code == 200 and len(r.json["results"]) == 1


def test_empty_snippet_list_is_fine(client):
    r = client.post("/v1/score", json={"snippets": []})
    assert r.status_code == 200 and r.json["results"] == []


def test_unknown_route_and_method_are_json(client):
    err(client.get("/nope"), 404, "not_found")
    err(client.get("/v1/score"), 405, "method_not_allowed")


def test_model_and_health(client):
    m = client.get("/v1/model").json
    for key in ("version", "trained_at", "examples", "metrics", "threshold", "sha256"):
        assert m[key] is not None, key
    h = client.get("/healthz").json
    assert h == {"status": "ok", "model_version": m["version"]}


def test_feedback_is_stored_and_relabelled(app, client, tmp_path):
    r = client.post("/v1/feedback", json={"examples": [
        {"html": AI, "label": 1, "kind": "ai_search_widget", "url": "https://a.example.com/"},
        {"html": ARTICLE, "label": 0}]})
    assert r.status_code == 201 and r.json == {"stored": 2, "total": 2}
    r = client.post("/v1/feedback", json={"examples": [{"html": AI.replace(" ", "  "), "label": 0}]})
    assert r.json == {"stored": 1, "total": 2}
    db = sqlite3.connect(tmp_path / "var" / "feedback.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    labels = sorted(row[0] for row in db.execute("SELECT label FROM feedback"))
    assert labels == [0, 0]


@pytest.mark.parametrize("body,status", [
    ({"examples": []}, 422),
    ({"examples": [{"html": "<b/>", "label": 2}]}, 422),
    ({"examples": [{"html": "<b/>", "label": 1, "kind": "nonsense"}]}, 422),
    ({"examples": [{"html": "", "label": 1}]}, 422),
    ({"examples": [{"html": " \u00a0\n\u3000", "label": 1}]}, 422),  # blank as the API document says it
    ({"examples": [{"label": 1}]}, 400),
    ({"examples": "x"}, 400),
])
def test_bad_feedback_changes_nothing(client, tmp_path, body, status):
    client.post("/v1/feedback", json={"examples": [{"html": "<i>keep</i>", "label": 0}]})
    r = client.post("/v1/feedback", json=body)
    assert r.status_code == status
    db = sqlite3.connect(tmp_path / "var" / "feedback.sqlite3")
    assert db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 1


def test_what_the_api_document_allows_as_html_is_accepted(client):
    """The document's `pattern` and the server agree on blank: a control
    character is no whitespace to JSON Schema, though Python's strip() drops it."""
    from model.data import NOT_BLANK
    html = client.get("/openapi.json").get_json()["components"]["schemas"]["Example"]["properties"]["html"]
    assert html["pattern"] == NOT_BLANK and re.search(NOT_BLANK, "\u001e")
    r = client.post("/v1/feedback", json={"examples": [{"html": "\u001e", "label": 0}]})
    assert r.status_code == 201 and r.get_json()["stored"] == 1, r.get_json()


def test_bad_example_in_a_batch_stores_none_of_it(client, tmp_path):
    r = client.post("/v1/feedback", json={"examples": [{"html": "<i>a</i>", "label": 1},
                                                        {"html": "<i>b</i>", "label": 5}]})
    assert r.status_code == 422
    assert not (tmp_path / "var" / "feedback.sqlite3").exists() or sqlite3.connect(
        tmp_path / "var" / "feedback.sqlite3").execute("SELECT count(*) FROM feedback").fetchone()[0] == 0


def test_cors_allows_extension_origins_only(model_dir, tmp_path):
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "v"),
                      "CORS_ORIGINS": ["https://allowed.example"]})
    c = app.test_client()
    for origin in ("chrome-extension://abcdef", "moz-extension://1234", "https://allowed.example"):
        r = c.options("/v1/score", headers={"Origin": origin, "Access-Control-Request-Method": "POST"})
        assert r.headers.get("Access-Control-Allow-Origin") == origin
    r = c.post("/v1/score", json={"snippets": []}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers


def test_token_guards_everything_but_health(model_dir, tmp_path):
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "v"), "TOKEN": "s3cret"})
    c = app.test_client()
    err(c.post("/v1/score", json={"snippets": []}), 401, "unauthorized")
    err(c.get("/v1/model", headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
    assert c.get("/v1/model", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert c.get("/healthz").status_code == 200


def test_rate_limit_applies_to_remote_clients_only(model_dir, tmp_path):
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "v"),
                      "RATE_LIMIT_PER_MINUTE": 3})
    c = app.test_client()
    remote = {"REMOTE_ADDR": "203.0.113.9"}
    codes = [c.get("/healthz", environ_base=remote).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    r = c.get("/healthz", environ_base=remote)
    err(r, 429, "rate_limited")
    assert int(r.headers["Retry-After"]) > 0
    assert all(c.get("/healthz").status_code == 200 for _ in range(5))


def test_env_settings_are_read(model_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("NOFOOBAR_MODEL_DIR", str(model_dir))
    monkeypatch.setenv("NOFOOBAR_DATA_DIR", str(tmp_path / "envdata"))
    monkeypatch.setenv("NOFOOBAR_TOKEN", "12345")
    app = create_app()
    assert app.config["TOKEN"] == "12345"
    assert app.config["DATA_DIR"] == str(tmp_path / "envdata")


def test_foreign_host_header_is_refused_without_token(model_dir, tmp_path):
    """DNS rebinding: a page on evil.example resolved to 127.0.0.1 sends Host: evil.example."""
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "v")})
    c = app.test_client()
    for host in ("evil.example:8765", "127.evil.example", "127.0.0.1.evil.example:8765"):
        err(c.post("/v1/feedback", json={"examples": [{"html": "<b>x</b>", "label": 1}]},
                   headers={"Host": host}), 403, "forbidden")
    for host in ("127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost", "127.0.0.2:80"):
        assert c.get("/healthz", headers={"Host": host}).status_code == 200, host
    tokened = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "v"), "TOKEN": "t"})
    r = tokened.test_client().get("/healthz", headers={"Host": "nofoobar.lan"})
    assert r.status_code == 200


def test_feedback_with_a_bad_place_field_is_refused_and_nothing_is_stored(client, tmp_path):
    good = {"html": AI, "label": 1, "context": {"landmarks": ["aside"], "similarSiblings": 0}}
    bad = {"html": ARTICLE, "label": 0, "context": {"inText": "yes"}}
    r = client.post("/v1/feedback", json={"examples": [good, bad]})
    assert r.status_code == 422 and "inText" in r.json["error"]["message"]
    r = client.post("/v1/feedback", json={"examples": [good]})
    assert r.status_code == 201 and r.json == {"stored": 1, "total": 1}
