"""Rows of figures -> the printed table, latest.json and latest.md."""
import json
import math

_OPS = {"<=": (lambda v, t: v <= t, "≤"), ">=": (lambda v, t: v >= t, "≥"),
        "==": (lambda v, t: v == t, "=")}


def fmt(value, unit="", digits=None):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if digits is None:
        a = abs(value)
        digits = 0 if a >= 100 or float(value).is_integer() else (1 if a >= 10 else (2 if a >= 0.1 else 3))
    text = f"{value:,.{digits}f}"
    return f"{text} {unit}".strip()


def row(section, figure, value, unit="", *, target=None, op="<=", target_text=None, met=None,
        baseline="—", shown=None, digits=None, note=None):
    """One line of the table. A numeric `target` with `op` decides met/missed;
    otherwise `met` (True/False/None) and `target_text` are given."""
    if target is not None and value is not None and met is None:
        met = bool(_OPS[op][0](value, target))
    if target_text is None:
        target_text = f"{_OPS[op][1]} {fmt(target, unit)}" if target is not None else "—"
    return {"section": section, "figure": figure, "value": value, "unit": unit,
            "shown": shown if shown is not None else fmt(value, unit, digits),
            "target": target_text, "met": met, "baseline": baseline, "note": note}


def not_measured(section, figure, target_text, why):
    return row(section, figure, None, target_text=target_text, met=None, shown="not measured",
               note=why)


def _status(r):
    return {True: "met", False: "MISSED", None: "—"}[r["met"]]


def table_text(rows):
    head = ("figure", "measured", "target", "status", "baseline (same run)")
    lines = [[r["figure"], r["shown"], r["target"], _status(r), r["baseline"]] for r in rows]
    widths = [max(len(str(x[i])) for x in lines + [list(head)]) for i in range(4)]
    out = ["  ".join(h.ljust(w) for h, w in zip(head, widths)) + "  " + head[4]]
    out.append("  ".join("-" * w for w in widths) + "  " + "-" * len(head[4]))
    for x in lines:
        out.append("  ".join(str(v).ljust(w) for v, w in zip(x, widths)) + "  " + str(x[4]))
    return "\n".join(out)


def table_markdown(rows):
    out = ["| figure | measured | target | status | baseline (same run) |",
           "|---|---|---|---|---|"]
    for r in rows:
        cells = [r["figure"], r["shown"], r["target"], _status(r), r["baseline"]]
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out)


def notes(rows):
    return [f"{r['figure']}: {r['note']}" for r in rows if r.get("note")]


def write(out_dir, result):
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "latest.json").write_text(json.dumps(result, indent=2, default=str) + "\n",
                                         encoding="utf-8")
    m = result["machine"]
    md = [f"# nofoobar benchmarks — {result['finished_at']}", "",
          f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['os']}, "
          f"Python {m['python']}. Model {result.get('model_version')}. Load average "
          f"{m.get('load_average')} at the start, {result.get('load_average_end')} at the end. "
          f"`python -m bench{' --quick' if result['quick'] else ''}"
          f"{''.join(' --only ' + s for s in result['only'] or [])}` took "
          f"{result['duration_s']:.0f} s.", "",
          table_markdown(result["rows"]), ""]
    if result.get("contended"):
        md[3:3] = ["**Other work shared the CPU during this run** (load average above the core "
                   "count): its timings are slower than this machine can do.", ""]
    extra = notes(result["rows"])
    if extra:
        md += ["Notes:", ""] + [f"- {n}" for n in extra] + [""]
    (out_dir / "latest.md").write_text("\n".join(md), encoding="utf-8")
