"""The retraining loop on a real server process: feedback in, one command,
the running server serves the new model without a failed request; the
promotion guard, rollback with `python -m model.promote`, and a damaged
artifact that the server refuses while the old model keeps serving.

Everything trains on a small corpus (tests/fixtures/tiny.jsonl and some
everyday-UI negatives) so that each training run takes a second or two.
"""
import json
import os
import shutil
import subprocess
import sys
import threading
import time

import pytest

from model import artifacts, promote, train
from tests.conftest import ROOT, TINY

# A new, unusual AI widget: no "AI", "assistant" or sparkle anywhere, only a
# persona's name, so a model that never saw it takes it for ordinary UI.
WIDGET = '<div class="mira-orb" data-mira-agent="concierge"><span>Mira, your concierge</span></div>'
VARIANTS = [
    WIDGET,
    '<div class="mira-orb mira-orb--open" data-mira-agent="concierge"><span>Mira, your concierge</span>'
    '<span>Ask Mira</span></div>',
    '<div class="mira-orb" data-mira-agent="stylist"><span>Mira, your stylist</span></div>',
    '<div class="mira-orb mira-launcher" data-mira-agent="concierge" data-mira-build="7">'
    '<span>Mira, your concierge</span></div>',
    '<div class="mira-orb" data-mira-agent="travel"><span>Plan a trip with Mira</span></div>',
]
ARTICLE = ("<p>Artificial intelligence is changing how newsrooms work, and critics say AI "
           "assistants are pushed on readers.</p>")
# Everyday shop UI with short phrases and custom elements: what the widget
# resembles until someone labels it.
EVERYDAY = [
    ('<cart-drawer class="drawer"><span>Your cart is empty</span></cart-drawer>', "cart"),
    ('<div class="promo-strip"><span>Free shipping over $50</span></div>', "promo"),
    ('<youtube-player video-id="x"><span>Play video</span></youtube-player>', "video"),
    ('<div class="store-locator" data-store="42"><span>Find a store near you</span></div>', "store"),
    ('<button class="help-link" data-help="faq">Help centre</button>', "help"),
    ('<div class="rating" data-stars="4"><span>4.5 out of 5</span></div>', "rating"),
    ('<div class="live-chat" data-agent="human"><span>Chat with our team</span></div>', "human_chat"),
    ('<size-picker data-sku="123"><span>Choose your size</span></size-picker>', "size"),
    ('<div class="weather-orb" data-city="Oslo"><span>Oslo, 3°C</span></div>', "weather"),
    ('<div class="badge" data-badge="new"><span>New arrivals</span></div>', "badge"),
]
FAST_RELOAD = {"NOFOOBAR_RELOAD_CHECK_SECONDS": "0.2"}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    lines = [TINY.read_text(encoding="utf-8")]
    for i, (html, kind) in enumerate(EVERYDAY):
        for v in range(3):
            h = html.replace('">', f'" data-v="{v}">', 1) if v else html
            lines.append(json.dumps({"html": h, "url": f"https://shop{i}-{v}.example.org/",
                                     "label": 0, "kind": kind}) + "\n")
    path = tmp_path_factory.mktemp("corpus") / "small.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small_model_dir(small_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("small-model")
    assert train.main(["--data", str(small_corpus), "--out", str(out), "--no-feedback",
                       "--quiet", "--folds", "3"]) == 0
    return out


@pytest.fixture
def server(small_model_dir, tmp_path, server_factory):
    """A real server on a private copy of the small model, checking the
    `current` pointer every 0.2 s."""
    models = tmp_path / "models"
    shutil.copytree(small_model_dir, models)
    return server_factory(models, env=FAST_RELOAD).start()


def run(module, *args, timeout=120):
    return subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def retrain(server, corpus, *extra):
    return run("model.train", "--data", corpus, "--data-dir", server.data_dir,
               "--out", server.model_dir, "--folds", "3", "--quiet", *extra)


def promote_cli(capsys, *args):
    """model.promote in-process (the subprocess costs seconds of imports):
    (exit status, stdout, stderr)."""
    capsys.readouterr()
    code = promote.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def score(server, html):
    status, body = server.request("POST", "/v1/score", {"snippets": [
        {"id": "w", "html": html, "url": "https://shop.newvendor.test/"}]})
    assert status == 200, body
    return body


