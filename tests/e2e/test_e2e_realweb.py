"""The real-web harness end to end, on pages the project wrote itself
(tests/fixtures/realweb): `python -m realweb fetch` from a git snapshot,
then `python -m realweb run` with the real server and the extension in
Chromium; the per-page figures must show what the extension really did."""
import json
import shutil
import subprocess
import sys

import pytest

from testkit import ROOT

pytestmark = pytest.mark.e2e

FIXTURES = ROOT / "tests" / "fixtures" / "realweb"
REPO = "nofoobar/realweb-fixtures"


def _git(*args, cwd):
    subprocess.run(["git", "-c", "user.name=nofoobar", "-c", "user.email=tests@nofoobar.invalid", *args],
                   cwd=cwd, check=True, capture_output=True)


def _cli(*args, timeout=240):
    return subprocess.run([sys.executable, "-m", "realweb", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


@pytest.fixture(scope="module")
def harness_run(tmp_path_factory, bundled_model_copy):
    tmp = tmp_path_factory.mktemp("realweb")
    # the fixture pages as a repository snapshot, like /work/.mirror/<owner>+<name>
    src = tmp / "src"
    shutil.copytree(FIXTURES / "pages", src / "pages")
    _git("init", "-q", cwd=src)
    _git("add", ".", cwd=src)
    _git("commit", "-qm", "fixture pages", cwd=src)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=src, capture_output=True, text=True,
                            check=True).stdout.strip()
    mirror = tmp / "mirror"
    subprocess.run(["git", "clone", "-q", "--bare", str(src), str(mirror / REPO.replace("/", "+"))], check=True)

    entries = [json.loads(line) for line in (FIXTURES / "manifest.jsonl").read_text().splitlines() if line.strip()]
    for e in entries:
        e["commit"] = commit
    launcher = next(e for e in entries if e["id"] == "fixture-launcher")
    # The same launcher page twice more, labelled otherwise, so that the
    # counting itself is checked: unlabelled, its hidden launcher is a false
    # hide; with its (never hidden) heading labelled too, one widget is missed,
    # and its boot frame, which the page never shows, is not counted.
    entries.append(dict(launcher, id="fixture-launcher-unlabelled", ai=[]))
    entries.append(dict(launcher, id="fixture-launcher-heading",
                        ai=["#nw-assistant", "main h1", "#nw-assistant-boot", "#not-on-the-page"]))
    # labelled by its button alone: the wrapper the extension sends and hides
    # holds nothing else, so it is the widget, not a false hide
    entries.append(dict(launcher, id="fixture-launcher-button", ai=["#nw-assistant > button"]))
    manifest = tmp / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(e) + "\n" for e in entries))

    cache, out = tmp / "cache", tmp / "out"
    common = ["--manifest", str(manifest), "--cache", str(cache), "--widgets", str(FIXTURES / "widgets")]
    fetched = _cli("fetch", *common, "--mirror", str(mirror), "--offline")
    assert fetched.returncode == 0, fetched.stderr
    ran = _cli("run", *common, "--out", str(out), "--model", str(bundled_model_copy))
    assert ran.returncode == 0, ran.stderr + ran.stdout
    result = json.loads((cache / "report.json").read_text())
    candidates = [json.loads(line) for line in (cache / "candidates.jsonl").read_text().splitlines()]
    return {"cache": cache, "out": out, "manifest": manifest, "stdout": ran.stdout, "result": result,
            "public": json.loads((out / "realweb.json").read_text()),
            "pages": {p["id"]: p for p in result["pages"]}, "candidates": candidates}


def test_fetch_cleans_the_pages(harness_run):
    cache = harness_run["cache"]
    assert (cache / "raw" / "fixture-ai-article.html").read_bytes().startswith(b"<!DOCTYPE html>")
    article = (cache / "clean" / "fixture-ai-article.html").read_text(encoding="utf-8")
    assert "Renée Okafor" in article  # windows-1252, read as such
    assert "<script" not in article and "onclick" not in article and "<noscript" not in article
    recipe = (cache / "clean" / "fixture-recipe-inserted.html").read_text(encoding="utf-8")
    assert 'id="helpbot-ai-widget"' in recipe


