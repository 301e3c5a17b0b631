"""Train a model from labelled JSONL and stored feedback, cross-validate it by
site, save it as a new version, and promote it if it is not worse.

    python -m model.train [--data DIR_OR_FILE ...] [--feedback DB] [--out DIR]
"""
import argparse
import datetime as dt
import pathlib
import sys
import time

import numpy as np
from sklearn.model_selection import GroupKFold
from tqdm import tqdm

from model import artifacts, data, feedback, metrics
from model.pipeline import build_pipeline, score

ROOT = pathlib.Path(__file__).resolve().parent.parent
MIN_PRECISION = 0.97
DEFAULT_MARGIN = 0.02


def cross_validate(snippets, targets, labels, groups, folds, seed, progress=True):
    """Out-of-fold P(bloat) and kind for every example, folds grouped by site."""
    n = len(snippets)
    probs = np.zeros(n)
    kinds = np.empty(n, dtype=object)
    fold_of = np.zeros(n, dtype=int)
    splitter = GroupKFold(n_splits=folds)
    splits = list(splitter.split(np.zeros(n), labels, groups))
    for k, (train_idx, test_idx) in enumerate(tqdm(splits, desc="cross-validation", unit="fold",
                                                   disable=not progress, file=sys.stderr)):
        pipe = build_pipeline(random_state=seed)
        pipe.fit([snippets[i] for i in train_idx], [targets[i] for i in train_idx])
        p, kd, _ = score(pipe, [snippets[i] for i in test_idx])
        probs[test_idx] = p
        kinds[test_idx] = kd
        fold_of[test_idx] = k
    return probs, kinds, fold_of


def honest_decisions(labels, probs, fold_of, min_precision):
    """Verdicts where each fold's threshold is chosen on the other folds only,
    so the reported scores never saw the labels they are scored against."""
    labels = np.asarray(labels)
    predicted = np.zeros(len(labels), dtype=int)
    for k in np.unique(fold_of):
        mine = fold_of == k
        t = metrics.choose_threshold(labels[~mine], probs[~mine], min_precision)
        predicted[mine] = probs[mine] >= t
    return predicted


def evaluate_cv(examples, folds=5, seed=0, min_precision=MIN_PRECISION, progress=True):
    snippets, targets, labels, groups = data.arrays(examples)
    folds = min(folds, len(set(groups)))
    probs, kinds, fold_of = cross_validate(snippets, targets, labels, groups, folds, seed, progress)
    threshold = metrics.choose_threshold(labels, probs, min_precision)
    predicted = honest_decisions(labels, probs, fold_of, min_precision)
    true_kinds = [ex.get("kind") for ex in examples]
    baseline = metrics.keyword_baseline(snippets)
    return {
        "threshold": round(threshold, 4),
        "cv": dict(metrics.binary(labels, predicted, probs), folds=folds,
                   sites=len(set(groups)), grouped_by="site"),
        "baseline": metrics.binary(labels, baseline),
        "per_kind": metrics.per_kind(true_kinds, labels, predicted, kinds),
    }, {"labels": labels, "probs": probs, "predicted": predicted, "kinds": kinds}


def format_report(result, n_examples, n_pos):
    cv, base = result["cv"], result["baseline"]
    lines = [
        f"{n_examples} examples ({n_pos} AI, {n_examples - n_pos} keep) from {cv['sites']} sites; "
        f"{cv['folds']}-fold cross-validation grouped by site",
        f"threshold {result['threshold']} (chosen for precision >= {MIN_PRECISION})",
        "",
        f"{'':<22}{'model':>10}{'keyword baseline':>18}",
    ]
    for key in ("precision", "recall", "f1"):
        lines.append(f"{key:<22}{cv[key]:>10.3f}{base[key]:>18.3f}")
    lines.append(f"{'roc_auc':<22}{cv.get('roc_auc', float('nan')):>10.3f}{'':>18}")
    c = cv["confusion"]
    lines += ["", f"confusion: tn={c['tn']} fp={c['fp']} fn={c['fn']} tp={c['tp']}", "",
              f"{'kind':<22}{'n':>6}{'recall':>10}{'kind acc':>10}"]
    for kind, row in result["per_kind"].items():
        lines.append(f"{kind:<22}{row['n']:>6}{row['recall']:>10.3f}{row.get('kind_accuracy', 0):>10.3f}")
    return "\n".join(lines)


