"""The browser extension in a real Chromium (Debian's, /usr/bin/chromium,
driven by Python Playwright; no browser is ever downloaded), against
gunicorn on loopback:

- an AI launcher injected after load -> hidden: p95 with a cold verdict
  cache (a site and a markup the extension never saw), and with the verdict
  cached (the same markup on the same site again, its learned rule forgotten:
  verdicts are kept per site, so another site would score it afresh);
- a repeat visit to a page whose widget was learned: animation frames in
  which the widget was visible, against the first visit;
- a 10,000-element page: the extension's whole main-thread time per visit
  (every script of it that ran: the document_start scripts, content.js
  starting, every scan and verdict; from Chromium's performance trace),
  beside the same page without the extension in the same run; each visit is
  a site the extension has not seen (a first visit), and the figures are
  medians over several visits (other work on a shared machine makes single
  traces noisy).

Runs only when extension/manifest.json exists; otherwise its rows say
"not measured"."""
import pathlib
import statistics
import tempfile
import time

from bench.common import Gunicorn, log, pct
from bench.report import fmt, not_measured, row
from testkit import CHROMIUM, EXTENSION, PageServer, extension_worker, launch_chromium

SECTION = "extension"

FIGURES = [
    ("extension: launcher injected → hidden, cold cache, p95", "≤ 300 ms"),
    ("extension: launcher injected → hidden, cached verdict, p95", "≤ 50 ms"),
    ("extension: repeat visit, frames with the widget visible", "0 frames"),
    ("extension: main thread per visit, 10,000-element page (all its scripts)", "≤ 40 ms"),
    ("extension: main thread per scan, 10,000-element page (largest)", "≤ 16 ms"),
    ("extension: long tasks over 50 ms caused by the extension", "0"),
]


def _not_measured(why):
    return {"measured": False, "why": why}, [not_measured(SECTION, f, t, why) for f, t in FIGURES]


def _launch(pw, profile, with_extension):
    return launch_chromium(pw, profile, extension=with_extension,
                           args=["--host-resolver-rules=MAP *.bench.test 127.0.0.1"])


def _registered(worker, host):
    matches = worker.evaluate("""async () => (await chrome.scripting.getRegisteredContentScripts())
                                   .flatMap((s) => s.matches)""")
    return any(host in m for m in matches)


# ---- launcher injected after load -> hidden -----------------------------------

def launcher_latency(context, worker, pages, trials, tag):
    """(cold ms list, cached ms list, misses). Cold trial k: a new site, a
    launcher markup never seen. Cached trial k: the same site and markup
    again, with the rule the cold trial learned forgotten (a verdict, not a
    rule, decides)."""
    from bench.ext_pages import LAUNCHERS, site_url
    cold, cached, misses = [], [], {"cold": 0, "cached": 0}
    page = context.new_page()
    for k in range(trials):
        html = LAUNCHERS[k % len(LAUNCHERS)].replace("{k}", f"{tag}{k}")
        for kind, out in (("cold", cold), ("cached", cached)):
            if kind == "cached":
                worker.evaluate("() => globalThis.nofoobar.bg.store.clearRules()")
            page.goto(site_url(pages, f"launch{tag}-{k}", "/launch"), wait_until="load")
            page.wait_for_timeout(400)  # the content script has said hello and made its first scan
            r = page.evaluate("(h) => window.__nfbMeasure(h)", html)
            if r["ms"] is None:
                misses[kind] += 1
            else:
                out.append(r["ms"])
    page.close()
    return cold, cached, misses


# ---- repeat visit: flash frames ---------------------------------------------------

def flash_frames(context, worker, pages, visits, repeats, tag):
    from bench.ext_pages import site_url
    first, repeat, detail = [], [], []
    for v in range(visits):
        host = f"flash{tag}{v}"
        page = context.new_page()
        page.goto(site_url(pages, host, "/flash"), wait_until="load")
        page.wait_for_function("() => window.__nfbFlash && window.__nfbFlash.done", timeout=10_000)
        s = page.evaluate("() => window.__nfbFlash")
        first.append(s["visible"])
        detail.append({"site": host, "visit": 1, **s})
        deadline = time.monotonic() + 10
        while not _registered(worker, f"{host}.bench.test") and time.monotonic() < deadline:
            time.sleep(0.05)
        for r in range(repeats):
            page.goto(site_url(pages, host, "/flash"), wait_until="load")
            page.wait_for_function("() => window.__nfbFlash && window.__nfbFlash.done", timeout=10_000)
            s = page.evaluate("() => window.__nfbFlash")
            repeat.append(s["visible"])
            detail.append({"site": host, "visit": r + 2, **s})
        page.close()
    return first, repeat, detail


# ---- main-thread cost on a 10,000-element page --------------------------------------

TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8"]
TASK_NAMES = ("RunTask", "ThreadControllerImpl::RunTask")
SCRIPT_NAMES = ("FunctionCall", "EvaluateScript", "v8.callFunction", "TimerFire", "FireIdleCallback")


