"""Quality per cost on sites the model never saw: the model (out-of-fold
predictions of cross-validation grouped by site, with each fold's threshold
chosen on the other folds: model.train.evaluate_cv), a keyword matcher, and
a hand-written cosmetic selector list; each one's precision, recall, F1 and
cost per snippet. The keyword matcher and the selector list learn nothing,
so every site is unseen for them."""
import re
import time

import soupsieve
from bs4 import BeautifulSoup

from bench.common import BATCH, log
from bench.report import fmt, row
from bench.selector_list import SELECTORS

SECTION = "quality"
KEYWORD = re.compile(r"\bAI\b|assistant", re.IGNORECASE)


def _timed(fn, items):
    t = time.perf_counter()
    out = [fn(x) for x in items]
    return out, (time.perf_counter() - t) / len(items) * 1e6


def run(ctx):
    import numpy as np

    from model import artifacts, data, metrics, train
    from model.scorer import Scorer

    examples = ctx["corpus"]
    snippets, _, labels, groups = data.arrays(examples)
    log(f"quality: grouped 5-fold cross-validation over {len(examples)} examples "
        f"from {len(set(groups))} sites")
    result, _ = train.evaluate_cv(examples, folds=5, seed=0, progress=False)
    model_m = result["cv"]

    kw_pred, kw_us = _timed(lambda s: 1 if KEYWORD.search(s["html"]) else 0, snippets)
    kw_m = metrics.binary(labels, kw_pred)

    compiled = soupsieve.compile(", ".join(SELECTORS))

    def selector_hit(s):
        return 1 if compiled.select_one(BeautifulSoup(s["html"], "lxml")) is not None else 0

    sel_pred, sel_us = _timed(selector_hit, snippets)
    sel_m = metrics.binary(labels, sel_pred)

    # The model's cost: the served model over the same snippets, in page batches of 50.
    scorer = Scorer.load(artifacts.DEFAULT_DIR)
    t = time.perf_counter()
    for i in range(0, len(snippets), BATCH):
        scorer.score(snippets[i:i + BATCH])
    model_us = (time.perf_counter() - t) / len(snippets) * 1e6

    def desc(m):
        return f"P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}"

    figures = {
        "examples": len(examples), "positives": int(np.sum(labels)), "sites": len(set(groups)),
        "folds": model_m["folds"],
        "model": dict(model_m, us_per_snippet=model_us),
        "keyword": dict(kw_m, us_per_snippet=kw_us, pattern=KEYWORD.pattern),
        "selectors": dict(sel_m, us_per_snippet=sel_us, count=len(SELECTORS)),
    }
    beats = model_m["f1"] > kw_m["f1"] and model_m["f1"] > sel_m["f1"]
    rows = [
        row(SECTION, f"quality: model F1 on unseen sites ({desc(model_m)})", model_m["f1"],
            met=beats, target_text="above both baselines", digits=3,
            baseline=f"cost {fmt(model_us, 'µs')}/snippet (batches of 50)",
            note=(f"{len(examples)} examples, {figures['positives']} AI, {len(set(groups))} sites; "
                  f"{model_m['folds']}-fold CV grouped by site, out-of-fold verdicts")),
        row(SECTION, f"quality: keyword matcher /{KEYWORD.pattern}/i ({desc(kw_m)})", kw_m["f1"],
            digits=3, baseline=f"cost {fmt(kw_us, 'µs')}/snippet"),
        row(SECTION, f"quality: {len(SELECTORS)} cosmetic selectors ({desc(sel_m)})", sel_m["f1"],
            digits=3, baseline=f"cost {fmt(sel_us, 'µs')}/snippet (BS4+lxml parse + soupsieve)"),
    ]
    return figures, rows
