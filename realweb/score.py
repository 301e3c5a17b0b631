"""Figures from the pages read back: per page (false hides, missed AI
widgets, candidates with their labels) and for the run (false hides per
100 pages without AI widgets, share of AI widgets hidden, candidate-level
precision, recall and F1). The headline figures are those of the
eval-split sites (realweb.split), which training never takes candidates
from; all pages' figures are secondary. Wholly real pages and pages with an
inserted widget are counted apart."""
import random

from realweb.manifest import page_url
from realweb.split import EVAL, TRAIN

# Site bootstrap of the headline figures: how many draws, and the seed, so
# that the same pages print the same intervals.
BOOTSTRAP_DRAWS = 1000
BOOTSTRAP_SEED = 0


def page_result(entry, seen, split):
    """One page's record: the manifest's facts plus what the run saw;
    `split` is its site's ("train" or "eval", realweb.split.assign)."""
    hides = seen["hidden"]
    false_hides = [h for h in hides if not h["inAi"]]
    widgets = [w for w in seen["widgets"] if w["rendered"]]
    missed = [w for w in widgets if not w["hidden"]]
    out = {
        "id": entry["id"], "site": entry["site"], "lang": entry.get("lang"), "url": entry.get("url"),
        "page_url": page_url(entry),  # where it was loaded: its own URL, or one on its site
        "insert": entry.get("insert"), "tags": entry.get("tags", []), "split": split,
        "has_ai": bool(entry["ai"]), "elements": seen.get("elements", 0),
        "hidden": len(hides), "false_hides": len(false_hides), "false_hide_detail": false_hides,
        "widgets": len(widgets), "widgets_hidden": len(widgets) - len(missed),
        "missed": len(missed), "missed_detail": missed,
        "partly_hidden": sum(1 for w in missed if w["partly"]),
        "not_rendered": [w for w in seen["widgets"] if not w["rendered"]],
        "empty_selectors": seen.get("empty_selectors", []), "bad_selectors": seen.get("bad_selectors", []),
        "candidates": seen["candidates"],
    }
    if seen.get("error"):
        out["error"] = seen["error"]
    return out


def prf(cands, flagged=lambda c: c["ai"]):
    tp = sum(1 for c in cands if flagged(c) and c["label"] == 1)
    fp = sum(1 for c in cands if flagged(c) and c["label"] == 0)
    fn = sum(1 for c in cands if not flagged(c) and c["label"] == 1)
    tn = sum(1 for c in cands if not flagged(c) and c["label"] == 0)
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"candidates": tp + fp + fn + tn, "positives": tp + fn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": _r(p), "recall": _r(r), "f1": _r(f1)}


def _keyword(c):
    from model.metrics import keyword_baseline
    return bool(keyword_baseline([c])[0])


def _r(x):
    return None if x is None else round(x, 4)


def page_counts(pages):
    """The page-level figures of a group of pages: false hides on pages
    without AI widgets, widgets hidden on the others."""
    clean = [p for p in pages if not p["has_ai"]]
    with_ai = [p for p in pages if p["has_ai"]]
    widgets = sum(p["widgets"] for p in with_ai)
    hidden_w = sum(p["widgets_hidden"] for p in with_ai)
    with_fh = sum(1 for p in clean if p["false_hides"])
    return {
        "pages_without_ai": len(clean),
        "false_hides_no_ai": sum(p["false_hides"] for p in clean),
        "false_hides_per_100_pages": _r(100 * sum(p["false_hides"] for p in clean) / len(clean)) if clean else None,
        "pages_with_false_hides": with_fh,
        "pages_with_false_hides_pct": _r(100 * with_fh / len(clean)) if clean else None,
        "pages_with_ai": len(with_ai), "false_hides_on_ai_pages": sum(p["false_hides"] for p in with_ai),
        "widgets": widgets, "widgets_hidden": hidden_w,
        "widgets_hidden_pct": _r(100 * hidden_w / widgets) if widgets else None,
        "widgets_partly_hidden": sum(p["partly_hidden"] for p in with_ai),
        "widgets_not_rendered": sum(len(p["not_rendered"]) for p in with_ai),
        "empty_selectors": sum(len(p["empty_selectors"]) + len(p["bad_selectors"]) for p in with_ai),
    }


