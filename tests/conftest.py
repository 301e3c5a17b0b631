"""Shared fixtures: a tiny trained model, app/client on temp dirs, and real
server processes on free ports."""
import contextlib
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from model import artifacts, train

ROOT = pathlib.Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "fixtures" / "tiny.jsonl"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A model trained on the tiny fixture corpus (seconds, not minutes)."""
    out = tmp_path_factory.mktemp("tiny-model")
    code = train.main(["--data", str(TINY), "--out", str(out), "--no-feedback", "--quiet",
                       "--folds", "3"])
    assert code == 0
    return out


@pytest.fixture
def model_dir(tiny_model_dir, tmp_path):
    """A private copy of the tiny model directory that a test may change."""
    dst = tmp_path / "models"
    shutil.copytree(tiny_model_dir, dst)
    return dst


@pytest.fixture
def app(model_dir, tmp_path):
    from server import create_app
    return create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "var"),
                       "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


class ServerProcess:
    """`python -m server` in a subprocess: started, polled until it answers,
    stopped; its output is kept for failure messages."""

    def __init__(self, model_dir, data_dir, env=None, args=()):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.model_dir = pathlib.Path(model_dir)
        self.data_dir = pathlib.Path(data_dir)
        self.log_path = self.data_dir.parent / f"server-{self.port}.log"
        self.env = dict(os.environ, PYTHONUNBUFFERED="1", **(env or {}))
        self.args = list(args)
        self.proc = None

    def start(self, timeout=30):
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server", "--port", str(self.port),
             "--model", str(self.model_dir), "--data-dir", str(self.data_dir), *self.args],
            cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not answer within {timeout}s:\n{self.output()}")

    def stop(self, kill=False):
        if self.proc and self.proc.poll() is None:
            if kill:
                self.proc.kill()
            else:
                self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "_log", None):
            self._log.close()

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


GUNICORN = [sys.executable, "-m", "gunicorn", "-c", "server/gunicorn.conf.py", "server:create_app()"]


def gunicorn_env(model_dir, data_dir, **extra):
    """The environment for a gunicorn run: NOFOOBAR_* from the arguments only."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOFOOBAR_")}
    env.update(NOFOOBAR_MODEL_DIR=str(model_dir), NOFOOBAR_DATA_DIR=str(data_dir),
               NOFOOBAR_WORKERS="1", **extra)
    return env


@contextlib.contextmanager
def gunicorn(env, port, timeout=30):
    """gunicorn serving create_app(), polled until /healthz answers on port."""
    proc = subprocess.Popen(GUNICORN, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    raise AssertionError(proc.stdout.read().decode(errors="replace"))
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(15)


@pytest.fixture(scope="session")
def bundled_model_copy(tmp_path_factory):
    """The repository's default model, copied so tests never touch the original."""
    dst = tmp_path_factory.mktemp("bundled") / "models"
    shutil.copytree(artifacts.DEFAULT_DIR, dst)
    return dst


@pytest.fixture(scope="session")
def live_server(bundled_model_copy, tmp_path_factory):
    """A real server process serving the bundled model over HTTP."""
    server = ServerProcess(bundled_model_copy, tmp_path_factory.mktemp("live") / "var").start()
    yield server
    server.stop()


@pytest.fixture
def server_factory(tmp_path):
    """Start extra server processes (own dirs, own env); all stopped after the test."""
    started = []

    def make(model_dir=None, env=None, args=()):
        if model_dir is None:
            model_dir = tmp_path / "models"
            if not model_dir.exists():
                shutil.copytree(artifacts.DEFAULT_DIR, model_dir)
        server = ServerProcess(model_dir, tmp_path / f"var{len(started)}", env=env, args=args)
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()
