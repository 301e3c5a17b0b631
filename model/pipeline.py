"""The learned part: snippet dicts -> P(AI bloat) and the kind of a positive.

All learned steps live in one Pipeline so cross-validation cannot leak. The
target `y` is 1 for AI bloat and 0 for content; each positive's kind is a fit
parameter (`classify__kinds`) for the kind head, fitted on positives only.
"""
import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.frozen import FrozenEstimator
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import FixedThresholdClassifier
from sklearn.pipeline import Pipeline
from sklearn.utils.multiclass import type_of_target, unique_labels

from model import features

KEEP = "keep"  # the kind of a negative in labelled data
DEFAULT_KIND = "ai_chat_launcher"  # a positive's kind when its data names none


class SnippetFeatures(TransformerMixin, BaseEstimator):
    """Snippet dicts -> feature dicts (model.features.extract); stateless."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return [features.extract(s) for s in X]


class PrunedDictVectorizer(DictVectorizer):
    """A DictVectorizer that forgets features seen in fewer than `min_df`
    examples: one-site tokens do not generalise and bloat the artifact."""

    def __init__(self, min_df=2, dtype=np.float64, sparse=True, sort=True):
        super().__init__(dtype=dtype, separator="=", sparse=sparse, sort=sort)
        self.min_df = min_df

    def fit(self, X, y=None):
        self.fit_transform(X, y)
        return self

    def fit_transform(self, X, y=None):
        X = list(X)
        matrix = super().fit_transform(X, y)
        df = np.asarray((matrix != 0).sum(axis=0)).ravel()
        support = df >= self.min_df
        self.restrict(support)
        return matrix[:, np.flatnonzero(support)]


class BloatClassifier(ClassifierMixin, BaseEstimator):
    """A binary classifier of AI bloat (1) against content (0), with a kind
    head for what the positives are.

    It follows scikit-learn's contract: `y` holds 0/1, `classes_` is what `y`
    held, `predict` returns members of `classes_` (at P >= 0.5; the served
    threshold is held by a FixedThresholdClassifier around the pipeline, see
    `thresholded`). `kinds`, a fit parameter aligned with `y`, names each
    positive's kind (ignored for negatives); the kind head is fitted on the
    positives only.
    """

    def __init__(self, C=1.0, kind_C=1.0, random_state=0):
        self.C = C
        self.kind_C = kind_C
        self.random_state = random_state

    def fit(self, X, y, kinds=None):
        y = np.asarray(y)
        if type_of_target(y) not in ("binary", "unknown") or not set(np.unique(y)) <= {0, 1}:
            raise ValueError("y must hold 0 (keep) and 1 (AI bloat); kinds go in the `kinds` fit parameter")
        self.classes_ = unique_labels(y)
        if len(self.classes_) != 2:
            raise ValueError("need both AI (1) and keep (0) examples")
        self.binary_ = LogisticRegression(
            C=self.C, class_weight="balanced", solver="liblinear",
            random_state=self.random_state, max_iter=1000)
        self.binary_.fit(X, y)
        pos = np.flatnonzero(y == 1)
        kinds = np.full(len(y), DEFAULT_KIND, dtype=object) if kinds is None else np.asarray(kinds, dtype=object)
        if len(kinds) != len(y):
            raise ValueError(f"{len(kinds)} kinds for {len(y)} examples")
        pos_kinds = kinds[pos].astype(str)
        self.kinds_ = np.unique(pos_kinds)
        if len(self.kinds_) > 1:
            self.kind_ = LogisticRegression(
                C=self.kind_C, solver="lbfgs", max_iter=2000, random_state=self.random_state)
            self.kind_.fit(X[pos], pos_kinds)
        else:
            self.kind_ = None
        return self

    def predict_proba(self, X):
        return self.binary_.predict_proba(X)

    def predict(self, X):
        return self.classes_[(self.predict_proba(X)[:, 1] >= 0.5).astype(int)]

    def predict_kind(self, X):
        if self.kind_ is None:
            return np.repeat(self.kinds_[0] if len(self.kinds_) else None, X.shape[0])
        return self.kind_.predict(X)


class SnippetPipeline(Pipeline):
    """The fitted steps, plus `explain_scores`: what the server would answer
    for each snippet, computed by the server's own scoring path
    (model.scorer), so that cross-validation, its report and serving cannot
    disagree (model.train calls it on each cross-validation fold's model)."""

    def explain_scores(self, snippets):
        """An object array of {"score", "kind", "toward_ai", "toward_keep"}
        per snippet: its P(bloat), its kind if it is bloat, and the reasons
        that pushed it either way (the verdict is chosen later, with a
        threshold the fold does not know)."""
        from model.scorer import Scorer  # scorer imports features, not this module's callers
        scorer = Scorer.from_pipeline(self, {"version": "cross-validation", "threshold": 0.5})
        toward_ai = scorer.score(snippets, threshold=0.0)
        toward_keep = scorer.score(snippets, threshold=2.0)
        out = np.empty(len(snippets), dtype=object)
        for i, (a, k) in enumerate(zip(toward_ai, toward_keep)):
            out[i] = {"score": a["score"], "kind": a["kind"], "toward_ai": a["reasons"],
                      "toward_keep": k["reasons"]}
        return out


def build_pipeline(random_state=0, C=1.0, min_df=2):
    return SnippetPipeline([
        ("features", SnippetFeatures()),
        ("vectorize", PrunedDictVectorizer(min_df=min_df)),
        ("classify", BloatClassifier(C=C, random_state=random_state)),
    ])


def fit_pipeline(snippets, labels, kinds, random_state=0):
    """A fitted pipeline: y is 0/1, each positive's kind a fit parameter."""
    return build_pipeline(random_state=random_state).fit(
        snippets, labels, classify__kinds=np.asarray(kinds, dtype=object))


def thresholded(pipeline, threshold):
    """The fitted pipeline with the served threshold: predict() is the
    server's `ai` verdict (score >= threshold). The pipeline is frozen, not
    refitted; fit() only checks the labels' classes."""
    return FixedThresholdClassifier(FrozenEstimator(pipeline), threshold=threshold,
                                    response_method="predict_proba", pos_label=1)
