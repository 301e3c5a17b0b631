"""Runs cached pages through the real parts: `python -m server` on a free
port, a recording proxy in front of it (every /v1/score request and answer
is kept), a local page server that answers for every host, and Debian's
Chromium with the unpacked extension.

Every page appears at its own URL: Chromium resolves every name to the page
server (`--host-resolver-rules`), which serves by Host and path, so the
extension sees the real site's host and path and nothing leaves the
machine. Pages are loaded over http (the page server speaks no TLS); the
scheme is the one thing that differs from the manifest's URL.

One page at a time: the extension is reset (no learned rules, no cached
verdicts: every page is a first visit), the page loads, and the run waits
until the extension has been quiet for a while; then the page is read
(realweb.scoring labels what was hidden and what was sent).
"""
import http.server
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from realweb import ROOT

EXTENSION = ROOT / "extension"
CHROMIUM = os.environ.get("NOFOOBAR_CHROMIUM", "/usr/bin/chromium")
QUIET_S = 1.2  # no request to the classifier for this long: the extension is done
MIN_S = 1.5  # ... but never read a page sooner than this after load
PAGE_TIMEOUT_S = 25


def log(msg):
    print(f"[realweb] {msg}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(handler):
    port = free_port()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, port


class PageServer:
    """Serves {(host, path): file}; everything else is a 404 (external loads
    were removed from the cached pages; whatever is left stays here)."""

    def __init__(self):
        self.routes = {}
        routes = self.routes

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                path = urllib.parse.urlsplit(self.path).path or "/"
                file = routes.get((host, path))
                body = file.read_bytes() if file else b"not in the realweb cache"
                self.send_response(200 if file else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8" if file else "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

        self.httpd, self.port = _serve(Handler)

    def add(self, url, file):
        """The http URL under which `file` is served as the page `url`."""
        u = urllib.parse.urlsplit(url)
        host = (u.hostname or "").lower()
        self.routes[(host, u.path or "/")] = pathlib.Path(file)
        return urllib.parse.urlunsplit(("http", host, u.path or "/", "", ""))

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class RecordingProxy:
    """Forwards to the classifier and keeps each request with its answer."""

    def __init__(self, upstream):
        self.upstream = upstream.rstrip("/")
        self.exchanges = []
        self.last = time.monotonic()
        self.lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                proxy.touch()
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() in ("content-type", "authorization", "origin", "accept")}
                req = urllib.request.Request(proxy.upstream + self.path, data=body or None,
                                             method=self.command, headers=headers)
                try:
                    with urllib.request.urlopen(req, timeout=30) as r:
                        status, out, rh = r.status, r.read(), r.headers
                except urllib.error.HTTPError as e:
                    status, out, rh = e.code, e.read(), e.headers
                if self.path.startswith("/v1/score"):
                    with proxy.lock:
                        proxy.exchanges.append({"status": status, "request": body.decode("utf-8", "replace"),
                                                "response": out.decode("utf-8", "replace")})
                self.send_response(status)
                for k, v in rh.items():
                    if k.lower() not in ("content-length", "connection", "transfer-encoding", "date", "server"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)
                proxy.touch()

            do_GET = do_POST = do_OPTIONS = _forward

        self.httpd, self.port = _serve(Handler)
        self.url = f"http://127.0.0.1:{self.port}"

    def touch(self):
        with self.lock:
            self.last = time.monotonic()

    def take(self):
        """The exchanges since the last take(), as (snippet, result) pairs."""
        with self.lock:
            exchanges, self.exchanges = self.exchanges, []
        pairs = []
        for ex in exchanges:
            try:
                snippets = json.loads(ex["request"]).get("snippets", [])
                results = json.loads(ex["response"]).get("results", []) if ex["status"] == 200 else []
            except (ValueError, AttributeError):
                continue
            by_id = {str(r.get("id")): r for r in results}
            for s in snippets:
                pairs.append((s, by_id.get(str(s.get("id")))))
        return pairs

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class Server:
    """`python -m server --port FREE --model DIR --data-dir TMP`."""

    def __init__(self, model_dir):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="nofoobar-realweb-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "server", "--port", str(self.port), "--data-dir", str(self.tmp / "var")]
        if model_dir:
            cmd += ["--model", str(model_dir)]
        env = {k: v for k, v in os.environ.items() if k != "NOFOOBAR_TOKEN"}
        self.log = open(self.tmp / "server.log", "wb")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as r:
                    self.health = json.loads(r.read())
                    break
            except (OSError, ValueError):
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.close()
                    raise RuntimeError("the server did not start:\n" + self.output())
                time.sleep(0.1)

    def output(self):
        try:
            return (self.tmp / "server.log").read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def launch(pw, profile, page_port):
    """Chromium with the unpacked extension; every host name resolves to the
    page server (loopback itself excepted: the proxy and server live there)."""
    if not pathlib.Path(CHROMIUM).exists():
        raise RuntimeError(f"Chromium not found at {CHROMIUM}: install Debian's chromium "
                           "(`make chromium`) or set NOFOOBAR_CHROMIUM")
    return pw.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM,
        headless=False,  # "--headless=new" below: the headless mode that runs extensions
        ignore_default_args=["--disable-extensions", "--disable-component-extensions-with-background-pages"],
        args=["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update", "--no-first-run",
              "--disable-sync", "--disable-features=HttpsUpgrades",
              f"--host-resolver-rules=MAP * 127.0.0.1:{page_port}, EXCLUDE 127.0.0.1",
              f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"],
        viewport={"width": 1280, "height": 800})


def _worker(context, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for w in context.service_workers:
            if w.url.startswith("chrome-extension://"):
                return w
        try:
            return context.wait_for_event("serviceworker", timeout=1000)
        except Exception:  # playwright's TimeoutError: not up yet
            pass
    raise RuntimeError("the extension's service worker did not start")


# The extension's own sanitiser, loaded into the page's world after the run,
# so that a sent snippet can be matched to the element it came from.
_LIBS = ("lib/dom.js", "lib/sanitize.js")


def run_pages(pages, model_dir, read_page, progress=True):
    """For each (page, file) in `pages`: load it, wait, and return
    read_page(page, playwright_page, pairs) for it; pairs are the (snippet,
    result) exchanges the extension had with the server on that page.
    Returns (outputs, server health)."""
    from playwright.sync_api import sync_playwright

    libs = "\n;\n".join((EXTENSION / p).read_text(encoding="utf-8") for p in _LIBS) + "\n;0"
    server = Server(model_dir)
    proxy = RecordingProxy(server.url)
    site = PageServer()
    profile = pathlib.Path(tempfile.mkdtemp(prefix="nofoobar-realweb-profile-"))
    outputs = []
    try:
        with sync_playwright() as pw:
            context = launch(pw, profile, site.port)
            context.set_default_timeout(PAGE_TIMEOUT_S * 1000)
            try:
                worker = _worker(context)
                for n, (page_info, file) in enumerate(pages, 1):
                    url = site.add(page_info["url"], file)
                    for p in list(context.pages):
                        p.close()
                    _worker(context).evaluate("async (s) => { await globalThis.nofoobar.bg.reset(s); }",
                                              {"serverUrl": proxy.url})
                    proxy.take()
                    page = context.new_page()
                    error = None
                    try:
                        page.goto(url, wait_until="load")
                        loaded = time.monotonic()
                        deadline = loaded + PAGE_TIMEOUT_S
                        while time.monotonic() < deadline:
                            now = time.monotonic()
                            if now - loaded >= MIN_S and now - proxy.last >= QUIET_S:
                                break
                            time.sleep(0.1)
                        page.evaluate(libs)
                    except Exception as exc:  # one broken page must not end the run
                        error = f"{type(exc).__name__}: {str(exc)[:200]}"
                    out = read_page(page_info, None if error else page, proxy.take())
                    if error:
                        out["error"] = error
                    outputs.append(out)
                    page.close()
                    if progress:
                        log(f"{n}/{len(pages)} {page_info['id']}: {out.get('summary', '')}")
                del worker
            finally:
                context.close()
    finally:
        health = getattr(server, "health", {})
        site.close()
        proxy.close()
        server.close()
        shutil.rmtree(profile, ignore_errors=True)
    return outputs, health
