"""Loads cleaned pages in the real parts, one after another: `python -m
server` (testkit.ServerProcess) with the shipped model or another, the
recording proxy in front of it (every /v1/score request with its answer),
the page server, and one Chromium with the unpacked extension.

Every page is loaded at its own URL: Chromium resolves every host name to
the page server (`--host-resolver-rules`), which speaks HTTPS with a
throwaway certificate the browser is told to accept, so the extension sees
the real site's host and path, and nothing leaves the machine. Before each
page the extension is reset (no learned rules, no cached verdicts: every
page is a first visit); after load, the run waits for the content script's
hello, then until the extension has sent its candidates and been quiet for
QUIET_S (or sent nothing for NOTHING_S), at most PAGE_TIMEOUT_S, and reads
the page back (realweb.readback)."""
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

from model import artifacts
from realweb import readback
from testkit import CHROMIUM, PageServer, RecordingProxy, ServerProcess, extension_worker, launch_chromium

QUIET_S = 1.0  # nothing to or from the classifier for this long after it sent: done
NOTHING_S = 2.5  # no request this long after the content script said hello: nothing to send
PAGE_TIMEOUT_S = 20


def log(msg):
    print(f"[realweb] {msg}", file=sys.stderr, flush=True)


def _certificate(tmp):
    """A throwaway self-signed (cert, key), or None without openssl."""
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                        "-out", str(cert), "-days", "2", "-subj", "/CN=realweb.test"],
                       check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return str(cert), str(key)


def check_saved(model_dir, version):
    """Refuses (ArtifactError) a `version` that is not saved in `model_dir`
    or would not load: the checks `python -m model.promote` makes."""
    saved = artifacts.versions(model_dir) if pathlib.Path(model_dir).is_dir() else []
    if version not in saved:
        raise artifacts.ArtifactError(f"no saved version {version!r} in {model_dir} "
                                      f"(saved: {', '.join(saved) or 'none'})")
    artifacts.verify(model_dir, version)
    artifacts.load_weights(model_dir, version)


def serving_copy(model_dir, version, dest):
    """A model directory at `dest` whose `current` is `version` of
    `model_dir`, copied (the server follows no symlink out of its model
    directory): a saved version measured without promoting it, while
    `model_dir`'s own `current` stays as it is. The caller has checked
    `version` (check_saved: realweb.run does, before anything starts)."""
    shutil.copytree(artifacts.version_dir(model_dir, version), dest / version)
    (dest / artifacts.CURRENT).write_text(version + "\n", encoding="utf-8")
    return dest


