"""Learned selectors: zero flash on a repeat visit, hiding with the server
stopped, and the filter list in uBlock Origin / AdGuard syntax."""
import time

import pytest

from support import feedback_rows, marked, screenshot, settle, visibility, wait_hidden
from testkit import free_port

pytestmark = pytest.mark.e2e

# Injected before the page's own scripts (and before first paint): samples
# the widget's visibility at every animation frame and when it is inserted.
SAMPLER = """(() => {
  const SEL = '#ask-ai-docs';
  const rec = window.__flash = {frames: 0, visibleFrames: 0, insertVisible: null};
  const visible = (el) => el.checkVisibility({opacityProperty: true, visibilityProperty: true});
  new MutationObserver(() => {
    const el = document.querySelector(SEL);
    if (el && rec.insertVisible === null) rec.insertVisible = visible(el);
  }).observe(document, {childList: true, subtree: true});
  const tick = () => {
    const el = document.querySelector(SEL);
    if (el) { rec.frames++; if (visible(el)) rec.visibleFrames++; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();"""


def sample(page, frames=30):
    page.wait_for_function(f"() => window.__flash && window.__flash.frames >= {frames}")
    return page.evaluate("() => window.__flash")


def test_second_visit_never_shows_the_widget_not_even_for_a_frame(ext):
    first = ext.open("docs.html", init_script=SAMPLER)
    wait_hidden(first, "#ask-ai-docs")
    first_visit = sample(first)
    ext.wait_registered("127.0.0.1")
    first.close()

    second = ext.open("docs.html", init_script=SAMPLER, wait_until="commit")
    wait_hidden(second, "#ask-ai-docs")
    second_visit = sample(second, frames=60)
    print(f"visible frames: first visit {first_visit['visibleFrames']}/{first_visit['frames']}, "
          f"second visit {second_visit['visibleFrames']}/{second_visit['frames']}")
    assert second_visit["insertVisible"] is False
    assert second_visit["visibleFrames"] == 0
    assert first_visit["visibleFrames"] > 0, "the first visit shows it: the sampler can see a widget"
    assert visibility(second, ".doc")["visible"], "the hold was lifted"


def test_with_the_server_stopped_pages_are_untouched_and_learned_rules_still_hide(ext, live_server):
    page = ext.open("docs.html")
    wait_hidden(page, "#ask-ai-docs")
    ext.wait_registered("127.0.0.1")
    page.close()

    ext.settings(serverUrl=f"http://127.0.0.1:{free_port()}")  # nothing listens there
    ext.sw("() => globalThis.nofoobar.bg.store.clearVerdicts()")  # no cached verdicts: rules only
    ext.proxy.clear()

    unseen = ext.open("unseen.html", host="localhost")
    settle(ext, unseen)
    assert marked(unseen) == []
    assert visibility(unseen, "#magic-editor-upsell")["visible"]
    popup = ext.popup(unseen)
    assert popup.get_attribute("#server-status", "data-ok") == "false"
    assert "unreachable" in popup.text_content("#server-status")
    screenshot(popup, "popup-server-unreachable")

    again = ext.open("docs.html")
    wait_hidden(again, "#ask-ai-docs")
    assert ext.proxy.requests == []

    # A label given while the server is down waits, and is delivered when it is back.
    popup = ext.popup(again)
    popup.click("li.item [data-action=not-ai]")
    popup.wait_for_selector("#message:has-text('did not take it')")
    assert not any("ask-ai-docs" in r["html"] for r in feedback_rows(live_server.data_dir))
    ext.settings(serverUrl=ext.proxy.url)
    popup.reload()  # opening the popup asks the server: it answers, the queue goes out
    deadline = time.monotonic() + 10
    while not any("ask-ai-docs" in r["html"] and r["label"] == 0 for r in feedback_rows(live_server.data_dir)):
        assert time.monotonic() < deadline, "queued feedback never reached the server"
        time.sleep(0.1)


def parse_filter_list(text):
    rules = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("!"):
            continue
        host, sep, selector = line.partition("##")
        assert sep and host and selector, f"not a cosmetic filter: {line!r}"
        rules.append((host, selector))
    return rules


WIDGETS = {"editor.html": "#help-me-write", "iframe.html": "#ai-assistant-frame",
           "shadow.html": "#docs-copilot", "docs.html": "#ask-ai-docs"}


