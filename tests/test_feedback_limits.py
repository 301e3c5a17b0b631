"""Feedback the server stores: every field capped, the origin it records is
what the server knows, the rate limit runs before the token check and counts
wrong tokens, and the files that hold it are private."""
import os
import sqlite3
import stat
import uuid

import pytest

from model.feedback import FeedbackStore
from server import create_app

HTML = "<button class='x'>Ask AI</button>"


def rows(data_dir):
    db = data_dir / "feedback.sqlite3"
    if not db.exists():
        return []
    return sqlite3.connect(db).execute("SELECT html, url, kind, context, origin FROM feedback").fetchall()


@pytest.mark.parametrize("field,value", [
    ("url", "https://a.example/" + "x" * 3000),
    ("source", "s" * 201),
    ("kind", "k" * 65),
    ("context", {"frameSrc": "https://a.example/" + "y" * 9000}),
    ("context", {"landmarks": ["nav"] * 2000}),
])
def test_every_feedback_field_is_capped(client, tmp_path, field, value):
    r = client.post("/v1/feedback", json={"examples": [{"html": HTML, "label": 0, field: value}]})
    assert r.status_code == 413, r.json
    assert r.json["error"]["code"] == "payload_too_large"
    assert field in r.json["error"]["message"]
    assert rows(tmp_path / "var") == []


def test_fields_at_their_caps_are_stored(client, tmp_path):
    ex = {"html": HTML, "label": 0, "url": "https://a.example/" + "x" * (2048 - 18),
          "source": "s" * 200, "kind": "k" * 64}
    r = client.post("/v1/feedback", json={"examples": [ex]})
    assert r.status_code == 201, r.json
    assert len(rows(tmp_path / "var")[0][1]) == 2048


def test_origin_is_what_the_server_knows(client, tmp_path):
    """A claimed `origin` field and an Origin header we do not serve are not
    recorded; the peer address is, with an extension's Origin as a hint."""
    client.post("/v1/feedback", json={"examples": [{"html": "<b>1</b>", "label": 0,
                                                    "origin": "trusted-admin"}]},
                headers={"Origin": "https://evil.example"})
    client.post("/v1/feedback", json={"examples": [{"html": "<b>2</b>", "label": 0}]},
                headers={"Origin": "chrome-extension://abcdef"})
    origins = sorted(r[4] for r in rows(tmp_path / "var"))
    assert origins == ["127.0.0.1", "127.0.0.1 via chrome-extension://abcdef"]


def make_client(model_dir, tmp_path, **cfg):
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "var"),
                      "TESTING": True, **cfg})
    return app.test_client()


def test_feedback_without_the_token_is_refused_even_from_loopback(model_dir, tmp_path):
    client = make_client(model_dir, tmp_path, TOKEN="t0ken")
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        r = client.post("/v1/feedback", json={"examples": [{"html": HTML, "label": 0}]},
                        headers=headers)
        assert r.status_code == 401, r.json
    assert rows(tmp_path / "var") == []
    r = client.post("/v1/feedback", json={"examples": [{"html": HTML, "label": 0}]},
                    headers={"Authorization": "Bearer t0ken"})
    assert r.status_code == 201


def test_wrong_tokens_are_rate_limited_on_loopback_too(model_dir, tmp_path):
    client = make_client(model_dir, tmp_path, TOKEN="t0ken", TOKEN_FAILURES_PER_MINUTE=3)
    statuses = [client.get("/v1/model", headers={"Authorization": f"Bearer guess{i}"}).status_code
                for i in range(5)]
    assert statuses == [401, 401, 401, 429, 429]
    # Even the right token now waits: a guesser cannot tell when it hit.
    r = client.get("/v1/model", headers={"Authorization": "Bearer t0ken"})
    assert r.status_code == 200  # the right token is never counted as a failure
    other = client.get("/v1/model", headers={"Authorization": "Bearer nope"},
                       environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 401  # allowances are per client


def test_rate_limit_runs_before_the_token_check(model_dir, tmp_path):
    client = make_client(model_dir, tmp_path, TOKEN="t0ken", RATE_LIMIT_PER_MINUTE=2,
                         TOKEN_FAILURES_PER_MINUTE=100)
    remote = {"REMOTE_ADDR": "10.0.0.7"}
    statuses = [client.get("/v1/model", headers={"Authorization": "Bearer wrong"},
                           environ_base=remote).status_code for _ in range(4)]
    assert statuses == [401, 401, 429, 429]
    r = client.get("/v1/model", headers={"Authorization": "Bearer t0ken"}, environ_base=remote)
    assert r.status_code == 429


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_data_dir_and_database_are_private_from_creation(client, tmp_path):
    r = client.post("/v1/feedback", json={"examples": [{"html": HTML, "label": 1}]})
    assert r.status_code == 201
    var = tmp_path / "var"
    assert mode(var) == 0o700
    assert mode(var / "feedback.sqlite3") == 0o600
    # The -wal and -shm files live while a connection is open.
    store = FeedbackStore.in_dir(var)
    try:
        store.add([{"html": "<i>more</i>", "label": 0}])
        files = sorted(var.iterdir())
        assert {p.name for p in files} >= {"feedback.sqlite3", "feedback.sqlite3-wal",
                                           "feedback.sqlite3-shm"}
        for p in files:
            assert mode(p) == 0o600, (p, oct(mode(p)))
    finally:
        store.close()


def test_an_old_world_readable_database_is_tightened(client, tmp_path):
    client.post("/v1/feedback", json={"examples": [{"html": HTML, "label": 1}]})
    db = tmp_path / "var" / "feedback.sqlite3"
    os.chmod(db, 0o644)
    r = client.post("/v1/feedback", json={"examples": [{"html": "<i>x</i>", "label": 0}]})
    assert r.status_code == 201
    assert mode(db) == 0o600


def test_private_files_from_a_real_server(server_factory, tmp_path):
    data_dir = tmp_path / f"fresh-{uuid.uuid4().hex[:6]}"
    server = server_factory(args=("--data-dir", str(data_dir))).start()
    status, body = server.request("POST", "/v1/feedback",
                                  {"examples": [{"html": HTML, "label": 1}]})
    assert status == 201, body
    assert mode(data_dir) == 0o700
    for p in data_dir.iterdir():
        assert mode(p) == 0o600, (p, oct(mode(p)))
