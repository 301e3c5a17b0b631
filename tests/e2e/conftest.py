"""Browser fixtures: the real unpacked extension in Chromium, driven by
Playwright, against the real server process (``live_server``) and local
test pages served from tests/e2e/pages.

One browser runs for the whole session (starting Chromium is the slow
part); the function-scoped ``ext`` fixture resets the extension to a fresh
install's state before each test, so tests do not depend on their order.
"""
import pathlib

import pytest

from support import CHROMIUM, EXTENSION, Extension, PageServer, RecordingProxy


@pytest.fixture(scope="session")
def page_server():
    server = PageServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def recording_proxy(live_server):
    proxy = RecordingProxy(live_server.url)
    yield proxy
    proxy.close()


@pytest.fixture(scope="session")
def browser_extension(tmp_path_factory, page_server, recording_proxy):
    if not pathlib.Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package "
                    "(`make test` does) or set NOFOOBAR_CHROMIUM")
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=False,  # "--headless=new" below: the mode that runs extensions
            ignore_default_args=["--disable-extensions", "--disable-component-extensions-with-background-pages"],
            args=[
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}",
            ],
            viewport={"width": 1280, "height": 800},
        )
        context.set_default_timeout(10_000)
        try:
            worker = next((w for w in context.service_workers if w.url.startswith("chrome-extension://")), None)
            if worker is None:
                worker = context.wait_for_event("serviceworker", timeout=20_000)
            ext_id = worker.url.split("/")[2]
            yield Extension(context, ext_id, page_server, recording_proxy)
        finally:
            context.close()


@pytest.fixture
def ext(browser_extension):
    """The extension, reset to a fresh install pointed at the live server."""
    browser_extension.reset()
    yield browser_extension
