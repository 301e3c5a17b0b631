"""The real `python -m server` process over HTTP, and gunicorn."""
import json
import os
import signal
import subprocess
import sys
import urllib.request

from testkit import ROOT, Gunicorn, free_port

AI = '<button aria-label="Ask Copilot">✨</button>'
ARTICLE = ("<article><h2>The AI backlash</h2><p>Readers are tired of artificial intelligence "
           "features that nobody asked for. Every app now ships an assistant, and critics argue "
           "that the rush to add AI has made software slower and harder to use.</p>"
           "<p>Some companies now let users switch these features off.</p></article>")


def test_live_server_scores_widget_above_and_article_below(live_server):
    status, body = live_server.request("POST", "/v1/score", {"snippets": [
        {"id": "w", "html": AI}, {"id": "a", "html": ARTICLE}]})
    assert status == 200, body
    widget, article = body["results"]
    assert widget["id"] == "w" and widget["ai"] is True and widget["reasons"]
    assert widget["score"] >= body["threshold"]
    assert article["ai"] is False and article["score"] < body["threshold"]


def test_live_server_errors_are_json(live_server):
    status, body = live_server.request("POST", "/v1/score", {"snippets": "nope"})
    assert status == 400 and body["error"]["code"] == "bad_request"
    req = urllib.request.Request(live_server.url + "/v1/score", data=b"x", method="POST",
                                 headers={"Content-Type": "text/plain"})
    try:
        urllib.request.urlopen(req, timeout=5)
        raise AssertionError("expected 415")
    except urllib.error.HTTPError as e:
        assert e.code == 415 and e.headers["Content-Type"] == "application/json"


def test_feedback_over_http_lands_in_sqlite(live_server):
    import sqlite3
    status, body = live_server.request("POST", "/v1/feedback", {"examples": [
        {"html": '<div class="zz-helper-bot">Ask our bot</div>', "label": 1,
         "kind": "ai_chat_launcher", "url": "https://shop.example.com/"}]})
    assert status == 201 and body["stored"] == 1
    db = sqlite3.connect(live_server.data_dir / "feedback.sqlite3")
    assert db.execute("SELECT count(*) FROM feedback WHERE html LIKE '%zz-helper-bot%'").fetchone()[0] == 1


def test_server_refuses_public_bind_without_token():
    r = subprocess.run([sys.executable, "-m", "server", "--host", "0.0.0.0", "--port", str(free_port())],
                       cwd=ROOT, capture_output=True, text=True, timeout=30,
                       env={k: v for k, v in os.environ.items() if k != "NOFOOBAR_TOKEN"})
    assert r.returncode == 2
    assert "NOFOOBAR_TOKEN" in r.stderr


def test_server_with_missing_model_exits_with_message(tmp_path):
    r = subprocess.run([sys.executable, "-m", "server", "--port", str(free_port()),
                        "--model", str(tmp_path / "none")], cwd=ROOT, capture_output=True,
                       text=True, timeout=30)
    assert r.returncode == 2 and "no current model" in r.stderr


def test_server_stops_on_sigterm(server_factory):
    server = server_factory().start()
    server.proc.send_signal(signal.SIGTERM)
    assert server.proc.wait(10) is not None


def test_gunicorn_serves_create_app(bundled_model_copy, tmp_path):
    with Gunicorn(bundled_model_copy, tmp_path / "var") as g:
        with urllib.request.urlopen(g.url + "/v1/model", timeout=5) as r:
            assert json.loads(r.read())["version"]
