"""Score a labelled JSONL file with a saved model and print how it did.

    python -m model.evaluate FILE.jsonl [--model DIR] [--version V]
"""
import argparse
import json
import pathlib
import sys

from model import artifacts, data, metrics
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
    parser.add_argument("--model", type=pathlib.Path, default=artifacts.DEFAULT_DIR,
                        help="model directory (default: model/artifacts)")
    parser.add_argument("--version", help="model version (default: current)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        examples = data.load_paths([args.file])
        scorer = Scorer.load(args.model, args.version)
    except (data.DataError, artifacts.ArtifactError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not examples:
        print(f"error: {args.file}: no examples", file=sys.stderr)
        return 2
    res, results = evaluate(scorer, examples)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        labels = [ex["label"] for ex in examples]
        print(format_result(res, labels, [int(r["ai"]) for r in results]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
