"""The committed real-web manifest and its checker (`python -m realweb check`).

The pages themselves are not in git; these tests check the manifest's own promises
(fields, ids, coverage targets of issue 11, widget files) and that the checker finds the
label mistakes it exists to find, on small pages written here.
"""
import json
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from realweb import MANIFEST, WIDGETS, check
from testkit import ROOT


def entries():
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_committed_manifest_passes_the_checker_without_pages():
    problems, stats = check.check(MANIFEST, WIDGETS, cache=None)
    assert [p for p in problems if not p.endswith("page not found")] == []
    assert stats["entries"] == len(entries())


def test_committed_manifest_meets_the_coverage_targets():
    es = entries()
    assert len(es) >= 200
    assert len({e["site"] for e in es}) >= 120
    assert len({e["lang"] for e in es}) >= 8
    assert sum(1 for e in es if e["ai"]) >= 40
    # wholly real pages with a real widget are reported apart from inserted ones
    assert any(e["ai"] and not e["insert"] for e in es)
    assert all("inserted-widget" in e["tags"] for e in es if e["insert"])


def test_every_widget_file_is_used_and_matches_its_own_selectors():
    used = {}
    for e in entries():
        if e["insert"]:
            used.setdefault(e["insert"], set()).update(e["ai"])
    files = {p.stem for p in WIDGETS.glob("*.html")}
    assert set(used) == files
    for name, selectors in used.items():
        soup = BeautifulSoup((WIDGETS / f"{name}.html").read_text(encoding="utf-8"), "lxml")
        for selector in selectors:
            assert soup.select(selector), (name, selector)


def entry(**over):
    base = {"id": "page-one", "repo": "owner/name", "commit": "0" * 40, "path": "p.html", "url": "https://example.org/a",
            "site": "example.org", "lang": "en", "ai": [], "insert": None, "tags": [], "note": "written for a test"}
    base.update(over)
    return base


def write(tmp_path, items, pages, where="raw"):
    """A manifest of `items` and a cache holding `pages` ({id: html}) in raw/
    (or clean/)."""
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    cache = tmp_path / "cache"
    (cache / where).mkdir(parents=True)
    for name, html in pages.items():
        (cache / where / f"{name}.html").write_text(html, encoding="utf-8")
    return manifest, cache


PAGE = "<html><body><nav><a href='/tag/ai'>AI</a></nav><div id='assist' class='x'>Ask</div></body></html>"


def test_checker_accepts_matching_selectors(tmp_path):
    manifest, cache = write(tmp_path, [entry(ai=["div#assist"])], {"page-one": PAGE})
    problems, stats = check.check(manifest, WIDGETS, cache)
    assert problems == [] and stats["checked_pages"] == 1


@pytest.mark.parametrize("items, expected", [
    ([entry(ai=["div.not-there"])], "matches 0 elements"),
    ([entry(), entry()], "appears twice"),
    ([{k: v for k, v in entry().items() if k != "site"}], "'site'"),
    ([entry(ai=["div[["])], "does not parse"),
    ([entry(insert="no-such-widget", ai=["#x"], tags=["inserted-widget"])], "widget file no-such-widget.html is missing"),
    ([entry(insert="tidio", ai=["#tidio-chat"], tags=[])], "tagged 'inserted-widget'"),
    ([entry(id="Bad_Id")], "'id'"),
    ([entry(lang="English")], "'lang'"),
    ([entry(extra=1)], "unknown fields"),
])
def test_checker_reports_label_mistakes(tmp_path, items, expected):
    manifest, cache = write(tmp_path, items, {"page-one": PAGE, "Bad_Id": PAGE})
    problems, _ = check.check(manifest, WIDGETS, cache)
    assert any(expected in p for p in problems), problems
    cli = subprocess.run([sys.executable, "-m", "realweb", "check", "--manifest", str(manifest), "--cache", str(cache)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert cli.returncode == 1 and expected in cli.stdout, cli.stdout + cli.stderr


def test_checker_appends_the_widget_and_flags_ambiguous_inserts(tmp_path):
    ok = entry(insert="tidio", ai=["#tidio-chat"], tags=["inserted-widget"])
    ambiguous = entry(id="page-two", insert="tidio", ai=["div.x"], tags=["inserted-widget"])
    manifest, cache = write(tmp_path, [ok, ambiguous], {"page-one": PAGE, "page-two": PAGE})
    problems, _ = check.check(manifest, WIDGETS, cache)
    assert not any(p.startswith("page-one:") for p in problems), problems
    assert any(p.startswith("page-two:") and "already matches the page" in p for p in problems)
    assert any(p.startswith("page-two:") and "matches nothing in widget" in p for p in problems)


def test_checker_reports_pages_it_cannot_find(tmp_path):
    manifest, cache = write(tmp_path, [entry()], {})
    problems, stats = check.check(manifest, WIDGETS, cache)
    assert stats["missing_pages"] == 1 and any("page not found" in p for p in problems)


def test_checker_takes_cleaned_pages_that_carry_their_widget(tmp_path):
    widget = (WIDGETS / "tidio.html").read_text(encoding="utf-8")
    page = PAGE.replace("</body>", widget + "</body>")
    item = entry(insert="tidio", ai=["#tidio-chat"], tags=["inserted-widget"])
    manifest, cache = write(tmp_path, [item], {"page-one": page}, where="clean")
    problems, _ = check.check(manifest, WIDGETS, cache, cleaned=True)
    assert problems == []
    (cache / "raw").mkdir()
    (cache / "raw" / "page-one.html").write_text(page, encoding="utf-8")
    problems, _ = check.check(manifest, WIDGETS, cache)
    assert any("already matches the page" in p for p in problems)
