"""The review page through Flask's test client: escaping and inert previews,
access (loopback, Host, token sign-in, cookie flags), CSRF and cross-site
refusals, relabel/delete/export, promote and roll back, and a training run."""
import json
import re
import time

import pytest

from model import artifacts, train
from model.data import snippet_key
from model.flags import flag_feedback
from server import create_app
from tests.conftest import TINY

HOSTILE = ('<div class="ai-chat"><script>window.pwned=1</script>'
           '<img src=x onerror="window.pwned=2"><img src="http://203.0.113.9/leak.png">'
           '<meta http-equiv="refresh" content="0;url=http://203.0.113.9/">Ask AI</div>')


def post_feedback(client, *examples):
    r = client.post("/v1/feedback", json={"examples": list(examples)})
    assert r.status_code == 201, r.json
    return r


def csrf_of(client, path="/"):
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def stored(app):
    from model.feedback import FeedbackStore
    store = FeedbackStore.in_dir(app.config["DATA_DIR"])
    try:
        return {r["key"]: r for r in store.rows()}
    finally:
        store.close()


def test_hostile_markup_shows_as_text_and_as_a_sandboxed_preview(client):
    post_feedback(client, {"html": HOSTILE, "label": 1, "url": "https://shop.example/p",
                           "kind": "ai_chat_launcher"})
    r = client.get("/")
    page = r.get_data(as_text=True)
    assert r.status_code == 200
    assert "<script>window.pwned" not in page and "onerror=\"window" not in page
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in page  # the escaped source
    frames = re.findall(r"<iframe[^>]*>", page)
    assert len(frames) == 1
    assert 'sandbox=""' in frames[0]
    srcdoc = re.search(r'srcdoc="([^"]*)"', frames[0]).group(1)
    assert "&lt;meta http-equiv=&#34;Content-Security-Policy&#34; content=&#34;default-src &#39;none&#39;" in srcdoc
    assert "shop.example" in page
    # The model's score and reasons when the label came in.
    assert re.search(r"The model then \([\w.-]+\): score [0-9.]+", page)
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["X-Frame-Options"] == "DENY"


def test_non_loopback_client_without_token_gets_403(client):
    r = client.get("/", environ_base={"REMOTE_ADDR": "192.0.2.7"})
    assert r.status_code == 403
    r = client.get("/review/labels.jsonl", environ_base={"REMOTE_ADDR": "192.0.2.7"})
    assert r.status_code == 403


def test_foreign_host_is_refused(client):
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 403
    assert client.get("/", headers={"Host": "127.0.0.1.evil.example:8765"}).status_code == 403
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200


