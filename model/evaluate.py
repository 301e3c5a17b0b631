"""Score a labelled JSONL file with a saved model and print how it did.

    python -m model.evaluate FILE.jsonl [--model DIR] [--version V] [--report DIR] [--compare V]

--report DIR writes DIR/index.html (model/report.py); --compare V scores the
same file with another version (e.g. `current`, when V is a new one) and puts
both side by side.
"""
import argparse
import json
import pathlib
import sys

from model import artifacts, data, metrics, report
from model.scorer import Scorer


def evaluate(scorer, examples):
    snippets, _, labels, _ = data.arrays(examples)
    results = scorer.score(snippets)
    probs = [r["score"] for r in results]
    predicted = [int(r["ai"]) for r in results]
    kinds = [r["kind"] for r in results]
    return {
        "model_version": scorer.version, "threshold": scorer.threshold, "n": len(examples),
        "model": metrics.binary(labels, predicted, probs),
        "baseline": metrics.binary(labels, metrics.keyword_baseline(snippets)),
        "per_kind": metrics.per_kind([ex.get("kind") for ex in examples], labels, predicted, kinds),
    }, results


def report_run(res, results, label):
    """What model.report draws for one scored file."""
    return {"label": label, "threshold": res["threshold"], "metrics": res["model"],
            "baseline": res["baseline"], "per_kind": res["per_kind"],
            "probs": [r["score"] for r in results], "predicted": [int(r["ai"]) for r in results]}


def write_report(out_dir, path, examples, scorer, res, results, against=None):
    """against: (label, scorer, res, results) of the model to compare with."""
    run = report_run(res, results, scorer.version)
    compare = None
    notes = [f"Scored {path} with model {scorer.version} (trained {scorer.meta.get('trained_at', '?')} "
             f"on {scorer.meta.get('examples', '?')} examples)."]
    if against:
        label, o_scorer, o_res, o_results = against
        compare = report_run(o_res, o_results, label)
        notes.append(f"Compared with model {o_scorer.version} on the same examples.")
    return report.write(out_dir, f"nofoobar evaluation: {path.name}", examples, run,
                        compare=compare, reasons_of=lambda i: results[i]["reasons"], notes=notes)


def format_result(res, labels, predicted):
    m, b = res["model"], res["baseline"]
    lines = [f"model {res['model_version']}, threshold {res['threshold']}, {res['n']} examples", "",
             f"{'':<12}{'model':>8}{'keyword':>10}"]
    for key in ("precision", "recall", "f1"):
        lines.append(f"{key:<12}{m[key]:>8.3f}{b[key]:>10.3f}")
    if "roc_auc" in m:
        lines.append(f"{'roc_auc':<12}{m['roc_auc']:>8.3f}")
    lines += ["", metrics.confusion_text(labels, predicted)]
    if res["per_kind"]:
        lines += ["", f"{'kind':<22}{'n':>5}{'recall':>8}"]
        for kind, row in res["per_kind"].items():
            lines.append(f"{kind:<22}{row['n']:>5}{row['recall']:>8.3f}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m model.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("file", type=pathlib.Path, help="labelled JSONL file")
    parser.add_argument("--model", type=pathlib.Path, default=artifacts.model_dir_default(),
                        help="model directory (default: NOFOOBAR_MODEL_DIR or model/artifacts)")
    parser.add_argument("--version", help="model version (default: current)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--report", type=pathlib.Path, metavar="DIR",
                        help="also write an HTML report to DIR/index.html")
    parser.add_argument("--compare", metavar="VERSION",
                        help="score the file with this version too (e.g. current) and compare them")
    args = parser.parse_args(argv)
    try:
        examples = data.load_paths([args.file])
        scorer = Scorer.load(args.model, args.version)
        other = Scorer.load(args.model, _version(args.model, args.compare)) if args.compare else None
    except (data.DataError, artifacts.ArtifactError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not examples:
        print(f"error: {args.file}: no examples", file=sys.stderr)
        return 2
    res, results = evaluate(scorer, examples)
    against = None
    if other:
        label = f"{other.version} (current)" if args.compare == "current" else other.version
        against = (label, other, *evaluate(other, examples))
    if args.json:
        print(json.dumps(dict(res, compared_with=against[2]) if against else res, indent=2))
    else:
        labels = [ex["label"] for ex in examples]
        print(format_result(res, labels, [int(r["ai"]) for r in results]))
        if against:
            o_res = against[2]
            print(f"\ncompared with {o_res['model_version']} (threshold {o_res['threshold']}):")
            for key in ("precision", "recall", "f1"):
                print(f"{key:<12}{o_res['model'][key]:>8.3f}  ({res['model'][key] - o_res['model'][key]:+.3f})")
    if args.report:
        path = write_report(args.report, args.file, examples, scorer, res, results, against)
        print(f"report: {path}", file=sys.stderr if args.json else sys.stdout)
    return 0


def _version(model_dir, name):
    """A version name, where `current` means whatever current names now."""
    return artifacts.current_version(model_dir) if name == "current" else name


if __name__ == "__main__":
    sys.exit(main())
