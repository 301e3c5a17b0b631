"""Two harness runs side by side (`python -m realweb compare BEFORE AFTER`):
the headline figures of each on the eval-split pages both ran, the paired
difference with its 95 % interval (realweb.score.paired_differences), the
threshold-free average precision of the candidates, and per failure class
(the later run's tags) false hides and widgets hidden, before → after. It
reads the results JSON a run writes (bench/results/realweb.json, or the
cache's report.json), so a model's figures can be set beside the next
one's without running either again."""
import json

from realweb import report, score
from realweb.split import EVAL


class CompareError(Exception):
    """A file that is not a harness run's results, or runs that share no page."""


# what compare reads of each page record (realweb.score.page_result)
# and of each candidate
PAGE_FIELDS = ("id", "site", "split", "insert", "has_ai", "false_hides", "widgets", "widgets_hidden",
               "partly_hidden", "not_rendered", "empty_selectors", "bad_selectors", "candidates")
CANDIDATE_FIELDS = ("label", "ai")


def load(path):
    """A run's results (the JSON `python -m realweb run` writes)."""
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CompareError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise CompareError(f"{path} is not JSON: {exc}") from None
    if not isinstance(result, dict) or not isinstance(result.get("pages"), list) \
            or not isinstance(result.get("model"), dict):
        raise CompareError(f"{path} is not the results of a harness run (no model or pages)")
    for n, page in enumerate(result["pages"], 1):
        missing = _missing(page)
        if missing:
            raise CompareError(f"{path}: page {n} has no {missing}: not the results of a harness run")
    return result


def _missing(page):
    """The first thing compare reads that a page record lacks, or None."""
    if not isinstance(page, dict):
        return "anything"
    for key in PAGE_FIELDS:
        if key not in page:
            return key
    if not isinstance(page["candidates"], list):
        return "a list of candidates"
    for c in page["candidates"]:
        for key in CANDIDATE_FIELDS:
            if not isinstance(c, dict) or key not in c:
                return f"candidates' {key}"
    return None


def average_precision(cands):
    """Average precision of the candidates' scores against their labels:
    how well the model ranks AI above content, whatever the threshold."""
    ranked = sorted((c for c in cands if c["label"] is not None and c.get("score") is not None),
                    key=lambda c: -c["score"])
    positives = sum(1 for c in ranked if c["label"] == 1)
    if not positives:
        return None
    hits, total = 0, 0.0
    for i, c in enumerate(ranked, 1):
        if c["label"] == 1:
            hits += 1
            total += hits / i
    return round(total / positives, 4)


def _figures(pages):
    cands = score.labelled(pages)
    real = score.labelled([p for p in pages if not p["insert"]])
    return {"pages": len(pages), **score.page_counts(pages),
            "candidates": score.prf(cands), "candidates_real": score.prf(real),
            "average_precision": average_precision(cands)}


def compare(before, after, draws=score.BOOTSTRAP_DRAWS, seed=score.BOOTSTRAP_SEED):
    """The comparison of two runs' results on the eval-split pages both ran."""
    pages = {}
    for name, result in (("before", before), ("after", after)):
        pages[name] = {p["id"]: p for p in result["pages"] if p.get("split") == EVAL}
    common = sorted(set(pages["before"]) & set(pages["after"]))
    if not common:
        raise CompareError("the two runs share no eval-split page")
    # a page's site and tags are the manifest's, which may have changed
    # since the first run: the later run's hold for both
    a = [pages["after"][i] for i in common]
    b = [dict(pages["before"][i], site=pages["after"][i]["site"], tags=pages["after"][i].get("tags", []))
         for i in common]
    # labels that changed between the runs change the figures too
    relabelled = sum(1 for x, y in zip(b, a) if (x["has_ai"], x["widgets"]) != (y["has_ai"], y["widgets"]))
    return {
        "pages": len(common), "sites": len({p["site"] for p in b}), "relabelled": relabelled,
        "left_out": {name: len(pages[name]) - len(common) for name in pages},
        "before": {"model": before["model"], "figures": _figures(b)},
        "after": {"model": after["model"], "figures": _figures(a)},
        "paired": score.paired_differences(b, a, draws, seed),
        "by_tag": {"before": score.breakdown(b, "tags"), "after": score.breakdown(a, "tags")},
    }


