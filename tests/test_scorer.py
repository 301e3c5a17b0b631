"""One scoring path: the server's fast path (weights.npz, no pickle) gives the
fitted estimator's own numbers and verdicts, and the estimator follows
scikit-learn's contract."""
import json

import numpy as np
import pytest
from sklearn.model_selection import cross_val_predict

from model import artifacts, data, train
from model.pipeline import build_pipeline, thresholded
from model.scorer import Scorer
from tests.conftest import ROOT, TINY


def _snippets():
    rows = [json.loads(line) for line in (ROOT / "tests/fixtures/realistic.jsonl").open()]
    rows += [{"html": ""}, {"html": "<b>plain</b>", "url": "https://a.example/x",
                            "context": {"position": "fixed", "rect": [1, 2, 3, 4], "viewport": [100, 100],
                                        "landmarks": ["nav"], "inList": True, "similarSiblings": 7}}]
    return [{"html": r["html"], "url": r.get("url"), "context": r.get("context")} for r in rows]


def test_fast_path_is_the_thresholded_estimator():
    scorer = Scorer.load(artifacts.DEFAULT_DIR)
    pipeline, _ = artifacts.load(artifacts.DEFAULT_DIR)
    snippets = _snippets()
    estimator = thresholded(pipeline, scorer.threshold).fit(snippets, np.arange(len(snippets)) % 2)
    probs = estimator.predict_proba(snippets)[:, 1]
    results = scorer.score(snippets)
    assert np.allclose([r["score"] for r in results], np.round(probs, 4), atol=1e-4)
    # Verdicts agree except where rounding the score to 4 places crosses the threshold.
    near = np.abs(probs - scorer.threshold) < 1e-4
    assert [r["ai"] for r in results] == list(
        np.where(near, [r["ai"] for r in results], estimator.predict(snippets) == 1))
    kinds = pipeline[:-1].transform(snippets)
    for r, k in zip(results, pipeline[-1].predict_kind(kinds)):
        assert r["ai"] == (r["score"] >= scorer.threshold)
        if r["ai"]:
            assert r["kind"] == k


def test_estimator_follows_the_sklearn_contract():
    examples = data.load_paths([TINY])
    snippets, kinds, labels, groups = data.arrays(examples)
    pipe = build_pipeline().fit(snippets, labels, classify__kinds=np.asarray(kinds, dtype=object))
    assert list(pipe.classes_) == [0, 1]
    assert set(pipe.predict(snippets)) <= set(pipe.classes_)
    proba = pipe.predict_proba(snippets)[:, 1]
    assert list(pipe.predict(snippets)) == list((proba >= 0.5).astype(int))
    held = thresholded(pipe, 0.8).fit(snippets, labels)
    assert list(held.classes_) == [0, 1]
    assert list(held.predict(snippets)) == list((proba >= 0.8).astype(int))
    # Kinds are a fit parameter, not the target: a kind in y is refused.
    with pytest.raises(ValueError, match="kinds"):
        build_pipeline().fit(snippets, kinds)
    # Cross-validation: group folds, kinds sliced with them, and the held-out
    # scores are sklearn's out-of-fold predict_proba, from the one scoring path.
    kinds = np.asarray(kinds, dtype=object)
    probs, out, fold_of = train.cross_validate(snippets, labels, kinds, groups, 3, 0)
    sk_probs = cross_val_predict(build_pipeline(), snippets, labels, groups=groups, cv=train.splitter(3),
                                 method="predict_proba", params={"classify__kinds": kinds})[:, 1]
    assert np.allclose(probs, np.round(sk_probs, 4), atol=1e-4)
    for g in set(groups):
        assert len({fold_of[i] for i in range(len(groups)) if groups[i] == g}) == 1
    for r in out:
        assert 0 <= r["score"] <= 1 and r["kind"] in data.KINDS
        assert isinstance(r["toward_ai"], list) and isinstance(r["toward_keep"], list)


def test_ai_verdict_agrees_with_the_rounded_score(model_dir):
    scorer = Scorer.load(model_dir)
    for r in scorer.score([{"html": '<button aria-label="Ask AI">✨</button>'}, {"html": "<p>x</p>"}]):
        assert r["ai"] == (r["score"] >= scorer.threshold)
