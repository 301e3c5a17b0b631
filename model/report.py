"""The evaluation report: one self-contained HTML page (index.html) that says
how a model did on a labelled set and why.

    precision-recall curve and confusion matrix (PNG, embedded as data URIs),
    the threshold, precision/recall/F1 against the keyword baseline, recall per
    kind, the worst false positives and false negatives with their snippets and
    reasons, and, when there is one, the current model beside the new one.

Written by `python -m model.evaluate FILE --report DIR` (scores from a saved
model) and by `python -m model.train` (out-of-fold scores of its
cross-validation, in <version>/report/). Every string that comes from data
(snippets, URLs, kinds, reasons) is HTML-escaped: snippets are hostile
markup by design, and the page must be safe to open.

A run (what `write` takes, and `compare` too) is a dict:
    label      "new 2026.11.30-2", what the column is called
    threshold  the threshold its verdicts used
    metrics    model.metrics.binary(...) of its verdicts
    per_kind   model.metrics.per_kind(...), optional
    baseline   model.metrics.binary(...) of the keyword baseline, optional
    probs, predicted   per-example scores and verdicts, optional for `compare`
                       (without them it is a column of figures, not a curve)
"""
import base64
import datetime as dt
import html
import io
import pathlib

import numpy as np


REPORT_FILE = "index.html"
WORST = 10            # rows in each of the false-positive / false-negative tables
SNIPPET_CHARS = 600   # longer snippets are cut: the report of the bundled model is in git
DPI = 96


def worst_errors(labels, probs, predicted, limit=WORST):
    """(false positives, highest score first; false negatives, lowest first)
    as index arrays: the examples the model was most sure about and wrong."""
    labels, probs, predicted = np.asarray(labels), np.asarray(probs), np.asarray(predicted)
    fp = np.flatnonzero((labels == 0) & (predicted == 1))
    fn = np.flatnonzero((labels == 1) & (predicted == 0))
    fp = fp[np.argsort(-probs[fp], kind="stable")][:limit]
    fn = fn[np.argsort(probs[fn], kind="stable")][:limit]
    return fp, fn


