"""The real-web harness's parts that need no browser: the manifest check,
cleaning, fetching, and the message without a cache."""
import json
import subprocess
import sys

import pytest

from realweb import clean, manifest
from testkit import ROOT

GOOD = {"id": "a-1", "repo": "owner/name", "commit": "a" * 40, "path": "p/page.html",
        "url": "https://example.org/x", "site": "example.org", "lang": "en", "ai": [], "insert": None,
        "tags": [], "note": ""}


def _write(tmp_path, *entries):
    path = tmp_path / "manifest.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in entries))
    return path


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "realweb", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)


def test_the_committed_manifest_loads_and_its_widgets_exist():
    from realweb import MANIFEST, WIDGETS
    entries = manifest.load(MANIFEST)
    assert entries
    for e in entries:
        assert not e["insert"] or (WIDGETS / f"{e['insert']}.html").exists(), e["id"]


def test_the_fixture_manifest_loads():
    entries = manifest.load(ROOT / "tests" / "fixtures" / "realweb" / "manifest.jsonl")
    assert [e["id"] for e in entries][:2] == ["fixture-launcher", "fixture-ai-article"]


@pytest.mark.parametrize("patch, message", [
    ({"id": "Bad Id"}, "'id'"),
    ({"commit": "abc"}, "'commit'"),
    ({"path": "../etc/passwd"}, "'path'"),
    ({"ai": "#x"}, "'ai'"),
    ({"insert": "chat"}, "'insert'"),  # an inserted widget needs its selector in 'ai'
    ({"url": "javascript:alert(1)"}, "'url'"),
])
def test_a_bad_manifest_line_is_an_error_that_names_it(tmp_path, patch, message):
    path = _write(tmp_path, GOOD, {**GOOD, "id": "a-2", **patch})
    with pytest.raises(manifest.ManifestError, match=message) as err:
        manifest.load(path)
    assert ":2:" in str(err.value)


def test_a_repeated_id_is_an_error(tmp_path):
    with pytest.raises(manifest.ManifestError, match="twice"):
        manifest.load(_write(tmp_path, GOOD, GOOD))


def test_cleaning_removes_code_and_external_loads_and_keeps_content():
    raw = (b'<html><head><meta charset="iso-8859-1"><base href="https://cdn.example/">'
           b'<link rel="stylesheet" href="https://cdn.example/a.css"><link rel="canonical" href="https://ex.org/a">'
           b'<style>@import url(x.css); .h { background: url("https://cdn.example/bg.png") } .d { background: url(data:image/png;base64,AA) }</style>'
           b'<meta http-equiv="refresh" content="0;url=https://elsewhere.example/"></head>'
           b'<body onload="steal()"><script>steal()</script><noscript><img src="https://t.example/p.gif"></noscript>'
           b'<p style="background-image:url(//cdn.example/p.png)">Caf\xe9 <a href="/tag/ai" onclick="x()">AI</a></p>'
           b'<img src="https://img.example/a.jpg" srcset="https://img.example/a2.jpg 2x" alt="a">'
           b'<iframe src="javascript:alert(1)"></iframe><iframe src="https://widget.vendor.example/chat"></iframe>'
           b'<video src="https://v.example/v.mp4" poster="https://v.example/p.jpg"></video>'
           b'<svg><use href="https://icons.example/s.svg#spark"></use><use href="#local"></use></svg></body></html>')
    out = clean.clean_html(raw)
    assert "Café" in out and '<meta charset="utf-8">' in out
    for gone in ("<script", "<noscript", "<base", "steal", "onclick", "refresh", "a.css", "bg.png", "@import",
                 "p.png", "a2.jpg", "javascript:", "v.mp4", "p.jpg", "icons.example", "iso-8859-1"):
        assert gone not in out, gone
    # kept: what the extension sends and the model reads, and the page's content
    for kept in ('href="/tag/ai"', 'src="https://img.example/a.jpg"', 'src="https://widget.vendor.example/chat"',
                 'rel="canonical"', "data:image/png", 'href="#local"'):
        assert kept in out, kept
    assert clean.clean_html(raw) == out  # deterministic


def test_cleaning_reads_the_declared_encoding():
    raw = '<html><head><meta charset="shift_jis"></head><body><p>AI要約</p></body></html>'.encode("shift_jis")
    assert "AI要約" in clean.clean_html(raw)


