"""Issue 13's poisoning, replayed end to end: a local process posts AI
launchers flipped to "keep" (and variants of them) to /v1/feedback of a real
server process, the labels land in a real SQLite file, and `python -m
model.train` must refuse to promote what it trained from them: the promotion
guard judges on a held-out corpus split that feedback never enters, so the
poisoned model's lost recall shows there, and the flipped labels are listed in
the report as contradicting the corpus."""
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest
from markupsafe import escape

from model import artifacts, data, guard, train
from tests.conftest import ROOT

# Launchers and their look-alikes: enough designs that the held-out split
# has launchers of designs the model never saw.
FILES = ["pos_chat_launchers", "pos_app_search", "neg_page_floating", "neg_hard_chat",
         "neg_longtail_fabs"]
FLIPPED, VARIANTS = 47, 120


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("poison-corpus") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name in FILES:
            out.write((ROOT / "training_data" / f"{name}.jsonl").read_text(encoding="utf-8"))
    return path


@pytest.fixture(scope="module")
def clean_model_dir(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("poison-models")
    assert train.main(["--data", str(corpus), "--model", str(out), "--no-feedback", "--no-realweb",
                       "--quiet", "--folds", "2"]) == 0
    return out


def poison(corpus):
    """47 launchers the model trains on, labelled "keep", and 120 variants."""
    trained_on, _ = guard.split(data.load_paths([corpus]))
    launchers = [ex for ex in trained_on if ex["label"] == 1 and ex.get("kind") == "ai_chat_launcher"]
    picked = launchers[::max(1, len(launchers) // FLIPPED)][:FLIPPED]
    assert len(picked) == FLIPPED
    flipped = [{"html": ex["html"], "url": ex.get("url"), "label": 0, "kind": "widget"} for ex in picked]
    variants = []
    for i in range(VARIANTS):
        ex = picked[i % FLIPPED]
        html = re.sub(r"^(<[\w-]+)", rf'\1 data-variant="{i}"', ex["html"], count=1)
        variants.append({"html": html, "url": f"https://shop{i}.example.net/", "label": 0,
                         "kind": "widget"})
    return flipped, variants


def test_flipped_feedback_from_a_local_process_is_refused_by_the_guard(
        corpus, clean_model_dir, tmp_path, server_factory):
    models = tmp_path / "models"
    shutil.copytree(clean_model_dir, models)
    good = artifacts.current_version(models)
    server = server_factory(models).start()

    flipped, variants = poison(corpus)
    for batch in (flipped, variants[:60], variants[60:]):
        status, body = server.request("POST", "/v1/feedback", {"examples": batch})
        assert status == 201, body  # no token set: loopback may post (README)
    db = sqlite3.connect(server.data_dir / "feedback.sqlite3")  # the real file on disk
    assert db.execute("SELECT count(*), sum(label) FROM feedback").fetchone() == (FLIPPED + VARIANTS, 0)
    db.close()

    r = subprocess.run(
        [sys.executable, "-m", "model.train", "--data", str(corpus), "--data-dir",
         str(server.data_dir), "--model", str(models), "--folds", "2", "--quiet", "--no-realweb"],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 3, r.stdout + r.stderr
    assert f"({FLIPPED + VARIANTS} from feedback)" in r.stderr
    assert "NOT promoted" in r.stdout and f"current stays {good}" in r.stdout
    assert "recall on unseen designs" in r.stdout or "recall of ai_chat_launcher" in r.stdout, r.stdout
    assert f"flagged {FLIPPED} feedback examples" in r.stdout
    assert artifacts.current_version(models) == good
    status, body = server.request("GET", "/healthz")
    assert status == 200 and body["model_version"] == good

    bad = artifacts.versions(models)[-1]
    meta = artifacts.read_metadata(models, bad)
    trusted = meta["metrics"]["trusted"]
    old = artifacts.read_metadata(models, good)["metrics"]["trusted"]
    assert trusted["fingerprint"] == old["fingerprint"]  # the same trusted set
    assert trusted["unseen_designs"]["recall"] < old["unseen_designs"]["recall"] - train.DEFAULT_MARGIN

    report = (models / bad / "report" / "index.html").read_text(encoding="utf-8")
    assert f"Flagged feedback ({FLIPPED})" in report
    assert report.count("the corpus labels this snippet 1") == FLIPPED
    assert "NOT promoted" in report
    # The flagged snippets are listed, as text (the report never renders markup).
    for ex in flipped:
        assert str(escape(ex["html"][:100])) in report
