"""The evaluation report: one self-contained HTML page (index.html) that says
how a model did on a labelled set and why.

    precision-recall curve and confusion matrix (inline SVG, drawn here: no
    plotting library),
    the threshold, precision/recall/F1 against the keyword baseline, recall per
    kind, the worst false positives and false negatives with their snippets and
    reasons, and, when there is one, the current model beside the new one.

Written by `python -m model.evaluate FILE --report DIR` (scores from a saved
model) and by `python -m model.train` (out-of-fold scores of its
cross-validation, in <version>/report/). The page is the Jinja2 template
model/templates/report.html with autoescape on: every string that comes from
data (snippets, URLs, kinds, reasons) is escaped, since snippets are hostile
markup by design and the page must be safe to open.

A run (what `write` takes, and `compare` too) is a dict:
    label      "new 2026.11.30-2", what the column is called
    threshold  the threshold its verdicts used
    metrics    model.metrics.binary(...) of its verdicts
    per_kind   model.metrics.per_kind(...), optional
    baseline   model.metrics.binary(...) of the keyword baseline, optional
    probs, predicted   per-example scores and verdicts, optional for `compare`
                       (without them it is a column of figures, not a curve)
"""
import datetime as dt
import pathlib

import jinja2
import numpy as np


REPORT_FILE = "index.html"
WORST = 10            # rows in each of the false-positive / false-negative tables
SNIPPET_CHARS = 600   # longer snippets are cut: the report of the bundled model is in git
TEMPLATES = pathlib.Path(__file__).resolve().parent / "templates"


def worst_errors(labels, probs, predicted, limit=WORST):
    """(false positives, highest score first; false negatives, lowest first)
    as index arrays: the examples the model was most sure about and wrong."""
    labels, probs, predicted = np.asarray(labels), np.asarray(probs), np.asarray(predicted)
    fp = np.flatnonzero((labels == 0) & (predicted == 1))
    fn = np.flatnonzero((labels == 1) & (predicted == 0))
    fp = fp[np.argsort(-probs[fp], kind="stable")][:limit]
    fn = fn[np.argsort(probs[fn], kind="stable")][:limit]
    return fp, fn


# -- figures (inline SVG) ------------------------------------------------------

PLOT = {"w": 520, "h": 380, "left": 56, "right": 16, "top": 14, "bottom": 46}
COLOURS = ("#1f6fb4", "#e07b00")


def _operating_point(labels, probs, threshold):
    hit = np.asarray(probs) >= threshold
    pos = np.asarray(labels) == 1
    precision = (hit & pos).sum() / hit.sum() if hit.sum() else 0.0
    recall = (hit & pos).sum() / pos.sum() if pos.sum() else 0.0
    return float(recall), float(precision)


def _xy(recall, precision):
    """Plot coordinates of a (recall, precision) point, both in [0, 1.02]."""
    p = PLOT
    width = p["w"] - p["left"] - p["right"]
    height = p["h"] - p["top"] - p["bottom"]
    return (round(p["left"] + recall / 1.02 * width, 1),
            round(p["top"] + (1 - precision / 1.02) * height, 1))


def pr_chart(labels, runs):
    """What the template draws for the precision-recall curves of runs that
    have probs, each with its threshold marked, and the keyword baseline of
    the first as a point: plain numbers, no markup."""
    from sklearn.metrics import precision_recall_curve
    series = []
    for run, colour, dash in zip(runs, COLOURS, ("", "6 4")):
        precision, recall, _ = precision_recall_curve(labels, run["probs"])
        # a step curve in sklearn's order, as step(where="post") draws it:
        # along at this precision to the next recall, then to its precision
        points = [_xy(recall[0], precision[0])]
        for i in range(1, len(recall)):
            points += [_xy(recall[i], precision[i - 1]), _xy(recall[i], precision[i])]
        r, pr = _operating_point(labels, run["probs"], run["threshold"])
        series.append({"label": run["label"], "colour": colour, "dash": dash,
                       "points": " ".join(f"{x},{y}" for x, y in points),
                       "mark": _xy(r, pr),
                       "mark_label": f"threshold {run['threshold']:.3f}: P {pr:.3f} R {r:.3f}"})
    base = runs[0].get("baseline")
    baseline = None
    if base:
        baseline = {"at": _xy(base["recall"], base["precision"]),
                    "label": f"keyword baseline: P {base['precision']:.3f} R {base['recall']:.3f}"}
    ticks = [{"v": f"{t:.1f}", "x": _xy(t, 0)[0], "y": _xy(0, t)[1]} for t in np.arange(0, 1.01, 0.2)]
    return {"plot": PLOT, "series": series, "baseline": baseline, "ticks": ticks,
            "x0": _xy(0, 0), "x1": _xy(1.02, 1.02)}


