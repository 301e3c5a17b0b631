"""Train a model from labelled JSONL and stored feedback, cross-validate it by
site, save it as a new version, and promote it if the promotion guard
(model/guard.py) finds it no worse on the trusted evaluation set.

    python -m model.train [--data DIR_OR_FILE ...] [--feedback DB] [--model DIR]

Exit status: 0 trained (and promoted unless --no-promote), 2 bad input,
3 trained but not promoted (the guard refused it).

Beside the model it writes <version>/report/index.html (model/report.py): the
cross-validation's figures and worst mistakes, next to the current model's,
and whether the new one was promoted and why.
"""
import argparse
import datetime as dt
import pathlib
import sys
import time

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.model_selection import cross_validate as sk_cross_validate

from model import artifacts, data, feedback, guard, metrics, oof, realweb_data, report
from model.pipeline import build_pipeline, fit_pipeline, thresholded

ROOT = pathlib.Path(__file__).resolve().parent.parent
# The goal is precision >= 0.97 on sites the model never saw. A threshold
# chosen on some folds is a little optimistic on the next, so it is chosen
# for a margin above the goal.
MIN_PRECISION = 0.98
DEFAULT_MARGIN = 0.02
# A real-web candidate is what the model meets in use, and there are few of
# them beside the corpus: each counts this many times (repeated; the copies
# share its site, so they fall in one fold).
REALWEB_WEIGHT = 2  # see README, Model quality: the real-web share of training as when 4 was chosen on 331 candidates


def splitter(folds, fold_seed=None):
    """Folds that keep a group together and each fold's share of AI examples
    near the whole's (so every fold can choose its threshold); with a
    fold_seed, another such draw of the groups (--fold-seed)."""
    if fold_seed is None:
        return StratifiedGroupKFold(n_splits=folds)
    return StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=fold_seed)


def _fold_fit_only(estimator, X, y):
    return 0.0  # cross_validate must score; the held-out fold is scored below, by the server's path


def cross_validate(snippets, labels, kinds, groups, folds, seed, say=lambda msg: None, fold_seed=None):
    """Out-of-fold P(bloat), kind and reasons both ways, and the fold, of every example.

    scikit-learn's cross_validate fits a fresh pipeline per fold of a group
    splitter (no group is both trained on and scored) and returns it with
    its held-out indices; each held-out fold is then scored by the server's
    own path (SnippetPipeline.explain_scores -> model.scorer), so the
    figures, the report's reasons and serving come from one computation."""
    labels = np.asarray(labels)
    folds_out = sk_cross_validate(
        build_pipeline(random_state=seed), snippets, labels, groups=groups, cv=splitter(folds, fold_seed),
        params={"classify__kinds": np.asarray(kinds, dtype=object)}, scoring=_fold_fit_only,
        return_estimator=True, return_indices=True)
    out = np.empty(len(labels), dtype=object)
    fold_of = np.zeros(len(labels), dtype=int)
    for k, (pipe, test_idx) in enumerate(zip(folds_out["estimator"], folds_out["indices"]["test"])):
        out[test_idx] = pipe.explain_scores([snippets[i] for i in test_idx])
        fold_of[test_idx] = k
        say(f"cross-validation: scored | {k + 1}/{folds}")  # the review page follows this line
    probs = np.array([r["score"] for r in out])
    return probs, out, fold_of


def honest_decisions(labels, probs, fold_of, min_precision, counted=None, real=None):
    """Verdicts where each fold's threshold is chosen on the other folds only,
    so the reported scores never saw the labels they are scored against.
    `counted` marks the rows a threshold is chosen on (default: all), `real`
    the real pages' candidates (metrics.choose_threshold)."""
    labels = np.asarray(labels)
    counted = np.ones(len(labels), dtype=bool) if counted is None else np.asarray(counted)
    predicted = np.zeros(len(labels), dtype=int)
    for k in np.unique(fold_of):
        mine = fold_of == k
        other = ~mine & counted
        t = metrics.choose_threshold(labels[other], probs[other], min_precision,
                                     real=None if real is None else np.asarray(real)[other])
        predicted[mine] = probs[mine] >= t
    return predicted


