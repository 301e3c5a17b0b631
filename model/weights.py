"""The fitted numbers a served model needs, as plain data: no pickle, no code.

Serving a linear model takes only the feature names (the vocabulary, in
column order), the binary head's coefficients and intercept, and the kind
head's coefficients, intercepts and class names. `export_weights` takes them
from a fitted pipeline; they are written beside model.joblib as weights.npz
(numbers and fixed-width strings only) and read back with
np.load(allow_pickle=False), which cannot run code. The threshold lives in
metadata.json. `LinearModel` scores a feature dict from model.features.extract
with them; it is what the server uses, so the server never unpickles.

    python -m model.weights export [--model DIR] [--version V]

writes weights.npz for a version saved without one (this one step does unpickle
the version's model.joblib: run it only on files you trust).
"""
import argparse
import io
import math
import pathlib
import sys

import numpy as np

WEIGHTS_FILE = "weights.npz"
FORMAT = 1


def export_weights(pipeline):
    """{name: array} of a fitted pipeline's serving numbers."""
    vectorizer = pipeline.named_steps["vectorize"]
    clf = pipeline[-1]
    out = {
        "format": np.array(FORMAT),
        "feature_names": np.array([str(n) for n in vectorizer.get_feature_names_out()], dtype=str),
        "coef": np.asarray(clf.binary_.coef_, dtype=np.float64).ravel(),
        "intercept": np.array(float(clf.binary_.intercept_[0])),
    }
    if clf.kind_ is not None:
        out["kinds"] = np.array([str(k) for k in clf.kind_.classes_], dtype=str)
        coef = np.asarray(clf.kind_.coef_, dtype=np.float64)
        intercept = np.asarray(clf.kind_.intercept_, dtype=np.float64)
        if coef.shape[0] == 1 and len(out["kinds"]) == 2:
            # Two kinds: sklearn keeps one row, the logit of the second kind
            # against the first; as two rows, argmax picks the same kind.
            coef = np.vstack([np.zeros_like(coef), coef])
            intercept = np.concatenate([[0.0], intercept])
        out["kind_coef"] = coef
        out["kind_intercept"] = intercept
    else:
        out["kinds"] = np.array([str(k) for k in clf.kinds_], dtype=str)
    return out


def to_bytes(arrays):
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    return buf.getvalue()


def from_bytes(blob):
    """{name: array}; raises ValueError for anything but plain arrays."""
    with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
        return {k: npz[k] for k in npz.files}


class LinearModel:
    """The light scorer: P(bloat), kind and per-feature contributions of one
    feature dict, from the exported numbers alone."""

    def __init__(self, feature_names, coef, intercept, kinds, kind_coef=None, kind_intercept=None):
        self.names = np.asarray(feature_names, dtype=str)
        self.coef = np.asarray(coef, dtype=np.float64).ravel()
        self.intercept = float(intercept)
        self.kinds = [str(k) for k in kinds]
        self.kind_coef = None if kind_coef is None else np.asarray(kind_coef, dtype=np.float64)
        self.kind_intercept = None if kind_intercept is None else np.asarray(kind_intercept, np.float64)
        n = len(self.names)
        if self.coef.shape != (n,):
            raise ValueError(f"{self.coef.shape[0]} coefficients for {n} features")
        if self.kind_coef is not None and (self.kind_coef.shape != (len(self.kinds), n)
                                           or self.kind_intercept.shape != (len(self.kinds),)):
            raise ValueError("kind head shapes do not match the kinds and features")
        if not (np.isfinite(self.coef).all() and math.isfinite(self.intercept)):
            raise ValueError("coefficients are not finite")
        self.vocabulary = {name: i for i, name in enumerate(self.names.tolist())}

    @classmethod
    def from_arrays(cls, arrays):
        if int(arrays.get("format", -1)) != FORMAT:
            raise ValueError(f"weights format {arrays.get('format')} is not {FORMAT}")
        return cls(arrays["feature_names"], arrays["coef"], arrays["intercept"], arrays["kinds"],
                   arrays.get("kind_coef"), arrays.get("kind_intercept"))

    def vector(self, feats):
        """(column indices, values) of a feature dict, in column order."""
        vocab = self.vocabulary
        pairs = sorted((vocab[k], v) for k, v in feats.items() if k in vocab)
        idx = np.fromiter((i for i, _ in pairs), dtype=np.intp, count=len(pairs))
        val = np.fromiter((v for _, v in pairs), dtype=np.float64, count=len(pairs))
        return idx, val

    def probability(self, idx, val):
        """(P(bloat), each feature's contribution to the logit)."""
        contrib = self.coef[idx] * val
        z = self.intercept + float(contrib.sum())
        return (1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0), contrib

    def kind(self, idx, val):
        if self.kind_coef is None:
            return self.kinds[0] if self.kinds else None
        logits = self.kind_coef[:, idx] @ val + self.kind_intercept
        return self.kinds[int(np.argmax(logits))]


def main(argv=None):
    from model import artifacts
    parser = argparse.ArgumentParser(prog="python -m model.weights", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write weights.npz for a saved version from its model.joblib")
    exp.add_argument("--model", "--out", type=pathlib.Path, default=artifacts.model_dir_default(),
                     help="model directory (default: NOFOOBAR_MODEL_DIR or model/artifacts)")
    exp.add_argument("--version", help="version (default: current)")
    args = parser.parse_args(argv)
    try:
        version = args.version or artifacts.current_version(args.model)
        pipeline, meta = artifacts.load(args.model, version)
        meta = artifacts.write_weights(args.model, version, pipeline, meta)
    except artifacts.ArtifactError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {version}/{WEIGHTS_FILE} (sha256 {meta['weights_sha256'][:12]}…)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
