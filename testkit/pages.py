"""The page server the browser tests load pages from, and the recording
proxy every request from the extension to the classifier passes through
(so privacy tests read exactly what left the browser)."""
import http.server
import json
import pathlib
import threading
import urllib.error
import urllib.request

from testkit.net import free_port


class _Served:
    def __init__(self, handler):
        self.port = free_port()
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class PageServer(_Served):
    """Pages on 127.0.0.1 (also reachable as localhost, or any name the
    browser maps to loopback: another site), never cached. From a directory
    (`root`) or from memory (`pages`: {"name": html}); records each path asked."""

    def __init__(self, root=None, pages=None):
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
                body = server.pages.get(self.path.split("?")[0].lstrip("/"))
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

        super().__init__(Handler)

    def url(self, name, host="127.0.0.1", query="", fragment=""):
        u = f"http://{host}:{self.port}/{name.lstrip('/')}"
        if query:
            u += "?" + query
        if fragment:
            u += "#" + fragment
        return u


class RecordingProxy(_Served):
    """Forwards to the classifier server and keeps every request it saw."""

    def __init__(self, upstream):
        self.upstream = upstream.rstrip("/")
        self.requests = []
        self.lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with proxy.lock:
                    proxy.requests.append({
                        "method": self.command, "path": self.path,
                        "headers": dict(self.headers.items()), "body": body.decode("utf-8", "replace"),
                    })
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() in ("content-type", "authorization", "origin", "accept")}
                req = urllib.request.Request(proxy.upstream + self.path, data=body or None,
                                             method=self.command, headers=headers)
                try:
                    with urllib.request.urlopen(req, timeout=10) as r:
                        status, out, rh = r.status, r.read(), r.headers
                except urllib.error.HTTPError as e:
                    status, out, rh = e.code, e.read(), e.headers
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