def first_copies(examples):
    """True for each example the first time it appears: a real-web candidate
    counted several times in training is one example when a threshold is
    chosen for a precision (it is one element of one page)."""
    seen = set()
    return np.array([id(ex) not in seen and not seen.add(id(ex)) for ex in examples])


def _every_fold_has_both_labels(labels, groups, folds, fold_seed=None):
    if len(set(groups)) < folds:
        return False
    labels = np.asarray(labels)
    splits = splitter(folds, fold_seed).split(np.zeros(len(labels)), labels, groups)
    return all(len(set(labels[train_idx])) == 2 for train_idx, _ in splits)


def evaluate_cv(examples, folds=5, seed=0, min_precision=MIN_PRECISION, progress=True, fold_seed=None):
    """Cross-validated figures grouped by site (the headline: sites it never
    saw) and grouped by corpus seed source (designs it never saw in any variant)."""
    snippets, kinds, labels, groups = data.arrays(examples)
    folds = min(folds, len(set(groups)))
    say = (lambda msg: print(msg, file=sys.stderr)) if progress else (lambda msg: None)
    say(f"cross-validation grouped by site ({folds} folds)…")
    probs, out, fold_of = cross_validate(snippets, labels, kinds, groups, folds, seed, say, fold_seed)
    # The threshold and every figure count each example once (a weighted
    # copy is not a second element of a page).
    once = first_copies(examples)
    lab = np.asarray(labels)
    harness = np.array([bool(ex.get("page")) for ex in examples])  # real pages' candidates
    threshold = metrics.choose_threshold(lab[once], probs[once], min_precision, real=harness[once])
    predicted = honest_decisions(labels, probs, fold_of, min_precision, counted=once, real=harness)
    true_kinds = [ex.get("kind") for ex in examples]
    predicted_kinds = [r["kind"] for r in out]
    baseline = metrics.keyword_baseline(snippets)
    result = {
        "threshold": round(threshold, 4),
        "cv": dict(metrics.binary(lab[once], predicted[once], probs[once]), folds=folds,
                   sites=len(set(groups)), examples=int(once.sum()), grouped_by="site"),
        "baseline": metrics.binary(lab[once], baseline[once]),
        "per_kind": metrics.per_kind(np.asarray(true_kinds, dtype=object)[once], lab[once], predicted[once],
                                     np.asarray(predicted_kinds, dtype=object)[once]),
    }
    # The real-web candidates of train-split sites among them (model.realweb_data):
    # the same out-of-fold verdicts on real markup alone (each once: a
    # weighted candidate is the same example repeated), and on the corpus alone
    if harness.any():
        real = harness & once
        result["cv_realweb_train_sites"] = dict(
            metrics.binary(lab[real], predicted[real], probs[real]), n=int(real.sum()),
            positives=int(lab[real].sum()), sites=len({g for g, r in zip(groups, real) if r}),
            grouped_by="site")
        result["cv_corpus"] = dict(metrics.binary(lab[~harness], predicted[~harness], probs[~harness]),
                                   n=int((~harness).sum()), grouped_by="site")
    # The corpus augments each seed into variants on many sites, so "unseen
    # site" can still mean "seen seed". Grouping by the seeds' source (the
    # design they mirror) asks the harder question: how does it do on
    # designs it never saw, in any variant of any seed?
    seeds = data.seed_groups(examples)
    if _every_fold_has_both_labels(labels, seeds, folds, fold_seed):
        say(f"cross-validation grouped by seed source ({folds} folds)…")
        s_probs, _, s_fold = cross_validate(snippets, labels, kinds, seeds, folds, seed, say, fold_seed)
        s_pred = honest_decisions(labels, s_probs, s_fold, min_precision, counted=once, real=harness)
        result["cv_unseen_designs"] = dict(metrics.binary(lab[once], s_pred[once], s_probs[once]), folds=folds,
                                         designs=len(set(seeds)), grouped_by="seed source")
    return result, {"labels": labels, "probs": probs, "predicted": predicted, "explained": out,
                    "fold": fold_of, "once": once}