def confusion_charts(runs):
    """One 2x2 confusion matrix per run, cells shaded by count."""
    out = []
    for run in runs:
        c = run["metrics"]["confusion"]
        cells = [("keep", "keep", c["tn"]), ("keep", "AI", c["fp"]),
                 ("AI", "keep", c["fn"]), ("AI", "AI", c["tp"])]
        top = max(max(n for *_, n in cells), 1)
        shaded = []
        for i, (actual, predicted, n) in enumerate(cells):
            level = n / top
            shade = f"rgb({int(247 - 200 * level)},{int(251 - 150 * level)},{int(255 - 80 * level)})"
            shaded.append({"x": 60 + (i % 2) * 90, "y": 30 + (i // 2) * 70, "n": n, "fill": shade,
                           "text": "#fff" if level > 0.5 else "#000",
                           "title": f"actual {actual}, predicted {predicted}: {n}"})
        out.append({"label": run["label"], "cells": shaded})
    return out


# -- HTML --------------------------------------------------------------------

_ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _num(value, digits=3):
    return "–" if value is None else f"{value:.{digits}f}"


def _delta(new, old):
    """(text, css class) of a change, or ("", "") when one side is missing."""
    if new is None or old is None:
        return "", ""
    d = new - old
    if abs(d) < 5e-4:
        return "±0", ""
    return f"{d:+.3f}", "better" if d > 0 else "worse"


_ENV.filters["num"] = _num
_ENV.globals["delta"] = _delta


def _cut(text):
    """(shown text, characters not shown)."""
    text = str(text)
    return text[:SNIPPET_CHARS], max(0, len(text) - SNIPPET_CHARS)


def _errors(idx, examples, run, reasons_of):
    rows = []
    for i in idx:
        ex = examples[i]
        shown, cut = _cut(ex["html"])
        rows.append({"score": float(run["probs"][i]), "html": shown, "cut": cut,
                     "where": [v for v in (ex.get("kind"), ex.get("url"), ex.get("source")) if v],
                     "why": reasons_of(i) if reasons_of else []})
    return rows


def _trusted(trusted):
    """The promotion guard's figures (model/guard.py) and the flagged feedback."""
    from model.guard import SETS
    new, old = trusted.get("new") or {}, trusted.get("old")
    rows = []
    for name in SETS:
        f = new.get(name)
        if f:
            o = (old or {}).get(name) or {}
            rows.append({"name": name.replace("_", " "), "n": f["n"], "precision": f["precision"],
                         "recall": f["recall"], "old_precision": o.get("precision"),
                         "old_recall": o.get("recall")})
    flagged = []
    for row in (trusted.get("flagged") or [])[:200]:
        shown, cut = _cut(row["html"])
        flagged.append(dict(row, html=shown, cut=cut,
                            where=[v for v in (row.get("kind"), row.get("url"), row.get("origin")) if v]))
    return {"rows": rows, "has_old": old is not None, "against": trusted.get("against") or "current",
            "reasons": trusted.get("reasons") or [],
            "flagged": flagged, "n_flagged": len(trusted.get("flagged") or [])}


def render(title, examples, run, *, compare=None, reasons_of=None, notes=(), decision=None,
           limit=WORST, trusted=None):
    """The report as an HTML string. reasons_of(i) gives the reasons for
    example i's verdict; notes are lines about where the figures come from;
    decision (text) is what happened to the model, e.g. its promotion;
    trusted, the promotion guard's figures and flagged feedback."""
    labels = np.asarray([ex["label"] for ex in examples])
    both_classes = bool(labels.size and labels.min() != labels.max())
    curves = [r for r in (run, compare) if r and r.get("probs") is not None]
    matrices = [r for r in (run, compare) if r and "confusion" in r.get("metrics", {})]
    errors = None
    if run.get("probs") is not None and run.get("predicted") is not None:
        fp, fn = worst_errors(labels, run["probs"], run["predicted"], limit)
        predicted = np.asarray(run["predicted"])
        errors = {"fp": _errors(fp, examples, run, reasons_of),
                  "fn": _errors(fn, examples, run, reasons_of),
                  "n_fp": int(((labels == 0) & (predicted == 1)).sum()),
                  "n_fn": int(((labels == 1) & (predicted == 0)).sum())}
    kinds = run.get("per_kind") or {}
    old_kinds = (compare or {}).get("per_kind") or {}
    n_pos = int(labels.sum()) if labels.size else 0
    return _ENV.get_template("report.html").render(
        title=title, n=int(labels.size), n_pos=n_pos,
        generated=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        notes=list(notes), decision=decision, run=run, compare=compare,
        baseline=run.get("baseline") or {}, keys=("precision", "recall", "f1", "roc_auc"),
        both_classes=both_classes,
        pr=pr_chart(labels, curves) if curves and both_classes else None,
        matrices=confusion_charts(matrices), kinds=kinds, old_kinds=old_kinds,
        all_kinds=sorted(set(kinds) | set(old_kinds)),
        has_acc=any("kind_accuracy" in row for row in kinds.values()),
        errors=errors, trusted=_trusted(trusted) if trusted else None)


def write(out_dir, title, examples, run, **kwargs):
    """Render the report into out_dir/index.html; returns its path."""
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / REPORT_FILE
    path.write_text(render(title, examples, run, **kwargs), encoding="utf-8")
    return path