def test_an_inserted_widget_is_appended_to_the_body():
    out = clean.clean_html(b"<html><body><p>recipe</p></body></html>",
                           '<div id="w"><button onclick="x()">Ask AI</button></div>')
    assert out.index("recipe") < out.index('<div id="w">') < out.index("</body>")
    assert "onclick" not in out


def test_run_without_a_cache_says_how_to_get_one(tmp_path):
    r = _cli("run", "--manifest", str(_write(tmp_path, GOOD)), "--cache", str(tmp_path / "cache"),
             "--out", str(tmp_path / "out"))
    assert r.returncode == 1
    assert "python -m realweb fetch" in r.stderr
    assert not (tmp_path / "out").exists()


def test_fetch_names_each_page_it_cannot_get(tmp_path):
    r = _cli("fetch", "--manifest", str(_write(tmp_path, GOOD)), "--cache", str(tmp_path / "cache"),
             "--mirror", str(tmp_path / "no-mirror"), "--offline")
    assert r.returncode == 1
    assert "a-1" in r.stderr and "no local snapshot of owner/name" in r.stderr


def test_a_bad_manifest_exits_2(tmp_path):
    bad = tmp_path / "m.jsonl"
    bad.write_text("{not json\n")
    r = _cli("run", "--manifest", str(bad), "--cache", str(tmp_path))
    assert r.returncode == 2 and "m.jsonl:1" in r.stderr


def test_a_missing_widget_file_is_a_manifest_error(tmp_path):
    entry = {**GOOD, "insert": "no-such-widget", "ai": ["#w"], "tags": ["inserted-widget"]}
    r = _cli("run", "--manifest", str(_write(tmp_path, entry)), "--cache", str(tmp_path / "cache"),
             "--widgets", str(tmp_path))
    assert r.returncode == 2 and "no-such-widget.html" in r.stderr


def test_the_bench_section_is_not_measured_without_a_cache(tmp_path, monkeypatch):
    from bench import realweb as section
    monkeypatch.setenv("NOFOOBAR_REALWEB_CACHE", str(tmp_path / "empty"))
    figures, rows = section.run({"out": tmp_path / "out"})
    assert figures["measured"] is False and "python -m realweb fetch" in figures["why"]
    assert len(rows) == 4 and all(r["met"] is None and r["shown"] == "not measured" for r in rows)


def test_fetch_downloads_what_no_snapshot_has(tmp_path, monkeypatch):
    from realweb import fetch
    from testkit import PageServer

    site = PageServer(pages={f"owner/name/{'a' * 40}/p/page.html": "<html><body><p>Grüße</p></body></html>"})
    try:
        monkeypatch.setattr(fetch, "RAW_URL", f"http://127.0.0.1:{site.port}/{{repo}}/{{commit}}/{{path}}")
        gone = {**GOOD, "id": "a-2", "path": "p/missing.html"}
        missing = fetch.fetch([GOOD, gone], tmp_path / "cache", mirrors=[tmp_path / "no-mirror"])
    finally:
        site.close()
    assert (tmp_path / "cache" / "raw" / "a-1.html").read_bytes().startswith(b"<html>")
    assert "Grüße" in (tmp_path / "cache" / "clean" / "a-1.html").read_text(encoding="utf-8")
    assert list(missing) == ["a-2"] and "HTTP 404" in missing["a-2"]


def test_fetch_unpacks_gzipped_pages_from_a_snapshot(tmp_path):
    """The article-extraction benchmark stores its pages as *.html.gz: the
    cache and the checker get the HTML, not the gzip bytes."""
    import gzip

    from realweb import check, fetch

    work = tmp_path / "work"
    work.mkdir()
    (work / "page.html.gz").write_bytes(gzip.compress("<html><body><p>Grüße</p></body></html>".encode()))
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for cmd in (["init", "-q"], ["add", "page.html.gz"], ["commit", "-qm", "page"]):
        subprocess.run(["git", *cmd], cwd=work, env=env, check=True, capture_output=True)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=work, capture_output=True, text=True).stdout.strip()
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (work / ".git").rename(mirror / "owner+name")
    entry = {**GOOD, "commit": commit, "path": "page.html.gz"}
    missing = fetch.fetch([entry], tmp_path / "cache", mirrors=[mirror], download=False)
    assert missing == {}
    assert (tmp_path / "cache" / "raw" / "a-1.html").read_bytes().startswith(b"<html>")
    assert "Grüße" in (tmp_path / "cache" / "clean" / "a-1.html").read_text(encoding="utf-8")
    page = fetch.from_git(mirror / "owner+name", commit, "page.html.gz")
    assert page.startswith(b"<html>")
    assert check.selector_problems({**entry, "ai": ["p"]}, page, None) == []


