"""Shared fixtures: a tiny trained model, app/client on temp dirs, and real
server processes on free ports."""
import pathlib
import shutil

import pytest

from model import artifacts, train
from testkit import ServerProcess

ROOT = pathlib.Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "fixtures" / "tiny.jsonl"


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
