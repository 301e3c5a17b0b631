
import numpy as np
import pytest

from model import artifacts, data, train
from model.scorer import Scorer
from tests.conftest import TINY

PROBE = [{"html": '<button aria-label="Ask AI">✨</button>'},
         {"html": "<p>Critics of AI say the assistants are everywhere now, in every app we use.</p>"}]


def test_training_twice_gives_the_same_scores(tmp_path):
    for out in ("a", "b"):
        assert train.main(["--data", str(TINY), "--out", str(tmp_path / out), "--no-feedback",
                           "--quiet", "--folds", "3"]) == 0
    a = Scorer.load(tmp_path / "a").score(PROBE)
    b = Scorer.load(tmp_path / "b").score(PROBE)
    assert a == b
    meta_a = artifacts.read_metadata(tmp_path / "a", artifacts.current_version(tmp_path / "a"))
    meta_b = artifacts.read_metadata(tmp_path / "b", artifacts.current_version(tmp_path / "b"))
    assert meta_a["metrics"] == meta_b["metrics"]
    assert meta_a["data_hash"] == meta_b["data_hash"]


def test_metadata_has_what_the_contract_names(tiny_model_dir):
    version = artifacts.current_version(tiny_model_dir)
    meta = artifacts.read_metadata(tiny_model_dir, version)
    for key in ("version", "trained_at", "data_hash", "examples", "metrics", "threshold",
                "libraries", "sha256"):
        assert key in meta, key
    assert meta["version"] == version
    assert 0 < meta["threshold"] < 1
    assert meta["metrics"]["cv"]["grouped_by"] == "site"
    assert (tiny_model_dir / version / artifacts.MODEL_FILE).stat().st_size < 5 * 1024 * 1024


def test_versions_do_not_overwrite_each_other(tmp_path):
    for _ in range(2):
        assert train.main(["--data", str(TINY), "--out", str(tmp_path), "--no-feedback",
                           "--quiet", "--folds", "3", "--force"]) == 0
    versions = artifacts.versions(tmp_path)
    assert len(versions) == 2
    assert artifacts.current_version(tmp_path) == versions[-1]


def test_bad_data_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"html": "<b>x</b>", "label": 1}\n{"html": "<b>y</b>", "label": 7}\n')
    assert train.main(["--data", str(bad), "--out", str(tmp_path / "m"), "--no-feedback"]) == 2
    assert "bad.jsonl:2" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()


def test_threshold_is_chosen_for_precision():
    from model.metrics import choose_threshold
    labels = np.array([0, 0, 0, 1, 1, 1, 0, 1])
    probs = np.array([0.1, 0.2, 0.6, 0.55, 0.7, 0.9, 0.3, 0.8])
    t = choose_threshold(labels, probs, 0.97)
    assert t == pytest.approx(0.7)
    assert choose_threshold(np.array([1, 1]), np.array([0.2, 0.3]), 0.97) == 0.5


def test_merge_lets_feedback_win():
    base = [{"html": "<b>x</b>", "label": 0}, {"html": "<i>y</i>", "label": 1}]
    over = [{"html": "<b>  x</b>", "label": 1}]
    merged = data.merge(base, over)
    assert {(e["html"], e["label"]) for e in merged} == {("<i>y</i>", 1), ("<b>  x</b>", 1)}


def test_a_weighted_copy_is_not_counted_again_when_the_threshold_is_chosen():
    from model.train import first_copies, honest_decisions
    a, b = {"html": "a"}, {"html": "b"}
    assert first_copies([a, b, a, a]).tolist() == [True, True, False, False]
    # Fold 1 is scored at a threshold chosen on fold 0, where one negative at
    # 0.7 appears three times: counted three times it forces the threshold
    # above 0.7 (precision 3/6 at 0.7); counted once it does not (3/4).
    labels = [1, 1, 1, 0, 0, 0, 0, 1, 1, 1]
    probs = np.array([0.9, 0.8, 0.75, 0.7, 0.7, 0.7, 0.1, 0.9, 0.72, 0.75])
    folds = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 1])
    counted = np.array([True] * 4 + [False, False] + [True] * 4)
    assert honest_decisions(labels, probs, folds, 0.75)[7:].tolist() == [1, 0, 1]
    assert honest_decisions(labels, probs, folds, 0.75, counted=counted)[7:].tolist() == [1, 1, 1]


def test_enough_real_candidates_raise_the_threshold_to_their_best_f1():
    from model.metrics import choose_threshold
    # The corpus rows reach precision 0.97 at a low threshold; on the real
    # rows two negatives score 0.5 and 0.6 while the positives score 0.9.
    corpus_labels = np.array([0] * 50 + [1] * 50)
    corpus_probs = np.concatenate([np.full(50, 0.1), np.full(50, 0.95)])
    real_labels = np.array([1] * 20 + [0, 0, 0])
    real_probs = np.array([0.9] * 20 + [0.5, 0.6, 0.05])
    labels = np.concatenate([corpus_labels, real_labels])
    probs = np.concatenate([corpus_probs, real_probs])
    real = np.array([False] * 100 + [True] * 23)
    floor = choose_threshold(labels, probs, 0.97)
    assert floor <= 0.5
    assert choose_threshold(labels, probs, 0.97, real=real) == pytest.approx(0.9)
    # Too few real positives: the floor stands.
    few = real.copy()
    few[100:110] = False
    assert choose_threshold(labels, probs, 0.97, real=few) == floor