def _page(site, has_ai, false_hides=0, widgets=0, hidden=0, cands=()):
    return {"site": site, "has_ai": has_ai, "false_hides": false_hides, "widgets": widgets,
            "widgets_hidden": hidden, "candidates": [{"label": label, "ai": ai} for label, ai in cands],
            "partly_hidden": 0, "not_rendered": [], "empty_selectors": [], "bad_selectors": []}


def test_the_headline_intervals_draw_whole_sites():
    from realweb import report, score
    # ten sites alike: every draw is the same, the interval is the point
    alike = [_page(f"s{i}.example", True, widgets=2, hidden=1, cands=[(1, True), (1, False), (0, True)])
             for i in range(10)] + [_page(f"n{i}.example", False, false_hides=1) for i in range(10)]
    iv = score.intervals(alike)
    assert iv["widgets_hidden_pct"] == [50.0, 50.0] and iv["pages_with_false_hides_pct"] == [100.0, 100.0]
    assert iv["precision"] == [0.5, 0.5] and iv["recall"] == [0.5, 0.5] and iv["f1"] == [0.5, 0.5]
    # one site holds every widget (all hidden) beside nine without: a draw
    # takes it with all its widgets or none, so the interval stays 100 %,
    # while a false hide on one site of ten spreads the share
    lumpy = [_page("big.example", True, widgets=30, hidden=30)] + [
        _page(f"n{i}.example", False, false_hides=1 if i == 0 else 0) for i in range(9)]
    iv = score.intervals(lumpy)
    assert iv["widgets_hidden_pct"] == [100.0, 100.0]
    lo, hi = iv["pages_with_false_hides_pct"]
    assert lo == 0.0 and 100 / 9 < hi <= 50.0
    # the same pages, the same intervals; none without pages
    assert score.intervals(lumpy) == iv and score.intervals([]) is None
    # the report prints them under the table
    line = report._intervals({"eval": {"intervals": iv}})[0]
    assert line.startswith("95 % intervals") and "AI widgets hidden 100.0 %–100.0 %" in line


def _run(version, pages):
    for i, p in enumerate(pages):
        p.setdefault("id", f"{p['site']}-{i}")
        p.setdefault("split", "eval")
        p.setdefault("insert", None)
        p.setdefault("tags", ["mentions-ai"] if not p["has_ai"] else ["chat-launcher"])
    return {"model": {"version": version}, "pages": pages}


def _pair(fixed_sites):
    """Two runs of ten widget sites and ten plain ones; the second hides one
    more widget on `fixed_sites` of them and adds no false hide."""
    def pages(better):
        out = [_page(f"w{i}.example", True, widgets=2, hidden=1 + (better and i < fixed_sites),
                     cands=[(1, True), (1, better and i < fixed_sites), (0, False)]) for i in range(10)]
        out += [_page(f"n{i}.example", False, false_hides=int(i == 0), cands=[(0, i == 0)]) for i in range(10)]
        return out
    return _run("1-before", pages(False)), _run("2-after", pages(True))


def test_paired_differences_tell_models_apart_that_the_intervals_of_each_do_not():
    from realweb import score
    before, after = _pair(fixed_sites=10)
    d = score.paired_differences(before["pages"], after["pages"])
    # every widget site gained the same: each draw sees the same gain
    assert d["difference"]["widgets_hidden_pct"] == 50.0 and d["widgets_hidden_pct"] == [50.0, 50.0]
    assert d["difference"]["pages_with_false_hides_pct"] == 0.0 and d["pages_with_false_hides_pct"] == [0.0, 0.0]
    assert d["difference"]["recall"] == 0.5 and d["recall"][0] > 0
    # a gain on one site of ten: the point moves, the interval reaches zero
    before, after = _pair(fixed_sites=1)
    d = score.paired_differences(before["pages"], after["pages"])
    assert d["difference"]["widgets_hidden_pct"] == 5.0 and d["widgets_hidden_pct"][0] == 0.0
    assert d == score.paired_differences(before["pages"], after["pages"])  # seeded
    with pytest.raises(ValueError):
        score.paired_differences(before["pages"], after["pages"][1:])
    moved = [dict(p, site="elsewhere.example") if i == 0 else p for i, p in enumerate(after["pages"])]
    with pytest.raises(ValueError):  # a page on another site: the draws would not be paired
        score.paired_differences(before["pages"], moved)