def test_a_hidden_launcher_counts_as_a_widget_hidden(harness_run):
    p = harness_run["pages"]["fixture-launcher"]
    assert not p.get("error")
    assert (p["widgets"], p["widgets_hidden"], p["missed"], p["false_hides"]) == (1, 1, 0, 0)


def test_content_about_ai_stays_and_scripts_do_not_run(harness_run):
    p = harness_run["pages"]["fixture-ai-article"]
    assert not p.get("error")
    assert (p["hidden"], p["false_hides"], p["widgets"]) == (0, 0, 0)
    # the cookie banner and the letters link were sent and scored as content
    assert len(p["candidates"]) >= 2
    assert all(c["label"] == 0 and c["exact"] and c["score"] is not None for c in p["candidates"])
    assert not any("injected-ask-ai" in c["html"] for c in p["candidates"])


def test_an_inserted_widget_is_hidden_and_reported_apart(harness_run):
    p = harness_run["pages"]["fixture-recipe-inserted"]
    assert (p["widgets"], p["widgets_hidden"], p["false_hides"]) == (1, 1, 0)
    s = harness_run["result"]["summary"]
    assert s["inserted"]["pages"] == 1 and s["real"]["pages"] == 5
    assert s["inserted"]["widgets_hidden"] == 1


def test_false_hides_and_missed_widgets_are_counted(harness_run):
    unlabelled = harness_run["pages"]["fixture-launcher-unlabelled"]
    assert (unlabelled["false_hides"], unlabelled["widgets"]) == (1, 0)
    assert unlabelled["false_hide_detail"][0]["element"].startswith("div#nw-assistant")
    heading = harness_run["pages"]["fixture-launcher-heading"]
    assert (heading["widgets"], heading["widgets_hidden"], heading["missed"]) == (2, 1, 1)
    assert [w["element"] for w in heading["not_rendered"]] == ["iframe#nw-assistant-boot"]
    assert heading["empty_selectors"] == ["#not-on-the-page"]
    real = harness_run["result"]["summary"]["real"]
    # pages without AI widgets: the article (0 false hides) and the unlabelled launcher (1)
    assert real["pages_without_ai"] == 2 and real["false_hides_per_100_pages"] == 50.0
    assert real["widgets"] == 4 and real["widgets_hidden"] == 3
    wrapped = harness_run["pages"]["fixture-launcher-button"]
    assert (wrapped["false_hides"], wrapped["widgets"], wrapped["widgets_hidden"]) == (0, 1, 1)


def test_candidates_are_labelled_by_the_manifest(harness_run):
    by_page = {}
    for c in harness_run["candidates"]:
        by_page.setdefault(c["page"], []).append(c)
        assert set(c) >= {"html", "context", "url", "site", "label", "page", "split"}
    [launcher] = [c for c in by_page["fixture-launcher"] if c["label"] == 1]
    assert 'id="nw-assistant"' in launcher["html"] and launcher["context"]["position"] == "fixed"
    assert [c["label"] for c in by_page["fixture-launcher-unlabelled"]] == [0]
    assert [c["label"] for c in by_page["fixture-launcher-button"]] == [1]
    assert harness_run["result"]["summary"]["real"]["candidates"]["tp"] >= 2


def test_the_report_is_written_and_printed(harness_run):
    md = (harness_run["out"] / "realweb.md").read_text()
    assert "false hides per 100 pages without AI widgets" in md
    assert "fixture-launcher-unlabelled" in md  # among the worst cases
    # the eval-split sites' headline figures with their intervals, when it has any
    evals = [p for p in harness_run["result"]["pages"] if p["split"] == "eval"]
    assert ("95 % intervals, eval sites" in md) == bool(evals)
    assert (harness_run["result"]["summary"]["eval"]["intervals"] is not None) == bool(evals)
    assert "AI widgets hidden" in harness_run["stdout"]
    assert "Ask our AI assistant" in harness_run["stdout"]  # the worst cases' markup, printed


