"""Cold start: `python -m server` launched to its first answered /v1/score
(the launch polls /healthz every 10 ms, then sends one score)."""
import json
import statistics
import time

from bench import ORIGINAL_ENV
from bench.common import Client, check_score, log
from testkit import ServerProcess
from bench.report import fmt, row

SECTION = "cold"
BODY = json.dumps({"snippets": [{"id": 1, "html": '<button aria-label="Ask AI">✨</button>'}]}).encode()


def one_start(timeout=30):
    """Seconds from launching `python -m server` to its first answered score."""
    server = ServerProcess(base_env=ORIGINAL_ENV)
    t0 = time.perf_counter()
    try:
        server.start(timeout)
        client = Client(server.port, timeout=5)
        status, data = client.request("POST", "/v1/score", BODY)
        client.close()
        if not check_score(status, data, 1):
            raise RuntimeError(f"bad first answer {status}: {data[:300]!r}")
        return time.perf_counter() - t0
    finally:
        server.stop()


def run(ctx):
    n = 1 if ctx["quick"] else 3
    log(f"cold: python -m server to first score × {n}")
    times = [one_start() for _ in range(n)]
    med = statistics.median(times)
    figures = {"runs": n, "seconds": times, "median_s": med, "max_s": max(times)}
    rows = [row(SECTION, "cold start: python -m server → first score (median)", med, "s",
                target=3, digits=2,
                baseline=f"max of {n}: {fmt(max(times), 's', 2)}" if n > 1 else "—",
                note="with a warm OS file cache")]
    return figures, rows
