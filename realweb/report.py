"""The run's outputs. Committed results hold figures and facts only (page
ids, element tags, ids and classes, scores), never a page's text or
markup, which are other people's: bench/results/realweb.{json,md}. The
whole of it, with the worst cases' text and markup, stays in the cache
(var/realweb/report.{json,md}, printed too), with the labelled candidates
(var/realweb/candidates.jsonl) for training."""
import json

TARGETS = {  # issue 11, "Done means"
    "pages_with_false_hides_pct": ("≤ 2 %", lambda v: v <= 2),
    "widgets_hidden_pct": ("≥ 90 %", lambda v: v >= 90),
    "precision": ("≥ 0.97", lambda v: v >= 0.97),
    "f1": ("≥ 0.90", lambda v: v >= 0.90),
}


def number(value, unit="", digits=None):
    if value is None:
        return "—"
    if isinstance(value, float):
        if digits is None:
            digits = 1 if unit.strip() == "%" or value > 1 else 3
        value = f"{value:.{digits}f}"
    return f"{value}{unit}"


def _met(key, value):
    if value is None or key not in TARGETS:
        return ""
    text, ok = TARGETS[key]
    return f"{text} ({'met' if ok(value) else 'MISSED'})"


def table(summary):
    """Markdown table: one column per group of pages; the eval-split sites'
    first (the headline: no model trained on their candidates), then all
    pages (secondary: the train-split sites are among them)."""
    ev = summary.get("eval") or {}
    groups = [(name, g) for name, g in (("eval sites: wholly real pages", ev.get("real")),
                                        ("eval sites: inserted-widget pages", ev.get("inserted")),
                                        ("eval sites: all pages", ev.get("all")),
                                        ("all pages, train sites too (secondary)", summary["all"]))
              if g and g["pages"]]
    judged = ev["all"] if ev.get("all") and ev["all"]["pages"] else summary["all"]
    rows = [
        ("pages (sites, languages)", lambda g: f"{g['pages']} ({g['sites']}, {g['languages']})", None),
        ("pages without AI widgets", lambda g: number(g["pages_without_ai"]), None),
        ("false hides per 100 pages without AI widgets", lambda g: number(g["false_hides_per_100_pages"], digits=1), None),
        ("pages without AI widgets with a false hide", lambda g: number(g["pages_with_false_hides_pct"], " %"),
         "pages_with_false_hides_pct"),
        ("false hides on pages with AI widgets", lambda g: number(g["false_hides_on_ai_pages"]), None),
        ("AI widgets hidden", lambda g: f"{g['widgets_hidden']} of {g['widgets']} ({number(g['widgets_hidden_pct'], ' %')})"
         + (f", {g['widgets_partly_hidden']} partly" if g["widgets_partly_hidden"] else ""), "widgets_hidden_pct"),
        ("AI-selector elements the page never shows (not counted)", lambda g: number(g["widgets_not_rendered"]), None),
        ("AI selectors that match nothing", lambda g: number(g["empty_selectors"]), None),
        ("candidates (AI), unmatched", lambda g: f"{g['candidates']['candidates']} ({g['candidates']['positives']}), "
         f"{g['candidates_unmatched']}", None),
        ("candidate precision / recall / F1", lambda g: prf_text(g["candidates"]), "candidates"),
        ("keyword baseline on the same candidates", lambda g: prf_text(g["keyword_baseline"]), None),
        ("site-averaged candidate F1 (sites with AI candidates)", lambda g: number(g["site_macro_f1"]), None),
        ("pages that failed to load or read", lambda g: number(g["errors"]), None),
    ]
    head = "| figure | " + " | ".join(name for name, _ in groups) + " | target (eval sites, all pages) |"
    lines = [head, "|---" * (len(groups) + 2) + "|"]
    for label, fn, key in rows:
        if key == "candidates":
            c = judged["candidates"]
            target = f"P {_met('precision', c['precision'])}; F1 {_met('f1', c['f1'])}"
        else:
            target = _met(key, judged.get(key)) if key else ""
        lines.append(f"| {label} | " + " | ".join(fn(g) for _, g in groups) + f" | {target} |")
    return "\n".join(lines)


def breakdown_table(title, groups):
    lines = [f"| {title} | pages | no-AI pages with a false hide | false hides | AI widgets hidden "
             "| candidates (AI) | P / R / F1 |", "|---|---|---|---|---|---|---|"]
    for name, g in groups.items():
        c = g["candidates"]
        lines.append(f"| {name} | {g['pages']} | {g['pages_with_false_hides']} of {g['pages_without_ai']} "
                     f"| {g['false_hides']} | {g['widgets_hidden']} of {g['widgets']} "
                     f"| {c['candidates']} ({c['positives']}) | {prf_text(c)} |")
    return "\n".join(lines)


def prf_text(m):
    return f"{number(m['precision'])} / {number(m['recall'])} / {number(m['f1'])}"


def _quote(text, detail):
    return f" “{text[:60]}”" if detail and text else ""


def _intervals(summary):
    """The line under the table: the headline figures' 95 % intervals."""
    iv = (summary.get("eval") or {}).get("intervals")
    if not iv:
        return []
    parts = []
    for key, label, unit in (("pages_with_false_hides_pct", "pages without AI widgets with a false hide", " %"),
                             ("widgets_hidden_pct", "AI widgets hidden", " %"),
                             ("precision", "candidate precision", ""), ("recall", "recall", ""), ("f1", "F1", "")):
        if iv.get(key):
            lo, hi = iv[key]
            parts.append(f"{label} {number(float(lo), unit)}–{number(float(hi), unit)}")
    return [f"95 % intervals, eval sites, all pages ({iv['draws']} draws of the sites with replacement): "
            + "; ".join(parts) + ".", ""]


