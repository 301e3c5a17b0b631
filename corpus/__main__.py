"""Regenerate training_data/*.jsonl from the example modules in corpus/sources.

    python -m corpus            # write training_data/, print a summary
    python -m corpus --check    # fail if the committed files are stale

Each module in corpus/sources exposes `examples()` returning labelled example
dicts (see corpus/common.py). The output is deterministic: same code, same
bytes. Examples whose HTML differs only in whitespace are dropped, keeping the
first; two such examples with different labels are an error.
"""
import argparse
import collections
import importlib
import json
import pathlib
import pkgutil
import sys

from corpus import sources
from model.data import site_of, snippet_key

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "training_data"
def build():
    """{module name: [examples]} for every source module, deduplicated."""
    seen = {}
    out = {}
    for info in sorted(pkgutil.iter_modules(sources.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"corpus.sources.{info.name}")
        kept = []
        for ex in mod.examples():
            key = snippet_key(ex["html"])
            if key in seen:
                if seen[key][0] != ex["label"]:
                    raise SystemExit(
                        f"conflicting labels for the same markup in {info.name} and "
                        f"{seen[key][1]}: {ex['html'][:120]!r}")
                continue
            seen[key] = (ex["label"], info.name)
            kept.append(ex)
        out[info.name] = kept
    return out


def render(examples):
    return "".join(json.dumps(ex, ensure_ascii=False, sort_keys=True) + "\n" for ex in examples)


def summary(by_module):
    all_ex = [ex for exs in by_module.values() for ex in exs]
    pos = sum(ex["label"] for ex in all_ex)
    kinds = collections.Counter(ex["kind"] for ex in all_ex if ex["label"] == 1)
    langs = collections.Counter(ex.get("lang", "?") for ex in all_ex)
    sites = {site_of(ex.get("url")) for ex in all_ex}
    lines = [f"{len(all_ex)} examples: {pos} positive, {len(all_ex) - pos} negative; "
             f"{len(sites)} sites; {len(langs)} languages"]
    lines.append("kinds: " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    lines.append("languages: " + ", ".join(f"{k}={n}" for k, n in langs.most_common()))
    for name, exs in by_module.items():
        p = sum(ex["label"] for ex in exs)
        lines.append(f"  {name}.jsonl: {len(exs)} ({p} positive)")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if training_data/ differs from what the generator writes")
    args = parser.parse_args(argv)
    by_module = build()
    stale = []
    for name, exs in by_module.items():
        path = OUT / f"{name}.jsonl"
        text = render(exs)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            OUT.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    print(summary(by_module))
    if stale:
        print("stale: " + ", ".join(stale) + " (run python -m corpus)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