def test_exported_filter_list_applies_to_the_pages_and_imports_back(ext):
    for name, sel in WIDGETS.items():
        page = ext.open(name)
        wait_hidden(page, sel)
        page.close()
    learned = ext.learned()

    options = ext.options()
    options.click("#export-filters")
    options.wait_for_function("() => document.getElementById('filters').value.includes('##')")
    text = options.input_value("#filters")
    rules = parse_filter_list(text)
    assert {h for h, _ in rules} == {"127.0.0.1"}
    selectors = [s for _, s in rules]

    count = "(sels) => sels.reduce((n, s) => n + document.querySelectorAll(s).length, 0)"
    for name, sel in WIDGETS.items():
        page = ext.open(name)
        hits = page.evaluate("""([sel, sels]) => {
            const widget = document.querySelector(sel);
            return sels.filter((s) => Array.from(document.querySelectorAll(s)).includes(widget));
        }""", [sel, selectors])
        assert hits, f"no exported rule selects the widget on {name}"
        page.close()
    for name in ("article.html", "settings.html"):
        page = ext.open(name)
        assert page.evaluate(count, selectors) == 0, f"an exported rule matches content on {name}"
        page.close()

    # Import: forget everything, paste the list back, get the same rules.
    options.click("#clear-learned")
    options.click("#confirm-forget-yes")  # asked first
    options.wait_for_selector("#filters-status:has-text('forgotten')")
    assert ext.learned() == {}
    options.click("#import-filters")
    options.wait_for_selector("#import-preview:not([hidden]) details[data-host='127.0.0.1']")
    options.click("#confirm-import")
    options.wait_for_selector("#filters-status:has-text('Imported')")
    back = ext.learned()
    # A filter names a host, not an origin: imported rules go to https://host and http://host.
    # (Compared with what was exported: a widget's rule may still be on its
    # way to storage when the pages above close.)
    assert sorted(r["selector"] for r in back["https://127.0.0.1"]) == sorted(set(selectors))
    assert {r["selector"] for r in learned[ext.origin()]} <= set(selectors)
    ext.wait_registered("127.0.0.1", scheme="https")


def test_rule_and_settings_changes_are_pushed_without_restarting_the_page_and_the_options_page_lists_rules(ext):
    from support import badge
    page = ext.open("docs.html")
    wait_hidden(page, "#ask-ai-docs")
    ext.wait_registered("127.0.0.1")  # the rule is stored: its push has gone out
    ext.settings(threshold=0.99, mode="hide")  # a settings write: pushed, no second HELLO
    page.wait_for_timeout(500)
    assert badge(ext, page) == "1", "the tab's list survived the rule and settings writes"
    assert ext.popup(page).locator("li.item").count() == 1

    options = ext.options()
    row = options.locator(f"#rules tr[data-origin='{ext.origin()}']")
    row.first.wait_for()
    text = row.first.inner_text()
    assert "#ask-ai-docs" in text and "model" in text, text
    version = ext.sw("() => globalThis.nofoobar.bg.client.status().modelVersion")
    assert version and version in text, text
    row.first.locator("button").click()
    options.wait_for_selector("#rules-empty:not([hidden])")
    assert ext.learned() == {}


def test_a_new_served_model_rechecks_the_rules_of_the_old_one(ext):
    page = ext.open("docs.html")
    wait_hidden(page, "#ask-ai-docs")
    ext.wait_registered("127.0.0.1")
    page.close()
    served = ext.sw("() => globalThis.nofoobar.bg.client.status().modelVersion")
    # As if the rule and every verdict came from an older model.
    ext.sw("""async ([origin]) => {
        const key = 'learned:' + origin;
        const rules = (await chrome.storage.local.get(key))[key].map((r) => ({...r, model: 'older-model'}));
        await chrome.storage.local.set({[key]: rules, servedModel: 'older-model'});
        globalThis.nofoobar.bg.store.reset();
        await chrome.storage.local.remove('verdicts');
    }""", [ext.origin()])
    ext.proxy.clear()

    again = ext.open("docs.html")
    wait_hidden(again, "#ask-ai-docs")
    deadline = time.monotonic() + 10
    while ext.learned()[ext.origin()][0]["model"] != served:
        assert time.monotonic() < deadline, f"the rule was not re-checked by {served}: {ext.learned()}"
        time.sleep(0.1)
    assert any("ask-ai-docs" in s["html"] for s in ext.proxy.scored_snippets()), "re-checked with the server"


READABLE_RULES = """(needle) => ({
    sheet: !!document.getElementById('nofoobar-learned'),
    rules: Array.from(document.styleSheets).some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes(needle))),
})"""


def test_after_load_the_page_cannot_read_the_learned_rules_and_they_still_hide(ext):
    first = ext.open("docs.html")
    wait_hidden(first, "#ask-ai-docs")
    ext.wait_registered("127.0.0.1")
    first.close()

    again = ext.open("docs.html")
    wait_hidden(again, "#ask-ai-docs")
    again.wait_for_function("() => !document.getElementById('nofoobar-learned')", timeout=10_000)
    assert again.evaluate(READABLE_RULES, "ask-ai-docs") == {"sheet": False, "rules": False}
    # The page strips our mark: the user stylesheet still hides its widget.
    again.evaluate("() => document.getElementById('ask-ai-docs').removeAttribute('data-nofoobar')")
    assert not visibility(again, "#ask-ai-docs")["visible"]
