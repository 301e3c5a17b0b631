"""The HTML evaluation report: self-contained, escaped, and it says what it must."""
import json
import subprocess
import sys
from html.parser import HTMLParser

import numpy as np

from model import artifacts, evaluate, metrics, report
from tests.conftest import ROOT, TINY

SCRIPT = "<script>alert(1)</script>"
MAX_BYTES = 300 * 1024


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self, text):
        super().__init__()
        self.tags = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def assert_self_contained(text):
    tags = Tags(text).tags
    names = {t for t, _ in tags}
    assert not names & {"script", "link", "iframe", "object", "embed"}, names
    assert "img" not in names
    assert "svg" in names and "rect" in names, "no figures"
    for _, attrs in tags:
        for key in ("href", "src", "action", "srcset", "xlink:href"):
            assert key not in attrs, (key, attrs[key])
        assert not any(k.startswith("on") for k in attrs), attrs
    assert "url(" not in text and "@import" not in text


def fabricated():
    """Six examples; the keep with hostile markup is the worst false positive."""
    examples = [
        {"html": f'<div class="promo">{SCRIPT}Ask AI</div>', "label": 0, "kind": "article",
         "url": 'https://evil.example/"><img src=x onerror=alert(2)>'},
        {"html": "<p>a plain paragraph</p>", "label": 0, "kind": "article"},
        {"html": '<button aria-label="Ask AI">✨</button>', "label": 1, "kind": "ai_search_widget"},
        {"html": "<x-orb>" + "y" * 5000 + "</x-orb>", "label": 1, "kind": "ai_chat_launcher"},
        {"html": '<div class="copilot">Copilot</div>', "label": 1, "kind": "ai_sidebar"},
        {"html": "<nav><a href='/'>home</a></nav>", "label": 0, "kind": "nav"},
    ]
    labels = [ex["label"] for ex in examples]
    probs = np.array([0.91, 0.05, 0.97, 0.12, 0.66, 0.2])
    threshold = 0.4321
    predicted = (probs >= threshold).astype(int)
    run = {"label": "new 2099.01.01-2", "threshold": threshold, "probs": probs,
           "predicted": predicted, "metrics": metrics.binary(labels, predicted, probs),
           "per_kind": metrics.per_kind([ex["kind"] for ex in examples], labels, predicted),
           "baseline": metrics.binary(labels, [1, 0, 1, 0, 0, 0])}
    return examples, run


def test_report_is_self_contained_and_escapes_snippets(tmp_path):
    examples, run = fabricated()
    reasons = {0: ["its text says '<b>ai</b>'"], 3: ["a custom element"]}
    path = report.write(tmp_path / "r", "test <report>", examples, run,
                        reasons_of=lambda i: reasons.get(i, []), decision="NOT promoted: <worse>")
    assert path == tmp_path / "r" / "index.html"
    text = path.read_text(encoding="utf-8")
    assert_self_contained(text)
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<img src=x" not in text and "&lt;img src=x onerror=alert(2)&gt;" in text
    assert "&lt;b&gt;ai&lt;/b&gt;" in text and "<b>ai</b>" not in text
    assert "NOT promoted: &lt;worse&gt;" in text
    assert "<title>test &lt;report&gt;</title>" in text
    assert "0.4321" in text
    # the hostile keep is the one false positive; the long positive the worst miss, cut short
    fp_section = text.split("Worst false positives")[1].split("Worst false negatives")[0]
    assert "alert(1)" in fp_section
    fn_section = text.split("Worst false negatives")[1]
    assert "x-orb" in fn_section and "more characters not shown" in fn_section
    assert "y" * (report.SNIPPET_CHARS + 1) not in text
    assert len(text.encode()) < MAX_BYTES