def test_cross_site_post_and_missing_csrf_are_refused_and_change_nothing(app, client):
    post_feedback(client, {"html": "<button>Ask AI</button>", "label": 1, "url": "https://a.example/"})
    key = snippet_key("<button>Ask AI</button>")
    token = csrf_of(client)
    # A form on another site: the browser sends its Origin (and no Strict cookie).
    other = app.test_client()
    r = other.post(f"/review/labels/{key}/relabel", data={"label": "0"},
                   headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    r = client.post(f"/review/labels/{key}/relabel", data={"label": "0", "csrf_token": token},
                    headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    r = client.post(f"/review/labels/{key}/relabel", data={"label": "0", "csrf_token": token},
                    headers={"Origin": "null"})  # a sandboxed frame or data: URL
    assert r.status_code == 403
    r = client.post(f"/review/labels/{key}/relabel", data={"label": "0", "csrf_token": token},
                    headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-site"})
    assert r.status_code == 403
    r = client.post(f"/review/labels/{key}/relabel", data={"label": "0"})
    assert r.status_code == 403
    r = client.post(f"/review/labels/{key}/delete", data={"csrf_token": "wrong"})
    assert r.status_code == 403
    assert client.post("/review/train").status_code == 403
    assert stored(app)[key]["label"] == 1


def test_relabel_delete_filter_and_export(app, client):
    a = {"html": "<button>Ask AI</button>", "label": 1, "url": "https://a.example/", "kind": "ai_search_widget"}
    b = {"html": "<nav><a href='/ai'>AI news</a></nav>", "label": 0, "url": "https://b.example/", "kind": "nav"}
    post_feedback(client, a)
    post_feedback(client, b)
    page = client.get("/").get_data(as_text=True)
    assert page.index("AI news") < page.index("&lt;button&gt;Ask AI"), "newest first"
    token = csrf_of(client)
    ka, kb = snippet_key(a["html"]), snippet_key(b["html"])
    r = client.post(f"/review/labels/{ka}/relabel", data={"label": "0", "csrf_token": token},
                    headers={"Origin": "http://localhost"})
    assert r.status_code == 302
    # The page's own form as Chromium posts it: Sec-Fetch-Site says same-origin.
    r = client.post(f"/review/labels/{ka}/relabel", data={"label": "0", "csrf_token": token},
                    headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 302
    assert stored(app)[ka]["label"] == 0 and stored(app)[ka]["kind"] is None
    r = client.post(f"/review/labels/{ka}/relabel", data={"label": "1", "kind": "bogus", "csrf_token": token})
    assert r.status_code == 422 and stored(app)[ka]["label"] == 0

    only_b = client.get("/?site=b.example").get_data(as_text=True)
    assert "AI news" in only_b and "&lt;button&gt;Ask AI" not in only_b
    lines = [json.loads(x) for x in client.get("/review/labels.jsonl?label=0").get_data(as_text=True).splitlines()]
    assert {ex["html"] for ex in lines} == {a["html"], b["html"]}
    assert all(ex["label"] == 0 and "source" in ex for ex in lines)

    assert client.post(f"/review/labels/{kb}/delete", data={"csrf_token": token}).status_code == 302
    assert kb not in stored(app)
    assert client.post(f"/review/labels/{kb}/delete", data={"csrf_token": token}).status_code == 404


def test_flagged_filter_finds_contradictions(client):
    corpus_line = json.loads(TINY.read_text().splitlines()[0])
    # The corpus says AI; the feedback says keep.
    post_feedback(client, dict(corpus_line, label=0, kind="nav"))
    # Labelled AI, then keep: contradicts an earlier label.
    post_feedback(client, {"html": "<div>fresh widget</div>", "label": 1, "url": "https://c.example/"})
    post_feedback(client, {"html": "<div>fresh widget</div>", "label": 0, "url": "https://c.example/"})
    post_feedback(client, {"html": "<p>plain</p>", "label": 0, "url": "https://d.example/"})
    flags = flag_feedback([dict(corpus_line, label=0)], [corpus_line])
    assert list(flags.values()) == ["the corpus labels this snippet 1"]
    page = client.get("/?flagged=1").get_data(as_text=True)
    assert "fresh widget" in page and "labelled 1 before" in page
    assert "&lt;p&gt;plain" not in page


def test_flag_feedback():
    corpus = [{"html": "<b>x</b>", "label": 1}]
    ok = {"html": "<b>x</b>", "label": 1}
    against_corpus = {"html": "<b> x </b>", "label": 0}
    relabelled = {"html": "<i>y</i>", "label": 0, "history": [{"label": 1}]}
    same_again = {"html": "<u>z</u>", "label": 0, "history": [{"label": 0}]}
    flags = flag_feedback([ok, against_corpus, relabelled, same_again], corpus)
    assert set(flags) == {snippet_key("<b>x</b>"), snippet_key("<i>y</i>")}


@pytest.fixture
def token_app(model_dir, tmp_path):
    return create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "var"),
                       "TESTING": True, "TOKEN": "s3cret-token"})


def test_sign_in_with_the_token_sets_a_strict_httponly_cookie(token_app):
    c = token_app.test_client()
    remote = {"REMOTE_ADDR": "192.0.2.7"}
    r = c.get("/", environ_base=remote, headers={"Host": "review.example"})
    assert r.status_code == 302 and r.headers["Location"].endswith("/signin")
    form = c.get("/signin", environ_base=remote, headers={"Host": "review.example"}).get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    r = c.post("/signin", data={"token": "wrong", "csrf_token": token}, environ_base=remote,
               headers={"Host": "review.example"})
    assert r.status_code == 401
    r = c.post("/signin", data={"token": "s3cret-token"}, environ_base=remote,
               headers={"Host": "review.example"})
    assert r.status_code == 403, "the sign-in form needs its CSRF token too"
    r = c.post("/signin", data={"token": "s3cret-token", "csrf_token": token}, environ_base=remote,
               headers={"Host": "review.example"})
    assert r.status_code == 302
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    r = c.get("/", environ_base=remote, headers={"Host": "review.example"})
    assert r.status_code == 200 and "Labels" in r.get_data(as_text=True)
    # The cookie opens the page only, not the API, which still needs the bearer token.
    assert c.get("/v1/model", environ_base=remote, headers={"Host": "review.example"}).status_code == 401
    # Without the cookie: nothing.
    fresh = token_app.test_client()
    assert fresh.get("/review/labels.jsonl", environ_base=remote).status_code == 401


def test_promote_and_roll_back_from_the_page(app, client, model_dir):
    old = artifacts.current_version(model_dir)
    assert train.main(["--data", str(TINY), "--out", str(model_dir), "--no-feedback", "--quiet",
                       "--folds", "2", "--no-promote"]) == 0
    new = [v for v in artifacts.versions(model_dir) if v != old][0]
    page = client.get("/").get_data(as_text=True)
    assert f'data-version="{new}"' in page and ("passes" in page or "refuses" in page)
    token = csrf_of(client)
    assert client.post("/review/promote", data={"version": new, "csrf_token": token}).status_code == 302
    assert artifacts.current_version(model_dir) == new
    assert client.get("/v1/model").json["version"] == new
    assert client.post("/review/promote", data={"version": "../x", "csrf_token": token}).status_code == 422
    assert client.post("/review/promote", data={"version": old, "csrf_token": token}).status_code == 302
    assert client.get("/v1/model").json["version"] == old


def test_training_runs_once_at_a_time_and_reports_flips(model_dir, tmp_path):
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "var"), "TESTING": True,
                      "REVIEW_TRAIN_ARGS": ["--data", str(TINY), "--folds", "2"],
                      "REVIEW_EVAL_DATA": [str(TINY)]})
    client = app.test_client()
    # A label the served model gets wrong, so the new model may flip it.
    post_feedback(client, {"html": "<span class='x'>Ask AI</span>", "label": 0, "url": "https://e.example/"})
    token = csrf_of(client)
    r = client.post("/review/train", headers={"X-CSRF-Token": token})
    assert r.status_code == 202
    r2 = client.post("/review/train", headers={"X-CSRF-Token": token})
    assert r2.status_code == 409 and r2.json["error"]["message"] == "already training"
    deadline = time.monotonic() + 120
    while (s := client.get("/review/train").json)["state"] == "running":
        assert time.monotonic() < deadline, s
        time.sleep(0.2)
    assert s["state"] == "done", s
    assert s["new_version"] in artifacts.versions(model_dir)
    assert artifacts.current_version(model_dir) == s["old_version"], "the page's run never promotes"
    assert "precision" in s["output"] and "saved" in s["output"]
    assert s["flips"]["evaluated"] == len(TINY.read_text().splitlines())
    # The flips are exactly the rows the two models disagree on.
    from model.data import read_jsonl
    from model.scorer import Scorer
    old, new = Scorer.load(model_dir, s["old_version"]), Scorer.load(model_dir, s["new_version"])
    expected = {snippet_key(ex["html"]) for ex in read_jsonl(TINY)
                if old.score_one(ex)["ai"] != new.score_one(ex)["ai"]}
    assert {row["key"] for row in s["flips"]["evaluation"]} == expected


