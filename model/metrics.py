"""Scores for a set of verdicts, shared by training and evaluation."""
import re

import numpy as np
from sklearn.metrics import confusion_matrix, precision_recall_curve, roc_auc_score

_KEYWORD = re.compile(r"\bAI\b|assistant", re.IGNORECASE)


def keyword_baseline(snippets):
    """What a naive filter does: flag any snippet with "AI" or "assistant"."""
    return np.array([1 if _KEYWORD.search(s["html"]) else 0 for s in snippets])


# Real-web AI candidates needed before they move the threshold (fewer make
# their best F1 a matter of one or two elements).
MIN_REAL_POSITIVES = 20


def choose_threshold(labels, probs, min_precision, real=None):
    """The lowest threshold whose precision reaches min_precision (so recall
    is as high as it can be at that precision); 0.5 if none does.

    `real` marks the rows that are real pages' candidates. The corpus's own
    examples are most of the rows and are easier than real markup: with
    MIN_REAL_POSITIVES real positives or more the threshold rises, from that
    floor, to where F1 on the real rows is highest (the lowest such one)."""
    labels = np.asarray(labels)
    probs = np.asarray(probs)
    if labels.min() == labels.max():
        return 0.5
    precision, _, thresholds = precision_recall_curve(labels, probs)
    ok = np.flatnonzero(precision[:-1] >= min_precision)
    floor = 0.5 if ok.size == 0 else float(thresholds[ok[0]])
    if real is None:
        return floor
    real = np.asarray(real, dtype=bool)
    y, p = labels[real], probs[real]
    if int(y.sum()) < MIN_REAL_POSITIVES:
        return floor
    # Above the floor, the real rows' own curve: its thresholds are their
    # scores, and the floor predicts what their lowest score above it does.
    precision, recall, thresholds = precision_recall_curve(y, p)
    above = np.flatnonzero(thresholds >= floor)
    if above.size == 0:
        return floor
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.nan_to_num(2 * precision[above] * recall[above] / (precision[above] + recall[above]))
    best = above[int(np.argmax(f1))]
    return floor if best == above[0] else float(thresholds[best])


def binary(labels, predicted, probs=None):
    labels = np.asarray(labels)
    predicted = np.asarray(predicted)
    tp = int(((predicted == 1) & (labels == 1)).sum())
    fp = int(((predicted == 1) & (labels == 0)).sum())
    fn = int(((predicted == 0) & (labels == 1)).sum())
    tn = int(((predicted == 0) & (labels == 0)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
           "confusion": {"tn": tn, "fp": fp, "fn": fn, "tp": tp}}
    if probs is not None and labels.min() != labels.max():
        out["roc_auc"] = round(float(roc_auc_score(labels, probs)), 4)
    return out


def per_kind(kinds, labels, predicted, predicted_kinds=None):
    """Recall per true kind of positive, and how often the kind was right."""
    out = {}
    kinds = np.asarray(kinds, dtype=object)
    labels = np.asarray(labels)
    predicted = np.asarray(predicted)
    for kind in sorted({k for k, y in zip(kinds, labels) if y == 1}):
        mask = (kinds == kind) & (labels == 1)
        row = {"n": int(mask.sum()), "recall": round(float(predicted[mask].mean()), 4)}
        if predicted_kinds is not None:
            row["kind_accuracy"] = round(float(
                (np.asarray(predicted_kinds, dtype=object)[mask] == kind).mean()), 4)
        out[kind] = row
    return out


def confusion_text(labels, predicted):
    cm = confusion_matrix(labels, predicted, labels=[0, 1])
    return (f"              predicted keep  predicted AI\n"
            f"  actual keep  {cm[0, 0]:>14}  {cm[0, 1]:>12}\n"
            f"  actual AI    {cm[1, 0]:>14}  {cm[1, 1]:>12}")
