"""Out-of-fold scores of a training run, and two runs compared on them.

    python -m model.train --no-promote --oof before.jsonl [--fold-seed N]
    (change something)
    python -m model.train --no-promote --oof after.jsonl [--fold-seed N]
    python -m model.oof before.jsonl after.jsonl

A change is judged on the train split before the eval split is touched
(README, Model quality): every example once, scored by the fold that did not
train on its site, the real-web candidates of train-split sites apart. The
comparison is threshold-free first (the candidates' average precision, and
its paired difference over draws of their sites: both runs on the same
sites in each draw), then at the threshold each run's own rule chooses.
`--fold-seed` draws other folds, so that a gain can be checked on more than
one draw.
"""
import argparse
import json
import pathlib
import sys

import numpy as np
from sklearn.metrics import average_precision_score

from model import data, metrics

FIELDS = ("key", "site", "label", "real", "fold", "score")
DRAWS = 1000


def rows(examples, probs, fold_of, counted):
    """One row per counted example (each element once): its snippet's key,
    site, label, whether it is a real page's candidate, fold and score."""
    _, _, labels, groups = data.arrays(examples)
    return [{"key": data.snippet_key(ex["html"])[:16], "site": site, "label": int(label),
             "real": bool(ex.get("page")), "fold": int(fold), "score": round(float(p), 6)}
            for ex, site, label, p, fold, c in zip(examples, groups, labels, probs, fold_of, counted) if c]


def write(path, out_rows):
    path = pathlib.Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out_rows), encoding="utf-8")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def read(path):
    """The rows of an --oof file; data.DataError naming the file (and line)
    for anything else."""
    path = pathlib.Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise data.DataError(f"{path}: cannot read: {exc}") from None
    out = []
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise data.DataError(f"{path}:{n}: not JSON: {exc.msg}") from None
        if not isinstance(row, dict) or any(k not in row for k in FIELDS):
            raise data.DataError(f"{path}:{n}: not an out-of-fold row (needs {', '.join(FIELDS)}): "
                                 "write one with python -m model.train --oof FILE")
        if row["label"] not in (0, 1) or not isinstance(row["score"], (int, float)):
            raise data.DataError(f"{path}:{n}: label must be 0 or 1 and score a number")
        out.append(row)
    if not out:
        raise data.DataError(f"{path}: no rows")
    return out


def _arrays(rs):
    return (np.array([r["label"] for r in rs]), np.array([float(r["score"]) for r in rs]),
            np.array([r["site"] for r in rs], dtype=object), np.array([bool(r["real"]) for r in rs]))


def compare(before, after, min_precision, draws=DRAWS, seed=0):
    """`after` against `before`, two runs' rows of the same examples in the
    same order (the same data; the model or its features may differ)."""
    if len(before) != len(after):
        raise ValueError(f"not the same examples: {len(before)} rows against {len(after)}; "
                         "train both runs on the same data")
    for n, (b, a) in enumerate(zip(before, after), 1):
        if (b["key"], b["site"], b["label"], bool(b["real"])) != (a["key"], a["site"], a["label"], bool(a["real"])):
            raise ValueError(f"not the same examples: row {n} differs; train both runs on the same data")
    y, pb, sites, real = _arrays(before)
    pa = _arrays(after)[1]
    rows_used = real if real.any() else np.ones(len(y), dtype=bool)
    out = {"rows": "real-web candidates" if real.any() else "all examples", "draws": draws, "seed": seed}
    yy, ss, bb, aa = y[rows_used], sites[rows_used], pb[rows_used], pa[rows_used]
    out.update(n=int(rows_used.sum()), positives=int(yy.sum()), sites=len(set(ss)))
    if yy.min() == yy.max():
        raise ValueError("the rows compared hold only one label: average precision needs both")
    ap_b, ap_a = average_precision_score(yy, bb), average_precision_score(yy, aa)
    out["average_precision"] = [round(ap_b, 4), round(ap_a, 4)]
    # Whole sites drawn with replacement: a site's candidates share its markup.
    _, site_index = np.unique(ss, return_inverse=True)
    members = [np.flatnonzero(site_index == k) for k in range(site_index.max() + 1)]
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(draws):
        drawn = np.concatenate([members[k] for k in rng.integers(0, len(members), len(members))])
        if yy[drawn].min() != yy[drawn].max():
            diffs.append(average_precision_score(yy[drawn], aa[drawn]) - average_precision_score(yy[drawn], bb[drawn]))
    out["difference"] = round(ap_a - ap_b, 4)
    out["interval"] = ([round(float(np.percentile(diffs, 2.5)), 4), round(float(np.percentile(diffs, 97.5)), 4)]
                       if diffs else None)  # no draw held both labels
    out["at_threshold"] = []
    for p in (pb, pa):
        t = metrics.choose_threshold(y, p, min_precision, real=real if real.any() else None)
        flagged = p[rows_used] >= t
        out["at_threshold"].append({
            "threshold": round(float(t), 4), "tp": int((flagged & (yy == 1)).sum()),
            "fp": int((flagged & (yy == 0)).sum()), "fn": int((~flagged & (yy == 1)).sum())})
    return out


def format_comparison(c):
    b, a = c["at_threshold"]
    spread = (f"95 %: {c['interval'][0]:+.4f} to {c['interval'][1]:+.4f}" if c["interval"]
              else "no interval: no draw held both labels")
    return "\n".join([
        f"{c['n']} {c['rows']} ({c['positives']} AI) of {c['sites']} sites, out of fold",
        f"average precision {c['average_precision'][0]:.4f} -> {c['average_precision'][1]:.4f}: "
        f"paired difference {c['difference']:+.4f} ({spread}; {c['draws']} draws of the sites)",
        f"at each run's own threshold: {b['threshold']} -> {a['threshold']}, "
        f"true positives {b['tp']} -> {a['tp']}, false positives {b['fp']} -> {a['fp']}, "
        f"missed {b['fn']} -> {a['fn']}",
    ])


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m model.oof",
                                     description="Compare two training runs' out-of-fold scores "
                                                 "(python -m model.train --oof FILE).")
    parser.add_argument("before", type=pathlib.Path)
    parser.add_argument("after", type=pathlib.Path)
    parser.add_argument("--draws", type=int, default=DRAWS, help=f"draws of the sites (default {DRAWS})")
    parser.add_argument("--seed", type=int, default=0, help="seed of the draws (default 0)")
    args = parser.parse_args(argv)
    if args.draws < 1:
        parser.error("--draws must be at least 1")
    from model.train import MIN_PRECISION  # the rule training uses (train imports this module)
    try:
        result = compare(read(args.before), read(args.after), MIN_PRECISION, args.draws, args.seed)
    except (data.DataError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(format_comparison(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