class Browser:
    """The stack for a run: enter, then load() page after page."""

    def __init__(self, model_dir=None, version=None):
        self.model_dir = model_dir
        self.version = version
        self.libs = readback.libs_source()

    def __enter__(self):
        from playwright.sync_api import sync_playwright

        if not pathlib.Path(CHROMIUM).exists():
            raise RuntimeError(f"Chromium not found at {CHROMIUM}: install Debian's chromium "
                               "(`make chromium`) or set NOFOOBAR_CHROMIUM")
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="nofoobar-realweb-"))
        self._closers = [lambda: shutil.rmtree(self.tmp, ignore_errors=True)]
        try:
            model_dir = self.model_dir
            if self.version:
                model_dir = serving_copy(self.model_dir or artifacts.DEFAULT_DIR, self.version, self.tmp / "model")
            self.server = ServerProcess(model_dir, self.tmp / "var").start()
            self._closers.append(self.server.stop)
            self.health = self.server.request("GET", "/v1/model")[1] or {}
            self.proxy = RecordingProxy(self.server.url)
            self._closers.append(self.proxy.close)
            tls = _certificate(self.tmp)
            self.scheme = "https" if tls else "http"
            if not tls:
                log("openssl not found: pages are served over http (hosts on the HSTS preload list fail)")
            self.pages = PageServer(pages={}, tls=tls)
            self._closers.append(self.pages.close)
            self._pw = sync_playwright().start()
            self._closers.append(self._pw.stop)
            self.context = None
            self._closers.append(lambda: self.context and self.context.close())
            self._launch()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _launch(self):
        """A new Chromium (a fresh profile each time: every page a first visit)."""
        profile = pathlib.Path(tempfile.mkdtemp(prefix="profile-", dir=self.tmp))
        self.context = launch_chromium(self._pw, profile, args=[
            f"--host-resolver-rules=MAP * 127.0.0.1:{self.pages.port}, EXCLUDE 127.0.0.1",
            "--ignore-certificate-errors", "--disable-features=HttpsUpgrades"])
        self.context.set_default_timeout(PAGE_TIMEOUT_S * 1000)
        self.ext_id = extension_worker(self.context).url.split("/")[2]

    def _relaunch(self):
        """After the browser crashed or hung: the next page gets a new one."""
        log("the browser stopped answering: starting a new one")
        try:
            self.context.close()
        except Exception:  # it is gone already
            pass
        self._launch()

    def __exit__(self, *exc):
        for close in reversed(self._closers):
            try:
                close()
            except Exception:  # the rest must still be closed
                pass
        return False

    def _worker(self):
        for w in self.context.service_workers:
            if w.url.startswith(f"chrome-extension://{self.ext_id}/"):
                return w
        page = self.context.new_page()  # asleep: one of its own pages wakes it
        try:
            page.goto(f"chrome-extension://{self.ext_id}/options.html")
            return extension_worker(self.context)
        finally:
            page.close()

    def _reset(self):
        for p in list(self.context.pages):
            p.close()
        self._worker().evaluate("async (s) => { await globalThis.nofoobar.bg.reset(s); }",
                                {"serverUrl": self.proxy.url})
        self.proxy.clear()

    def _said_hello(self, page):
        """True once the page's content script has asked the background for
        its settings (its scan starts right after)."""
        return bool(self._worker().evaluate("""async (url) => {
            const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
            return !!(tab && (await globalThis.nofoobar.bg.getTab(tab.id)).url);
        }""", page.url))

    def _settle(self, page):
        """Waits until the extension is done with the page; an error text
        if it was not within PAGE_TIMEOUT_S."""
        deadline = time.monotonic() + PAGE_TIMEOUT_S
        while not self._said_hello(page):
            if time.monotonic() > deadline:
                return "the content script never said hello"
            time.sleep(0.05)
        hello = time.monotonic()
        while time.monotonic() < deadline:
            sent = any(r["path"].startswith("/v1/score") for r in list(self.proxy.requests))
            if sent and self.proxy.quiet_for() >= QUIET_S:
                return None
            if not sent and time.monotonic() - hello >= NOTHING_S:
                return None
            time.sleep(0.1)
        return f"the extension was still busy after {PAGE_TIMEOUT_S} s"

    def load(self, url, html, ai_selectors):
        """Loads `html` as the page `url`, waits for the extension, reads it
        back (readback.read_page), plus "error" when something failed."""
        u = urllib.parse.urlsplit(url)
        self.pages.pages.clear()
        self.pages.put(u.path or "/", html)
        served = urllib.parse.urlunsplit((self.scheme, u.netloc.split("@")[-1], u.path or "/", u.query, ""))
        try:
            self._reset()
        except Exception:  # the browser (or its extension) is gone: a new one
            self._relaunch()
            self._reset()
        page = self.context.new_page()
        error = None
        try:
            try:
                page.goto(served, wait_until="load")
            except Exception as exc:  # a slow load still gets read, if it got that far
                if "Timeout" not in type(exc).__name__:
                    raise
                error = "load timed out"
            error = self._settle(page) or error
            out = readback.read_page(page, ai_selectors, self.proxy.scored(), self.libs)
        except Exception as exc:  # one broken page must not end the run
            out = {"widgets": [], "hidden": [], "candidates": [], "bad_selectors": [],
                   "empty_selectors": [], "elements": 0}
            error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
        finally:
            try:
                page.close()
            except Exception:  # a crashed page; _reset() finds out about the browser
                pass
        if error:
            out["error"] = error
        return out