def trace_page(context, url, settle_ms):
    """Trace events of loading url and `settle_ms` after it."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    events, complete = [], []
    cdp.on("Tracing.dataCollected", lambda p: events.extend(p["value"]))
    cdp.on("Tracing.tracingComplete", lambda p: complete.append(True))
    cdp.send("Tracing.start", {"transferMode": "ReportEvents",
                               "traceConfig": {"includedCategories": TRACE_CATEGORIES,
                                               "recordMode": "recordAsMuchAsPossible"}})
    page.goto(url, wait_until="load")
    elements = page.evaluate("() => document.getElementsByTagName('*').length")
    page.wait_for_timeout(settle_ms)
    hidden = page.evaluate("() => document.querySelectorAll('[data-nofoobar=hidden]').length")
    cdp.send("Tracing.end")
    deadline = time.monotonic() + 30
    while not complete and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    page.close()
    return events, elements, hidden


def _url_of(ev):
    data = (ev.get("args") or {}).get("data") or {}
    return data.get("url") or data.get("scriptName") or ""


def main_thread(events, page_url):
    """Tasks on the page's renderer main thread: all of them, and those in
    which the extension's scripts ran (with the time its scripts took)."""
    names = {(e["pid"], e["tid"]): e["args"]["name"] for e in events
             if e.get("ph") == "M" and e.get("name") == "thread_name"}
    # the page's main thread: the renderer thread that parsed our page
    parse = [e for e in events if e.get("name") == "ParseHTML"
             and page_url in str(((e.get("args") or {}).get("beginData") or {}).get("url", ""))]
    if parse:
        key = (parse[0]["pid"], parse[0]["tid"])
    else:
        mains = [k for k, v in names.items() if v == "CrRendererMain"]
        key = max(mains, key=lambda k: sum(e.get("dur", 0) for e in events
                                           if (e["pid"], e["tid"]) == k and e.get("ph") == "X"))
    mine = sorted((e for e in events if (e["pid"], e["tid"]) == key and e.get("ph") == "X"),
                  key=lambda e: e["ts"])
    tasks = [e for e in mine if e["name"] in TASK_NAMES]
    scripts = [e for e in mine if e["name"] in SCRIPT_NAMES and _url_of(e).startswith("chrome-extension://")]
    out, j = [], 0
    for t in tasks:
        start, end = t["ts"], t["ts"] + t.get("dur", 0)
        ext_us, last_end = 0, start
        while j < len(scripts) and scripts[j]["ts"] < start:
            j += 1
        k = j
        while k < len(scripts) and scripts[k]["ts"] < end:
            s = scripts[k]
            s_end = s["ts"] + s.get("dur", 0)
            if s["ts"] >= last_end:  # outermost only: nested calls are inside it
                ext_us += s.get("dur", 0)
                last_end = s_end
            k += 1
        out.append({"ts": start, "ms": t.get("dur", 0) / 1e3, "ext_ms": ext_us / 1e3})
    # nested RunTasks (a task inside a task) would count twice: keep outermost
    top, last_end = [], -1
    for t in out:
        if t["ts"] >= last_end:
            top.append(t)
            last_end = t["ts"] + t["ms"] * 1e3
    return top


def big_visits(context, pages, visits, tag, before=None):
    """Per visit of the 10,000-element page (a new site each time, so each is
    a first visit): the main-thread summary of `summarise`."""
    from bench.ext_pages import site_url
    out = []
    for v in range(visits):
        if before:
            before()
        url = site_url(pages, f"big{tag}-{v}", "/big")
        events, elements, hidden = trace_page(context, url, 3000)
        out.append(summarise(main_thread(events, url), elements, hidden))
    return out


def summarise(tasks, elements, hidden):
    """One visit: all main-thread time, the extension's script time (every
    task it ran in), its largest task and its long tasks."""
    by_ext = [t for t in tasks if t["ext_ms"] > 0]
    return {"elements": elements, "hidden": hidden,
            "main_thread_ms": sum(t["ms"] for t in tasks),
            "extension_script_ms": sum(t["ext_ms"] for t in by_ext),
            "extension_tasks": len(by_ext),
            "extension_task_ms": [t["ms"] for t in by_ext],
            "largest_task_ms": max((t["ms"] for t in by_ext), default=0.0),
            "long_tasks_by_extension": sum(1 for t in by_ext if t["ms"] > 50),
            "longest_task_ms": max((t["ms"] for t in tasks), default=0.0)}


def _median(visits, key):
    return statistics.median(v[key] for v in visits) if visits else None


