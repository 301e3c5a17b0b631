"""The promotion guard: a new model replaces the current one only if it is
not worse on data that feedback can never reach.

Cross-validation scores a model on the data it was trained on, feedback
included, so poisoned feedback poisons the yardstick too (issue 13: flipped
labels moved cross-validated precision up while the model stopped hiding the
launchers it was told to keep). The guard instead judges both models on a
trusted evaluation set:

  * a frozen held-out split of the corpus, never trained on: every example
    of one design in ten (`source`, hashed: "unseen designs"), and one
    example in twenty of the other designs ("seen designs"). The split is a
    hash of the design and the snippet, so it is the same on every run and
    a new corpus example falls in or out by itself;
  * the real-web candidates (var/realweb/candidates.jsonl) when they exist.

Feedback is never added to it: a feedback example that repeats a held-out
snippet trains the model but does not change the held-out label.

Refusal: precision or recall overall, on unseen designs, or on the real-web
set, or recall of a kind (with at least MIN_KIND_N held-out examples), falls
by more than the margin. Feedback that contradicts a corpus label, or an
earlier label of the same snippet, is flagged (model/flags.py) and listed in
the training report.
"""
import hashlib
import pathlib
import sys

import numpy as np

from model import data, metrics
from model.flags import flag_feedback

ROOT = pathlib.Path(__file__).resolve().parent.parent
REALWEB = ROOT / "var" / "realweb" / "candidates.jsonl"
UNSEEN_DESIGNS_PERCENT = 10
SEEN_DESIGNS_PERCENT = 5
MIN_DESIGNS = 20      # fewer designs than this: hold out by site instead
MIN_KIND_N = 20       # per-kind recall is judged only on kinds this common
SETS = ("overall", "unseen_designs", "seen_designs", "realweb")


def _percentile(text):
    return int(hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:8], 16) % 100


def _design(ex, by_site):
    site = data.site_of(ex.get("url"))
    return f"site:{site}" if by_site else f"source:{ex.get('source') or site}"


def split(corpus):
    """(train, {"unseen_designs": [...], "seen_designs": [...]}) of corpus
    examples; the held-out ones are never trained on."""
    by_site = len({ex.get("source") for ex in corpus}) < MIN_DESIGNS
    train, unseen, seen = [], [], []
    for ex in corpus:
        if _percentile(_design(ex, by_site)) < UNSEEN_DESIGNS_PERCENT:
            unseen.append(ex)
        elif _percentile("snippet:" + data.snippet_key(ex["html"])) < SEEN_DESIGNS_PERCENT:
            seen.append(ex)
        else:
            train.append(ex)
    return train, {"unseen_designs": unseen, "seen_designs": seen}


def load_realweb(paths=None):
    """Labelled real-web rows: the given files, default the candidates file
    if it exists. Unreadable files are reported, not fatal: (rows, problem)."""
    if paths is None:
        paths = [REALWEB] if REALWEB.exists() else []
    if not paths:
        return [], None
    try:
        return data.load_paths(paths), None
    except data.DataError as exc:
        return [], f"real-web evaluation set not used: {exc}"


def evaluation_sets(held_out, realweb):
    sets = dict(held_out, realweb=list(realweb))
    sets["overall"] = held_out["unseen_designs"] + held_out["seen_designs"] + list(realweb)
    return {name: sets[name] for name in SETS if sets.get(name)}


def fingerprint(sets):
    """Which evaluation set figures were measured on: figures with the same
    fingerprint can be compared without scoring again."""
    return data.data_hash(sets.get("overall", []))[:16]


def figures(scorer, sets):
    """{set: binary figures (+ per_kind for overall)} of a model.scorer.Scorer."""
    out = {}
    cache = {}
    for name, rows in sets.items():
        results = []
        for ex in rows:
            key = (ex["html"], ex.get("url"))
            if key not in cache:
                cache[key] = scorer.score_one({"html": ex["html"], "url": ex.get("url"),
                                               "context": ex.get("context")}, explain_limit=0)
            results.append(cache[key])
        labels = np.array([ex["label"] for ex in rows])
        predicted = np.array([1 if r["ai"] else 0 for r in results])
        probs = np.array([r["score"] for r in results])
        f = dict(metrics.binary(labels, predicted, probs), n=len(rows), positives=int(labels.sum()))
        if name == "overall":
            f["per_kind"] = metrics.per_kind([ex.get("kind") for ex in rows], labels, predicted,
                                             [r["kind"] for r in results])
        out[name] = f
    return out


