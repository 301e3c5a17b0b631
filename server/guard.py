"""Who may call the API: per-client rate limit, bearer token, CORS origins.

Order matters: the rate limit runs before the token check, so guessing tokens
costs requests like anything else; and every wrong token counts against a
separate, small allowance that loopback clients get no exemption from (a
local process is exactly who could try tokens fast).
"""
import hmac
import ipaddress
import threading
import time

from flask import current_app, request

from server.errors import ApiError

EXTENSION_SCHEMES = ("chrome-extension://", "moz-extension://")
OPEN_PATHS = ("/healthz",)


def is_loopback(addr):
    """True for a loopback address or name: 127.0.0.0/8, ::1 (bracketed or
    not), localhost. gunicorn.conf.py keeps a copy: it must load on its own."""
    addr = (addr or "").lower()
    if addr == "localhost":
        return True
    try:
        return ipaddress.ip_address(addr.strip("[]")).is_loopback
    except ValueError:
        return False


def origin_allowed(origin):
    if not origin:
        return False
    return origin.startswith(EXTENSION_SCHEMES) or origin in current_app.config["CORS_ORIGINS"]


class RateLimiter:
    """Fixed one-minute windows per client address."""

    def __init__(self, per_minute):
        self.per_minute = per_minute
        self._lock = threading.Lock()
        self._windows = {}

    def hit(self, client):
        now = time.monotonic()
        with self._lock:
            start, count = self._windows.get(client, (now, 0))
            if now - start >= 60:
                start, count = now, 0
            count += 1
            self._windows[client] = (start, count)
            if len(self._windows) > 10_000:  # forget idle clients, bound memory
                self._windows = {k: v for k, v in self._windows.items() if now - v[0] < 60}
            return count <= self.per_minute, int(60 - (now - start)) + 1


def check_token():
    token = current_app.config.get("TOKEN")
    if not token or request.path in OPEN_PATHS or request.method == "OPTIONS":
        return
    if request.blueprint == "review":  # signs in with a session cookie: server/review/access.py
        return
    header = request.headers.get("Authorization", "")
    given = header[7:] if header.startswith("Bearer ") else ""
    if not hmac.compare_digest(given.encode(), str(token).encode()):
        cfg = current_app.config
        ok, retry = current_app.extensions["nofoobar.token_failures"].hit(request.remote_addr or "?")
        if not ok:
            raise ApiError(429, f"more than {cfg['TOKEN_FAILURES_PER_MINUTE']} wrong tokens a minute",
                           headers={"Retry-After": str(retry)})
        raise ApiError(401, "this server needs 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})


def check_host():
    """Without a token, answer only requests addressed to a loopback name, so
    a web page cannot reach us through DNS rebinding (evil.example -> 127.0.0.1)."""
    if current_app.config.get("TOKEN"):
        return
    host = (request.host or "").lower()
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    if not is_loopback(name):
        raise ApiError(403, f"requests must be addressed to this machine (Host: {host[:80]!r}); "
                            "set NOFOOBAR_TOKEN to serve other names")


def check_rate():
    cfg = current_app.config
    client = request.remote_addr or "?"
    if not cfg["RATE_LIMIT_PER_MINUTE"] or (is_loopback(client) and not cfg["RATE_LIMIT_LOOPBACK"]):
        return
    ok, retry = current_app.extensions["nofoobar.ratelimit"].hit(client)
    if not ok:
        raise ApiError(429, f"more than {cfg['RATE_LIMIT_PER_MINUTE']} requests a minute",
                       headers={"Retry-After": str(retry)})


def client_origin():
    """Where a request came from, as far as the server knows: the peer
    address it accepted the connection from. A browser's Origin header is
    added only as a hint, and only when it is one we serve CORS to (an
    extension or a configured origin): any non-browser client can send any
    Origin, so it never replaces the address."""
    addr = request.remote_addr or "unknown"
    origin = request.headers.get("Origin")
    if origin_allowed(origin):
        return f"{addr} via {origin[:100]}"
    return addr


def add_cors(response):
    origin = request.headers.get("Origin")
    if origin_allowed(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, Authorization"
        response.headers["Access-Control-Max-Age"] = "600"
        response.headers.add("Vary", "Origin")
    return response


def init_app(app):
    app.extensions["nofoobar.ratelimit"] = RateLimiter(app.config["RATE_LIMIT_PER_MINUTE"])
    app.extensions["nofoobar.token_failures"] = RateLimiter(app.config["TOKEN_FAILURES_PER_MINUTE"])
    app.before_request(check_host)
    app.before_request(check_rate)   # before the token: wrong guesses cost requests too
    app.before_request(check_token)
    app.after_request(add_cors)