def run(ctx):
    if not (EXTENSION / "manifest.json").exists():
        return _not_measured("extension/manifest.json does not exist yet")
    if not pathlib.Path(CHROMIUM).exists():
        return _not_measured(f"no Chromium at {CHROMIUM} (make bench installs Debian's chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return _not_measured("Python playwright is not installed (pip install -e '.[dev]')")
    from bench.ext_pages import big_page, flash_page, launch_page, site_url

    quick = ctx["quick"]
    trials = 6 if quick else 20
    visits, repeats = (1, 2) if quick else (3, 3)
    big_n = 3 if quick else 5
    tag = str(int(time.time()) % 100000)
    pages = PageServer(pages={"/launch": launch_page(), "/flash": flash_page(), "/big": big_page()})
    figures = {"measured": True}
    try:
        with Gunicorn(workers=1) as server, sync_playwright() as pw, \
                tempfile.TemporaryDirectory(prefix="nofoobar-chromium-") as tmp:
            # Without the extension first: the baseline of the big page.
            log(f"extension: 10,000-element page without the extension, {big_n} visits")
            plain = _launch(pw, pathlib.Path(tmp) / "plain", with_extension=False)
            try:
                trace_page(plain, site_url(pages, "warm", "/big"), 500)  # warm the HTTP and V8 caches
                base_visits = big_visits(plain, pages, big_n, tag)
            finally:
                plain.close()

            context = _launch(pw, pathlib.Path(tmp) / "ext", with_extension=True)
            try:
                worker = extension_worker(context)

                def reset():
                    worker.evaluate("async (s) => { await globalThis.nofoobar.bg.reset(s); }",
                                    {"serverUrl": f"http://127.0.0.1:{server.port}"})

                reset()
                log(f"extension: 10,000-element page with the extension, {big_n} visits")
                trace_page(context, site_url(pages, "warm", "/big"), 500)
                ext_visits = big_visits(context, pages, big_n, tag, before=reset)

                log(f"extension: launcher → hidden, {trials} cold and {trials} cached trials")
                cold, cached, misses = launcher_latency(context, worker, pages, trials, tag)

                log(f"extension: flash frames, {visits} first visits × {repeats} repeats")
                first, repeat, flash_detail = flash_frames(context, worker, pages, visits, repeats, tag)
            finally:
                context.close()
    except Exception as exc:  # the browser half must not take the server figures with it
        figures, rows = _not_measured(f"the browser run failed: {type(exc).__name__}: {exc}"[:300])
        return figures, rows
    finally:
        pages.close()

    ext_script = _median(ext_visits, "extension_script_ms")
    ext_total = _median(ext_visits, "main_thread_ms")
    base_total = _median(base_visits, "main_thread_ms")
    scan_max = _median(ext_visits, "largest_task_ms")
    long_ext = max((v["long_tasks_by_extension"] for v in ext_visits), default=0)
    base_long = _median(base_visits, "longest_task_ms")
    n_el = ext_visits[0]["elements"] if ext_visits else 0
    hidden_big = min((v["hidden"] for v in ext_visits), default=0)
    per_visit = ", ".join(fmt(v["extension_script_ms"], "ms") for v in ext_visits)

    cold95, cached95 = pct(cold, 95), pct(cached, 95)
    figures.update({
        "launcher_ms": {"cold": cold, "cached": cached, "misses": misses,
                        "cold_p50": pct(cold, 50), "cold_p95": cold95,
                        "cached_p50": pct(cached, 50), "cached_p95": cached95},
        "flash_frames": {"first": first, "repeat": repeat, "detail": flash_detail},
        "big_page": {"elements": n_el, "hidden": hidden_big, "visits": len(ext_visits),
                     "extension_script_ms": ext_script, "largest_task_ms": scan_max,
                     "long_tasks_by_extension": long_ext,
                     "main_thread_ms_with": ext_total, "main_thread_ms_without": base_total,
                     "largest_task_ms_without": base_long,
                     "with_extension": ext_visits, "without_extension": base_visits},
    })
    miss_note = (f"{misses['cold']} cold and {misses['cached']} cached launchers not hidden within 5 s "
                 "(counted as missing, not in the percentiles)") if misses["cold"] or misses["cached"] else None
    rows = [
        row(SECTION, FIGURES[0][0], cold95, "ms", target=300,
            baseline=f"p50 {fmt(pct(cold, 50), 'ms')}, {len(cold)} trials", note=miss_note),
        row(SECTION, FIGURES[1][0], cached95, "ms", target=50,
            baseline=f"p50 {fmt(pct(cached, 50), 'ms')}, {len(cached)} trials"),
        row(SECTION, FIGURES[2][0], max(repeat, default=None), "frames", target=0, op="==",
            target_text="0 frames",
            baseline=f"first visit: {fmt(statistics.median(first) if first else None, 'frames')} (median)",
            note=f"{len(repeat)} repeat visits to {visits} sites; the largest count is shown"),
        row(SECTION, FIGURES[3][0], ext_script, "ms", target=40,
            baseline=(f"page alone {fmt(base_total, 'ms')} main thread, with the extension "
                      f"{fmt(ext_total, 'ms')} (medians of {len(base_visits)} visits each)"),
            note=(f"{n_el:,} elements; {hidden_big} widgets hidden; trace of load + 3 s; "
                  f"each visit a new site; per visit: {per_visit}")),
        row(SECTION, FIGURES[4][0], scan_max, "ms", target=16,
            baseline=f"median over visits; {ext_visits[0]['extension_tasks'] if ext_visits else 0} "
                     "extension tasks in the first"),
        row(SECTION, FIGURES[5][0], long_ext, target=0, op="==", target_text="0",
            baseline=f"page alone: longest task {fmt(base_long, 'ms')} (median)"),
    ]
    return figures, rows