def promotion_verdict(new, old, margin):
    """None if new may replace old, else the reason it may not."""
    if old is None:
        return None
    for key in ("precision", "recall"):
        before = old.get("cv", {}).get(key)
        if before is not None and new["cv"][key] < before - margin:
            return (f"cross-validated {key} {new['cv'][key]:.3f} is worse than the current "
                    f"model's {before:.3f} by more than {margin}")
    return None


def current_metrics(model_dir):
    try:
        version = artifacts.current_version(model_dir)
        return version, artifacts.read_metadata(model_dir, version).get("metrics")
    except artifacts.ArtifactError:
        return None, None


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m model.train", description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", action="extend", type=pathlib.Path,
                        help="labelled JSONL files or directories (default: training_data/)")
    parser.add_argument("--feedback", type=pathlib.Path,
                        help="feedback database (default: the data directory's, if any)")
    parser.add_argument("--data-dir", type=pathlib.Path, default=feedback.default_data_dir(),
                        help="server data directory holding feedback.sqlite3 (default: var/)")
    parser.add_argument("--no-feedback", action="store_true", help="train on the JSONL data alone")
    parser.add_argument("--out", type=pathlib.Path, default=artifacts.DEFAULT_DIR,
                        help="model directory to write the new version into")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--margin", type=float, default=DEFAULT_MARGIN,
                        help="how much worse precision or recall may be and still promote")
    parser.add_argument("--force", action="store_true", help="promote even if worse")
    parser.add_argument("--no-promote", action="store_true", help="save the version, leave current")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    args = parser.parse_args(argv)
    started = time.monotonic()

    try:
        examples = data.load_paths(args.data or [ROOT / "training_data"])
        fb = [] if args.no_feedback else feedback.read(args.feedback or args.data_dir)
    except data.DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    examples = data.merge(examples, fb)
    labels = [ex["label"] for ex in examples]
    if len(set(labels)) < 2:
        print("error: need both AI (1) and keep (0) examples to train", file=sys.stderr)
        return 2
    print(f"loaded {len(examples)} examples ({len(fb)} from feedback)", file=sys.stderr)

    result, _ = evaluate_cv(examples, args.folds, args.seed, progress=not args.quiet)
    print(format_report(result, len(examples), sum(labels)))

    snippets, targets, _, _ = data.arrays(examples)
    pipe = build_pipeline(random_state=args.seed)
    pipe.fit(snippets, targets)
    meta = {
        "trained_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "examples": len(examples), "positives": sum(labels), "feedback_examples": len(fb),
        "data_hash": data.data_hash(examples), "threshold": result["threshold"],
        "metrics": result, "seed": args.seed, "params": pipe[-1].get_params(),
        "features": len(pipe.named_steps["vectorize"].feature_names_),
    }
    version, meta = artifacts.save(pipe, meta, args.out)
    size = (args.out / version / artifacts.MODEL_FILE).stat().st_size
    print(f"\nsaved {args.out / version} ({size / 1024:.0f} KiB, {meta['features']} features)")

    old_version, old_metrics = current_metrics(args.out)
    refusal = promotion_verdict(result, old_metrics, args.margin)
    status = 0
    if args.no_promote:
        print(f"not promoted (--no-promote); current stays {old_version}")
    elif refusal and not args.force:
        print(f"NOT promoted: {refusal}; current stays {old_version} (use --force to override)")
        status = 3
    else:
        artifacts.promote(args.out, version)
        print(f"promoted {version} to current" + (f" (was {old_version})" if old_version else ""))
    print(f"done in {time.monotonic() - started:.1f}s", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
