"""Helpers for the browser tests: the loaded extension and small checks.
(A module of its own, not conftest.py: test modules import from it, and
"conftest" names more than one module in this repository.) The page server,
the recording proxy and the browser launch are the shared harness's
(`testkit`).
"""
import pathlib
import sqlite3
import time

from testkit import ROOT

PAGES = pathlib.Path(__file__).resolve().parent / "pages"
ARTIFACTS = ROOT / "tests" / "artifacts"


# JS run in pages: is an element (or shadow host) really visible to the user?
VISIBLE_JS = """(sel) => {
  const el = Document.prototype.querySelector.call(document, sel);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  const visible = el.checkVisibility({opacityProperty: true, visibilityProperty: true});
  return {visible, marked: el.getAttribute('data-nofoobar'), width: box.width, height: box.height};
}"""


class Extension:
    """The loaded extension: its id, its service worker, helpers for tests."""

    def __init__(self, context, ext_id, pages, proxy):
        self.context = context
        self.id = ext_id
        self.pages = pages
        self.proxy = proxy

    # -- the service worker ---------------------------------------------------
    def worker(self):
        for w in self.context.service_workers:
            if w.url.startswith(f"chrome-extension://{self.id}/"):
                return w
        # Asleep: any message from one of our pages wakes it.
        page = self.context.new_page()
        try:
            page.goto(self.url("options.html"))
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                for w in self.context.service_workers:
                    if w.url.startswith(f"chrome-extension://{self.id}/"):
                        return w
                page.wait_for_timeout(50)
        finally:
            page.close()
        raise RuntimeError("extension service worker did not start")

    def sw(self, script, arg=None):
        return self.worker().evaluate(script, arg)

    def url(self, path):
        return f"chrome-extension://{self.id}/{path}"

    def reset(self, **settings):
        for p in list(self.context.pages):
            p.close()
        settings.setdefault("serverUrl", self.proxy.url)
        self.sw("async (s) => { await globalThis.nofoobar.bg.reset(s); }", settings)
        self.proxy.clear()

    def settings(self, **patch):
        return self.sw("(p) => globalThis.nofoobar.bg.saveSettings(p)", patch)

    def learned(self):
        return self.sw("""async () => {
            const all = await chrome.storage.local.get(null);
            const out = {};
            for (const [k, v] of Object.entries(all)) if (k.startsWith('learned:')) out[k.slice(8)] = v;
            return out;
        }""")

    def registered_matches(self):
        return self.sw("""async () => (await chrome.scripting.getRegisteredContentScripts())
                           .flatMap((s) => s.matches)""")

    def origin(self, host="127.0.0.1"):
        """The origin of the test pages on `host`: the scope of learned rules."""
        return f"http://{host}:{self.pages.port}"

    def wait_registered(self, host, timeout=10, scheme="http"):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if f"{scheme}://{host}/*" in self.registered_matches():
                return
            time.sleep(0.05)
        raise AssertionError(f"no flash-free registration for {host}: {self.registered_matches()}")

    def tab_id(self, page):
        url = page.url
        return self.sw("""async (url) => {
            const tabs = await chrome.tabs.query({});
            const t = tabs.find((t) => t.url === url);
            return t ? t.id : null;
        }""", url)

    # -- pages ----------------------------------------------------------------
    def open(self, name, host="127.0.0.1", query="", fragment="", wait_until="load", init_script=None):
        page = self.context.new_page()
        if init_script:
            page.add_init_script(init_script)
        page.goto(self.pages.url(name, host=host, query=query, fragment=fragment), wait_until=wait_until)
        return page

    def popup(self, page):
        tab = self.tab_id(page)
        assert tab, f"no tab for {page.url}"
        popup = self.context.new_page()
        popup.goto(self.url(f"popup.html?tab={tab}"))
        popup.wait_for_selector("body[data-ready=true]")
        return popup

    def options(self):
        page = self.context.new_page()
        page.goto(self.url("options.html"))
        page.wait_for_selector("body[data-ready=true]")
        return page


def settle(ext, page, extra_ms=800):
    """For negative checks: wait until the page's content script has said
    hello and had time to scan and hear back. Nothing to wait *for* when the
    right outcome is that nothing happens, so this ends with a short pause."""
    page.wait_for_load_state("load")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        state = ext.sw("(id) => globalThis.nofoobar.bg.getTab(id)", ext.tab_id(page))
        if state and state.get("url"):
            break
        time.sleep(0.05)
    page.wait_for_timeout(extra_ms)


def marked(page):
    """(id, data-nofoobar) of every element the extension marked."""
    return page.evaluate("""() => Array.from(Document.prototype.querySelectorAll.call(document, '[data-nofoobar]'))
        .map((e) => [Element.prototype.getAttribute.call(e, 'id') || e.localName,
                     Element.prototype.getAttribute.call(e, 'data-nofoobar')])""")


def badge(ext, page, expect=None, timeout=5.0):
    """The tab's badge text; with `expect`, waits for it (the background sets
    it after the content script reports, a moment after the hide)."""
    deadline = time.monotonic() + timeout
    while True:
        text = ext.sw("(id) => chrome.action.getBadgeText({tabId: id})", ext.tab_id(page))
        if expect is None or text == expect or time.monotonic() > deadline:
            return text
        time.sleep(0.05)


def visibility(page, selector):
    return page.evaluate(VISIBLE_JS, selector)


def wait_hidden(page, selector, timeout=10_000):
    page.wait_for_function(
        """(sel) => { const el = Document.prototype.querySelector.call(document, sel);
                      return el && el.getAttribute('data-nofoobar') === 'hidden' && !el.checkVisibility(); }""",
        arg=selector, timeout=timeout)


def screenshot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def feedback_rows(data_dir):
    db = pathlib.Path(data_dir) / "feedback.sqlite3"
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        return [dict(zip(("html", "label", "kind", "url", "origin"), row))
                for row in con.execute("SELECT html, label, kind, url, origin FROM feedback")]
    except sqlite3.OperationalError as exc:
        # The server creates the file, then its table: between the two, a
        # reader polling the file sees no rows yet, not an error.
        if "no such table" in str(exc):
            return []
        raise
    finally:
        con.close()