def format_report(result, n_examples, n_pos):
    cv, base = result["cv"], result["baseline"]
    lines = [
        f"{n_examples} examples ({n_pos} AI, {n_examples - n_pos} keep) from {cv['sites']} sites; "
        f"{cv['folds']}-fold cross-validation grouped by site",
        f"threshold {result['threshold']} (chosen for precision >= {MIN_PRECISION}, then raised to the best F1 "
        f"on the real-web candidates when they hold {metrics.MIN_REAL_POSITIVES} AI or more)",
        "",
        f"{'':<22}{'model':>10}{'keyword baseline':>18}",
    ]
    for key in ("precision", "recall", "f1"):
        lines.append(f"{key:<22}{cv[key]:>10.3f}{base[key]:>18.3f}")
    lines.append(f"{'roc_auc':<22}{cv.get('roc_auc', float('nan')):>10.3f}{'':>18}")
    unseen = result.get("cv_unseen_designs")
    if unseen:
        lines.append(f"grouped by seed source instead ({unseen['designs']} designs, none seen in training): "
                     f"precision {unseen['precision']:.3f} recall {unseen['recall']:.3f} "
                     f"F1 {unseen['f1']:.3f}")
    rw = result.get("cv_realweb_train_sites")
    if rw:
        co = result["cv_corpus"]
        lines.append(f"of them the corpus's {co['n']} examples: precision {co['precision']:.3f} "
                     f"recall {co['recall']:.3f} F1 {co['f1']:.3f}")
        lines.append(f"of them the {rw['n']} real-web candidates ({rw['positives']} AI) of {rw['sites']} "
                     f"train-split sites: precision {rw['precision']:.3f} recall {rw['recall']:.3f} "
                     f"F1 {rw['f1']:.3f}")
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


def write_report(vdir, version, examples, result, extras, old_version, old_metrics, decision,
                 n_feedback=0, trusted=None):
    """<version>/report/index.html from the out-of-fold scores. A real-web
    candidate is shown by its page, never its markup: the report is
    committed with a shipped model, and the markup is other people's."""
    examples = [dict(ex, html=f"[real-web candidate on page {ex['page']} ({ex.get('site')}): "
                              "its markup stays in var/realweb/]") if ex.get("page") else ex
                for ex in examples]
    cv = result["cv"]
    run = {"label": f"new {version}", "threshold": result["threshold"], "metrics": cv,
           "baseline": result["baseline"], "per_kind": result["per_kind"],
           "probs": extras["probs"], "predicted": extras["predicted"]}
    compare = None
    notes = [f"Out-of-fold scores of a {cv['folds']}-fold cross-validation grouped by site "
             f"({cv['sites']} sites): every example was scored by a model that never saw its site. "
             "Each fold's verdicts use a threshold chosen on the other folds; the threshold shown "
             f"is the one the saved model uses, chosen on all of them for precision >= {MIN_PRECISION}."]
    if n_feedback:
        notes.append(f"{n_feedback} of the examples come from stored feedback.")
    if old_metrics and "cv" in old_metrics:
        compare = {"label": f"current {old_version}", "metrics": old_metrics["cv"],
                   "per_kind": old_metrics.get("per_kind"), "threshold": old_metrics.get("threshold")}
        notes.append(f"The current model's figures ({old_version}) are from its own "
                     "cross-validation, on the data it was trained on.")
    explained, predicted = extras["explained"], extras["predicted"]

    def reasons_of(i):  # towards the verdict the report shows
        return explained[i]["toward_ai" if predicted[i] else "toward_keep"]

    return report.write(vdir / "report", f"nofoobar model {version}: cross-validation", examples,
                        run, compare=compare, reasons_of=reasons_of, notes=notes, decision=decision,
                        trusted=trusted)


def promotion_decision(args, refusal, old_version, against=None):
    """(promote?, exit status, what to say) for the promotion guard's verdict."""
    if args.no_promote:
        return False, 0, f"not promoted (--no-promote); current stays {old_version}"
    if refusal and not args.force:
        return False, 3, (f"NOT promoted: {refusal}; current stays {old_version} "
                          "(use --force to override)")
    if refusal:
        return True, 0, f"promoted with --force, although {refusal}"
    if old_version is None:
        return True, 0, "promoted to current (there was no current model)"
    against = (f"{against} on the trusted evaluation set" if against
               else f"{old_version}'s cross-validated figures")
    return True, 0, (f"promoted to current, replacing {old_version}: no worse than {against} "
                     f"by more than {args.margin}")


