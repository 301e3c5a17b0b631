"""Browser fixtures: the real unpacked extension in Chromium, driven by
Playwright, against the real server process (``live_server``) and local
test pages served from tests/e2e/pages.

One browser runs for the whole session (starting Chromium is the slow
part); the function-scoped ``ext`` fixture resets the extension to a fresh
install's state before each test, so tests do not depend on their order.
"""
import pathlib

import pytest

from support import PAGES, Extension
from testkit import CHROMIUM, PageServer, RecordingProxy, extension_worker, launch_chromium


@pytest.fixture(scope="session")
def page_server():
    server = PageServer(PAGES)
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

    with sync_playwright() as pw:
        context = launch_chromium(pw, tmp_path_factory.mktemp("chromium-profile"))
        context.set_default_timeout(10_000)
        try:
            ext_id = extension_worker(context).url.split("/")[2]
            yield Extension(context, ext_id, page_server, recording_proxy)
        finally:
            context.close()


@pytest.fixture
def ext(browser_extension):
    """The extension, reset to a fresh install pointed at the live server."""
    browser_extension.reset()
    yield browser_extension
