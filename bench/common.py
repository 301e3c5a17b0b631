"""Shared pieces of the benchmarks: the corpus, realistic page batches,
percentiles, process memory, and a gunicorn server on a free loopback port."""
import http.client
import json
import os
import pathlib
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import numpy as np

from bench import ORIGINAL_ENV

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


def rss_mb(pid):
    """Resident set size of a process in MB (from /proc), or None."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def children(pid):
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: split after the last ')'
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            out.append(int(entry))
    return sorted(out)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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


class Gunicorn:
    """`gunicorn -c server/gunicorn.conf.py 'server:create_app()'` on a free
    loopback port with the bundled model, a temporary data directory, and
    its log in a temporary file."""

    def __init__(self, workers=1, threads=None, model_dir=None):
        self.workers = workers
        self.threads = threads
        self.model_dir = model_dir
        self.port = free_port()
        self.proc = None
        self.tmp = None

    def __enter__(self):
        from model import artifacts
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="nofoobar-bench-"))
        env = dict(ORIGINAL_ENV, NOFOOBAR_BIND=f"127.0.0.1:{self.port}",
                   NOFOOBAR_WORKERS=str(self.workers),
                   NOFOOBAR_MODEL_DIR=str(self.model_dir or artifacts.DEFAULT_DIR),
                   NOFOOBAR_DATA_DIR=str(self.tmp / "var"))
        if self.threads:
            env["NOFOOBAR_THREADS"] = str(self.threads)
        self.log_path = self.tmp / "gunicorn.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "server/gunicorn.conf.py", "server:create_app()"],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        client = Client(self.port, timeout=2)
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}:\n{self.output()}")
            try:
                status, _ = client.request("GET", "/healthz")
                if status == 200 and len(self.worker_pids()) >= self.workers:
                    client.close()
                    # every worker loads the model on its own: give them all a moment
                    for _ in range(self.workers * 4):
                        client.request("GET", "/healthz")
                        client.close()
                    return
            except OSError:
                client.close()
            time.sleep(0.05)
        raise RuntimeError(f"gunicorn did not answer within {timeout}s:\n{self.output()}")

    def worker_pids(self):
        return children(self.proc.pid) if self.proc else []

    def worker_rss(self):
        return {pid: rss_mb(pid) for pid in self.worker_pids()}

    def output(self):
        try:
            return self.log_path.read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
        return False