def group_figures(pages):
    """The summary of a group of pages."""
    cands = labelled(pages)
    sites = sorted({p["site"] for p in pages})
    by_site = {site: prf(labelled([p for p in pages if p["site"] == site])) for site in sites}
    site_f1 = [v["f1"] for v in by_site.values() if v["f1"] is not None]
    return {
        "pages": len(pages), "sites": len(sites), "languages": len({p["lang"] for p in pages if p["lang"]}),
        "errors": sum(1 for p in pages if p.get("error")),
        **page_counts(pages),
        "candidates_unmatched": sum(1 for p in pages for c in p["candidates"] if c["label"] is None),
        "candidates": prf(cands),
        # the same candidates flagged by the project's keyword baseline
        # (model.metrics): what the model must beat
        "keyword_baseline": prf(cands, _keyword),
        "candidates_eval_sites": prf(labelled_with_split(pages, EVAL)),
        "candidates_train_sites": prf(labelled_with_split(pages, TRAIN)),
        "site_macro_f1": _r(sum(site_f1) / len(site_f1)) if site_f1 else None,
        "by_site": by_site,
    }


# the headline figures a site bootstrap draws, in report order
HEADLINE = ("pages_with_false_hides_pct", "widgets_hidden_pct", "precision", "recall", "f1")


def site_counts(pages):
    """Per site: pages without AI widgets, those with a false hide, widgets,
    widgets hidden, and the candidates' tp, fp, fn (as prf counts them)."""
    by_site = {}
    for p in pages:
        by_site.setdefault(p["site"], []).append(p)
    out = {}
    for site, ps in by_site.items():
        n, c = page_counts(ps), prf(labelled(ps))
        out[site] = (n["pages_without_ai"], n["pages_with_false_hides"], n["widgets"], n["widgets_hidden"],
                     c["tp"], c["fp"], c["fn"])
    return out