def test_compare_sets_two_runs_side_by_side_on_the_pages_both_ran(tmp_path):
    from realweb import compare
    before, after = _pair(fixed_sites=10)
    # a page only the later run has is left out, and said so
    after["pages"].append(_run("x", [_page("new.example", False, false_hides=3)])["pages"][0])
    # train-split pages are not compared
    before["pages"].append(dict(before["pages"][0], id="t-1", site="train.example", split="train"))
    cmp = compare.compare(before, after)
    assert cmp["pages"] == 20 and cmp["left_out"] == {"before": 0, "after": 1}
    assert cmp["before"]["figures"]["widgets_hidden"] == 10 and cmp["after"]["figures"]["widgets_hidden"] == 20
    assert cmp["after"]["figures"]["false_hides_per_100_pages"] == 10.0
    md = compare.markdown(cmp)
    assert "| AI widgets hidden | 50.0 % (10 of 20) | 100.0 % (20 of 20) |" in md
    assert "- AI widgets hidden: +50.0 points (+50.0 to +50.0)" in md
    assert "| chat-launcher | 10 | 0 → 0 | 0 → 0 of 0 | 10 → 20 of 20 |" in md
    assert "1 more in the after run, left out" in md and "other AI widgets" not in md
    # a page labelled otherwise in the later run (the manifest changed) is said so
    relabelled = dict(after, pages=[dict(p, widgets=3) if p["id"] == "w0.example-0" else p for p in after["pages"]])
    assert compare.compare(before, relabelled)["relabelled"] == 1
    assert "1 of them with other AI widgets in the two runs" in compare.markdown(compare.compare(before, relabelled))
    # ranking without a threshold: the AI candidate above the content one
    assert compare.average_precision([{"label": 1, "score": 0.9}, {"label": 0, "score": 0.5}]) == 1.0
    assert compare.average_precision([{"label": 1, "score": 0.4}, {"label": 0, "score": 0.5}]) == 0.5
    # from the command line, with bad input refused
    paths = []
    for name, result in (("b.json", before), ("a.json", after)):
        paths.append(tmp_path / name)
        paths[-1].write_text(json.dumps(result))
    done = _cli("compare", *map(str, paths), "--out", str(tmp_path / "cmp.md"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (tmp_path / "cmp.md").read_text().strip() == md
    (tmp_path / "bad.json").write_text('{"pages": []}')
    no_widgets = dict(before, pages=[{k: v for k, v in p.items() if k != "widgets"} for p in before["pages"]])
    (tmp_path / "partial.json").write_text(json.dumps(no_widgets))
    no_label = dict(before, pages=[dict(before["pages"][0], candidates=[{"ai": True}])])
    (tmp_path / "nolabel.json").write_text(json.dumps(no_label))
    for bad, says in ((tmp_path / "missing.json", "cannot read"), (tmp_path / "bad.json", "not the results"),
                      (tmp_path / "partial.json", "page 1 has no widgets"),
                      (tmp_path / "nolabel.json", "page 1 has no candidates' label")):
        done = _cli("compare", str(paths[0]), str(bad))
        assert done.returncode == 2 and says in done.stderr and not done.stdout, (bad, done.stderr)
    done = _cli("compare", *map(str, paths), "--out", str(tmp_path / "no" / "such" / "dir.md"))
    assert done.returncode == 2 and "cannot write" in done.stderr and not done.stdout
    train_only = dict(before, pages=[p for p in before["pages"] if p["split"] == "train"])
    (tmp_path / "t.json").write_text(json.dumps(train_only))
    done = _cli("compare", str(paths[0]), str(tmp_path / "t.json"))
    assert done.returncode == 2 and "share no eval-split page" in done.stderr
