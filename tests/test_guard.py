"""The promotion guard's pieces: a frozen held-out split, figures compared set
by set and kind by kind, flagged feedback, and the yardstick it falls back to
when the current model is not comparable."""
import json
import random

from model import artifacts, data, guard, train
from model.feedback import FeedbackStore
from tests.conftest import TINY


def corpus():
    return data.load_paths([TINY])


def test_split_is_frozen_and_order_free():
    rows = corpus()
    train_a, held_a = guard.split(rows)
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    train_b, held_b = guard.split(shuffled)
    key = lambda exs: sorted(data.snippet_key(e["html"]) for e in exs)  # noqa: E731
    assert key(train_a) == key(train_b)
    for name in ("unseen_designs", "seen_designs"):
        assert key(held_a[name]) == key(held_b[name])
    held = held_a["unseen_designs"] + held_a["seen_designs"]
    assert held and not set(key(held)) & set(key(train_a))
    assert len(train_a) + len(held) == len(rows)


def test_unseen_designs_share_no_design_with_training():
    rows = [dict(ex, source=f"design {i % 40}") for i, ex in enumerate(corpus() * 3)]
    train_rows, held = guard.split(rows)
    assert held["unseen_designs"]
    assert not {e["source"] for e in held["unseen_designs"]} & {e["source"] for e in train_rows}


def fig(p, r, kinds=None):
    out = {"overall": {"precision": p, "recall": r, "n": 100}}
    if kinds:
        out["overall"]["per_kind"] = kinds
    return out


def test_verdict_judges_every_set_and_common_kinds():
    assert guard.verdict(fig(0.9, 0.9), None, 0.02) == []
    assert guard.verdict(fig(0.89, 0.9), fig(0.9, 0.9), 0.02) == []
    assert "precision on overall" in guard.verdict(fig(0.85, 0.9), fig(0.9, 0.9), 0.02)[0]
    new = dict(fig(0.9, 0.9), unseen_designs={"precision": 0.9, "recall": 0.5, "n": 10})
    old = dict(fig(0.9, 0.9), unseen_designs={"precision": 0.9, "recall": 0.8, "n": 10})
    assert guard.verdict(new, old, 0.02) == ["recall on unseen designs 0.500 < 0.800 (current) - 0.02"]
    rare = {"ai_upsell": {"n": guard.MIN_KIND_N - 1, "recall": 0.0}}
    common = {"ai_upsell": {"n": guard.MIN_KIND_N, "recall": 0.0}}
    before = {"ai_upsell": {"n": guard.MIN_KIND_N, "recall": 1.0}}
    assert guard.verdict(fig(0.9, 0.9, rare), fig(0.9, 0.9, before), 0.02) == []
    assert "recall of ai_upsell" in guard.verdict(fig(0.9, 0.9, common), fig(0.9, 0.9, before), 0.02)[0]


def test_flags_contradictions_of_the_corpus_and_of_earlier_labels(tmp_path):
    rows = corpus()
    positive = next(e for e in rows if e["label"] == 1)
    store = FeedbackStore.in_dir(tmp_path)
    try:
        store.add([{"html": positive["html"], "label": 0}, {"html": "<b>new</b>", "label": 1},
                   {"html": "<i>agreed</i>", "label": 0}])
        store.add([{"html": "<b>new</b>", "label": 0}])
        flagged = guard.flagged_feedback(store.rows(), rows)
    finally:
        store.close()
    reasons = {f["html"]: f["reason"] for f in flagged}
    assert reasons == {positive["html"]: "the corpus labels this snippet 1",
                       "<b>new</b>": "labelled 1 before"}


def test_without_a_comparable_current_model_the_corpus_alone_is_the_yardstick(
        model_dir, tmp_path, capsys):
    """The current model's metadata has no trusted figures for this split (a
    model from before the guard): poisoned feedback is judged against a model
    trained on the corpus alone, and refused."""
    version = artifacts.current_version(model_dir)
    meta_path = model_dir / version / artifacts.META_FILE
    meta = json.loads(meta_path.read_text())
    meta["metrics"].pop("trusted")
    meta_path.write_text(json.dumps(meta))
    trained_on, _ = guard.split(corpus())
    positives = [ex for ex in trained_on if ex["label"] == 1]
    flipped = [dict(ex, label=0, kind="widget") for ex in positives[2:]]  # two stay AI
    store = FeedbackStore.in_dir(tmp_path / "var")
    store.add(flipped)
    store.close()
    code = train.main(["--data", str(TINY), "--data-dir", str(tmp_path / "var"), "--model",
                       str(model_dir), "--folds", "2", "--quiet", "--no-realweb"])
    out = capsys.readouterr().out
    assert code == 3, out
    assert "(the corpus alone)" in out and "NOT promoted" in out
    assert artifacts.current_version(model_dir) == version


def test_review_page_shows_the_guards_word_from_saved_figures(app, client, model_dir):
    import shutil
    current = artifacts.current_version(model_dir)
    worse = "2099.01.01-1"
    shutil.copytree(model_dir / current, model_dir / worse)
    meta = json.loads((model_dir / worse / artifacts.META_FILE).read_text())
    meta["version"] = worse
    meta["metrics"]["trusted"]["overall"]["recall"] = 0.1
    (model_dir / worse / artifacts.META_FILE).write_text(json.dumps(meta))
    old = artifacts.read_metadata(model_dir, current)
    assert guard.stored_verdict(meta, old, 0.02).startswith("on the trusted evaluation set, recall on overall 0.100")
    assert guard.stored_verdict(old, old, 0.02) == ""
    other = json.loads(json.dumps(meta))
    other["metrics"]["trusted"]["fingerprint"] = "another set"
    assert guard.stored_verdict(other, old, 0.02) is None
    page = client.get("/").get_data(as_text=True)
    assert "recall on overall 0.100" in page


def test_real_web_rows_join_the_trusted_set(model_dir, tmp_path, capsys):
    realweb = tmp_path / "candidates.jsonl"
    rows = [{"html": '<button class="ask-ai">Ask AI ✨</button>', "url": "https://r1.example/", "label": 1,
             "kind": "ai_search_widget"},
            {"html": "<p>AI regulation news</p>", "url": "https://r2.example/", "label": 0}]
    realweb.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert train.main(["--data", str(TINY), "--model", str(model_dir), "--no-feedback", "--quiet",
                       "--folds", "2", "--eval-data", str(realweb)]) in (0, 3)
    meta = artifacts.read_metadata(model_dir, artifacts.versions(model_dir)[-1])
    trusted = meta["metrics"]["trusted"]
    assert trusted["realweb"]["n"] == 2
    assert trusted["overall"]["n"] == 2 + trusted["unseen_designs"]["n"] + trusted["seen_designs"]["n"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"html": "<b>x</b>"}\n')  # no label: reported, not used, not fatal
    assert train.main(["--data", str(TINY), "--model", str(model_dir), "--no-feedback", "--quiet",
                       "--folds", "2", "--eval-data", str(bad)]) in (0, 3)
    assert "real-web evaluation set not used" in capsys.readouterr().err
