"""What leaves the browser: every request the extension makes to the
classifier passes through a recording proxy, and none of the page's private
values may appear in any of them (issue 7), nor a personal name where names
typically sit (issue 12)."""
import json

import pytest

from support import screenshot, wait_hidden

pytestmark = pytest.mark.e2e

QUERY = "q=SECRET-QUERY-STRING&token=SECRET-URL-TOKEN"
FRAGMENT = "SECRET-URL-FRAGMENT"
SECRETS = [
    "SECRET-QUERY-STRING", "SECRET-URL-TOKEN", FRAGMENT,
    # in the page's markup
    "SECRET-NAME", "SECRET-PW", "CSRF-SECRET-TOKEN", "SESSION-7f3a", "SECRET-USER-ID", "SECRET-FORM-FRAGMENT",
    "HIDDEN-SECRET-TOKEN", "SECRET-PROMPT-VALUE", "SECRET-PIN", "SECRET-TEXTAREA-NOTES",
    "SECRET-CONTENTEDITABLE-DRAFT", "SECRET-LINK-TOKEN", "SECRET-LINK-FRAGMENT",
    # personal names where names sit (avatar alt, account button label, "Signed in as", "by", an @handle)
    "Zenobia", "Quarrington", "Thaddeus", "Wrenfield", "Ottoline", "Farquharson", "Perpetua", "Ignatius",
    "Pemberton", "mirabelle_oakhurst",
    # typed by the user
    "SECRET-TYPED-PROMPT", "SECRET-TYPED-PIN", "SECRET-TYPED-EMAIL", "SECRET-TYPED-DRAFT", "SECRET-TYPED-NAME",
]


def test_no_form_value_password_hidden_input_draft_or_url_secret_leaves_the_browser(ext):
    page = ext.open("privacy.html", query=QUERY, fragment=FRAGMENT)
    wait_hidden(page, "#ai-trip-assistant")
    page.fill("#name", "SECRET-TYPED-NAME")

    # Bring the panel back, type into it, and hide it from the context menu:
    # that snippet is built from the live form, after the typing.
    popup = ext.popup(page)
    popup.click("li.item [data-action=show]")
    page.wait_for_function("() => document.getElementById('ai-trip-assistant').checkVisibility()")
    page.bring_to_front()  # background tabs get few animation frames: actions crawl
    page.fill("#ai-trip-assistant .prompt", "SECRET-TYPED-PROMPT")
    page.fill("#ai-trip-assistant .pin", "SECRET-TYPED-PIN")
    page.fill("#ai-trip-assistant .email", "SECRET-TYPED-EMAIL")
    page.click("#ai-trip-assistant .draft")
    page.keyboard.type(" SECRET-TYPED-DRAFT")
    page.click("#ai-trip-assistant .assistant-header", button="right")  # trusted, as a user's
    page.click("#name")  # focus leaves the panel: a panel holding the focused input is never hidden
    res = ext.sw("""([tabId]) => globalThis.nofoobar.bg.onContextMenu(
        {menuItemId: 'nofoobar-hide', frameId: 0}, {id: tabId})""", [ext.tab_id(page)])
    assert res["ok"], res
    popup.bring_to_front()
    popup.click("li.item[data-state=hidden] [data-action=is-ai]")
    popup.wait_for_selector("#message:has-text('Thanks')")
    screenshot(page, "privacy-hidden")

    paths = [r["path"] for r in ext.proxy.requests]
    assert any(p.startswith("/v1/score") for p in paths)
    assert any(p.startswith("/v1/feedback") for p in paths)
    sent = ext.proxy.all_text()
    assert "ai-trip-assistant" in sent, "the widget itself was sent"
    leaked = [s for s in SECRETS if s in sent]
    assert leaked == [], f"leaked to the server: {leaked}"

    # The page's candidate count leaves only rounded (extension/lib/context.js).
    counts = [s["context"]["pageCandidates"] for r in ext.proxy.requests
              if r["path"].startswith("/v1/score") and r["body"]
              for s in json.loads(r["body"])["snippets"] if s.get("context")]
    assert counts and set(counts) <= {1, 2, 4, 8, 16}, counts
    for r in ext.proxy.requests:
        if r["body"]:
            body = json.loads(r["body"])
            urls = [body.get("url")] + [s.get("url") for s in body.get("snippets", []) + body.get("examples", [])]
            for u in filter(None, urls):
                assert "?" not in u and "#" not in u, u
        assert "cookie" not in {k.lower() for k in r["headers"]}


def _counts_sent(ext, since):
    return [(s["html"], s["context"]["pageCandidates"]) for r in ext.proxy.requests[since:]
            if r["path"].startswith("/v1/score") and r["body"]
            for s in json.loads(r["body"])["snippets"] if s.get("context")]


def test_the_page_count_starts_again_when_an_app_changes_its_address(ext):
    """pageCandidates is per page: a single-page app that moves to another
    view (history.pushState) does not read every later widget as one of
    very many candidates (extension/content.js countOnPage)."""
    page = ext.open("multilingual.html")
    wait_hidden(page, "#fr-ask")
    first = _counts_sent(ext, 0)
    assert len(first) >= 3 and all(n == first[0][1] >= 2 for _, n in first), first
    before = len(ext.proxy.requests)
    page.evaluate("""() => {
        history.pushState({}, '', '/app/next-view');
        const b = document.createElement('button');
        b.id = 'late-ask'; b.textContent = '✨ Ask AI';
        document.body.appendChild(b);
    }""")
    wait_hidden(page, "#late-ask")
    later = _counts_sent(ext, before)
    assert [n for h, n in later if "late-ask" in h] == [1], later
