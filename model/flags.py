"""Which feedback examples deserve a second look: those that contradict the
corpus (the same snippet labelled the other way in the training data) or an
earlier label of the same snippet. The review page filters on this; the
promotion guard can report it too."""
from model.data import snippet_key


def flag_feedback(examples, corpus):
    """{snippet key: reason} for each feedback example that contradicts a
    corpus label or one of its own earlier labels (example["history"], a list
    of {"label", ...} the store keeps when a label changes)."""
    corpus_labels = {}
    for ex in corpus:
        corpus_labels.setdefault(snippet_key(ex["html"]), set()).add(ex["label"])
    flags = {}
    for ex in examples:
        key = ex.get("key") or snippet_key(ex["html"])
        reasons = []
        other = corpus_labels.get(key, set()) - {ex["label"]}
        if other:
            reasons.append(f"the corpus labels this snippet {sorted(other)[0]}")
        earlier = [h["label"] for h in ex.get("history") or [] if h.get("label") != ex["label"]]
        if earlier:
            reasons.append(f"labelled {earlier[-1]} before")
        if reasons:
            flags[key] = "; ".join(reasons)
    return flags
