"""A loaded model ready to answer /v1/score: verdicts, kinds and reasons.

Serving reads the fitted pipeline's vocabulary and coefficients and does the
linear algebra itself, one snippet at a time: sklearn's per-call input
checks cost more than the model on a single snippet. The numbers are the
pipeline's own (tests/test_scorer.py holds them equal).
"""
import math

import numpy as np

from model import artifacts, explain, features


class Scorer:
    def __init__(self, pipeline, meta):
        self.pipeline = pipeline
        self.meta = meta
        self.version = meta["version"]
        self.threshold = float(meta.get("threshold", 0.5))
        vectorizer = pipeline.named_steps["vectorize"]
        clf = pipeline[-1]
        self._vocab = vectorizer.vocabulary_
        self._names = vectorizer.get_feature_names_out()
        self._coef = clf.binary_.coef_.ravel()
        self._intercept = float(clf.binary_.intercept_[0])
        if clf.kind_ is not None:
            self._kind_coef = clf.kind_.coef_
            self._kind_intercept = clf.kind_.intercept_
            self._kinds = [str(k) for k in clf.kind_.classes_]
        else:
            self._kind_coef = None
            self._kinds = [str(k) for k in clf.kinds_]

    @classmethod
    def load(cls, model_dir, version=None):
        return cls(*artifacts.load(model_dir, version))

    @classmethod
    def from_pipeline(cls, pipeline, meta):
        """A fitted pipeline that was never saved (a cross-validation fold's)."""
        return cls(pipeline, meta)

    def _vector(self, snippet):
        f = features.extract(snippet)
        vocab = self._vocab
        pairs = sorted((vocab[k], v) for k, v in f.items() if k in vocab)
        idx = np.fromiter((i for i, _ in pairs), dtype=np.intp, count=len(pairs))
        val = np.fromiter((v for _, v in pairs), dtype=np.float64, count=len(pairs))
        return idx, val

    def _kind(self, idx, val):
        if self._kind_coef is None:
            return self._kinds[0] if self._kinds else None
        logits = self._kind_coef[:, idx] @ val + self._kind_intercept
        return self._kinds[int(np.argmax(logits))]

    def score_one(self, snippet, threshold=None, explain_limit=3):
        threshold = self.threshold if threshold is None else threshold
        idx, val = self._vector(snippet)
        contrib = self._coef[idx] * val
        z = self._intercept + float(contrib.sum())
        p = 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0
        p = round(p, 4)
        ai = p >= threshold  # on the rounded score, as the client will compare it
        return {
            "score": p,
            "ai": ai,
            "kind": self._kind(idx, val) if ai else None,
            "reasons": explain.reasons(idx, contrib, self._names, ai, explain_limit),
        }

    def score(self, snippets, threshold=None, explain_limit=3):
        """One result dict per snippet ({"html", "url"?, "context"?}), in order."""
        return [self.score_one(s, threshold, explain_limit) for s in snippets]
