"""Real server processes: `python -m server` and gunicorn serving
`create_app()`, each on a free loopback port, polled until /healthz answers,
stopped (or killed) on request, with their output kept for failure messages."""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from testkit.net import free_port

ROOT = pathlib.Path(__file__).resolve().parent.parent


def clean_env(base=None, **extra):
    """`base` (default os.environ) without any NOFOOBAR_* setting, plus `extra`:
    a server under test is configured by its arguments only."""
    env = {k: v for k, v in (os.environ if base is None else base).items() if not k.startswith("NOFOOBAR_")}
    env.update({k: str(v) for k, v in extra.items()})
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def children(pid):
    """Process ids whose parent is `pid` (from /proc)."""
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


class _Process:
    """A server subprocess on 127.0.0.1:`port`. Without a data directory, a
    temporary one is made and removed at stop()."""

    name = "server"

    def __init__(self, model_dir=None, data_dir=None, port=None):
        from model import artifacts
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.model_dir = pathlib.Path(model_dir or artifacts.DEFAULT_DIR)
        self._tmp = None if data_dir else pathlib.Path(tempfile.mkdtemp(prefix="nofoobar-"))
        self.data_dir = pathlib.Path(data_dir) if data_dir else self._tmp / "var"
        self.log_path = self.data_dir.parent / f"{self.name}-{self.port}.log"
        self.proc = None
        self._log = None

    def command(self):
        raise NotImplementedError

    def environ(self):
        raise NotImplementedError

    def start(self, timeout=60):
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(self.command(), cwd=ROOT, env=self.environ(),
                                     stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def _healthy(self):
        try:
            with urllib.request.urlopen(self.url + "/healthz", timeout=1) as r:
                return r.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return False

    def _wait_ready(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.output()}")
            if self._healthy():
                return
            time.sleep(0.01)
        raise RuntimeError(f"{self.name} did not answer within {timeout}s:\n{self.output()}")

    def stop(self, kill=False):
        if self.proc and self.proc.poll() is None:
            if kill:
                self.proc.kill()
            else:
                self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self._log:
            self._log.close()
            self._log = None
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self):
        return self.start() if self.proc is None else self

    def __exit__(self, *exc):
        self.stop()
        return False

    def output(self):
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def request(self, method, path, body=None, headers=None, timeout=10):
        """(status, parsed JSON) for one HTTP request; errors are returned too."""
        data = json.dumps(body).encode() if body is not None else None
        hdrs = {"Content-Type": "application/json"} if body is not None else {}
        hdrs.update(headers or {})
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")


class ServerProcess(_Process):
    """`python -m server --port P --model M --data-dir D [args]`."""

    name = "server"

    def __init__(self, model_dir=None, data_dir=None, env=None, args=(), base_env=None):
        super().__init__(model_dir, data_dir)
        self.env = dict(os.environ if base_env is None else base_env, PYTHONUNBUFFERED="1", **(env or {}))
        self.args = list(args)

    def command(self):
        return [sys.executable, "-m", "server", "--port", str(self.port), "--model", str(self.model_dir),
                "--data-dir", str(self.data_dir), *self.args]

    def environ(self):
        return self.env


class NofoobarServe(_Process):
    """`nofoobar serve --port P --model M --data-dir D --workers 1`: the
    installed command, which execs gunicorn (what `make serve` runs)."""

    name = "nofoobar-serve"
    SCRIPT = pathlib.Path(sys.executable).parent / "nofoobar"

    def __init__(self, model_dir=None, data_dir=None, env=None, base_env=None):
        super().__init__(model_dir, data_dir)
        self.env = clean_env(base_env, **(env or {}))

    def command(self):
        return [str(self.SCRIPT), "serve", "--port", str(self.port), "--model", str(self.model_dir),
                "--data-dir", str(self.data_dir), "--workers", "1"]

    def environ(self):
        return self.env


def gunicorn_env(model_dir, data_dir, base=None, workers=1, threads=None, **extra):
    """The environment of a gunicorn run: NOFOOBAR_* from the arguments only."""
    env = clean_env(base, NOFOOBAR_MODEL_DIR=model_dir, NOFOOBAR_DATA_DIR=data_dir,
                    NOFOOBAR_WORKERS=workers, **extra)
    if threads:
        env["NOFOOBAR_THREADS"] = str(threads)
    return env


class Gunicorn(_Process):
    """`gunicorn -c server/gunicorn.conf.py 'server:create_app()'`. `bind`
    may hold `{port}` (default `127.0.0.1:{port}`); the URL is always the
    loopback one. start() returns once every worker answers."""

    name = "gunicorn"
    COMMAND = [sys.executable, "-m", "gunicorn", "-c", "server/gunicorn.conf.py", "server:create_app()"]

    def __init__(self, model_dir=None, data_dir=None, *, workers=1, threads=None, bind="127.0.0.1:{port}",
                 env=None, base_env=None):
        super().__init__(model_dir, data_dir)
        self.workers = workers
        self.bind = bind.format(port=self.port)
        self.env = gunicorn_env(self.model_dir, self.data_dir, base=base_env, workers=workers,
                                threads=threads, NOFOOBAR_BIND=self.bind, **(env or {}))

    def command(self):
        return list(self.COMMAND)

    def environ(self):
        return self.env

    def run(self, timeout=30):
        """Run to its exit (for configurations it must refuse): CompletedProcess."""
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        return subprocess.run(self.command(), cwd=ROOT, env=self.env, capture_output=True, text=True,
                              timeout=timeout)

    def _wait_ready(self, timeout):
        super()._wait_ready(timeout)
        deadline = time.monotonic() + timeout
        while len(self.worker_pids()) < self.workers and time.monotonic() < deadline:
            time.sleep(0.05)
        # every worker loads the model on its own: give them all a moment
        for _ in range(self.workers * 4 - 1):
            self._healthy()

    def worker_pids(self):
        return children(self.proc.pid) if self.proc else []

    def worker_rss(self):
        return {pid: rss_mb(pid) for pid in self.worker_pids()}


class FlaskCli(_Process):
    """`flask --app server run --host H --port P`: how someone may serve the
    app without `python -m server`, and so without its refusal to bind a
    non-loopback address without a token. The app's own checks must hold
    there too. NOFOOBAR_* from the arguments only."""

    name = "flask"

    def __init__(self, model_dir=None, data_dir=None, *, host="0.0.0.0", env=None, base_env=None):
        super().__init__(model_dir, data_dir)
        self.host = host
        self.env = clean_env(base_env, NOFOOBAR_MODEL_DIR=self.model_dir, NOFOOBAR_DATA_DIR=self.data_dir,
                             **(env or {}))

    def command(self):
        return [sys.executable, "-m", "flask", "--app", "server", "run", "--host", self.host,
                "--port", str(self.port), "--no-reload", "--no-debugger"]

    def environ(self):
        return self.env
