"""Regenerate training_data/*.jsonl from the seeds in corpus/seeds.

    python -m corpus            # write training_data/, print a summary
    python -m corpus --check    # fail if the committed files are stale

Each corpus/seeds/<family>.jsonl holds seed examples (markup template,
label, kind, provenance); corpus/translations.json the strings their
placeholders name; corpus/augment.json how seeds become examples
(corpus/augment.py). The output is deterministic: same data, same bytes.
Examples whose HTML differs only in whitespace are dropped, keeping the
first; two such examples with different labels are an error.
"""
import argparse
import collections
import json
import pathlib
import sys

from corpus.augment import SeedError, load_json, load_seeds, render
from model.data import site_of, snippet_key

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "training_data"


def build():
    """{family: [examples]} for every seed file, deduplicated."""
    translations = load_json("translations.json")
    config = load_json("augment.json")
    seen = {}
    ids = set()
    out = {}
    for family, seeds in load_seeds().items():
        kept = []
        for seed in seeds:
            if seed.get("id") in ids:
                raise SeedError(f"seed id {seed['id']!r} used twice")
            ids.add(seed.get("id"))
            for ex in render(seed, translations, config):
                key = snippet_key(ex["html"])
                if key in seen:
                    if seen[key][0] != ex["label"]:
                        raise SeedError(
                            f"conflicting labels for the same markup in seeds {ex['seed']} and "
                            f"{seen[key][1]}: {ex['html'][:120]!r}")
                    continue
                seen[key] = (ex["label"], ex["seed"])
                kept.append(ex)
        out[family] = kept
    return out


def render_jsonl(examples):
    return "".join(json.dumps(ex, ensure_ascii=False, sort_keys=True) + "\n" for ex in examples)


def summary(by_family):
    all_ex = [ex for exs in by_family.values() for ex in exs]
    pos = sum(ex["label"] for ex in all_ex)
    kinds = collections.Counter(ex["kind"] for ex in all_ex if ex["label"] == 1)
    langs = collections.Counter(ex.get("lang", "?") for ex in all_ex)
    sites = {site_of(ex.get("url")) for ex in all_ex}
    seeds = {ex["seed"] for ex in all_ex}
    lines = [f"{len(all_ex)} examples from {len(seeds)} seeds: {pos} positive, "
             f"{len(all_ex) - pos} negative; {len(sites)} sites; {len(langs)} languages"]
    lines.append("kinds: " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    lines.append("languages: " + ", ".join(f"{k}={n}" for k, n in langs.most_common()))
    for name, exs in by_family.items():
        p = sum(ex["label"] for ex in exs)
        lines.append(f"  {name}.jsonl: {len(exs)} ({p} positive)")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if training_data/ differs from what the generator writes")
    args = parser.parse_args(argv)
    try:
        by_family = build()
    except SeedError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    stale = []
    expected = {f"{name}.jsonl" for name in by_family}
    for name, exs in by_family.items():
        path = OUT / f"{name}.jsonl"
        text = render_jsonl(exs)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            OUT.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    # A family whose seed file was removed must not live on in training_data/.
    extra = sorted(p.name for p in OUT.glob("*.jsonl") if p.name not in expected)
    if extra and not args.check:
        for name in extra:
            (OUT / name).unlink()
        extra = []
    print(summary(by_family))
    if stale or extra:
        print("stale: " + ", ".join(stale + extra) + " (run python -m corpus)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
