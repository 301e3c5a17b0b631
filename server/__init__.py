"""The nofoobar scoring service.

create_app() takes its settings from, in rising order: the defaults below,
NOFOOBAR_* environment variables (NOFOOBAR_MODEL_DIR, NOFOOBAR_DATA_DIR,
NOFOOBAR_TOKEN, ...), and the test_config mapping.
"""
import logging
import pathlib

from flask import Flask

from model import artifacts

DEFAULTS = {
    "MODEL_DIR": str(artifacts.DEFAULT_DIR),
    "DATA_DIR": "var",
    "TOKEN": None,
    "MAX_SNIPPETS": 1000,
    "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
    "MAX_SNIPPET_CHARS": 64 * 1024,
    "CORS_ORIGINS": [],
    "RATE_LIMIT_PER_MINUTE": 600,
    "RATE_LIMIT_LOOPBACK": False,
    "TOKEN_FAILURES_PER_MINUTE": 10,   # wrong tokens per client, loopback included
    "RELOAD_CHECK_SECONDS": 1.0,
    "LOG_SNIPPETS": False,
}


def create_app(test_config=None):
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("NOFOOBAR")
    if test_config:
        app.config.from_mapping(test_config)
    _normalise(app.config)
    app.json.sort_keys = False
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from server import api, errors, feedback, guard, openapi
    from server.holder import ModelHolder

    holder = ModelHolder(app.config["MODEL_DIR"], app.config["RELOAD_CHECK_SECONDS"])
    holder.get()  # fail at start, not on the first request, if nothing loads
    app.extensions["nofoobar.model"] = holder
    errors.init_app(app)
    guard.init_app(app)
    feedback.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(openapi.bp)
    from server import review
    review.init_app(app)
    return app


def _normalise(cfg):
    # from_prefixed_env parses values as JSON: a numeric token arrives as int.
    if cfg["TOKEN"] is not None:
        cfg["TOKEN"] = str(cfg["TOKEN"]) or None
    if isinstance(cfg["CORS_ORIGINS"], str):
        cfg["CORS_ORIGINS"] = [o.strip() for o in cfg["CORS_ORIGINS"].split(",") if o.strip()]
    cfg["MODEL_DIR"] = str(pathlib.Path(cfg["MODEL_DIR"]))
    cfg["DATA_DIR"] = str(pathlib.Path(cfg["DATA_DIR"]))