def test_a_run_of_one_page_keeps_the_other_pages_candidates(harness_run, bundled_model_copy):
    before = (harness_run["cache"] / "candidates.jsonl").read_text().splitlines()
    common = ["--manifest", str(harness_run["manifest"]), "--cache", str(harness_run["cache"]),
              "--widgets", str(FIXTURES / "widgets"), "--out", str(harness_run["out"].parent / "one")]
    ran = _cli("run", *common, "--page", "fixture-ai-article", "--model", str(bundled_model_copy))
    assert ran.returncode == 0, ran.stderr
    after = (harness_run["cache"] / "candidates.jsonl").read_text().splitlines()
    pages = lambda lines: sorted(json.loads(x)["page"] for x in lines)  # noqa: E731
    assert pages(after) == pages(before)


def test_committed_results_hold_no_page_text_or_markup(harness_run):
    public, detail = harness_run["public"], harness_run["result"]
    assert public["summary"] == detail["summary"]

    def keys(v):
        if isinstance(v, dict):
            return set(v) | {k for x in v.values() for k in keys(x)}
        return {k for x in v for k in keys(x)} if isinstance(v, list) else set()
    assert not keys(public) & {"html", "text", "context"}
    for path in (harness_run["out"] / "realweb.json", harness_run["out"] / "realweb.md"):
        text = path.read_text()
        for words in ("Ask our AI assistant", "Help centre", "Ask the editors", "We use cookies"):
            assert words not in text, (path.name, words)
    assert "div#nw-assistant" in (harness_run["out"] / "realweb.md").read_text()


def test_the_eval_split_figures_are_recorded_in_the_model(harness_run, bundled_model_copy, tmp_path):
    from model import artifacts
    from realweb import manifest, split
    models = tmp_path / "models"
    shutil.copytree(bundled_model_copy, models)
    entries = manifest.load(harness_run["manifest"])
    halves = split.assign(entries)
    assert set(halves.values()) == {"train", "eval"}
    common = ["--manifest", str(harness_run["manifest"]), "--cache", str(harness_run["cache"]),
              "--widgets", str(FIXTURES / "widgets"), "--out", str(tmp_path / "out"), "--model", str(models)]
    ran = _cli("run", *common, "--split", "eval", "--record")
    assert ran.returncode == 0, ran.stderr
    result = json.loads((harness_run["cache"] / "report.json").read_text())
    assert {p["id"] for p in result["pages"]} == {e["id"] for e in entries if halves[e["site"]] == "eval"}
    meta = artifacts.read_metadata(models, artifacts.current_version(models))
    rw = meta["metrics"]["realweb"]
    assert rw["split"] == "eval" and rw["pages"] == len(result["pages"])
    assert rw["manifest_sha256"] == split.manifest_hash(harness_run["manifest"])
    assert {"precision", "recall", "f1", "false_hides_per_100_pages", "widgets_hidden_pct"} <= set(rw)


def test_a_saved_version_is_measured_without_promoting_it(harness_run, bundled_model_copy, tmp_path):
    from model import artifacts
    models = tmp_path / "models"
    shutil.copytree(bundled_model_copy, models)
    current = artifacts.current_version(models)
    # the latest trained version before the current one
    other = max((v for v in artifacts.versions(models) if v != current),
                key=lambda v: artifacts.read_metadata(models, v)["trained_at"])
    common = ["--manifest", str(harness_run["manifest"]), "--cache", str(harness_run["cache"]),
              "--widgets", str(FIXTURES / "widgets"), "--out", str(tmp_path / "out"), "--model", str(models)]
    ran = _cli("run", *common, "--split", "eval", "--record", "--version", other)
    assert ran.returncode == 0, ran.stderr
    assert json.loads((tmp_path / "out" / "realweb.json").read_text())["model"]["version"] == other
    # current has not moved; the figures went to the version measured
    assert artifacts.current_version(models) == current
    report = json.loads((harness_run["cache"] / "report.json").read_text())
    assert artifacts.read_metadata(models, other)["metrics"]["realweb"]["measured_at"] == report["finished_at"]
    assert artifacts.read_metadata(models, current)["metrics"].get("realweb") == \
        artifacts.read_metadata(bundled_model_copy, current)["metrics"].get("realweb")
    # a version that is not saved there is refused before anything runs
    for bad in ("2000.01.01-1", "../models"):
        ran = _cli("run", *common, "--version", bad)
        assert ran.returncode == 2 and "--version" in ran.stderr and not ran.stdout

