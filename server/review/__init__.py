"""The review page at /: the served model and the saved versions (promote,
roll back), every stored label (filter, relabel, delete, export), and
training in the background with what the new model would change.

Server-rendered Jinja2 (autoescaped) with a little plain JS in static/.
Access rules and headers: access.py; the training run: training.py.
"""
import datetime as dt
import json
import pathlib

from flask import (Blueprint, Response, abort, current_app, jsonify, redirect, render_template,
                   request, url_for)

from model import artifacts, data, guard, train
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
    or the reason it refuses. From the figures both versions saved on the
    trusted evaluation set (model/guard.py) when they share one, else their
    cross-validated figures."""
    try:
        meta = artifacts.verify(model_dir, version)
    except artifacts.ArtifactError as exc:
        return str(exc)
    if not meta.get("metrics") or "cv" not in meta["metrics"]:
        return "its metadata has no figures"
    trusted = guard.stored_verdict(meta, current_meta, train.DEFAULT_MARGIN)
    if trusted is not None:
        return trusted or None
    old = (current_meta or {}).get("metrics")
    return train.promotion_verdict(meta["metrics"], old, train.DEFAULT_MARGIN)


def _figures(meta):
    """Headline figures: the real-web ones first when the metadata has them
    (metrics.realweb, from pages fetched off the web), then the corpus
    cross-validation, named as such so nobody takes it for the real web."""
    m = meta.get("metrics") or {}
    out = []
    for key, label in (("realweb", "real web pages"), ("real_web", "real web pages"),
                       ("cv", "corpus, cross-validated on unseen sites"),
                       ("cv_unseen_designs", "corpus, cross-validated on unseen designs")):
        f = m.get(key)
        if isinstance(f, dict) and "precision" in f:
            size = next((f"{f[k]} {k}" for k in ("pages", "sites", "examples", "n") if f.get(k)), "")
            out.append({"key": key, "name": label, "precision": f.get("precision"),
                        "recall": f.get("recall"), "f1": f.get("f1"), "size": size})
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
                     "report": (pathlib.Path(model_dir) / version / "report" / "index.html").is_file(),
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


@bp.get("/review/versions/<version>/report")
def report(version):
    """The HTML report a training run wrote for `version` (self-contained:
    inline styles, data: images; served under the page's CSP)."""
    model_dir = current_app.config["MODEL_DIR"]
    if version not in artifacts.versions(model_dir):  # a listed name, never a path
        abort(404, f"no saved version {version[:60]!r}")
    path = pathlib.Path(model_dir) / version / "report" / "index.html"
    if not path.is_file():
        abort(404, f"version {version} has no report")
    return Response(path.read_bytes(), mimetype="text/html")


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


def _string_list(cfg, key):
    # From the environment these arrive parsed as JSON: a list of strings, or a mistake.
    value = cfg.get(key)
    if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise ValueError(f"NOFOOBAR_{key} must be a JSON list of strings, e.g. "
                         f'\'["--folds", "2"]\', not {json.dumps(value)[:80]}')


def init_app(app):
    access.configure(app)
    app.config.setdefault("REVIEW_TRAIN_ARGS", [])
    for key in ("REVIEW_TRAIN_ARGS", "REVIEW_EVAL_DATA", "REVIEW_TRAIN_COMMAND"):
        _string_list(app.config, key)
    app.register_blueprint(bp)
