"""The learned part: snippet dicts -> P(AI bloat) and the kind of a positive.

All learned steps live in one Pipeline so cross-validation cannot leak. The
target `y` is the example's kind for a positive and KEEP for a negative; the
last step splits that into a binary head (bloat or not) and a kind head
fitted on positives only.
"""
import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from model import features

KEEP = "keep"


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
    """Binary head P(bloat) plus a kind head over positives.

    `y` holds KEEP or a kind name. `classes_` are [0, 1] so that sklearn's
    scorers treat this as the binary classifier it is.
    """

    def __init__(self, C=1.0, kind_C=1.0, random_state=0):
        self.C = C
        self.kind_C = kind_C
        self.random_state = random_state

    def fit(self, X, y):
        y = np.asarray(y, dtype=object)
        binary = (y != KEEP).astype(int)
        self.binary_ = LogisticRegression(
            C=self.C, class_weight="balanced", solver="liblinear",
            random_state=self.random_state, max_iter=1000)
        self.binary_.fit(X, binary)
        pos = np.flatnonzero(binary)
        kinds = y[pos].astype(str)
        self.kinds_ = np.unique(kinds)
        if len(self.kinds_) > 1:
            self.kind_ = LogisticRegression(
                C=self.kind_C, solver="lbfgs", max_iter=2000, random_state=self.random_state)
            self.kind_.fit(X[pos], kinds)
        else:
            self.kind_ = None
        self.classes_ = np.array([0, 1])
        return self

    def predict_proba(self, X):
        return self.binary_.predict_proba(X)

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def predict_kind(self, X):
        if self.kind_ is None:
            return np.repeat(self.kinds_[0] if len(self.kinds_) else None, X.shape[0])
        return self.kind_.predict(X)


def build_pipeline(random_state=0, C=1.0, min_df=2):
    return Pipeline([
        ("features", SnippetFeatures()),
        ("vectorize", PrunedDictVectorizer(min_df=min_df)),
        ("classify", BloatClassifier(C=C, random_state=random_state)),
    ])


def score(pipeline, snippets):
    """(P(bloat) array, kind array, vectorized matrix) for a batch of snippets;
    one feature pass and one predict per batch."""
    X = pipeline[:-1].transform(snippets)
    clf = pipeline[-1]
    return clf.predict_proba(X)[:, 1], clf.predict_kind(X), X
