"""The review page at /: the served model and the saved versions (promote,
roll back), every stored label (filter, relabel, delete, export), and
training in the background with what the new model would change.

Server-rendered Jinja2 (autoescaped) with a little plain JS in static/.
Access rules and headers: access.py; the training run: training.py.
"""
import datetime as dt
import json

from flask import (Blueprint, Response, abort, current_app, jsonify, redirect, render_template,
                   request, url_for)

from model import artifacts, data, train
from model.flags import flag_feedback
from server.feedback import get_store
from server.review import access, training

bp = Blueprint("review", __name__, template_folder="templates", static_folder="static",
               static_url_path="/review/static")

PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def _holder():
    return current_app.extensions["nofoobar.model"]


def guard_verdict(model_dir, version, current_meta):
    """The promotion guard's word on making `version` current: None (allowed)
    or the reason it refuses. One function, so it can switch to the service's
    guard (model/guard.py) when that lands."""
    try:
        meta = artifacts.verify(model_dir, version)
    except artifacts.ArtifactError as exc:
        return str(exc)
    if not meta.get("metrics") or "cv" not in meta["metrics"]:
        return "its metadata has no figures"
    old = (current_meta or {}).get("metrics")
    return train.promotion_verdict(meta["metrics"], old, train.DEFAULT_MARGIN)


def _figures(meta):
    """Headline figures, real-web first when the metadata has them."""
    m = meta.get("metrics") or {}
    out = []
    for key, label in (("realweb", "real web"), ("cv", "cross-validated, unseen sites"),
                       ("cv_unseen_designs", "cross-validated, unseen designs")):
        f = m.get(key)
        if isinstance(f, dict) and "precision" in f:
            out.append({"name": label, "precision": f.get("precision"), "recall": f.get("recall"),
                        "f1": f.get("f1")})
    return out


def _versions(model_dir, current):
    try:
        cur_meta = artifacts.read_metadata(model_dir, current) if current else None
    except artifacts.ArtifactError:
        cur_meta = None
    rows = []
    for version in reversed(artifacts.versions(model_dir)):
        try:
            meta = artifacts.read_metadata(model_dir, version)
        except artifacts.ArtifactError as exc:
            meta = {"problem": str(exc)}
        rows.append({"version": version, "current": version == current, "meta": meta,
                     "figures": _figures(meta),
                     "newer": current is not None and version > current,
                     "verdict": None if version == current
                     else guard_verdict(model_dir, version, cur_meta)})
    return rows


def _corpus():
    try:
        return data.load_paths([training.ROOT / "training_data"])
    except data.DataError:
        return []


def _labels():
    rows = get_store().rows()
    flags = flag_feedback(rows, _corpus()) if rows else {}
    for r in rows:
        r["site"] = data.site_of(r.get("url")) or "(no url)"
        r["flag"] = flags.get(r["key"])
        r["when"] = dt.datetime.fromtimestamp(r["updated_at"], dt.timezone.utc).strftime(
            "%Y-%m-%d %H:%M UTC")
    return rows


def _filtered(rows, args):
    label, kind, site = args.get("label", ""), args.get("kind", ""), args.get("site", "")
    flagged = args.get("flagged") == "1"
    return [r for r in rows
            if (label == "" or str(r["label"]) == label) and (kind == "" or r["kind"] == kind)
            and (site == "" or r["site"] == site) and (not flagged or r["flag"])]


def preview_doc(html):
    """The document a sandboxed iframe renders a snippet in: its own CSP
    forbids every fetch, and the iframe's sandbox forbids scripts."""
    return (f'<!doctype html><meta http-equiv="Content-Security-Policy" content="{PREVIEW_CSP}">'
            '<meta name="referrer" content="no-referrer"><body>' + html)


@bp.before_request
def _check():
    if access.check_request() == "signin":
        if request.method == "GET" and request.endpoint == "review.index":
            return redirect(url_for("review.signin"))
        abort(401, "sign in on the review page first")
    return None


bp.after_request(access.secure_headers)


@bp.route("/signin", methods=["GET", "POST"])
def signin():
    error = None
    if request.method == "POST":
        if access.sign_in(request.form.get("token", "")):
            return redirect(url_for("review.index"))
        error = "wrong token"
    if not current_app.config.get("TOKEN"):
        return redirect(url_for("review.index"))
    return render_template("review/signin.html", error=error, csrf=access.csrf_token()), \
        (401 if error else 200)


@bp.get("/")
def index():
    cfg = current_app.config
    try:
        scorer = _holder().get()
        served = scorer.meta
    except artifacts.ArtifactError:
        served = None
    current = served["version"] if served else None
    rows = _labels()
    shown = _filtered(rows, request.args)
    return render_template(
        "review/index.html", served=served, figures=_figures(served or {}),
        versions=_versions(cfg["MODEL_DIR"], current), labels=shown, total=len(rows),
        kinds=sorted({r["kind"] for r in rows if r["kind"]}),
        sites=sorted({r["site"] for r in rows}), args=request.args,
        preview_doc=preview_doc, csrf=access.csrf_token(), status=training.read_status(cfg["DATA_DIR"]),
        all_kinds=data.KINDS)


@bp.post("/review/promote")
def promote():
    version = request.form.get("version", "")
    model_dir = current_app.config["MODEL_DIR"]
    if version not in artifacts.versions(model_dir):
        abort(422, f"no saved version {version[:60]!r}")
    try:
        artifacts.load(model_dir, version)
        artifacts.promote(model_dir, version)
        _holder().load()
    except artifacts.ArtifactError as exc:
        abort(422, f"not promoted: {exc}")
    return redirect(url_for("review.index") + "#model")


@bp.post("/review/labels/<key>/relabel")
def relabel(key):
    label = request.form.get("label")
    if label not in ("0", "1"):
        abort(422, "label must be 0 or 1")
    kind = request.form.get("kind") or None
    if label == "0":
        kind = None
    elif kind is None:
        kind = data.DEFAULT_KIND
    elif kind not in data.KINDS:
        abort(422, f"kind must be one of {', '.join(data.KINDS)}")
    if not get_store().relabel(key, int(label), kind):
        abort(404, "no such label")
    return redirect(url_for("review.index") + f"#l-{key[:16]}")


@bp.post("/review/labels/<key>/delete")
def delete(key):
    if not get_store().delete(key):
        abort(404, "no such label")
    return redirect(url_for("review.index") + "#labels")


@bp.get("/review/labels.jsonl")
def export():
    rows = _filtered(_labels(), request.args)
    out = []
    for r in rows:
        ex = {"html": r["html"], "label": r["label"], "source": f"feedback ({r['origin'] or 'api'})"}
        for k in ("kind", "url", "context"):
            if r.get(k):
                ex[k] = r[k]
        out.append(json.dumps(ex, ensure_ascii=False, sort_keys=True) + "\n")
    return Response("".join(out), mimetype="application/x-ndjson",
                    headers={"Content-Disposition": "attachment; filename=nofoobar-labels.jsonl"})


@bp.post("/review/train")
def train_start():
    try:
        status = training.start(current_app.config)
    except training.AlreadyTraining:
        return jsonify({"error": {"code": "conflict", "message": "already training"}}), 409
    return jsonify(status), 202


@bp.get("/review/train")
def train_status():
    return jsonify(training.read_status(current_app.config["DATA_DIR"]))


def init_app(app):
    access.configure(app)
    app.config.setdefault("REVIEW_TRAIN_ARGS", [])
    app.register_blueprint(bp)
