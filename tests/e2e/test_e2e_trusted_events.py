"""Only the user chooses what "Hide as AI bloat" hides (issue 12, attack 6):
a page that re-dispatches the user's right-click onto its Sign-in button
must not get Sign in hidden, learned as a rule or sent as an AI example."""
import pytest

from support import feedback_rows, settle, visibility

pytestmark = pytest.mark.e2e


def test_a_synthetic_contextmenu_event_does_not_choose_the_target(ext, live_server):
    page = ext.open("contextmenu-hijack.html")
    settle(ext, page)
    # A real right-click (input from the browser, isTrusted) on the tips box;
    # the page answers it with a synthetic one on Sign in.
    page.click("#reading-tips", button="right")
    assert page.evaluate("() => document.getElementById('sign-in') !== null")
    res = ext.sw("""([tabId]) => globalThis.nofoobar.bg.onContextMenu(
        {menuItemId: 'nofoobar-hide', frameId: 0}, {id: tabId})""", [ext.tab_id(page)])
    sign_in = visibility(page, "#sign-in")
    assert sign_in["visible"] and sign_in["marked"] is None, sign_in
    learned = [r["selector"] for rules in ext.learned().values() for r in rules]
    assert not any("sign" in s.lower() for s in learned), learned
    assert not any("Sign in" in r["html"] for r in feedback_rows(live_server.data_dir))
    # What the user right-clicked is what went.
    assert res["ok"], res
    hidden = page.evaluate("""() => Array.from(document.querySelectorAll('[data-nofoobar=hidden]'))
        .map((e) => [e.localName, !!e.closest('#reading-tips')])""")
    assert hidden and all(inside for _, inside in hidden), hidden