def _signed(x, digits):
    return "—" if x is None else f"{x:+.{digits}f}"


def _prf(c):
    return f"{report.prf_text(c)} ({c['candidates']}, {c['positives']} AI)"


def markdown(cmp):
    """The comparison as a report: figures, paired differences, per tag."""
    b, a = cmp["before"], cmp["after"]
    vb, va = b["model"].get("version", "before"), a["model"].get("version", "after")
    fb, fa = b["figures"], a["figures"]
    out = [f"# Real-web harness: {vb} → {va}", "",
           f"The eval-split pages both runs hold: {cmp['pages']} pages of {cmp['sites']} sites"
           + "".join(f"; {n} more in the {name} run, left out" for name, n in cmp["left_out"].items() if n)
           + (f"; {cmp['relabelled']} of them with other AI widgets in the two runs (the manifest changed): "
              "part of each difference is theirs" if cmp["relabelled"] else "") + ".", "",
           f"| eval-split sites | `{vb}` | `{va}` |", "|---|---|---|"]
    rows = (
        ("pages without AI widgets with a false hide",
         lambda f: f"{report.number(f['pages_with_false_hides_pct'], ' %')} "
                  f"({f['pages_with_false_hides']} of {f['pages_without_ai']})"),
        ("false hides per 100 pages without AI widgets",
         lambda f: report.number(f["false_hides_per_100_pages"], digits=1)),
        ("false hides on pages with AI widgets", lambda f: str(f["false_hides_on_ai_pages"])),
        ("AI widgets hidden",
         lambda f: f"{report.number(f['widgets_hidden_pct'], ' %')} ({f['widgets_hidden']} of {f['widgets']})"),
        ("candidate P / R / F1, all", lambda f: _prf(f["candidates"])),
        ("candidate P / R / F1, wholly real pages", lambda f: _prf(f["candidates_real"])),
        ("average precision of the candidates (no threshold)", lambda f: report.number(f["average_precision"])),
    )
    out += [f"| {label} | {fmt(fb)} | {fmt(fa)} |" for label, fmt in rows]
    paired = cmp["paired"]
    out += ["", f"Paired by site, `{va}` minus `{vb}` ({paired['draws']} draws of the sites with "
            "replacement, both runs scored on each draw; 95 % intervals):", ""]
    for key, label, digits, unit in (("pages_with_false_hides_pct", "pages without AI widgets with a false hide", 1,
                                      " points"),
                                     ("widgets_hidden_pct", "AI widgets hidden", 1, " points"),
                                     ("precision", "candidate precision", 3, ""), ("recall", "candidate recall", 3, ""),
                                     ("f1", "candidate F1", 3, "")):
        iv = paired.get(key)
        span = f" ({_signed(iv[0], digits)} to {_signed(iv[1], digits)})" if iv else ""
        out.append(f"- {label}: {_signed(paired['difference'][key], digits)}{unit}{span}")
    out += ["", "## By tag (failure class), before → after", "",
            "| tag | pages | false hides | pages without AI widgets with a false hide | widgets hidden |",
            "|---|---|---|---|---|"]
    tb, ta = cmp["by_tag"]["before"], cmp["by_tag"]["after"]
    for tag in sorted(ta):  # both runs' pages carry the later run's tags
        x, y = tb[tag], ta[tag]
        out.append(f"| {tag} | {y['pages']} | {x['false_hides']} → {y['false_hides']} "
                   f"| {x['pages_with_false_hides']} → {y['pages_with_false_hides']} of {y['pages_without_ai']} "
                   f"| {x['widgets_hidden']} → {y['widgets_hidden']} of {y['widgets']} |")
    return "\n".join(out)
