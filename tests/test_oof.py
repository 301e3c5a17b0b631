"""Out-of-fold scores written by training and compared by python -m model.oof."""
import json

import pytest

from model import data, guard, oof, train
from tests.conftest import TINY


def _rows(positive_score, sites=30, real=True):
    """Each site: one AI candidate and three of content; on every third site
    one of the content candidates outscores the AI one."""
    out = []
    for s in range(sites):
        site = f"site{s}.example"
        out.append({"key": f"p{s}", "site": site, "label": 1, "real": real, "fold": s % 5,
                    "score": positive_score})
        for k in range(3):
            out.append({"key": f"n{s}-{k}", "site": site, "label": 0, "real": real, "fold": s % 5,
                        "score": 0.7 if (k == 0 and s % 3 == 0) else 0.1})
    return out


def test_a_gain_on_every_site_is_told_apart_and_no_change_is_zero():
    before, after = _rows(0.6), _rows(0.9)
    gain = oof.compare(before, after, 0.98, draws=200)
    assert gain["n"] == 120 and gain["positives"] == 30 and gain["sites"] == 30
    assert gain["rows"] == "real-web candidates"
    assert gain["average_precision"][1] == 1.0 > gain["average_precision"][0]
    assert gain["difference"] > 0 and gain["interval"][0] > 0
    # At each run's own threshold: the raised positives pass above the content.
    assert gain["at_threshold"][1]["fp"] == 0 and gain["at_threshold"][1]["fn"] == 0
    same = oof.compare(before, before, 0.98, draws=200)
    assert same["difference"] == 0 and same["interval"] == [0, 0]
    assert oof.compare(before, after, 0.98, draws=200) == gain  # seeded


def test_without_real_candidates_all_examples_are_compared():
    c = oof.compare(_rows(0.6, real=False), _rows(0.9, real=False), 0.98, draws=50)
    assert c["rows"] == "all examples" and c["n"] == 120


def test_runs_of_other_examples_are_refused():
    before = _rows(0.6)
    with pytest.raises(ValueError, match="same data"):
        oof.compare(before, before[:-1], 0.98)
    other = [dict(r) for r in before]
    other[5]["label"] = 1 - other[5]["label"]
    with pytest.raises(ValueError, match="row 6 differs"):
        oof.compare(before, other, 0.98)
    content = [r for r in before if r["label"] == 0]
    with pytest.raises(ValueError, match="one label"):
        oof.compare(content, content, 0.98)


def test_read_names_the_file_and_line(tmp_path):
    good = tmp_path / "a.jsonl"
    oof.write(good, _rows(0.6))
    assert oof.read(good) == _rows(0.6)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_rows(0.6)[0]) + "\n{not json\n")
    with pytest.raises(data.DataError, match="bad.jsonl:2: not JSON"):
        oof.read(bad)
    bad.write_text('{"key": "x", "site": "s", "label": 1}\n')
    with pytest.raises(data.DataError, match="bad.jsonl:1: not an out-of-fold row"):
        oof.read(bad)
    bad.write_text("")
    with pytest.raises(data.DataError, match="no rows"):
        oof.read(bad)
    with pytest.raises(data.DataError, match="cannot read"):
        oof.read(tmp_path / "missing.jsonl")


def test_the_command_prints_the_comparison_and_refuses_bad_input(tmp_path, capsys):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    oof.write(a, _rows(0.6))
    oof.write(b, _rows(0.9))
    assert oof.main([str(a), str(b), "--draws", "100"]) == 0
    out = capsys.readouterr().out
    assert "120 real-web candidates (30 AI) of 30 sites" in out
    assert "average precision" in out and "paired difference +" in out
    oof.write(b, _rows(0.9)[:-1])
    assert oof.main([str(a), str(b)]) == 2
    assert "not the same examples" in capsys.readouterr().err
    assert oof.main([str(a), str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_training_writes_each_example_once_with_its_fold(tmp_path):
    rows = {}
    for seed in (None, 1):
        path = tmp_path / f"oof-{seed}.jsonl"
        extra = [] if seed is None else ["--fold-seed", str(seed)]
        assert train.main(["--data", str(TINY), "--out", str(tmp_path / f"m{seed}"), "--no-feedback",
                           "--quiet", "--folds", "3", "--no-promote", "--oof", str(path)] + extra) == 0
        rows[seed] = oof.read(path)
    trained, _ = guard.split(data.load_paths([TINY]))  # the guard's held-out split is never trained on
    assert len(rows[None]) == len(trained)
    assert {r["fold"] for r in rows[None]} == {0, 1, 2}
    assert all(0 <= r["score"] <= 1 for r in rows[None])
    # The same examples in the same order; another draw of the folds.
    assert [(r["key"], r["label"]) for r in rows[1]] == [(r["key"], r["label"]) for r in rows[None]]
    assert [r["fold"] for r in rows[1]] != [r["fold"] for r in rows[None]]
    # A site's examples share one fold in either draw.
    for draw in rows.values():
        folds = {}
        for r in draw:
            folds.setdefault(r["site"], set()).add(r["fold"])
        assert all(len(f) == 1 for f in folds.values())


def test_an_oof_file_in_a_missing_directory_is_refused_before_training(tmp_path, capsys):
    out = tmp_path / "m"
    assert train.main(["--data", str(TINY), "--out", str(out), "--no-feedback", "--quiet",
                       "--oof", str(tmp_path / "nowhere" / "oof.jsonl")]) == 2
    assert "no such directory" in capsys.readouterr().err
    assert not out.exists()


def test_an_oof_file_that_cannot_be_written_is_a_clear_error_and_saves_no_model(tmp_path, capsys):
    out = tmp_path / "m"
    taken = tmp_path / "taken"
    taken.mkdir()  # a directory where the file should go
    assert train.main(["--data", str(TINY), "--out", str(out), "--no-feedback", "--quiet",
                       "--oof", str(taken)]) == 2
    assert "error: --oof" in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == [taken]
