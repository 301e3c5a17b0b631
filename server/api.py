"""/v1 (score, feedback, model, admin/reload) and /healthz."""
import logging

from flask import Blueprint, current_app, jsonify, request

from model import artifacts
from server import schema
from server.errors import ApiError
from server.feedback import get_store
from server.guard import client_origin, is_loopback

bp = Blueprint("api", __name__)
log = logging.getLogger("nofoobar.server")


def holder():
    return current_app.extensions["nofoobar.model"]


def _scorer():
    try:
        return holder().get()
    except artifacts.ArtifactError as exc:
        raise ApiError(503, f"no model can be served: {exc}") from None


@bp.post("/v1/score")
def score():
    body = schema.json_body()
    snippets, ids = schema.score_request(body)
    scorer = _scorer()
    results = [({"id": sid} if sid is not None else {}) | r
               for sid, r in zip(ids, scorer.score(snippets))]
    if current_app.config["LOG_SNIPPETS"]:
        for s, r in zip(snippets, results):
            log.info("scored %.3f %s", r["score"], s["html"][:500])
    return jsonify({"model_version": scorer.version, "threshold": scorer.threshold,
                    "results": results})


@bp.post("/v1/feedback")
def feedback():
    body = schema.json_body()
    examples = schema.feedback_request(body)
    # What the served model said of each labelled snippet, for the review page.
    scorer = _scorer()
    scored = [dict(r, model_version=scorer.version) for r in scorer.score(examples)]
    total = get_store().add(examples, origin=client_origin(), scored=scored)
    return jsonify({"stored": len(examples), "total": total}), 201


@bp.get("/v1/model")
def model_info():
    scorer = _scorer()
    meta = scorer.meta
    keys = ("version", "trained_at", "examples", "positives", "metrics", "threshold",
            "sha256", "data_hash", "libraries", "features")
    return jsonify({k: meta.get(k) for k in keys})


@bp.post("/v1/admin/reload")
def reload():
    # Without a configured token only the machine's own user may reload.
    if not current_app.config.get("TOKEN") and not is_loopback(request.remote_addr):
        raise ApiError(403, "reload is allowed from loopback, or with a token")
    try:
        scorer = holder().load()
    except artifacts.ArtifactError as exc:
        raise ApiError(422, f"model refused, the old one keeps serving: {exc}") from None
    return jsonify({"model_version": scorer.version})


@bp.get("/healthz")
def healthz():
    h = holder()
    scorer = _scorer()
    out = {"status": "ok", "model_version": scorer.version}
    if h.last_error:
        out["warning"] = h.last_error
    return jsonify(out)