def judge(pipe, threshold, sets, model_dir, old_version, margin, corpus_only=None):
    """Figures of a new pipeline on the trusted sets, what they are compared
    with, and the refusal ("" if none): {"new", "old", "against", "reasons",
    "refusal"}.

    The yardstick is the current model when it was trained with this same
    held-out split (its metadata's fingerprint matches), so it never saw the
    held-out examples either. Otherwise (a model trained before the guard,
    or on another corpus) its figures would be flattered by examples it
    trained on, and the yardstick is a model fitted now on the corpus alone,
    without feedback (corpus_only(), a fitted pipeline; None when there is no
    feedback, since the new model is then that model)."""
    from model import artifacts
    from model.scorer import Scorer  # the server's own scoring path, from weights
    new = figures(Scorer.from_pipeline(pipe, {"version": "new", "threshold": threshold}), sets)
    new["fingerprint"] = fingerprint(sets)
    old, against = None, None
    if sets.get("overall") and old_version:
        try:
            meta = artifacts.read_metadata(model_dir, old_version)
            if ((meta.get("metrics") or {}).get("trusted") or {}).get("fingerprint") == new["fingerprint"]:
                old, against = figures(Scorer.load(model_dir, old_version), sets), f"current {old_version}"
        except artifacts.ArtifactError as exc:
            print(f"warning: current model not judged on the trusted set: {exc}", file=sys.stderr)
    if old is None and sets.get("overall") and corpus_only is not None:
        scorer = Scorer.from_pipeline(corpus_only(), {"version": "corpus", "threshold": threshold})
        old, against = figures(scorer, sets), "the corpus alone"
    reasons = verdict(new, old, margin, against or "current")
    refusal = "; ".join(reasons) and "on the trusted evaluation set, " + "; ".join(reasons)
    return {"new": new, "old": old, "against": against, "reasons": reasons, "refusal": refusal}


def verdict(new, old, margin, against="current"):
    """[] if new may replace old, else the reasons it may not. new and old are
    figures() of the same evaluation set."""
    if not old:
        return []
    reasons = []
    for name in SETS:
        a, b = new.get(name), old.get(name)
        if not a or not b:
            continue
        for key in ("precision", "recall"):
            if a[key] < b[key] - margin:
                reasons.append(f"{key} on {name.replace('_', ' ')} {a[key]:.3f} < {b[key]:.3f} "
                               f"({against}) - {margin}")
    new_kinds = (new.get("overall") or {}).get("per_kind") or {}
    old_kinds = (old.get("overall") or {}).get("per_kind") or {}
    for kind, row in sorted(new_kinds.items()):
        before = old_kinds.get(kind)
        if before and row["n"] >= MIN_KIND_N and row["recall"] < before["recall"] - margin:
            reasons.append(f"recall of {kind} {row['recall']:.3f} < {before['recall']:.3f} "
                           f"({against}) - {margin} (n={row['n']})")
    return reasons


def stored_verdict(new_meta, old_meta, margin):
    """The guard's word from two versions' saved figures, without scoring:
    None when they were not measured on the same trusted set (then the
    caller must judge otherwise), else the refusal ("" if none)."""
    new = ((new_meta or {}).get("metrics") or {}).get("trusted")
    old = ((old_meta or {}).get("metrics") or {}).get("trusted")
    if not new or not old or new.get("fingerprint") != old.get("fingerprint"):
        return None
    reasons = verdict(new, old, margin, f"current {old_meta.get('version')}")
    return "; ".join(reasons) and "on the trusted evaluation set, " + "; ".join(reasons)


def flagged_feedback(feedback_rows, corpus):
    """Feedback rows that contradict the corpus or their own earlier label:
    [{"key", "html", "label", "kind", "url", "origin", "reason"}], oldest first."""
    flags = flag_feedback(feedback_rows, corpus)
    out = []
    for row in feedback_rows:
        key = row.get("key") or data.snippet_key(row["html"])
        if key in flags:
            out.append({"key": key, "html": row["html"], "label": row["label"],
                        "kind": row.get("kind"), "url": row.get("url"),
                        "origin": row.get("origin"), "reason": flags[key]})
    return out


def format_figures(new, old=None, against=None):
    lines = [f"{'trusted evaluation set':<24}{'n':>6}{'precision':>11}{'recall':>9}"
             + (f"{'ref. P':>9}{'ref. R':>9}   (reference: {against})" if old else "")]
    for name in SETS:
        f = new.get(name)
        if not f:
            continue
        line = f"{name.replace('_', ' '):<24}{f['n']:>6}{f['precision']:>11.3f}{f['recall']:>9.3f}"
        o = (old or {}).get(name)
        if o:
            line += f"{o['precision']:>9.3f}{o['recall']:>9.3f}"
        lines.append(line)
    return "\n".join(lines)
