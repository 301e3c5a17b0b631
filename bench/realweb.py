"""The real-web harness (python -m realweb run) as a section of the
benchmarks: run when the page cache exists (python -m realweb fetch),
"not measured" otherwise. Its full report goes to realweb.{md,json} beside
latest.json; here, the four figures issue 11 sets targets for, on all
pages (candidates: on the sites held out of training); the report has the
wholly real pages and those with an inserted widget apart."""
from bench.common import log
from bench.report import not_measured, row

SECTION = "realweb"

FIGURES = [
    ("real web: pages without AI widgets with a false hide", "≤ 2 %"),
    ("real web: AI widgets hidden", "≥ 90 %"),
    ("real web: candidate precision, held-out sites", "≥ 0.97"),
    ("real web: candidate F1, held-out sites", "≥ 0.90"),
]


def run(ctx):
    from realweb import MANIFEST, cache_dir, manifest, run as realweb_run

    cache = cache_dir()
    entries = manifest.load(MANIFEST) if MANIFEST.exists() else []
    have, _ = realweb_run.cached_entries(entries, cache)
    if not have:
        why = f"no cached pages in {cache}: python -m realweb fetch"
        return {"measured": False, "why": why}, [not_measured(SECTION, f, t, why) for f, t in FIGURES]
    log(f"realweb: {len(have)} cached pages")
    result, _, _ = realweb_run.run(entries, cache, ctx["out"], progress=False)
    real = result["summary"]["all"]
    held = real["candidates_test_sites"]
    pages = (f"{real['pages']} pages ({result['summary']['real']['pages']} wholly real), {real['sites']} sites, "
             f"{real['languages']} languages")
    rows = [
        row(SECTION, FIGURES[0][0], real["pages_with_false_hides_pct"], "%", target=2, op="<=",
            baseline=f"{real['false_hides_per_100_pages']} false hides per 100 such pages", note=pages),
        row(SECTION, FIGURES[1][0], real["widgets_hidden_pct"], "%", target=90, op=">=",
            baseline=f"{real['widgets_hidden']} of {real['widgets']}"),
        row(SECTION, FIGURES[2][0], held["precision"], target=0.97, op=">=", digits=3,
            baseline=f"all sites {real['candidates']['precision']}"),
        row(SECTION, FIGURES[3][0], held["f1"], target=0.90, op=">=", digits=3,
            baseline=f"all sites {real['candidates']['f1']}"),
    ]
    return {"measured": True, "summary": result["summary"], "duration_s": result["duration_s"]}, rows
