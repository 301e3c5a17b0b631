"""Server: one page's batch of 50 snippets through gunicorn (1 worker) over
loopback HTTP, against the bare cost of parsing the same 50 snippets with
BeautifulSoup + lxml; and throughput of that one worker."""
import json
import threading
import time

from bs4 import BeautifulSoup

from bench.common import BATCH, Client, Gunicorn, check_score, log, page_batches, pct
from bench.report import fmt, row

SECTION = "server"


def bs4_batch_ms(bodies):
    """Per batch: ms to parse its snippets with BeautifulSoup + lxml."""
    out = []
    for body in bodies:
        t = time.perf_counter()
        for s in body["snippets"]:
            BeautifulSoup(s["html"], "lxml")
        out.append((time.perf_counter() - t) * 1e3)
    return out


def sequential_ms(port, payloads, warmup):
    """Latencies of back-to-back requests on one keep-alive connection, and
    the wall time of the measured ones."""
    client = Client(port)
    times, failures = [], 0
    for i, payload in enumerate(payloads):
        if i == warmup:
            started = time.perf_counter()
        t = time.perf_counter()
        status, data = client.request("POST", "/v1/score", payload)
        dt = (time.perf_counter() - t) * 1e3
        if not check_score(status, data, BATCH):
            failures += 1
        elif i >= warmup:
            times.append(dt)
    wall = time.perf_counter() - started
    client.close()
    return times, failures, wall


def throughput(port, payloads, clients, seconds):
    """Requests answered by the server with `clients` concurrent keep-alive
    connections for `seconds`."""
    stop = time.monotonic() + seconds
    counts = [[0, 0] for _ in range(clients)]

    def work(k):
        client = Client(port)
        i = k
        while time.monotonic() < stop:
            status, data = client.request("POST", "/v1/score", payloads[i % len(payloads)])
            counts[k][0 if check_score(status, data, BATCH) else 1] += 1
            i += clients
        client.close()

    t = time.perf_counter()
    threads = [threading.Thread(target=work, args=(k,)) for k in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t
    ok = sum(c[0] for c in counts)
    return ok, sum(c[1] for c in counts), elapsed


def run(ctx):
    quick = ctx["quick"]
    n, warmup = (60, 5) if quick else (300, 10)
    bodies = page_batches(ctx["corpus"], n + warmup, seed=1, tag="s")
    payloads = [json.dumps(b).encode() for b in bodies]

    log(f"server: BeautifulSoup+lxml baseline over {n} batches of {BATCH}")
    bs4_batch_ms(bodies[:warmup])
    base = bs4_batch_ms(bodies[warmup:])

    log(f"server: gunicorn 1 worker, {n} sequential requests of {BATCH} snippets")
    with Gunicorn(workers=1) as g:
        times, failures, wall = sequential_ms(g.port, payloads, warmup)
        seconds = 3 if quick else 8
        clients = 4
        log(f"server: throughput, {clients} concurrent clients for {seconds} s")
        ok, failed, elapsed = throughput(g.port, payloads, clients, seconds)
        rss = g.worker_rss()

    p50, p99 = pct(times, 50), pct(times, 99)
    b50, b99 = pct(base, 50), pct(base, 99)
    ratio = p50 / b50
    rate = ok * BATCH / elapsed
    bs4_rate = BATCH * 1e3 / b50
    one_client_rate = len(times) * BATCH / wall
    figures = {
        "requests": len(times), "failed": failures + failed, "batch": BATCH,
        "latency_ms": {"p50": p50, "p99": p99, "mean": sum(times) / len(times)},
        "bs4_parse_ms": {"p50": b50, "p99": b99},
        "ratio_p50": ratio, "ratio_p99": p99 / b99,
        "throughput": {"snippets_per_s": rate, "requests": ok, "failed": failed,
                       "clients": clients, "seconds": elapsed},
        "one_client_snippets_per_s": one_client_rate,
        "bs4_snippets_per_s": bs4_rate,
        "worker_rss_mb": max(v for v in rss.values() if v is not None) if rss else None,
    }
    rows = [
        row(SECTION, "server: batch of 50, p50 (gunicorn 1 worker, HTTP)", p50, "ms", target=25,
            baseline=f"BS4+lxml parse of the 50: {fmt(b50, 'ms')}"),
        row(SECTION, "server: batch of 50, p99", p99, "ms", target=80,
            baseline=f"BS4+lxml parse p99: {fmt(b99, 'ms')}"),
        row(SECTION, "server: whole request / BS4 parse (p50)", ratio, "×", target=2.5, target_text="≤ 2.5×",
            baseline=f"p99 ratio {fmt(p99 / b99, '×')}", digits=2),
        row(SECTION, "server: throughput per worker", rate, "snippets/s", target=2000, op=">=",
            baseline=f"BS4+lxml parse alone: {fmt(bs4_rate, 'snippets/s')}",
            note=(f"{clients} keep-alive clients for {elapsed:.0f} s against 1 gthread worker "
                  f"(its default threads); one client back to back: "
                  f"{fmt(one_client_rate, 'snippets/s')}; client and server share the machine's "
                  f"{ctx['machine']['cores']} cores")),
    ]
    if failures + failed:
        rows.append(row(SECTION, "server: failed requests", failures + failed, target=0, op="=="))
    return figures, rows