def _figure_rows(page):
    return re.findall(r'data-figures="([^"]+)"', page.split('id="versions"')[0])


def test_real_web_figures_come_first_when_the_metadata_has_them(app, client, model_dir):
    page = client.get("/").get_data(as_text=True)
    corpus_rows = _figure_rows(page)
    assert corpus_rows[0] == "cv" and "realweb" not in corpus_rows
    assert "No real-web figures for this model yet" in page
    assert "corpus, cross-validated on unseen sites" in page

    version = artifacts.current_version(model_dir)
    path = model_dir / version / "metadata.json"
    meta = json.loads(path.read_text())
    meta["metrics"]["realweb"] = {"precision": 0.912, "recall": 0.734, "f1": 0.813, "pages": 57}
    path.write_text(json.dumps(meta))
    app.extensions["nofoobar.model"].load()
    page = client.get("/").get_data(as_text=True)
    assert _figure_rows(page) == ["realweb", *corpus_rows]
    assert "No real-web figures" not in page
    assert "real web pages <small>(57 pages)</small>" in page
    assert "0.912" in page


def test_each_saved_version_links_its_report(client, model_dir):
    assert train.main(["--data", str(TINY), "--out", str(model_dir), "--no-feedback", "--quiet",
                       "--folds", "2", "--no-promote"]) == 0
    new = artifacts.versions(model_dir)[-1]
    page = client.get("/").get_data(as_text=True)
    assert f'href="/review/versions/{new}/report"' in page
    r = client.get(f"/review/versions/{new}/report")
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "precision" in r.get_data(as_text=True)
    assert r.headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert client.get("/review/versions/1999.01.01-1/report").status_code == 404
    assert client.get("/review/versions/..%2F..%2Fetc/report").status_code == 404


def test_a_training_setting_that_is_not_a_list_is_refused_at_start(model_dir, tmp_path):
    for bad in ("--folds 2", ["--folds", 2]):
        with pytest.raises(ValueError, match="NOFOOBAR_REVIEW_TRAIN_ARGS must be a JSON list of strings"):
            create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "var"),
                        "REVIEW_TRAIN_ARGS": bad})
