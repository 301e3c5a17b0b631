"""Who may use the review page, and how state-changing requests prove they
come from it.

Without NOFOOBAR_TOKEN: loopback clients only (and the app-wide Host check in
server/guard.py, against DNS rebinding). With a token: a sign-in form that
sets a session cookie (HttpOnly, SameSite=Strict). Either way every POST
carries a CSRF token bound to the session, and a request whose Origin or
Sec-Fetch-Site says another site is refused before anything else.
"""
import hashlib
import hmac
import os
import pathlib
import secrets

from flask import abort, current_app, request, session

KEY_FILE = "review-secret.key"
SAFE = ("GET", "HEAD", "OPTIONS")
# The preview iframes are srcdoc documents: they inherit this policy (and add
# their own). Inline styles are allowed so a preview looks like the widget;
# scripts only from our own static files; nothing may frame the page.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")


def secret_key(data_dir):
    """A random key kept 0600 in the data directory, so every gunicorn
    worker and a restarted server sign sessions alike."""
    path = pathlib.Path(data_dir) / KEY_FILE
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(fd, "wb") as fh:
        fh.write(secrets.token_bytes(32))
    return path.read_bytes()


def _token_mark(token):
    # The session remembers which token it signed in with: a new token ends it.
    return hashlib.sha256(("nofoobar-review:" + token).encode()).hexdigest()[:32]


def signed_in():
    token = current_app.config.get("TOKEN")
    if not token:
        from server.guard import is_loopback
        return is_loopback(request.remote_addr)
    return hmac.compare_digest(session.get("auth", ""), _token_mark(token))


def sign_in(given):
    token = current_app.config.get("TOKEN")
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        return False
    session.clear()
    session["auth"] = _token_mark(token)
    session["csrf"] = secrets.token_urlsafe(32)
    return True


def csrf_token():
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def cross_site():
    """True when the browser says the request comes from another site (or
    from an opaque origin). Sec-Fetch-Site is the browser's own word and is
    taken when present; else the Origin header, which is "null" from a
    sandboxed frame or a data: URL."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    return bool(origin) and origin != request.host_url.rstrip("/")


def check_request():
    """before_request of the review blueprint."""
    if request.method not in SAFE:
        if cross_site():
            abort(403, "cross-site request refused")
        given = request.headers.get("X-CSRF-Token") or request.form.get("csrf_token", "")
        expected = session.get("csrf", "")
        if not expected or not hmac.compare_digest(given, expected):
            abort(403, "missing or wrong CSRF token; reload the page")
    if request.endpoint in ("review.signin", "review.static"):
        return
    if not signed_in():
        if current_app.config.get("TOKEN"):
            return "signin"
        abort(403, "the review page answers this machine only (loopback); "
                   "set NOFOOBAR_TOKEN to sign in from elsewhere")
    return None


def secure_headers(response):
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    # same-origin, not no-referrer: with no-referrer a browser sends
    # "Origin: null" on the page's own form posts.
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Cache-Control"] = "no-store"
    return response


def configure(app):
    app.config.setdefault("SECRET_KEY", None)
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = secret_key(app.config["DATA_DIR"])
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Strict",
                      SESSION_COOKIE_NAME="nofoobar_review")