def realweb_training(args):
    """(the real-web harness's candidates of train-split sites as examples,
    what the metadata says of them, or None). Raises data.DataError for a
    file that was asked for and cannot be used."""
    if args.no_realweb or (args.realweb is None and args.data):
        return [], None
    path = args.realweb or realweb_data.candidates_path()
    if args.realweb is None and not path.exists():
        print(f"note: no real-web candidates at {path}: training on the corpus alone "
              "(`python -m realweb fetch`, then `python -m realweb run`, writes them)", file=sys.stderr)
        return [], None
    got = realweb_data.load(path)
    rows = got["train"]
    try:
        shown = str(path.resolve().relative_to(ROOT))
    except ValueError:
        shown = str(path)
    return rows, {
        "file": shown, "manifest": "realweb/manifest.jsonl", "manifest_sha256": got["manifest_sha256"],
        "split": "train", "examples": len(rows), "weight": max(1, args.realweb_weight), "positives": sum(r["label"] for r in rows),
        "sites": len({r["site"] for r in rows}), "pages": len({r["page"] for r in rows}),
        "eval_split_rows_left_out": len(got["eval"]), "rows_of_unknown_pages": got["unknown"],
        "rebuild": "python -m realweb fetch && python -m realweb run && python -m model.train",
    }


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
    parser.add_argument("--model", "--out", dest="model", type=pathlib.Path,
                        default=artifacts.model_dir_default(),
                        help="model directory to write the new version into (default: "
                             "NOFOOBAR_MODEL_DIR or model/artifacts; --out is a deprecated alias)")
    parser.add_argument("--eval-data", nargs="+", action="extend", type=pathlib.Path,
                        help="labelled real-web JSONL for the promotion guard (default: "
                             "var/realweb/candidates.jsonl if it exists)")
    parser.add_argument("--realweb", type=pathlib.Path, metavar="FILE",
                        help="the real-web harness's labelled candidates to train on, train-split "
                             "sites only (default: var/realweb/candidates.jsonl when it exists and "
                             "--data is not given)")
    parser.add_argument("--realweb-weight", type=int, default=REALWEB_WEIGHT, metavar="N",
                        help=f"how many times each real-web candidate counts (default {REALWEB_WEIGHT})")
    parser.add_argument("--no-realweb", action="store_true",
                        help="no real-web candidates: train on the corpus and judge on its held-out "
                             "split alone")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fold-seed", type=int, metavar="N",
                        help="cross-validate on another draw of the site-grouped folds (default: the "
                             "unshuffled one)")
    parser.add_argument("--oof", type=pathlib.Path, metavar="FILE",
                        help="also write each example's out-of-fold score (JSON lines) to FILE, for "
                             "python -m model.oof BEFORE AFTER")
    parser.add_argument("--margin", type=float, default=DEFAULT_MARGIN,
                        help="how much worse precision or recall may be and still promote")
    parser.add_argument("--force", action="store_true", help="promote even if worse")
    parser.add_argument("--no-promote", action="store_true", help="save the version, leave current")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.oof and not args.oof.resolve().parent.is_dir():
        print(f"error: --oof {args.oof}: no such directory", file=sys.stderr)
        return 2

    try:
        corpus = data.load_paths(args.data or [ROOT / "training_data"])
        fb_source = args.feedback or args.data_dir
        fb = [] if args.no_feedback else feedback.read(fb_source)
        fb_rows = [] if args.no_feedback else feedback.read_rows(fb_source)
        realweb_train, realweb_info = realweb_training(args)
    except data.DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # The held-out split is never trained on; feedback never enters it.
    train_corpus, held_out = guard.split(corpus)
    realweb, problem = ([], None) if args.no_realweb else guard.load_realweb(args.eval_data)
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
    trusted_sets = guard.evaluation_sets(held_out, realweb)
    flagged = guard.flagged_feedback(fb_rows, corpus)
    examples = data.merge(train_corpus + realweb_train * max(1, args.realweb_weight), fb)
    labels = [ex["label"] for ex in examples]
    if len(set(labels)) < 2:
        print("error: need both AI (1) and keep (0) examples to train", file=sys.stderr)
        return 2
    print(f"loaded {len(examples)} examples ({len(fb)} from feedback)"
          + (f", with {len(realweb_train)} real-web candidates of train-split sites counted "
             f"{max(1, args.realweb_weight)} times each" if realweb_train else "")
          + "; trusted evaluation set: "
          f"{len(trusted_sets.get('overall', []))} ({len(realweb)} real-web)", file=sys.stderr)
    if flagged:
        print(f"flagged {len(flagged)} feedback examples that contradict the corpus or an earlier "
              "label (listed in the report):")
        for row in flagged[:10]:
            print(f"  label {row['label']} from {row['origin'] or 'api'}: {row['reason']}: "
                  f"{row['html'][:80]!r}")

    result, extras = evaluate_cv(examples, args.folds, args.seed, progress=not args.quiet,
                                 fold_seed=args.fold_seed)
    if args.oof:
        try:
            oof.write(args.oof, oof.rows(examples, extras["probs"], extras["fold"], extras["once"]))
        except OSError as exc:
            print(f"error: --oof {args.oof}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"out-of-fold scores: {args.oof}", file=sys.stderr)
    confusion = result["cv"]["confusion"]
    print(format_report(result, result["cv"]["examples"], confusion["tp"] + confusion["fn"]))

    snippets, kinds, labels, _ = data.arrays(examples)
    pipe = fit_pipeline(snippets, labels, kinds, random_state=args.seed)
    # The served verdict is this estimator's predict(): the pipeline behind
    # the threshold chosen in cross-validation (the server reads the same
    # threshold from the metadata and the same numbers from the pipeline).
    served = thresholded(pipe, result["threshold"]).fit(snippets, labels)
    n_flagged = int(served.predict(snippets).sum())
    meta = {
        "trained_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "examples": len(examples), "positives": sum(labels), "feedback_examples": len(fb),
        "data_hash": data.data_hash(examples), "threshold": served.threshold,
        "metrics": result, "seed": args.seed, "fold_seed": args.fold_seed, "params": pipe[-1].get_params(),
        "estimator": f"FixedThresholdClassifier(threshold={served.threshold}) over {type(pipe).__name__}",
        "flagged_in_training": n_flagged,  # served.predict on its own training data
        "features": len(pipe.named_steps["vectorize"].feature_names_),
        "realweb_training": realweb_info,
    }
    old_version, old_metrics = current_metrics(args.model)

    def corpus_only():  # the guard's yardstick when the current model is not comparable
        c_snippets, c_kinds, c_labels, _ = data.arrays(train_corpus)
        return fit_pipeline(c_snippets, c_labels, c_kinds, random_state=args.seed)

    trusted = guard.judge(pipe, result["threshold"], trusted_sets, args.model, old_version,
                          args.margin, corpus_only if fb else None)
    meta["metrics"]["trusted"] = trusted["new"]
    print("\n" + guard.format_figures(trusted["new"], trusted["old"], trusted["against"]))
    version, meta = artifacts.save(pipe, meta, args.model)
    size = (args.model / version / artifacts.MODEL_FILE).stat().st_size
    print(f"\nsaved {args.model / version} ({size / 1024:.0f} KiB, {meta['features']} features)")

    refusal = trusted["refusal"]
    if trusted["old"] is None:  # nothing trusted to compare on: cross-validation it is
        refusal = promotion_verdict(result, old_metrics, args.margin)
    promote, status, decision = promotion_decision(args, refusal, old_version, trusted["against"])
    trusted["flagged"] = flagged
    try:
        path = write_report(args.model / version, version, examples, result, extras,
                            old_version, old_metrics, decision, n_feedback=len(fb),
                            trusted=trusted)
        print(f"report: {path}")
    except Exception as exc:  # a report that cannot be drawn must not cost the trained model
        print(f"warning: no report written ({type(exc).__name__}: {exc})", file=sys.stderr)
    if promote:
        artifacts.promote(args.model, version)
        print(f"promoted {version} to current" + (f" (was {old_version})" if old_version else ""))
    else:
        print(decision)
    print(f"done in {time.monotonic() - started:.1f}s", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
