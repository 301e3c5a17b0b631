"""A hostile page against the extension (issue 12), in real Chromium with
the unpacked extension and the real server: each test is an attack that
worked before the verdict store, the specific-selector rule and the
allow-list sanitiser, written as the page an attacker would serve."""
import time

import pytest

from support import PAGES, marked, settle, visibility, wait_hidden
from testkit import PageServer, free_port

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def other_port():
    """The same pages on a second port: another origin on the same host."""
    server = PageServer(PAGES)
    yield server
    server.close()


def scored_htmls(ext):
    return [s.get("html", "") for s in ext.proxy.scored_snippets()]


def cart_score(ext):
    """The server's score for the last mini-cart snippet the proxy saw."""
    scores = [r["score"] for snip, r in ext.proxy.scored() if r and "mini-cart" in snip.get("html", "")]
    assert scores, "the cart was never scored"
    return scores[-1]


def test_a_copy_of_another_sites_widget_cannot_poison_that_sites_verdict(ext):
    # The attacker's page (another site: localhost) carries the shop's cart
    # button byte for byte, enlarged and cornered: the model sees a launcher
    # there. So that the test does not hang on where one model version puts
    # its threshold, the user's own threshold (a setting the extension
    # honours) is set just under the score the attacker's copy got: the copy
    # is then flagged on the attacker's site, and the shop's own cart is
    # safe exactly when the shop's verdict is its own.
    ext.proxy.clear()
    poison = ext.open("poison.html", host="localhost")
    settle(ext, poison)
    threshold = cart_score(ext) - 0.005
    ext.settings(threshold=threshold)
    try:
        poison.close()
        poison = ext.open("poison.html", host="localhost")
        wait_hidden(poison, "#mini-cart")  # the attacker's verdict, from the store
        poison.close()
        ext.proxy.clear()

        # On the shop itself the same markup must be scored for the shop, not
        # answered from the attacker's verdict, and its cart stays.
        shop = ext.open("shop.html")
        settle(ext, shop)
        assert any("mini-cart" in h for h in scored_htmls(ext)), "the shop's cart was scored for the shop"
        shop_score = cart_score(ext)
        assert shop_score < threshold, (f"premise: the small, inline cart ({shop_score:.3f}) must score under "
                                        f"its enlarged, cornered copy ({threshold + 0.005:.3f})")
        assert visibility(shop, "#mini-cart")["visible"], "the shop's cart was hidden by another site's verdict"
        assert ext.origin() not in ext.learned(), "no rule for the shop came from the attacker's page"
    finally:
        ext.settings(threshold=None)


def test_a_rule_as_broad_as_a_role_is_never_learned(ext):
    page = ext.open("region.html")
    wait_hidden(page, ".css-9f3k2q")
    settle(ext, page, extra_ms=300)
    rules = ext.learned().get(ext.origin(), [])
    assert rules == [], f"learned a rule that names no one widget: {rules}"
    assert visibility(page, ".notes [role=region]")["visible"], "the page's own region stays"


def test_learned_rules_are_scoped_by_origin_not_host(ext, other_port):
    first = ext.open("docs.html")
    wait_hidden(first, "#ask-ai-docs")
    deadline = time.monotonic() + 10
    while not ext.learned():
        assert time.monotonic() < deadline, "no rule learned"
        time.sleep(0.1)
    first.close()

    # No server and no verdicts: only a rule could hide anything now.
    ext.settings(serverUrl=f"http://127.0.0.1:{free_port()}")
    ext.sw("() => globalThis.nofoobar.bg.store ? globalThis.nofoobar.bg.store.clearVerdicts() : globalThis.nofoobar.bg.client.clearCache()")
    other = ext.context.new_page()
    other.goto(other_port.url("docs.html"))  # same host, another port: another origin
    settle(ext, other)
    assert marked(other) == []
    assert visibility(other, "#ask-ai-docs")["visible"], "a rule of one origin hid an element of another"
    assert set(ext.learned()) == {ext.origin()}

    again = ext.open("docs.html")  # the rule's own origin: still hidden, from the rule alone
    wait_hidden(again, "#ask-ai-docs")