def headline(counts, sites):
    """The headline figures of `sites` (repeats count again); None where a
    figure has no denominator."""
    clean, fh, widgets, hidden, tp, fp, fn = (sum(col) for col in zip(*(counts[s] for s in sites)))
    return {"pages_with_false_hides_pct": 100 * fh / clean if clean else None,
            "widgets_hidden_pct": 100 * hidden / widgets if widgets else None,
            "precision": tp / (tp + fp) if tp + fp else None,
            "recall": tp / (tp + fn) if tp + fn else None,
            "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp and tp + fn else None}  # as prf: none unless both are


def _bootstrap(sites, figures, draws, seed):
    """95 % intervals of `figures(drawn sites)` over `draws` draws of whole
    sites with replacement, as many as there are."""
    rng = random.Random(seed)
    samples = {k: [] for k in HEADLINE}
    for _ in range(draws):
        for key, value in figures(rng.choices(sites, k=len(sites))).items():
            if value is not None:
                samples[key].append(value)
    out = {"draws": draws, "seed": seed}
    for key, values in samples.items():
        values.sort()
        out[key] = [_r(values[int(0.025 * (len(values) - 1))]), _r(values[int(0.975 * (len(values) - 1))])] \
            if values else None
    return out


def intervals(pages, draws=BOOTSTRAP_DRAWS, seed=BOOTSTRAP_SEED):
    """95 % intervals of the headline figures of `pages`: the share of pages
    without AI widgets with a false hide, the share of widgets hidden, and
    candidate precision, recall and F1. Whole sites are drawn with
    replacement, as many as there are: a site's pages and candidates share
    its markup and are not independent. With some 90 AI widgets on a few
    dozen sites, widgets hidden moves by several points with the sample."""
    counts = site_counts(pages)
    if not counts:
        return None
    return _bootstrap(sorted(counts), lambda drawn: headline(counts, drawn), draws, seed)


def paired_differences(before, after, draws=BOOTSTRAP_DRAWS, seed=BOOTSTRAP_SEED):
    """`after` minus `before`, two runs over the same pages: the headline
    figures' differences and their 95 % intervals, each draw of sites
    scoring both runs on the same sites. Pairing is what tells two models
    apart: most of either run's spread is which sites were drawn, and that
    is shared. Both lists must hold the same pages (by id)."""
    if {p["id"]: p["site"] for p in before} != {p["id"]: p["site"] for p in after}:
        raise ValueError("paired differences need the same pages, on the same sites, in both runs")
    b, a = site_counts(before), site_counts(after)
    if not b:
        return None

    def diff(drawn):
        x, y = headline(b, drawn), headline(a, drawn)
        return {k: None if x[k] is None or y[k] is None else y[k] - x[k] for k in HEADLINE}

    out = _bootstrap(sorted(b), diff, draws, seed)
    out["difference"] = {k: None if v is None else _r(v) for k, v in diff(sorted(b)).items()}
    return out


def breakdown(pages, key):
    """Per tag (key="tags") or per language (key="lang"): the page-level
    figures and the candidates, so a failure class can be followed over runs."""
    groups = {}
    for p in pages:
        values = p.get(key) or []
        for v in values if isinstance(values, list) else [values]:
            groups.setdefault(v, []).append(p)
    out = {}
    for name, ps in sorted(groups.items()):
        out[name] = {"pages": len(ps), "pages_without_ai": sum(1 for p in ps if not p["has_ai"]),
                     "pages_with_false_hides": sum(1 for p in ps if not p["has_ai"] and p["false_hides"]),
                     "false_hides": sum(p["false_hides"] for p in ps),
                     "widgets": sum(p["widgets"] for p in ps), "widgets_hidden": sum(p["widgets_hidden"] for p in ps),
                     "candidates": prf(labelled(ps))}
    return out


def labelled(pages):
    """The candidates of `pages` that the manifest labels (matched to an element)."""
    return [c for p in pages for c in p["candidates"] if c["label"] is not None]


def labelled_with_split(pages, split):
    return labelled([p for p in pages if p["split"] == split])


def _apart(pages):
    real = [p for p in pages if not p["insert"]]
    inserted = [p for p in pages if p["insert"]]
    return {"real": group_figures(real), "inserted": group_figures(inserted) if inserted else None,
            "all": group_figures(pages)}


def summary(pages):
    """{"eval": {"real", "inserted", "all", "intervals"}, "real", "inserted", "all", ...}:
    the headline, "eval", holds the eval-split sites' pages alone; "real",
    "inserted" and "all" are every page's (secondary: the train-split sites
    are in them). Wholly real pages apart from pages with an inserted widget;
    per tag and per language, on the eval-split sites and on all pages."""
    evals = [p for p in pages if p["split"] == EVAL]
    out = _apart(pages)
    out["eval"] = _apart(evals)
    out["eval"]["intervals"] = intervals(evals)
    out["by_tag"] = breakdown(evals, "tags")
    out["by_language"] = breakdown(evals, "lang")
    out["all_pages_by_tag"] = breakdown(pages, "tags")
    out["all_pages_by_language"] = breakdown(pages, "lang")
    return out


def worst(pages, n=10):
    """The cases to look at first."""
    false_hides = sorted((p for p in pages if p["false_hides"]), key=lambda p: -p["false_hides"])[:n]
    missed = [{"page": p["id"], **w} for p in pages for w in p["missed_detail"]][:n * 2]
    cands = [dict(c, page=p["id"]) for p in pages for c in p["candidates"] if c["label"] is not None]
    fps = sorted((c for c in cands if c["ai"] and c["label"] == 0), key=lambda c: -(c["score"] or 0))[:n]
    fns = sorted((c for c in cands if not c["ai"] and c["label"] == 1), key=lambda c: c["score"] or 0)[:n]
    return {
        "false_hide_pages": [{"page": p["id"], "site": p["site"], "false_hides": p["false_hides"],
                              "elements": [{"element": h["element"], "text": h["text"][:60]}
                                           for h in p["false_hide_detail"][:5]]}
                             for p in false_hides],
        "missed_widgets": missed,
        "false_positive_candidates": [_brief(c) for c in fps],
        "false_negative_candidates": [_brief(c) for c in fns],
    }


def _brief(c):
    return {"page": c["page"], "score": c["score"], "element": c["element"], "hidden": c["hidden"],
            "html": c["html"][:200]}
