"""The feedback store as a per-request resource: opened on first use in a
request, closed at teardown (the flaskr db.py pattern)."""
import pathlib

from flask import current_app, g

from model.feedback import FeedbackStore


def get_store():
    if "feedback_store" not in g:
        g.feedback_store = FeedbackStore.in_dir(pathlib.Path(current_app.config["DATA_DIR"]))
    return g.feedback_store


def close_store(exc=None):
    store = g.pop("feedback_store", None)
    if store is not None:
        store.close()


def init_app(app):
    app.teardown_appcontext(close_store)
