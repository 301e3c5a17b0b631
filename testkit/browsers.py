"""Debian's browsers with the unpacked extension. Chromium is driven by
Python Playwright here; Firefox ESR by puppeteer-core over WebDriver BiDi in
testkit/firefox.js. Neither tool downloads a browser."""
import os
import pathlib
import time

from testkit.servers import ROOT

# NOFOOBAR_EXTENSION: another unpacked copy (e.g. an older one, to see a test fail on it).
EXTENSION = pathlib.Path(os.environ.get("NOFOOBAR_EXTENSION", ROOT / "extension"))
CHROMIUM = os.environ.get("NOFOOBAR_CHROMIUM", "/usr/bin/chromium")
FIREFOX = os.environ.get("NOFOOBAR_FIREFOX", "/usr/bin/firefox-esr")

_CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update", "--no-first-run",
                  "--disable-sync"]


def launch_chromium(pw, profile, extension=True, args=(), viewport=(1280, 800)):
    """A persistent Chromium context (Playwright `pw`) in `profile`, with the
    unpacked extension unless `extension` is False."""
    all_args = _CHROMIUM_ARGS + list(args)
    ignore = ["--disable-component-extensions-with-background-pages"]
    if extension:
        all_args += [f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"]
        ignore.append("--disable-extensions")
    return pw.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM,
        headless=False,  # "--headless=new" above: the headless mode that runs extensions
        ignore_default_args=ignore, args=all_args,
        viewport={"width": viewport[0], "height": viewport[1]})


def extension_worker(context, timeout=20):
    """The extension's service worker in a Chromium context, once it runs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for w in context.service_workers:
            if w.url.startswith("chrome-extension://"):
                return w
        try:
            return context.wait_for_event("serviceworker", timeout=1000)
        except Exception:  # playwright's TimeoutError: look again
            pass
    raise RuntimeError("the extension's service worker did not start")
