"""The popup, options page and context menu: undo, feedback that reaches the
server, the site switch, pause, label mode, per-kind switches, label export."""
import json

import pytest

from support import feedback_rows, marked, screenshot, settle, visibility, wait_hidden

pytestmark = pytest.mark.e2e


def wait_item_state(popup, state):
    popup.wait_for_selector(f"li.item[data-state={state}]", timeout=5000)


def test_undo_from_the_popup_and_not_ai_feedback_reaches_the_server(ext, live_server):
    page = ext.open("editor.html")
    wait_hidden(page, "#help-me-write")
    popup = ext.popup(page)

    popup.click("li.item [data-action=show]")
    page.wait_for_function("() => document.getElementById('help-me-write').checkVisibility()")
    assert visibility(page, "#help-me-write")["marked"] == "shown"
    popup.reload()
    wait_item_state(popup, "shown")
    assert popup.text_content("#count") == "0"
    screenshot(page, "editor-undone")

    before = len(feedback_rows(live_server.data_dir))
    popup.click("li.item [data-action=not-ai]")
    popup.wait_for_selector("#message:has-text('Thanks')")
    rows = feedback_rows(live_server.data_dir)
    assert len(rows) == before + 1
    row = next(r for r in rows if "help-me-write" in r["html"])
    assert row["label"] == 0
    assert row["origin"].startswith("127.0.0.1 via chrome-extension://"), "the peer the server saw, then the extension origin it serves"
    assert "?" not in (row["url"] or "")
    assert not ext.learned().get(ext.origin()), "a 'not AI' element's learned rule is forgotten"

    # The user's word holds on the next visit, without the model's say.
    page.reload()
    settle(ext, page)
    assert visibility(page, "#help-me-write")["visible"]
    assert marked(page) == []


def test_this_is_ai_feedback(ext, live_server):
    page = ext.open("iframe.html")
    wait_hidden(page, "#ai-assistant-frame")
    popup = ext.popup(page)
    popup.click("li.item [data-action=is-ai]")
    popup.wait_for_selector("#message:has-text('Thanks')")
    row = next(r for r in feedback_rows(live_server.data_dir) if "ai-assistant-frame" in r["html"])
    assert row["label"] == 1


def test_context_menu_hide_learns_and_sends_a_positive_example(ext, live_server):
    page = ext.open("editor.html")
    wait_hidden(page, "#help-me-write")
    # Playwright cannot click a native menu: a real right-click (the content
    # script takes only trusted events), then the menu's click handler.
    page.click("[aria-label='Attach files']", button="right")
    tab = ext.tab_id(page)
    res = ext.sw("""([tabId]) => globalThis.nofoobar.bg.onContextMenu(
        {menuItemId: 'nofoobar-hide', frameId: 0}, {id: tabId})""", [tab])
    assert res["ok"], res
    assert res["feedback"]["ok"], res
    assert not visibility(page, "[aria-label='Attach files']")["visible"]
    rules = [r["selector"] for r in ext.learned()[ext.origin()] if r["source"] == "user"]
    assert rules == ['#toolbar > button[aria-label="Attach files"]'], "anchored under an id: an aria-label alone is not specific"
    row = next(r for r in feedback_rows(live_server.data_dir) if "Attach files" in r["html"])
    assert row["label"] == 1

    # ... and it is in the user's own labels, exported as JSONL.
    options = ext.options()
    options.click("#export-labels")
    options.wait_for_function("() => document.getElementById('labels').value.length > 0")
    lines = [json.loads(line) for line in options.input_value("#labels").splitlines()]
    assert any(ex["label"] == 1 and "Attach files" in ex["html"] for ex in lines)
    assert all(set(ex) >= {"html", "url", "label", "kind", "source"} for ex in lines)


def test_site_switch_and_pause(ext):
    page = ext.open("editor.html")
    wait_hidden(page, "#help-me-write")
    popup = ext.popup(page)
    assert popup.is_checked("#site-enabled")
    popup.uncheck("#site-enabled")
    # Off for this site: what was hidden comes back at once.
    page.wait_for_function("() => document.getElementById('help-me-write').checkVisibility()")
    assert marked(page) == []
    page.reload()
    settle(ext, page)
    assert marked(page) == [], "off stays off"
    popup.bring_to_front()  # background tabs get few animation frames: actions crawl
    popup.reload()
    popup.wait_for_selector("body[data-ready=true]")
    popup.check("#site-enabled")
    wait_hidden(page, "#help-me-write")  # on again: hidden again, no reload needed

    popup.click("#pause")
    popup.wait_for_selector("#pause-status:not([hidden])")
    other = ext.open("shadow.html", host="localhost")
    settle(ext, other)
    assert marked(other) == [], "paused: nothing is hidden"
    popup.bring_to_front()
    popup.click("#resume")
    popup.wait_for_selector("#resume", state="hidden")
    other.reload()
    wait_hidden(other, "#docs-copilot")


def test_label_mode_and_per_kind_switches_from_the_options_page(ext):
    options = ext.options()
    options.check("#mode-label")
    options.click("#save")
    options.wait_for_selector("#save-status:has-text('Saved')")
    page = ext.open("editor.html")
    page.wait_for_function(
        "() => document.getElementById('help-me-write').getAttribute('data-nofoobar') === 'labelled'")
    v = visibility(page, "#help-me-write")
    assert v["visible"], "label mode marks, it does not hide"
    outline = page.evaluate("() => getComputedStyle(document.getElementById('help-me-write')).outlineStyle")
    assert outline == "dashed"
    screenshot(page, "editor-labelled")

    options.bring_to_front()  # background tabs get few animation frames: actions crawl
    options.reload()
    options.wait_for_selector("body[data-ready=true]")
    options.check("#mode-hide")
    options.uncheck("#kind-ai_compose_button")
    options.click("#save")
    options.wait_for_selector("#save-status:has-text('Saved')")
    ext.sw("() => globalThis.nofoobar.bg.store.clearRules()")
    page.reload()
    settle(ext, page)
    assert marked(page) == [], "compose buttons are switched off"
    other = ext.open("iframe.html")
    wait_hidden(other, "#ai-assistant-frame")
