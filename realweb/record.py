"""`python -m realweb run --record`: the run's headline figures into the
model's metadata, as `metrics.realweb`, so the review page (server/review)
shows them first, before the corpus's own cross-validation.

Only the eval-split sites' figures are recorded (realweb/split.py: no model
trained with the harness's candidates saw those sites), with the manifest's
hash, so a reader knows which pages and which split they are of."""
import datetime as dt
import json

from model import artifacts


def figures(result, manifest_sha256):
    """metrics.realweb from a run's result."""
    ev = result["summary"]["eval"]
    real, inserted, every = ev["real"], ev.get("inserted"), ev["all"]
    c = every["candidates"]
    out = {
        "precision": c["precision"], "recall": c["recall"], "f1": c["f1"],
        "candidates": c["candidates"], "positives": c["positives"],
        "pages": every["pages"], "sites": every["sites"], "languages": every["languages"],
        "split": "eval", "manifest": result["manifest"], "manifest_sha256": manifest_sha256,
        "false_hides_per_100_pages": real["false_hides_per_100_pages"],
        "pages_with_false_hides_pct": real["pages_with_false_hides_pct"],
        "pages_without_ai": real["pages_without_ai"],
        "widgets": every["widgets"], "widgets_hidden": every["widgets_hidden"],
        "widgets_hidden_pct": every["widgets_hidden_pct"],
        "site_macro_f1": every["site_macro_f1"],
        "intervals": ev.get("intervals"),
        "wholly_real": {k: real[k] for k in ("pages", "widgets", "widgets_hidden", "widgets_hidden_pct")}
        | {"candidates": real["candidates"]},
        "inserted": None if not inserted else
        {k: inserted[k] for k in ("pages", "widgets", "widgets_hidden", "widgets_hidden_pct")}
        | {"candidates": inserted["candidates"]},
        "measured_at": result["finished_at"],
    }
    return out


def record(model_dir, result, manifest_sha256):
    """Writes metrics.realweb into the metadata of the version the run
    scored with; returns that version."""
    version = result["model"].get("version")
    meta = artifacts.read_metadata(model_dir, version)
    meta.setdefault("metrics", {})["realweb"] = figures(result, manifest_sha256)
    meta["metrics"]["realweb"]["recorded_at"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    artifacts._atomic_write(artifacts.version_dir(model_dir, version) / artifacts.META_FILE,
                            json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return version
