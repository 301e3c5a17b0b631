"""The model alone, in process, as the server calls it (Scorer.score:
feature extraction, predict, kind and reasons): one snippet at a time for
snippets up to 8 KB, a page batch of 50, a 1 MB snippet; and the artifact's
size. Each against a keyword regex over the same snippet."""
import random
import time

from bench.common import BATCH, log, pct
from bench.report import fmt, row

SECTION = "model"
KEYWORD = r"\bAI\b|assistant"


def _snippet(ex):
    return {"html": ex["html"], "url": ex.get("url"), "context": ex.get("context")}


def sized_snippets(examples, n, seed=0, low=2048, high=8000):
    """Composite snippets of low..high characters: corpus snippets side by
    side in one container, as a larger panel or sidebar would be."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        goal = rng.randint(low, high)
        parts, size = [], 0
        while True:
            h = rng.choice(examples)["html"]
            if size + len(h) > goal - 40:
                break
            parts.append(h)
            size += len(h)
        out.append({"html": '<div class="panel">' + "".join(parts) + "</div>",
                    "url": "https://example.com/page"})
    return out


def megabyte_snippet(examples, size=1 << 20):
    parts, n, i = [], 0, 0
    while n < size:
        h = examples[i % len(examples)]["html"]
        parts.append(h)
        n += len(h)
        i += 1
    html = ("<div class=\"page\">" + "".join(parts))[:size - 6] + "</div>"
    return {"html": html, "url": "https://example.com/huge"}


def per_snippet_us(fn, snippets, reps):
    times = []
    for _ in range(reps):
        for s in snippets:
            t = time.perf_counter_ns()
            fn(s)
            times.append((time.perf_counter_ns() - t) / 1e3)
    return times


def run(ctx):
    import re

    from model import artifacts
    from model.scorer import Scorer

    quick = ctx["quick"]
    examples = ctx["corpus"]
    keyword = re.compile(KEYWORD, re.IGNORECASE)
    scorer = Scorer.load(artifacts.DEFAULT_DIR)

    snippets = [_snippet(ex) for ex in examples] + sized_snippets(examples, 200)
    if quick:
        snippets = random.Random(0).sample(snippets, 300)
    sizes = sorted(len(s["html"]) for s in snippets)
    reps = 1 if quick else 2
    log(f"model: {len(snippets)} snippets ({sizes[0]}–{sizes[-1]} chars) × {reps}, one at a time")

    def model_one(s):
        scorer.score([s])

    def regex_one(s):
        keyword.search(s["html"])

    per_snippet_us(model_one, snippets[:50], 1)  # warm-up
    m = per_snippet_us(model_one, snippets, reps)
    r = per_snippet_us(regex_one, snippets, reps)

    # A page's batch: one Scorer.score call for 50 snippets, as /v1/score does.
    batch_us = []
    for i in range(0, len(snippets) - BATCH + 1, BATCH):
        batch = snippets[i:i + BATCH]
        t = time.perf_counter_ns()
        scorer.score(batch)
        batch_us.append((time.perf_counter_ns() - t) / 1e3 / BATCH)

    big = megabyte_snippet(examples)
    big_reps = 3 if quick else 7
    log(f"model: a {len(big['html']) / 1e6:.2f} MB snippet × {big_reps}")
    big_model = sorted(per_snippet_us(lambda s: scorer.score([s]), [big], big_reps))
    big_regex = sorted(per_snippet_us(regex_one, [big], big_reps))

    version = artifacts.current_version(artifacts.DEFAULT_DIR)
    path = artifacts.DEFAULT_DIR / version / artifacts.MODEL_FILE
    size_mb = path.stat().st_size / 1e6
    meta = scorer.meta

    figures = {
        "snippets": len(snippets), "reps": reps, "max_chars": sizes[-1],
        "model_us": {"p50": pct(m, 50), "p99": pct(m, 99), "mean": sum(m) / len(m)},
        "regex_us": {"p50": pct(r, 50), "p99": pct(r, 99)},
        "batch50_us_per_snippet": {"p50": pct(batch_us, 50), "max": max(batch_us)},
        "megabyte": {"chars": len(big["html"]), "model_ms": big_model[len(big_model) // 2] / 1e3,
                     "regex_ms": big_regex[len(big_regex) // 2] / 1e3},
        "artifact": {"version": version, "bytes": path.stat().st_size,
                     "features": meta.get("features")},
    }
    rows = [
        row(SECTION, "model: one snippet ≤ 8 KB (extract, predict, reasons), p50", pct(m, 50) / 1e3, "ms",
            target=0.3, baseline=f"keyword regex: {fmt(pct(r, 50) / 1e3, 'ms', 4)}", digits=3),
        row(SECTION, "model: one snippet ≤ 8 KB (extract, predict, reasons), p99", pct(m, 99) / 1e3, "ms",
            target=2, baseline=f"keyword regex: {fmt(pct(r, 99) / 1e3, 'ms', 4)}", digits=3),
        row(SECTION, "model: same, in a page batch of 50, per snippet",
            pct(batch_us, 50) / 1e3, "ms", baseline="—", digits=3),
        row(SECTION, "model: a 1 MB snippet (truncated)", figures["megabyte"]["model_ms"], "ms",
            target=50, baseline=f"keyword regex over all 1 MB: {fmt(figures['megabyte']['regex_ms'], 'ms')}"),
        row(SECTION, "model artifact size", size_mb, "MB", target=5, digits=2,
            baseline=f"{meta.get('features')} features, {version}"),
    ]
    ctx["shared"]["model_us_per_snippet"] = pct(batch_us, 50)
    return figures, rows
