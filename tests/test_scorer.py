"""The serving fast path (weights.npz, no pickle) gives the fitted pipeline's own numbers."""
import json

import numpy as np

from model import artifacts
from model.pipeline import score
from model.scorer import Scorer
from tests.conftest import ROOT


def test_fast_path_matches_the_pipeline():
    scorer = Scorer.load(artifacts.DEFAULT_DIR)
    rows = [json.loads(line) for line in (ROOT / "tests/fixtures/realistic.jsonl").open()]
    rows += [{"html": ""}, {"html": "<b>plain</b>", "url": "https://a.example/x",
                            "context": {"position": "fixed", "rect": [1, 2, 3, 4], "viewport": [100, 100]}}]
    snippets = [{"html": r["html"], "url": r.get("url"), "context": r.get("context")} for r in rows]
    pipeline, _ = artifacts.load(artifacts.DEFAULT_DIR)
    probs, kinds, _ = score(pipeline, snippets)
    results = scorer.score(snippets)
    assert np.allclose([r["score"] for r in results], np.round(probs, 4), atol=1e-4)
    for r, k in zip(results, kinds):
        assert r["ai"] == (r["score"] >= scorer.threshold)
        if r["ai"]:
            assert r["kind"] == k


def test_ai_verdict_agrees_with_the_rounded_score(model_dir):
    scorer = Scorer.load(model_dir)
    for r in scorer.score([{"html": '<button aria-label="Ask AI">✨</button>'}, {"html": "<p>x</p>"}]):
        assert r["ai"] == (r["score"] >= scorer.threshold)
