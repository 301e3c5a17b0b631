"""A loaded model ready to answer /v1/score: verdicts, kinds and reasons."""
from model import artifacts, explain
from model.pipeline import score


class Scorer:
    def __init__(self, pipeline, meta):
        self.pipeline = pipeline
        self.meta = meta
        self.version = meta["version"]
        self.threshold = float(meta.get("threshold", 0.5))
        clf = pipeline[-1]
        self._coef = clf.binary_.coef_.ravel()
        self._names = pipeline.named_steps["vectorize"].get_feature_names_out()

    @classmethod
    def load(cls, model_dir, version=None):
        return cls(*artifacts.load(model_dir, version))

    def score(self, snippets, threshold=None, explain_limit=3):
        """One result dict per snippet ({"html", "url"?, "context"?}), in order."""
        if not snippets:
            return []
        threshold = self.threshold if threshold is None else threshold
        probs, kinds, X = score(self.pipeline, snippets)
        X = X.tocsr()
        out = []
        for i, p in enumerate(probs):
            ai = bool(p >= threshold)
            out.append({
                "score": round(float(p), 4),
                "ai": ai,
                "kind": str(kinds[i]) if ai else None,
                "reasons": explain.reasons(X[i], self._coef, self._names, ai, explain_limit),
            })
        return out
