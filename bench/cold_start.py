"""Cold start: `python -m server` launched to its first answered /v1/score."""
import json
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from bench import ORIGINAL_ENV
from bench.common import ROOT, Client, check_score, free_port, log
from bench.report import fmt, row

SECTION = "cold"
BODY = json.dumps({"snippets": [{"id": 1, "html": '<button aria-label="Ask AI">✨</button>'}]}).encode()


def one_start(timeout=30):
    from model import artifacts
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="nofoobar-cold-"))
    port = free_port()
    log_fh = open(tmp / "server.log", "wb")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", "--port", str(port),
         "--model", str(artifacts.DEFAULT_DIR), "--data-dir", str(tmp / "var")],
        cwd=ROOT, env=ORIGINAL_ENV, stdout=log_fh, stderr=subprocess.STDOUT)
    try:
        client = Client(port, timeout=5)
        while time.perf_counter() - t0 < timeout:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}: "
                                   + (tmp / "server.log").read_text(errors="replace")[-2000:])
            try:
                status, data = client.request("POST", "/v1/score", BODY)
                if check_score(status, data, 1):
                    return time.perf_counter() - t0
            except OSError:
                client.close()
            time.sleep(0.01)
        raise RuntimeError(f"no answer within {timeout} s")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log_fh.close()
        shutil.rmtree(tmp, ignore_errors=True)


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
