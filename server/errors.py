"""One API exception and one place that renders every error as JSON."""
import logging

from flask import jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger("nofoobar.server")

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
          422: "invalid_value", 429: "rate_limited", 503: "unavailable"}


class ApiError(Exception):
    def __init__(self, status, message, code=None, headers=None):
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.headers = headers or {}


def _render(status, code, message, headers=None):
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def init_app(app):
    @app.errorhandler(ApiError)
    def api_error(exc):
        return _render(exc.status, exc.code, exc.message, exc.headers)

    @app.errorhandler(HTTPException)
    def http_error(exc):
        message = exc.description or exc.name
        if exc.code == 413:
            limit = app.config["MAX_CONTENT_LENGTH"]
            message = f"request body over {limit // (1024 * 1024)} MiB"
        # Keep what the exception says besides its HTML, e.g. a 405's Allow.
        headers = {k: v for k, v in exc.get_headers() if k.lower() != "content-type"}
        return _render(exc.code or 500, _CODES.get(exc.code, "error"), message, headers)

    @app.errorhandler(Exception)
    def internal_error(exc):
        log.exception("unhandled error")
        return _render(500, "internal_error", "the server failed to handle this request")