def wait_for(predicate, timeout=10, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def serves(server, version):
    return lambda: score(server, ARTICLE)["model_version"] == version


def post_feedback(server, html_list, label, kind=None):
    examples = [dict({"html": h, "label": label, "url": f"https://store{i}.mira-demo.test/"},
                     **({"kind": kind} if kind else {})) for i, h in enumerate(html_list)]
    status, body = server.request("POST", "/v1/feedback", {"examples": examples})
    assert status == 201, body
    return body


class Scorer(threading.Thread):
    """A client that keeps scoring until stopped, and keeps what it saw."""

    def __init__(self, server):
        super().__init__(daemon=True)
        self.server = server
        self.seen = []       # (status, model_version)
        self.problems = []
        self.halt = threading.Event()

    def run(self):
        while not self.halt.is_set():
            try:
                status, body = self.server.request("POST", "/v1/score", {"snippets": [
                    {"html": WIDGET}, {"html": ARTICLE}]}, timeout=10)
                self.seen.append((status, body.get("model_version")))
                if status != 200 or len(body["results"]) != 2 or not all(
                        0 <= r["score"] <= 1 for r in body["results"]):
                    self.problems.append(body)
            except Exception as exc:  # anything at all is a failure of the swap
                self.problems.append(repr(exc))
            time.sleep(0.005)

    def stop(self):
        self.halt.set()
        self.join(15)

    def versions(self):
        """The versions seen, with repeats collapsed: [old, new] for one swap."""
        out = []
        for _, v in self.seen:
            if not out or out[-1] != v:
                out.append(v)
        return out


def test_feedback_retrain_and_hot_reload_without_a_failed_request(server, small_corpus):
    before = score(server, WIDGET)
    old = before["model_version"]
    assert before["results"][0]["ai"] is False
    assert before["results"][0]["score"] < before["threshold"]

    # several clients, so that some request is always in flight when the model swaps
    clients = [Scorer(server) for _ in range(3)]
    for client in clients:
        client.start()
    try:
        # the user marks the widget "this is AI" on a few sites, in a few variants
        assert post_feedback(server, VARIANTS, 1, "ai_chat_launcher")["stored"] == len(VARIANTS)
        assert post_feedback(server, [WIDGET], 1, "ai_chat_launcher")["total"] == len(VARIANTS)
        r = retrain(server, small_corpus)
        assert r.returncode == 0, r.stdout + r.stderr
        assert "(5 from feedback)" in r.stderr
        new = artifacts.current_version(server.model_dir)
        assert new != old and f"promoted {new} to current (was {old})" in r.stdout
        assert f"report: {server.model_dir / new / 'report' / 'index.html'}" in r.stdout
        wait_for(serves(server, new), what=f"the server to serve {new}")
        time.sleep(0.5)  # the clients keep scoring on the new model for a while
    finally:
        for client in clients:
            client.stop()

    for client in clients:
        assert not client.problems, client.problems[:3]
        assert client.seen and {s for s, _ in client.seen} == {200}
        assert client.versions() == [old, new], client.versions()

    after = score(server, WIDGET)
    widget = after["results"][0]
    assert after["model_version"] == new
    assert widget["ai"] is True and widget["score"] >= after["threshold"], widget
    assert widget["kind"] == "ai_chat_launcher"
    article = score(server, ARTICLE)["results"][0]
    assert article["ai"] is False
    status, info = server.request("GET", "/v1/model")
    assert status == 200 and info["version"] == new and info["metrics"]["cv"]
    report = (server.model_dir / new / "report" / "index.html").read_text(encoding="utf-8")
    assert f"current {old}" in report and "5 of the examples come from stored feedback" in report


def test_guard_refuses_mislabelled_feedback_and_promote_rolls_back(server, small_corpus, capsys):
    old = score(server, WIDGET)["model_version"]
    post_feedback(server, VARIANTS, 1, "ai_chat_launcher")
    assert train.main(["--data", str(small_corpus), "--data-dir", str(server.data_dir), "--out",
                       str(server.model_dir), "--folds", "3", "--quiet"]) == 0
    good = artifacts.current_version(server.model_dir)
    wait_for(serves(server, good), what=f"the server to serve {good}")

    # Someone labels every AI widget of the corpus "not AI" (feedback wins).
    flipped = [json.loads(line) for line in TINY.read_text(encoding="utf-8").splitlines()]
    flipped = [dict(ex, label=0, kind="mislabelled") for ex in flipped if ex["label"] == 1]
    status, body = server.request("POST", "/v1/feedback", {"examples": flipped})
    assert status == 201, body
    r = retrain(server, small_corpus)
    assert r.returncode == 3, r.stdout + r.stderr
    assert "NOT promoted" in r.stdout and f"current stays {good}" in r.stdout
    assert artifacts.current_version(server.model_dir) == good
    bad = artifacts.versions(server.model_dir)[-1]
    assert bad not in (old, good)
    report = (server.model_dir / bad / "report" / "index.html").read_text(encoding="utf-8")
    assert "NOT promoted" in report
    time.sleep(0.5)  # more than two pointer checks: the server must not have moved
    assert score(server, WIDGET)["model_version"] == good

    code, listing, _ = promote_cli(capsys, "--list", "--model", server.model_dir)
    assert code == 0 and f"* {good}" in listing
    assert all(v in listing for v in (old, good, bad))

    r = run("model.promote", old, "--model", server.model_dir)
    assert r.returncode == 0, r.stderr
    assert f"promoted {old} to current (was {good})" in r.stdout
    assert artifacts.current_version(server.model_dir) == old
    wait_for(serves(server, old), what=f"the server to roll back to {old}")
    assert score(server, WIDGET)["results"][0]["ai"] is False  # the old model's verdict
    status, info = server.request("GET", "/v1/model")
    assert info["version"] == old

    code, _, err = promote_cli(capsys, "1999.01.01-9", "--model", server.model_dir)
    assert code == 2 and "no version '1999.01.01-9'" in err and old in err
    assert artifacts.current_version(server.model_dir) == old


def point_current_at(model_dir, version):
    """Move `current` by hand, as if the file had been damaged after promote
    checked it (promote itself refuses a damaged file)."""
    tmp = model_dir / ".current.test"
    tmp.write_text(version + "\n")
    os.replace(tmp, model_dir / artifacts.CURRENT)


def healthz_warning(server, contains):
    def check():
        status, body = server.request("GET", "/healthz")
        assert status == 200, body
        return contains in body.get("warning", "") and body
    return check


def test_corrupted_artifact_is_refused_and_the_old_model_keeps_serving(
        server, small_corpus, capsys):
    old = score(server, WIDGET)["model_version"]
    assert train.main(["--data", str(small_corpus), "--out", str(server.model_dir),
                       "--no-feedback", "--quiet", "--folds", "3", "--no-promote"]) == 0
    new = artifacts.versions(server.model_dir)[-1]
    assert new != old
    # weights.npz is what the server loads (model.joblib it never opens).
    model_file = server.model_dir / new / artifacts.WEIGHTS_FILE
    blob = bytearray(model_file.read_bytes())
    for i in range(len(blob) // 2, len(blob) // 2 + 16):
        blob[i] ^= 0xFF
    model_file.write_bytes(bytes(blob))

    code, _, err = promote_cli(capsys, new, "--model", server.model_dir)
    assert code == 2 and "sha256" in err and "not promoted" in err, err
    assert artifacts.current_version(server.model_dir) == old

    point_current_at(server.model_dir, new)
    body = wait_for(healthz_warning(server, "sha256"), what="the server to refuse the damaged model")
    assert body["status"] == "ok" and body["model_version"] == old
    assert score(server, WIDGET)["model_version"] == old
    status, body = server.request("POST", "/v1/admin/reload")
    assert status == 422 and "sha256" in body["error"]["message"], body
    status, info = server.request("GET", "/v1/model")
    assert status == 200 and info["version"] == old

    # A file that matches its (rewritten) checksum but is not a model at all.
    junk = "1999.12.31-1"
    shutil.copytree(server.model_dir / new, server.model_dir / junk)
    (server.model_dir / junk / artifacts.WEIGHTS_FILE).write_bytes(b"not an npz\n" * 100)
    meta = json.loads((server.model_dir / junk / artifacts.META_FILE).read_text())
    meta.update(version=junk,
                weights_sha256=artifacts.sha256_of(server.model_dir / junk / artifacts.WEIGHTS_FILE))
    (server.model_dir / junk / artifacts.META_FILE).write_text(json.dumps(meta))
    point_current_at(server.model_dir, junk)
    body = wait_for(healthz_warning(server, "cannot load"), what="the server to refuse junk")
    assert body["model_version"] == old
    assert score(server, WIDGET)["model_version"] == old

    # Rolling back to a good version clears the warning.
    code, _, err = promote_cli(capsys, old, "--model", server.model_dir)
    assert code == 0, err
    wait_for(lambda: "warning" not in server.request("GET", "/healthz")[1],
             what="the warning to clear")
    code, listing, _ = promote_cli(capsys, "--list", "--model", server.model_dir)
    assert "BROKEN" in listing and f"* {old}" in listing
