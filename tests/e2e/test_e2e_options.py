"""The options page: safe filter import (issue 12, attack 5) and the link
to the server's review page (issue 14)."""
import pytest

from support import settle, visibility

pytestmark = pytest.mark.e2e

# The attack selectors and friends, on the site the test page is on.
ATTACK_LIST = "\n".join([
    "! a shared list with a few poisoned lines",
    "127.0.0.1##:is(html)",
    "127.0.0.1##:not(head)",
    "127.0.0.1##body:has(p)",
    "127.0.0.1##:has(*)",
    "127.0.0.1##div",
    "127.0.0.1##a[href]",
    "127.0.0.1###ai-promo-slot",
    "example.org##.ai-upsell-banner",
])


def test_a_poisoned_filter_list_is_refused_line_by_line_and_the_page_stays(ext):
    options = ext.options()
    options.fill("#filters", ATTACK_LIST)
    options.click("#import-filters")
    options.wait_for_selector("#import-preview:not([hidden])")
    hosts = options.eval_on_selector_all("#import-hosts details", """(ds) => ds.map((d) =>
        [d.dataset.host, Array.from(d.querySelectorAll('code')).map((c) => c.textContent)])""")
    assert hosts == [["127.0.0.1", ["#ai-promo-slot"]], ["example.org", [".ai-upsell-banner"]]]
    refused = options.eval_on_selector_all("#import-refused li code", "(cs) => cs.map((c) => c.textContent)")
    assert refused == ["127.0.0.1##:is(html)", "127.0.0.1##:not(head)", "127.0.0.1##body:has(p)",
                       "127.0.0.1##:has(*)", "127.0.0.1##div", "127.0.0.1##a[href]"]
    options.click("#confirm-import")
    options.wait_for_selector("#filters-status:has-text('Imported 2')")
    learned = {h: sorted(r["selector"] for r in rules) for h, rules in ext.learned().items()}
    # A filter names a host: it applies to the host's https and http origins.
    assert learned == {"https://127.0.0.1": ["#ai-promo-slot"], "http://127.0.0.1": ["#ai-promo-slot"],
                       "https://example.org": [".ai-upsell-banner"], "http://example.org": [".ai-upsell-banner"]}

    page = ext.open("article.html")
    settle(ext, page)
    for sel in ("body", "main", "#story", "#headline", "a.tag"):
        assert visibility(page, sel)["visible"], sel


def test_the_background_vets_what_it_is_sent_again(ext):
    # What a stale or broken options page might send: rules it never vetted.
    options = ext.options()
    res = options.evaluate("""() => chrome.runtime.sendMessage({type: 'ui:import-filters', rules: [
        {host: '127.0.0.1', selector: ':is(html)'}, {host: '127.0.0.1', selector: ':not(head)'},
        {host: '127.0.0.1', selector: ':has(p)'}, {host: '127.0.0.1', selector: '*'},
        {host: '*', selector: '.ai-x'}, {host: '127.0.0.1', selector: '#ai-promo-slot'}]})""")
    assert res["added"] == 1
    assert len(res["refused"]) == 5
    assert {h: [r["selector"] for r in rules] for h, rules in ext.learned().items()} == \
        {"https://127.0.0.1": ["#ai-promo-slot"], "http://127.0.0.1": ["#ai-promo-slot"]}


def test_options_link_to_the_review_page_of_the_server_it_is_set_to(ext, live_server):
    ext.reset(serverUrl=live_server.url)
    options = ext.options()
    assert options.get_attribute("#review-link", "href") == live_server.url + "/"
    assert options.is_visible("#review-link")
    # It follows the field as the user types another server.
    options.fill("#server-url", "http://127.0.0.1:9999/some/path")
    assert options.get_attribute("#review-link", "href") == "http://127.0.0.1:9999/"
    options.fill("#server-url", "not a url")
    assert not options.is_visible("#review-link")
    # And the page it links to is the server's review page.
    review = ext.context.new_page()
    review.goto(live_server.url + "/")
    assert review.title() == "nofoobar review"


def test_a_filter_list_imports_from_a_file_after_the_preview(ext, tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("! from a file\n127.0.0.1##.ai-promo-card\n127.0.0.1##:is(html)\n", encoding="utf-8")
    options = ext.options()
    options.set_input_files("#filters-file", str(path))
    options.wait_for_selector("#import-preview:not([hidden]) details[data-host='127.0.0.1']")
    assert "ai-promo-card" in options.input_value("#filters")
    assert ext.learned() == {}, "nothing is stored before the user confirms"
    assert options.eval_on_selector_all("#import-refused li code", "(cs) => cs.map((c) => c.textContent)") == [
        "127.0.0.1##:is(html)"]
    options.click("#confirm-import")
    options.wait_for_selector("#filters-status:has-text('Imported 1')")
    assert [r["selector"] for r in ext.learned()["https://127.0.0.1"]] == [".ai-promo-card"]
