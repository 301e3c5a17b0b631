"""Shared pieces of the benchmarks: the corpus, realistic page batches,
percentiles, process memory. Servers and ports are the shared harness's
(`testkit`)."""
import http.client
import json
import os
import pathlib
import platform
import random
import sys

import numpy as np

from bench import ORIGINAL_ENV
from testkit import Gunicorn as _Gunicorn

ROOT = pathlib.Path(__file__).resolve().parent.parent
BATCH = 50


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def load_corpus():
    """The labelled examples of training_data/, in a stable order."""
    from model import data
    return data.load_paths([ROOT / "training_data"])


def page_batches(examples, n, size=BATCH, seed=0, tag="b"):
    """n request bodies of `size` corpus snippets each, as a content script
    would send for one page. Every snippet gets a unique leading HTML comment:
    the parser drops comments (so features are unchanged), but a cache keyed
    by the snippet's hash sees a new snippet, so these figures are cold."""
    rng = random.Random(seed)
    bodies = []
    for b in range(n):
        picked = rng.sample(examples, size)
        snippets = []
        for i, ex in enumerate(picked):
            item = {"id": f"n{i}", "html": f"<!--{tag}{seed}.{b}.{i}-->" + ex["html"]}
            if ex.get("context"):
                item["context"] = ex["context"]
            snippets.append(item)
        bodies.append({"url": picked[0].get("url") or "https://example.com/", "snippets": snippets})
    return bodies


def pct(values, q):
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else None


def loadavg():
    """The 1-minute load average: above the core count, other work shares the CPU."""
    try:
        return float(open("/proc/loadavg").read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def machine():
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": mem, "load_average": loadavg(),
            "os": f"{platform.system()} {platform.release()}",
            "python": platform.python_version()}


class Client:
    """One keep-alive HTTP connection to the server (one per client thread)."""

    def __init__(self, port, timeout=30):
        self.port = port
        self.timeout = timeout
        self.conn = None
        self.reconnects = 0

    def request(self, method, path, body=None):
        """(status, raw body bytes); reconnects once if a kept-alive
        connection was closed by the server between requests."""
        headers = {"Content-Type": "application/json"} if body is not None else {}
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
                fresh = True
            else:
                fresh = False
            try:
                self.conn.request(method, path, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
                if resp.getheader("Connection", "").lower() == "close":
                    self.close()
                return resp.status, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if fresh or attempt:
                    raise
                self.reconnects += 1
        raise RuntimeError("unreachable")

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def check_score(status, data, n):
    """True if a /v1/score answer is a 200 with n well-formed results."""
    if status != 200:
        return False
    try:
        results = json.loads(data)["results"]
    except (ValueError, KeyError, TypeError):
        return False
    return len(results) == n and all(0.0 <= r["score"] <= 1.0 for r in results)


def Gunicorn(workers=1, threads=None, model_dir=None):
    """gunicorn with the bundled model (or `model_dir`) and a temporary data
    directory, in the environment the user started the benchmark with."""
    return _Gunicorn(model_dir, workers=workers, threads=threads, base_env=ORIGINAL_ENV)