def _png(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    # No Software/date metadata: the same model gives the same bytes.
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _operating_point(labels, probs, threshold):
    hit = np.asarray(probs) >= threshold
    pos = np.asarray(labels) == 1
    precision = (hit & pos).sum() / hit.sum() if hit.sum() else 0.0
    recall = (hit & pos).sum() / pos.sum() if pos.sum() else 0.0
    return recall, precision


def pr_curve_png(labels, runs):
    """Precision-recall curves of runs that have probs, each with its
    threshold marked, and the keyword baseline of the first as a point."""
    from matplotlib.figure import Figure
    from sklearn.metrics import precision_recall_curve
    fig = Figure(figsize=(5.5, 4))
    ax = fig.add_subplot()
    for run, style in zip(runs, ("-", "--")):
        precision, recall, _ = precision_recall_curve(labels, run["probs"])
        line, = ax.step(recall, precision, style, where="post", label=run["label"])
        r, p = _operating_point(labels, run["probs"], run["threshold"])
        ax.plot([r], [p], "o", color=line.get_color(),
                label=f"threshold {run['threshold']:.3f}: P {p:.3f} R {r:.3f}")
    base = runs[0].get("baseline")
    if base:
        ax.plot([base["recall"]], [base["precision"]], "x", color="grey", markersize=8,
                label=f"keyword baseline: P {base['precision']:.3f} R {base['recall']:.3f}")
    ax.set_xlabel("recall (share of AI bloat found)")
    ax.set_ylabel("precision (share of flags that are right)")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    return _png(fig)


def confusion_png(runs):
    """One 2x2 confusion matrix per run, side by side."""
    from matplotlib.figure import Figure
    fig = Figure(figsize=(3.4 * len(runs), 3.2))
    for i, run in enumerate(runs, 1):
        c = run["metrics"]["confusion"]
        cm = np.array([[c["tn"], c["fp"]], [c["fn"], c["tp"]]])
        ax = fig.add_subplot(1, len(runs), i)
        ax.imshow(cm, cmap="Blues", vmin=0, vmax=max(int(cm.max()), 1))
        for (y, x), n in np.ndenumerate(cm):
            ax.text(x, y, str(n), ha="center", va="center", fontsize=13,
                    color="white" if n > cm.max() / 2 else "black")
        ax.set_xticks([0, 1], ["keep", "AI"])
        ax.set_yticks([0, 1], ["keep", "AI"])
        ax.set_xlabel("predicted")
        ax.set_ylabel("actual")
        ax.set_title(run["label"], fontsize=10)
    fig.tight_layout()
    return _png(fig)


# -- HTML --------------------------------------------------------------------

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:62em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0}td,th{padding:.25em .7em;border-bottom:1px solid #eee;
text-align:left;vertical-align:top}th{background:#f6f6f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
pre{white-space:pre-wrap;word-break:break-all;background:#f7f7f7;padding:.5em;margin:.2em 0;font-size:12px}
.worse{color:#b00}.better{color:#070}.note{color:#555}.decision{padding:.6em 1em;background:#fff8e1;
border-left:4px solid #f0b400}img{max-width:100%}td.why{width:16em}
"""


def _e(value):
    return html.escape(str(value), quote=True)


def _num(value, digits=3):
    return "–" if value is None else f"{value:.{digits}f}"


def _delta(new, old):
    if new is None or old is None:
        return ""
    d = new - old
    if abs(d) < 5e-4:
        return "±0"
    return f'<span class="{"better" if d > 0 else "worse"}">{d:+.3f}</span>'


def _figures_table(run, compare):
    keys = ("precision", "recall", "f1", "roc_auc")
    m, base = run["metrics"], run.get("baseline") or {}
    head = ["", _e(run["label"])]
    if compare:
        head += [_e(compare["label"]), "change"]
    if base:
        head.append("keyword baseline")
    rows = ["<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for key in keys:
        cells = [key, f'<td class="n">{_num(m.get(key))}</td>']
        if compare:
            old = compare["metrics"].get(key)
            cells += [f'<td class="n">{_num(old)}</td>', f'<td class="n">{_delta(m.get(key), old)}</td>']
        if base:
            cells.append(f'<td class="n">{_num(base.get(key))}</td>')
        rows.append(f"<tr><th>{cells[0]}</th>" + "".join(cells[1:]) + "</tr>")
    thr = [f'<td class="n">{_num(run["threshold"], 4)}</td>']
    if compare:
        thr += [f'<td class="n">{_num(compare.get("threshold"), 4)}</td>', "<td></td>"]
    if base:
        thr.append("<td></td>")
    rows.append("<tr><th>threshold</th>" + "".join(thr) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _kinds_table(run, compare):
    kinds = run.get("per_kind") or {}
    old = (compare or {}).get("per_kind") or {}
    if not kinds and not old:
        return '<p class="note">No AI examples, so no recall per kind.</p>'
    has_acc = any("kind_accuracy" in row for row in kinds.values())
    head = ["kind", "n", f"recall: {_e(run['label'])}"]
    if old:
        head += [f"recall: {_e(compare['label'])}", "change"]
    if has_acc:
        head.append("kind named right")
    rows = ["<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for kind in sorted(set(kinds) | set(old)):
        row = kinds.get(kind, {})
        cells = [_e(kind), f'<td class="n">{row.get("n", 0)}</td>',
                 f'<td class="n">{_num(row.get("recall"))}</td>']
        if old:
            before = old.get(kind, {}).get("recall")
            cells += [f'<td class="n">{_num(before)}</td>',
                      f'<td class="n">{_delta(row.get("recall"), before)}</td>']
        if has_acc:
            cells.append(f'<td class="n">{_num(row.get("kind_accuracy"))}</td>')
        rows.append(f"<tr><td>{cells[0]}</td>" + "".join(cells[1:]) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _snippet(text):
    text = str(text)
    cut = len(text) - SNIPPET_CHARS
    if cut > 0:
        text = text[:SNIPPET_CHARS]
    out = f"<pre><code>{_e(text)}</code></pre>"
    if cut > 0:
        out += f'<div class="note">… {cut} more characters not shown</div>'
    return out


def _errors_table(idx, examples, run, reasons_of, what):
    if len(idx) == 0:
        return f'<p class="note">No {what}.</p>'
    rows = ["<tr><th>score</th><th>example</th><th>why the model scored it so</th></tr>"]
    for i in idx:
        ex = examples[i]
        where = " · ".join(_e(v) for v in (ex.get("kind"), ex.get("url"), ex.get("source")) if v)
        why = reasons_of(i) if reasons_of else []
        why = "<ul>" + "".join(f"<li>{_e(r)}</li>" for r in why) + "</ul>" if why else "–"
        rows.append(f'<tr><td class="n">{float(run["probs"][i]):.3f}</td>'
                    f'<td><div class="note">{where}</div>{_snippet(ex["html"])}</td><td class="why">{why}</td></tr>')
    return "<table>" + "".join(rows) + "</table>"


def render(title, examples, run, *, compare=None, reasons_of=None, notes=(), decision=None,
           limit=WORST):
    """The report as an HTML string. reasons_of(i) gives the reasons for
    example i's verdict; notes are lines about where the figures come from;
    decision (text) is what happened to the model, e.g. its promotion."""
    labels = np.asarray([ex["label"] for ex in examples])
    both_classes = labels.size and labels.min() != labels.max()
    curves = [r for r in (run, compare) if r and r.get("probs") is not None]
    matrices = [r for r in (run, compare) if r and "confusion" in r.get("metrics", {})]
    generated = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Nothing on this page may run or load: it shows hostile markup as text.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "img-src data:; style-src 'unsafe-inline'\">",
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
    ]
    n_pos = int(labels.sum()) if labels.size else 0
    parts.append(f'<p class="note">{labels.size} examples ({n_pos} AI, {labels.size - n_pos} keep). '
                 f"Generated {_e(generated)}.</p>")
    parts += [f'<p class="note">{_e(line)}</p>' for line in notes]
    if decision:
        parts.append(f'<p class="decision">{_e(decision)}</p>')

    parts.append("<h2>Figures</h2>")
    parts.append(f"<p>A snippet is flagged as AI bloat when its score is at least the threshold, "
                 f"<strong>{_num(run['threshold'], 4)}</strong>.</p>")
    parts.append(_figures_table(run, compare))
    if curves and both_classes:
        parts.append("<h2>Precision and recall</h2>")
        parts.append(f'<img alt="precision-recall curve" src="{pr_curve_png(labels, curves)}">')
    elif not both_classes:
        parts.append('<p class="note">One class only: no precision-recall curve.</p>')
    if matrices:
        parts.append("<h2>Confusion matrix</h2>")
        parts.append(f'<img alt="confusion matrix" src="{confusion_png(matrices)}">')

    parts.append("<h2>Recall per kind</h2>")
    parts.append(_kinds_table(run, compare))

    if run.get("probs") is not None and run.get("predicted") is not None:
        fp, fn = worst_errors(labels, run["probs"], run["predicted"], limit)
        n_fp = int(((labels == 0) & (np.asarray(run["predicted"]) == 1)).sum())
        n_fn = int(((labels == 1) & (np.asarray(run["predicted"]) == 0)).sum())
        parts.append(f"<h2>Worst false positives ({len(fp)} of {n_fp})</h2>")
        parts.append('<p class="note">Content the model would hide, highest score first.</p>')
        parts.append(_errors_table(fp, examples, run, reasons_of, "false positives"))
        parts.append(f"<h2>Worst false negatives ({len(fn)} of {n_fn})</h2>")
        parts.append('<p class="note">AI bloat the model would miss, lowest score first.</p>')
        parts.append(_errors_table(fn, examples, run, reasons_of, "false negatives"))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write(out_dir, title, examples, run, **kwargs):
    """Render the report into out_dir/index.html; returns its path."""
    out_dir = pathlib.Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / REPORT_FILE
    path.write_text(render(title, examples, run, **kwargs), encoding="utf-8")
    return path
