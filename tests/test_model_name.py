"""One check of a model name on every path that loads: a `current` (or a
version argument) that leads outside the model directory is refused before
anything is opened, so a planted pickle never runs, and the server answers
with its old model, never a 500."""
import json
import os
import time

import joblib
import pytest

from model import artifacts, evaluate, promote
from model.scorer import Scorer
from server import create_app
from tests.conftest import TINY


class Planted:
    """Unpickling this writes a marker file: proof that code ran."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('ran')",))


@pytest.fixture
def planted(model_dir, tmp_path):
    """A version directory outside the model directory whose (checksummed)
    model file runs code when unpickled, and three names that lead to it."""
    evil = tmp_path / "elsewhere" / "evil"
    evil.mkdir(parents=True)
    marker = tmp_path / "code-ran"
    joblib.dump(Planted(marker), evil / artifacts.MODEL_FILE)
    meta = {"version": "evil", "sha256": artifacts.sha256_of(evil / artifacts.MODEL_FILE),
            "threshold": 0.5}
    (evil / artifacts.META_FILE).write_text(json.dumps(meta))
    os.symlink(evil, model_dir / "sneaky")  # a name inside that resolves outside
    return marker, ["../elsewhere/evil", str(evil), "sneaky", ".hidden", "a/../../elsewhere/evil"]


def point(model_dir, name):
    tmp = model_dir / ".current.tmp"
    tmp.write_text(name + "\n")
    os.replace(tmp, model_dir / artifacts.CURRENT)


def test_every_loader_refuses_a_name_outside_the_model_dir(model_dir, planted, capsys):
    marker, names = planted
    good = artifacts.current_version(model_dir)
    for name in names:
        with pytest.raises(artifacts.ArtifactError):
            artifacts.version_dir(model_dir, name)
        with pytest.raises(artifacts.ArtifactError):
            artifacts.load(model_dir, name)
        with pytest.raises(artifacts.ArtifactError):
            Scorer.load(model_dir, name)
        with pytest.raises(artifacts.ArtifactError):
            artifacts.promote(model_dir, name)
        assert evaluate.main([str(TINY), "--model", str(model_dir), "--version", name]) == 2
        assert promote.main([name, "--model", str(model_dir)]) == 2
        assert artifacts.current_version(model_dir) == good

        point(model_dir, name)
        with pytest.raises(artifacts.ArtifactError):
            artifacts.load(model_dir)
        with pytest.raises(artifacts.ArtifactError):
            Scorer.load(model_dir)
        assert evaluate.main([str(TINY), "--model", str(model_dir)]) == 2
        point(model_dir, good)
    capsys.readouterr()
    assert not marker.exists(), "a planted pickle was loaded"


def test_app_refuses_on_auto_check_and_reload_without_a_500(model_dir, tmp_path, planted):
    marker, names = planted
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "var"),
                      "RELOAD_CHECK_SECONDS": 0, "TESTING": True})
    client = app.test_client()
    good = artifacts.current_version(model_dir)
    for name in names + ["\x00\xff binary"]:
        point(model_dir, name)
        r = client.get("/healthz")  # the automatic check runs here
        assert r.status_code == 200 and r.json["model_version"] == good
        assert r.json.get("warning"), r.json
        r = client.post("/v1/score", json={"snippets": [{"html": "<button>Ask AI</button>"}]})
        assert r.status_code == 200 and r.json["model_version"] == good
        r = client.post("/v1/admin/reload")
        assert r.status_code == 422 and r.json["error"]["code"] == "invalid_value", r.json
    assert not marker.exists()


def test_a_damaged_model_that_raises_anything_is_a_refusal(model_dir, tmp_path):
    """A file that matches its checksum and unpickles, but is not a model."""
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "var"),
                      "RELOAD_CHECK_SECONDS": 0, "TESTING": True})
    client = app.test_client()
    good = artifacts.current_version(model_dir)
    odd = model_dir / "2000.01.01-1"
    odd.mkdir()
    joblib.dump({"not": "a pipeline"}, odd / artifacts.MODEL_FILE)
    (odd / artifacts.META_FILE).write_text(json.dumps(
        {"version": odd.name, "sha256": artifacts.sha256_of(odd / artifacts.MODEL_FILE)}))
    point(model_dir, odd.name)
    r = client.post("/v1/admin/reload")
    assert r.status_code == 422, r.json
    r = client.get("/healthz")
    assert r.status_code == 200 and r.json["model_version"] == good


def test_live_server_never_loads_a_planted_current(model_dir, planted, server_factory):
    marker, names = planted
    server = server_factory(model_dir, env={"NOFOOBAR_RELOAD_CHECK_SECONDS": "0.1"}).start()
    good = artifacts.current_version(model_dir)
    for name in names:
        point(model_dir, name)
        time.sleep(0.3)  # a few automatic checks
        status, body = server.request("POST", "/v1/score",
                                      {"snippets": [{"html": "<button>Ask AI</button>"}]})
        assert status == 200 and body["model_version"] == good, body
        status, body = server.request("GET", "/healthz")
        assert status == 200 and "warning" in body, body
        status, body = server.request("POST", "/v1/admin/reload")
        assert status == 422, body
    assert not marker.exists()
    assert "Traceback" not in server.output()


def test_the_server_serves_without_the_pickle(model_dir, tmp_path):
    """Serving reads weights.npz only: with model.joblib gone (or replaced by
    a planted pickle) the server still answers, and nothing is unpickled."""
    version = artifacts.current_version(model_dir)
    marker = tmp_path / "code-ran"
    joblib.dump(Planted(marker), model_dir / version / artifacts.MODEL_FILE)
    app = create_app({"MODEL_DIR": str(model_dir), "DATA_DIR": str(tmp_path / "var"), "TESTING": True})
    r = app.test_client().post("/v1/score", json={"snippets": [{"html": "<button>Ask AI</button>"}]})
    assert r.status_code == 200 and r.json["model_version"] == version
    (model_dir / version / artifacts.MODEL_FILE).unlink()
    assert Scorer.load(model_dir).version == version
    assert not marker.exists()
