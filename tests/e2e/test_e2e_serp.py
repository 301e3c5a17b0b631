"""AI UI that no cue word in its own attributes announces, on pages the
project wrote: a search engine's AI answer block (sent because its heading
is an AI label), an "AI Mode" tab, and a chat kit's assistant panel are
hidden; a news headline about AI, the other tabs and results, and a blog's
comment form stay. Real extension in Chromium, real server, bundled model.
"""
import pytest

from support import marked, screenshot, settle, visibility, wait_hidden

pytestmark = pytest.mark.e2e


def sent(ext):
    """The html of every snippet the extension sent, with the score it got."""
    out = [(s.get("html", ""), r["score"] if r else None) for s, r in ext.proxy.scored()]
    for html, score in out:
        print(f"sent {score}: {html[:90]!r}")
    return [html for html, _ in out]


def test_ai_answer_block_and_ai_mode_tab_are_hidden_a_headline_about_ai_stays(ext):
    page = ext.open("serp.html")
    wait_hidden(page, "#answer")
    wait_hidden(page, "#tab-ai")
    settle(ext, page)
    for sel in ("#tab-all", "#tab-images", "#tab-news", "#result-1", "#result-2", "#result-3",
                "#news-box", "#headline", "#story"):
        assert visibility(page, sel)["visible"], f"{sel} must stay"
    hidden = sorted(i for i, state in marked(page) if state == "hidden")
    assert hidden == ["answer", "tab-ai"], hidden
    # The block went to the server whole (its heading, answer and sources in one snippet).
    assert any("AI Overview" in h and "example.net" in h and "Show more" in h for h in sent(ext))
    screenshot(page, "serp-hidden")


def test_chat_kit_assistant_is_hidden_a_comment_form_stays(ext):
    page = ext.open("help-assistant.html")
    wait_hidden(page, "#helper")
    settle(ext, page)
    for sel in ("#post", "#comments", "#comment-form", "#c"):
        assert visibility(page, sel)["visible"], f"{sel} must stay"
    assert [i for i, state in marked(page) if state == "hidden"] == ["helper"]
    # The comment form was never even sent: it is not a chat kit.
    assert not any("Post comment" in h for h in sent(ext))
    screenshot(page, "help-assistant-hidden")