def test_a_rule_whose_element_the_model_no_longer_flags_is_dropped_and_the_element_shown(ext):
    # A rule from an old false positive (or an old model): a heading of the
    # article. The next visit re-checks it with the server, drops it and
    # shows the heading again.
    origin = ext.origin()
    ext.sw("""async ([origin]) => {
        const rule = {selector: '#what-next', kind: 'ai_summary_block', source: 'model', model: 'old',
                      added: Date.now() - 86400000, checked: Date.now() - 86400000, context: null};
        await chrome.storage.local.set({['learned:' + origin]: [rule], 'learned:127.0.0.1': [rule]});
        const bg = globalThis.nofoobar.bg;
        await (bg.store || bg.learned).sync();  // (bg.learned: the code before the store, to see this fail)
    }""", [origin])
    page = ext.open("article.html")
    page.wait_for_function("() => document.getElementById('what-next').checkVisibility()", timeout=10_000)
    deadline = time.monotonic() + 10
    while ext.learned().get(origin):
        assert time.monotonic() < deadline, f"the rule was kept: {ext.learned()}"
        time.sleep(0.1)
    assert marked(page) == []


LEAKS = ["jane.roe@example.org", "k7Qw2LmX9vBz4TnR8sYp", "LEAK-TITLE-QUERY", "LEAK-STYLE-TOKEN", "LEAK-IMG-SIG",
         "LEAK-DATA-SRC-SIG", "LEAK-JSESSIONID", "LEAK-PASSWORD", "a9f8e7d6c5b4a3928172635445362718",
         "4929 1234 5678 9012", "LEAK-DRAFT-TEXT", "LEAK-DRAFT-SUGGESTION"]


def test_no_private_value_leaves_and_sanitising_loads_nothing(ext):
    ext.pages.paths.clear()
    page = ext.open("leaks.html")
    wait_hidden(page, "#ai-mail-helper")
    settle(ext, page, extra_ms=500)
    # The page asks for its own image with its query; a request for a
    # stripped URL can only come from the sanitiser.
    paths = list(ext.pages.paths)
    assert "/img/avatar.png?sig=LEAK-IMG-SIG" in paths, paths
    own = {"/leaks.html", "/img/avatar.png?sig=LEAK-IMG-SIG", "/img/bg.png?token=LEAK-STYLE-TOKEN", "/favicon.ico"}
    stray = [p for p in paths if p not in own]
    assert stray == [], f"requests the page did not make (the extension's): {stray}"
    sent = ext.proxy.all_text()
    assert "ai-mail-helper" in sent, "the widget itself was sent"
    leaked = [s for s in LEAKS if s in sent]
    assert leaked == [], f"leaked to the server: {leaked}"


def test_a_rule_that_matches_more_than_a_few_elements_is_dropped_and_they_are_shown(ext):
    # However it got there (an older version, a synced profile), a rule that
    # names a whole class of the page's content goes on the next visit.
    origin = ext.origin()
    ext.sw("""async ([origin]) => {
        const rule = {selector: '#story p', kind: null, source: 'model', model: 'old',
                      added: Date.now(), checked: Date.now(), context: null};
        await chrome.storage.local.set({['learned:' + origin]: [rule], 'learned:127.0.0.1': [rule]});
    }""", [origin])
    page = ext.open("article.html")
    page.wait_for_function("""() => Array.from(document.querySelectorAll('#story p'))
                                  .every((p) => p.checkVisibility())""", timeout=10_000)
    deadline = time.monotonic() + 10
    while ext.learned().get(origin):
        assert time.monotonic() < deadline, f"the broad rule was kept: {ext.learned()}"
        time.sleep(0.1)
