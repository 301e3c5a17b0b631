"""The installed `nofoobar` command: its subcommands, the model and data
directories every command takes from NOFOOBAR_MODEL_DIR / NOFOOBAR_DATA_DIR,
gunicorn behind `nofoobar serve`, and the scikit-learn check on joblib files."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

from model import artifacts
from model.scorer import Scorer
from nofoobar import cli
from testkit import NofoobarServe, children
from tests.conftest import ROOT, TINY

SCRIPT = pathlib.Path(sys.executable).parent / "nofoobar"
SUBCOMMANDS = ("serve", "train", "evaluate", "promote", "feedback")


def run(args, env=None, timeout=120):
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, **(env or {})))


def test_installed_command_lists_its_subcommands():
    assert SCRIPT.exists(), "make installs the [project.scripts] entry"
    r = run([str(SCRIPT), "--help"])
    assert r.returncode == 0, r.stderr
    for name in SUBCOMMANDS:
        assert f"    {name} " in r.stdout, (name, r.stdout)
    assert run([str(SCRIPT), "nonsense"]).returncode == 2
    r = run([sys.executable, "-m", "nofoobar", "promote", "--help"])
    assert r.returncode == 0 and "--model" in r.stdout


def test_every_command_honours_the_environment(model_dir, tmp_path):
    env = {"NOFOOBAR_MODEL_DIR": str(model_dir), "NOFOOBAR_DATA_DIR": str(tmp_path / "var")}
    before = artifacts.versions(model_dir)
    bundled = artifacts.versions(ROOT / "model" / "artifacts")
    r = run([str(SCRIPT), "train", "--data", str(TINY), "--quiet", "--folds", "2"], env)
    assert r.returncode == 0, r.stdout + r.stderr
    after = artifacts.versions(model_dir)
    assert len(after) == len(before) + 1 and artifacts.current_version(model_dir) == after[-1]
    assert artifacts.versions(ROOT / "model" / "artifacts") == bundled, "trained into the bundled model dir"

    r = run([str(SCRIPT), "promote", "--list"], env)
    assert r.returncode == 0 and all(v in r.stdout for v in after), r.stdout
    r = run([str(SCRIPT), "promote", before[-1]], env)
    assert r.returncode == 0 and artifacts.current_version(model_dir) == before[-1], r.stderr
    r = run([str(SCRIPT), "evaluate", str(TINY), "--json"], env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["model_version"] == before[-1]
    r = run([str(SCRIPT), "feedback", "stats"], env)
    assert r.returncode == 0 and r.stdout.startswith("0 examples")
    # --model wins over the environment; --out stays as train's old spelling
    other = tmp_path / "other"
    r = run([str(SCRIPT), "train", "--data", str(TINY), "--quiet", "--folds", "2", "--no-feedback",
             "--out", str(other)], env)
    assert r.returncode == 0 and artifacts.versions(other), r.stderr


def test_serve_runs_gunicorn_without_the_development_server(model_dir, tmp_path):
    with NofoobarServe(model_dir, tmp_path / "var") as server:
        status, body = server.request("GET", "/healthz")
        assert status == 200 and body["model_version"] == artifacts.current_version(model_dir)
        assert len(children(server.proc.pid)) == 1  # gunicorn's master (exec'd), one worker
    text = server.output()
    assert "Booting worker" in text, text
    assert "development server" not in text.lower()


def test_serve_refuses_a_public_bind_without_a_token(model_dir):
    cmd, env = cli.serve_command(["--host", "0.0.0.0", "--model", str(model_dir)])
    env.pop("NOFOOBAR_TOKEN", None)
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "NOFOOBAR_TOKEN" in r.stdout + r.stderr


def test_a_joblib_file_from_another_scikit_learn_is_refused_but_served(model_dir):
    version = artifacts.current_version(model_dir)
    path = model_dir / version / artifacts.META_FILE
    meta = json.loads(path.read_text())
    meta["libraries"]["scikit-learn"] = "1.4.2"
    path.write_text(json.dumps(meta))
    with pytest.raises(artifacts.ArtifactError, match=r"made with scikit-learn 1\.4\.2.*requirements\.lock"):
        artifacts.load(model_dir)
    # serving reads weights.npz, which no scikit-learn version can break
    assert Scorer.load(model_dir).version == version
