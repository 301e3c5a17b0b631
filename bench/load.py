"""Load (issue 7): 32 concurrent clients for 60 s against gunicorn on
loopback, each posting page batches of 50 snippets back to back. Every
request must be answered with 200 and 50 well-formed results; the workers'
memory is sampled every second and must stay steady."""
import collections
import json
import threading
import time

from bench.common import BATCH, Client, Gunicorn, check_score, log, page_batches, pct
from bench.report import fmt, row

SECTION = "load"
CONCURRENCY = 32
WORKERS = 2  # server/gunicorn.conf.py's default


def run(ctx):
    quick = ctx["quick"]
    seconds = 10 if quick else 60
    templates = [json.dumps(b).encode() for b in
                 page_batches(ctx["corpus"], 64, seed=7, tag="L%REQ%")]
    counter = iter(range(10**9))
    lock = threading.Lock()

    def payload():
        # a fresh tag per request: no two requests send the same snippet bytes
        with lock:
            n = next(counter)
        return templates[n % len(templates)].replace(b"%REQ%", str(n).encode())

    with Gunicorn(workers=WORKERS) as g:
        warm = Client(g.port)
        for _ in range(20):
            warm.request("POST", "/v1/score", payload())
        warm.close()
        rss_start = g.worker_rss()
        log(f"load: {CONCURRENCY} clients for {seconds} s against gunicorn "
            f"({WORKERS} workers), workers at {', '.join(fmt(v, 'MB') for v in rss_start.values())}")

        latencies = [[] for _ in range(CONCURRENCY)]
        failures = collections.Counter()
        reconnects = [0] * CONCURRENCY
        stop_at = time.monotonic() + seconds
        samples = []

        def work(k):
            client = Client(g.port, timeout=30)
            mine = latencies[k]
            while time.monotonic() < stop_at:
                body = payload()
                t = time.perf_counter()
                try:
                    status, data = client.request("POST", "/v1/score", body)
                except OSError as exc:
                    with lock:
                        failures[type(exc).__name__] += 1
                    client.close()
                    continue
                mine.append((time.perf_counter() - t) * 1e3)
                if not check_score(status, data, BATCH):
                    with lock:
                        failures[f"HTTP {status}"] += 1
            reconnects[k] = client.reconnects
            client.close()

        threads = [threading.Thread(target=work, args=(k,), daemon=True) for k in range(CONCURRENCY)]
        t0 = time.perf_counter()
        for th in threads:
            th.start()
        while any(th.is_alive() for th in threads):
            samples.append((round(time.perf_counter() - t0, 1), g.worker_rss()))
            time.sleep(1.0)
        for th in threads:
            th.join()
        elapsed = time.perf_counter() - t0
        rss_end = g.worker_rss()
        pids_end = sorted(rss_end)
        alive = g.proc.poll() is None

    all_lat = [x for lat in latencies for x in lat]
    n_req = len(all_lat) + sum(v for k, v in failures.items() if not k.startswith("HTTP"))
    n_fail = sum(failures.values())
    end_total = sum(v for v in rss_end.values() if v)
    # steady: after the first tenth of the run (warm-up, allocator arenas),
    # the workers' RSS does not keep growing
    settle = [s for s in samples if s[0] >= seconds * 0.1]
    settled_total = sum(v for v in (settle[0][1] if settle else rss_start).values() if v)
    growth = end_total - settled_total
    steady = (growth <= max(5.0, 0.05 * settled_total) and pids_end == sorted(rss_start)
              and alive)
    worker_max = max(v for v in rss_end.values() if v) if rss_end else None

    figures = {
        "concurrency": CONCURRENCY, "seconds": elapsed, "workers": WORKERS, "batch": BATCH,
        "requests": n_req, "failed": n_fail, "failures": dict(failures),
        "reconnects": sum(reconnects),
        "requests_per_s": n_req / elapsed, "snippets_per_s": len(all_lat) * BATCH / elapsed,
        "latency_ms": {"p50": pct(all_lat, 50), "p99": pct(all_lat, 99), "max": max(all_lat, default=None)},
        "rss_mb": {"start": rss_start, "end": rss_end, "settled_total": settled_total,
                   "growth_after_settle": growth, "samples": samples},
        "workers_replaced": pids_end != sorted(rss_start), "steady": steady,
    }
    per_worker = lambda d: " + ".join(fmt(v, "MB") for v in d.values())  # noqa: E731
    rows = [
        row(SECTION, f"load: {CONCURRENCY} clients × {elapsed:.0f} s, failed requests", n_fail,
            target=0, op="==", target_text="0 failed",
            baseline=f"of {n_req:,} requests ({fmt(n_req / elapsed, 'req/s')}, "
                     f"{fmt(len(all_lat) * BATCH / elapsed, 'snippets/s')}, {WORKERS} workers)"),
        row(SECTION, "load: latency p50 / p99 under load", pct(all_lat, 50), "ms",
            shown=f"{fmt(pct(all_lat, 50), 'ms')} / {fmt(pct(all_lat, 99), 'ms')}",
            baseline=f"max {fmt(max(all_lat, default=None), 'ms')}"),
        row(SECTION, "load: workers' RSS, start → end", end_total, "MB",
            shown=f"{per_worker(rss_start)} → {per_worker(rss_end)}", met=steady,
            target_text="steady",
            baseline=f"{growth:+.1f} MB after the first {seconds * 0.1:.0f} s"),
        row(SECTION, "server worker RSS after the load (largest)", worker_max, "MB", target=200),
    ]
    return figures, rows
