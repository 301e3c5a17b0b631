"""The page server the browser tests load pages from, and the recording
proxy every request from the extension to the classifier passes through
(so privacy tests read exactly what left the browser)."""
import http.server
import json
import pathlib
import ssl
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from testkit.net import free_port


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # a browser that drops a connection, or speaks http to the https
        # port, is not an error of the server's: no traceback for those
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Served:
    def __init__(self, handler, tls=None):
        self.port = free_port()
        self.httpd = _Server(("127.0.0.1", self.port), handler)
        if tls:  # (certfile, keyfile): the browser is told to accept it
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*tls)
            # the handshake in the handler's thread, not in accept(): a browser's
            # idle speculative connection must not hold up every other one
            self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True,
                                                do_handshake_on_connect=False)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class PageServer(_Served):
    """Pages on 127.0.0.1 (also reachable as localhost, or any name the
    browser maps to loopback: another site), never cached. From a directory
    (`root`) or from memory (`pages`: {"name": html}, also set later with
    put()); records each path asked. With `tls` (certfile, keyfile) it
    speaks HTTPS, for pages that must keep their https:// URL."""

    def __init__(self, root=None, pages=None, tls=None):
        self.root = pathlib.Path(root) if root else None
        self.pages = {k.lstrip("/"): v.encode() for k, v in (pages or {}).items()}
        self.paths = []
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(server.root or "."), **kwargs)

            def log_message(self, *args):
                pass

            def end_headers(self):
                self.send_header("Cache-Control", "no-store")
                super().end_headers()

            def do_GET(self):
                server.paths.append(self.path)
                if server.root:
                    return super().do_GET()
                body = server.pages.get(urllib.parse.unquote(self.path.split("?")[0]).lstrip("/"))
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

        super().__init__(Handler, tls)

    def put(self, name, html):
        """Serve `html` (str or bytes) at /name from now on."""
        self.pages[urllib.parse.unquote(name).lstrip("/")] = html if isinstance(html, bytes) else html.encode()

    def url(self, name, host="127.0.0.1", query="", fragment=""):
        u = f"http://{host}:{self.port}/{name.lstrip('/')}"
        if query:
            u += "?" + query
        if fragment:
            u += "#" + fragment
        return u


class RecordingProxy(_Served):
    """Forwards to the classifier server and keeps every request it saw,
    with the answer it passed back (`status`, `response`)."""

    def __init__(self, upstream):
        self.upstream = upstream.rstrip("/")
        self.requests = []
        self.lock = threading.Lock()
        self.last_activity = time.monotonic()  # for "the extension has gone quiet"
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                record = {"method": self.command, "path": self.path,
                          "headers": dict(self.headers.items()), "body": body.decode("utf-8", "replace")}
                with proxy.lock:
                    proxy.requests.append(record)
                    proxy.last_activity = time.monotonic()
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() in ("content-type", "authorization", "origin", "accept")}
                req = urllib.request.Request(proxy.upstream + self.path, data=body or None,
                                             method=self.command, headers=headers)
                try:
                    with urllib.request.urlopen(req, timeout=10) as r:
                        status, out, rh = r.status, r.read(), r.headers
                except urllib.error.HTTPError as e:
                    status, out, rh = e.code, e.read(), e.headers
                with proxy.lock:
                    record.update(status=status, response=out.decode("utf-8", "replace"))
                    proxy.last_activity = time.monotonic()
                self.send_response(status)
                for k, v in rh.items():
                    if k.lower() not in ("content-length", "connection", "transfer-encoding", "date", "server"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            do_GET = do_POST = do_OPTIONS = _forward

        super().__init__(Handler)
        self.url = f"http://127.0.0.1:{self.port}"

    def clear(self):
        with self.lock:
            self.requests.clear()

    def quiet_for(self):
        """Seconds since the last request came in or was answered."""
        with self.lock:
            return time.monotonic() - self.last_activity

    def scored(self):
        """(snippet, result or None) for every snippet sent to /v1/score,
        in the order sent; the result is the server's answer for it."""
        with self.lock:
            reqs = [r for r in self.requests if r["path"].startswith("/v1/score") and r["body"]]
        out = []
        for r in reqs:
            try:
                snippets = json.loads(r["body"]).get("snippets", [])
                answer = json.loads(r.get("response") or "null") if r.get("status") == 200 else None
            except (ValueError, AttributeError):
                continue
            results = {str(x.get("id")): x for x in (answer or {}).get("results", [])}
            out.extend((s, results.get(str(s.get("id")))) for s in snippets)
        return out

    def all_text(self):
        with self.lock:
            return "\n".join(json.dumps(r) + "\n" + r["body"] for r in self.requests)

    def scored_snippets(self):
        out = []
        with self.lock:
            reqs = list(self.requests)
        for r in reqs:
            if r["path"].startswith("/v1/score") and r["body"]:
                out.extend(json.loads(r["body"]).get("snippets", []))
        return out