def markdown(result, detail=False):
    """The report; with `detail`, the worst cases' text and markup too."""
    s = result["summary"]
    out = [f"# Real-web harness: {result['manifest']}", "",
           f"Model {result['model'].get('version')} · {result['finished_at']} · "
           f"{len(result['pages'])} pages in {result['duration_s']} s"
           + (f" · {len(result['not_cached'])} pages of the manifest not in the cache" if result["not_cached"] else ""),
           "", table(s), ""] + _intervals(s) + [
           "False hide: an element the extension hid that lies outside every AI selector of its page. "
           "Missed: an AI widget neither hidden nor inside a hidden element. Candidates: what the "
           "extension sent, labelled 1 when inside an AI widget; `ai` is the server's verdict. "
           "Eval sites: the half of the manifest's sites (`realweb/split.py`, stratified by what "
           "their pages hold) that training never takes candidates from; the other half, the train "
           "sites, count only in the last column.", ""]
    for key, title, which in (("by_tag", "tag", "eval sites"), ("by_language", "language", "eval sites"),
                              ("all_pages_by_tag", "tag", "all pages, secondary")):
        if s.get(key):
            out += [f"## By {title} ({which})", "", breakdown_table(title, s[key]), ""]
    w = result["worst"]
    if w["false_hide_pages"]:
        out += ["## Most false hides", ""]
        out += [f"- {p['page']} ({p['site']}): {p['false_hides']}: "
                + "; ".join(e["element"] + _quote(e["text"], detail) for e in p["elements"])
                for p in w["false_hide_pages"]]
        out.append("")
    if w["missed_widgets"]:
        out += ["## Missed AI widgets", ""]
        out += [f"- {m['page']}: `{m['selector']}` {m['element']}{_quote(m['text'], detail)}"
                + (" (partly hidden)" if m["partly"] else "") for m in w["missed_widgets"]]
        out.append("")
    for key, title in (("false_positive_candidates", "Highest-scored content candidates"),
                       ("false_negative_candidates", "Lowest-scored AI candidates")):
        if w[key]:
            out += [f"## {title}", ""]
            out += [f"- {c['page']} {c['score']}{' (hidden)' if c['hidden'] else ''}: {c['element']}"
                    + (f": `{c['html'][:140]}`" if detail else "") for c in w[key]]
            out.append("")
    errors = [p for p in result["pages"] if p.get("error")]
    if errors:
        out += ["## Pages with errors", ""] + [f"- {p['id']}: {p['error']}" for p in errors] + [""]
    return "\n".join(out)


# what of a record may be committed: figures and facts (tags, ids, classes)
_PUBLIC = {
    "candidates": ("score", "ai", "kind", "label", "element", "hidden", "exact", "ambiguous"),
    "false_hide_detail": ("element", "inAi", "containsAi"),
    "missed_detail": ("selector", "element", "partly", "rendered"),
    "not_rendered": ("selector", "element"),
    "elements": ("element",),
    "missed_widgets": ("page", "selector", "element", "partly"),
    "false_positive_candidates": ("page", "score", "element", "hidden"),
    "false_negative_candidates": ("page", "score", "element", "hidden"),
}


def public(value, keep=None):
    """`value` without any page's text or markup: the records listed under
    a key of _PUBLIC keep only the fields named there."""
    if isinstance(value, dict):
        return {k: public(v, _PUBLIC.get(k)) if isinstance(v, list) else public(v)
                for k, v in value.items() if keep is None or k in keep}
    if isinstance(value, list):
        return [public(v, keep) for v in value]
    return value


def _dump(path, data):
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def write(out_dir, cache, result):
    """Writes the committed results (out_dir) and the detailed ones (cache);
    returns the detailed report's markdown."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cache.mkdir(parents=True, exist_ok=True)
    _dump(out_dir / "realweb.json", public(result))
    (out_dir / "realweb.md").write_text(markdown(result) + "\n", encoding="utf-8")
    _dump(cache / "report.json", result)
    md = markdown(result, detail=True)
    (cache / "report.md").write_text(md + "\n", encoding="utf-8")
    return md


def write_candidates(path, pages, manifest_ids):
    """One labelled example a line (the contract's format, plus page, site,
    split and the score the run gave it). A run of some pages (--page,
    --limit) replaces those pages' lines and keeps the other pages of the
    manifest. Returns how many lines the file has."""
    n = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    ran = {p["id"] for p in pages}
    kept = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                page = json.loads(line).get("page")
            except ValueError:
                continue
            if page in manifest_ids and page not in ran:
                kept.append(line)
    with open(tmp, "w", encoding="utf-8") as fh:
        for line in kept:
            fh.write(line + "\n")
            n += 1
        for p in pages:
            for c in p["candidates"]:
                if c["label"] is None:
                    continue
                fh.write(json.dumps({
                    "html": c["html"], "context": c["context"], "url": p["page_url"], "site": p["site"],
                    "label": c["label"], "page": p["id"], "split": p["split"], "lang": p["lang"],
                    "inserted": bool(p["insert"]), "score": c["score"],
                    "source": f"realweb:{p['id']} (cached page, not committed)",
                }, ensure_ascii=False) + "\n")
                n += 1
    tmp.replace(path)
    return n