def test_report_has_threshold_figures_and_per_kind_table(tmp_path):
    examples, run = fabricated()
    compare = {"label": "current 2099.01.01-1", "threshold": 0.5,
               "metrics": {"precision": 0.5, "recall": 0.5, "f1": 0.5,
                           "confusion": {"tn": 2, "fp": 1, "fn": 1, "tp": 2}},
               "per_kind": {"ai_sidebar": {"n": 1, "recall": 0.0}}}
    text = report.render("r", examples, run, compare=compare)
    assert "<strong>0.4321</strong>" in text
    kinds = text.split("Recall per kind")[1].split("Worst false positives")[0]
    for kind in ("ai_chat_launcher", "ai_search_widget", "ai_sidebar"):
        assert f"<td>{kind}</td>" in kinds
    assert "recall: current 2099.01.01-1" in kinds and "+1.000" in kinds  # ai_sidebar 0 -> 1
    head = text.split("Recall per kind")[0]
    assert "new 2099.01.01-2" in head and "current 2099.01.01-1" in head
    assert "keyword baseline" in head
    assert text.count("<svg ") == 3  # the curves, and one confusion matrix per model
    assert text.count("<polyline ") == 1  # the compared model has figures, no scores


def test_worst_errors_are_the_surest_mistakes():
    labels = [0, 0, 0, 1, 1, 1]
    probs = np.array([0.9, 0.6, 0.1, 0.05, 0.3, 0.8])
    predicted = (probs >= 0.5).astype(int)
    fp, fn = report.worst_errors(labels, probs, predicted)
    assert list(fp) == [0, 1] and list(fn) == [3, 4]
    fp, fn = report.worst_errors(labels, probs, predicted, limit=1)
    assert list(fp) == [0] and list(fn) == [3]


def test_evaluate_writes_the_report(tiny_model_dir, tmp_path):
    hostile = {"html": f'<button aria-label="Ask AI" class="ask-ai-btn">✨{SCRIPT}</button>',
               "url": "https://news.example.org/", "label": 0, "kind": "article"}
    file = tmp_path / "eval.jsonl"
    file.write_text(TINY.read_text(encoding="utf-8") + json.dumps(hostile) + "\n")
    out = tmp_path / "report"
    r = subprocess.run([sys.executable, "-m", "model.evaluate", str(file), "--model",
                        str(tiny_model_dir), "--report", str(out), "--compare", "current"],
                       cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert f"report: {out / 'index.html'}" in r.stdout
    text = (out / "index.html").read_text(encoding="utf-8")
    assert_self_contained(text)
    version = artifacts.current_version(tiny_model_dir)
    meta = artifacts.read_metadata(tiny_model_dir, version)
    assert f"<strong>{meta['threshold']:.4f}</strong>" in text
    assert "Recall per kind" in text and "<td>ai_chat_panel</td>" in text
    fp_section = text.split("Worst false positives")[1].split("Worst false negatives")[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in fp_section
    assert "<script" not in text.lower()
    assert "its label names an AI assistant" in fp_section  # the reasons come along
    assert f"{version} (current)" in text
    assert len(text.encode()) < MAX_BYTES


def test_evaluate_report_refuses_unknown_compare_version(tiny_model_dir, tmp_path, capsys):
    code = evaluate.main([str(TINY), "--model", str(tiny_model_dir), "--report",
                          str(tmp_path / "r"), "--compare", "1999.01.01-1"])
    assert code == 2 and "1999.01.01-1" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


def test_training_writes_its_report_beside_the_model(tiny_model_dir):
    version = artifacts.current_version(tiny_model_dir)
    path = tiny_model_dir / version / "report" / "index.html"
    text = path.read_text(encoding="utf-8")
    assert_self_contained(text)
    assert len(text.encode()) < MAX_BYTES
    assert f"nofoobar model {version}: cross-validation" in text
    assert "grouped by site" in text
    assert "promoted to current (there was no current model)" in text
    meta = artifacts.read_metadata(tiny_model_dir, version)
    assert f"<strong>{meta['threshold']:.4f}</strong>" in text
    for kind in meta["metrics"]["per_kind"]:
        assert f"<td>{kind}</td>" in text
    # the report is not part of the checked artifact: the model still verifies
    artifacts.verify(tiny_model_dir, version)
