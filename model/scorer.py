"""A loaded model ready to answer /v1/score: verdicts, kinds and reasons.

Serving reads the fitted pipeline's vocabulary and coefficients, stored as
plain data in weights.npz (model/weights.py), and does the linear algebra
itself, one snippet at a time: sklearn's per-call input checks cost more than
the model on a single snippet, and no pickle is loaded. The numbers are the
pipeline's own (tests/test_scorer.py holds them equal).
"""
from model import artifacts, explain, features, weights


class Scorer:
    def __init__(self, linear, meta):
        """linear: a model.weights.LinearModel (the fitted numbers as data)."""
        self.weights = linear
        self.meta = meta
        self.version = meta["version"]
        self.threshold = float(meta.get("threshold", 0.5))
        self._names = linear.names

    @classmethod
    def load(cls, model_dir, version=None):
        """From weights.npz: serving never unpickles (model/artifacts.py)."""
        return cls(*artifacts.load_weights(model_dir, version))

    @classmethod
    def from_pipeline(cls, pipeline, meta):
        return cls(weights.LinearModel.from_arrays(weights.export_weights(pipeline)), meta)

    def score_one(self, snippet, threshold=None, explain_limit=3):
        threshold = self.threshold if threshold is None else threshold
        idx, val = self.weights.vector(features.extract(snippet))
        p, contrib = self.weights.probability(idx, val)
        p = round(p, 4)
        ai = p >= threshold  # on the rounded score, as the client will compare it
        return {
            "score": p,
            "ai": ai,
            "kind": self.weights.kind(idx, val) if ai else None,
            "reasons": explain.reasons(idx, contrib, self._names, ai, explain_limit),
        }

    def score(self, snippets, threshold=None, explain_limit=3):
        """One result dict per snippet ({"html", "url"?, "context"?}), in order."""
        return [self.score_one(s, threshold, explain_limit) for s in snippets]
