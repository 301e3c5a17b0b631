"""The committed real-web manifest and its checker (realweb/check_manifest.py).

The pages themselves are not in git; these tests check the manifest's own promises
(fields, ids, coverage targets of issue 11, widget files) and that the checker finds the
label mistakes it exists to find, on small pages written here.
"""
import gzip
import importlib.util
import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
REALWEB = ROOT / "realweb"
MANIFEST = REALWEB / "manifest.jsonl"

_spec = importlib.util.spec_from_file_location("check_manifest", REALWEB / "check_manifest.py")
check_manifest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_manifest)


def entries():
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_committed_manifest_passes_the_checker_without_pages():
    problems, stats = check_manifest.check(MANIFEST, None, None, REALWEB / "widgets")
    assert problems == []
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
    files = {p.stem for p in (REALWEB / "widgets").glob("*.html")}
    assert set(used) == files
    for name, selectors in used.items():
        soup = check_manifest.parse(f"<body>{(REALWEB / 'widgets' / f'{name}.html').read_text(encoding='utf-8')}</body>")
        for selector in selectors:
            assert soup.select(selector), (name, selector)


def entry(**over):
    base = {"id": "page-one", "repo": "owner/name", "commit": "0" * 40, "path": "p.html", "url": "https://example.org/a",
            "site": "example.org", "lang": "en", "ai": [], "insert": None, "tags": [], "note": "written for a test"}
    base.update(over)
    return base


def write(tmp_path, items, pages):
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    page_dir = tmp_path / "pages"
    page_dir.mkdir()
    for name, html in pages.items():
        data = html.encode("utf-8")
        if name.endswith(".gz"):
            data = gzip.compress(data)
        (page_dir / name).write_bytes(data)
    return manifest, page_dir


PAGE = "<html><body><nav><a href='/tag/ai'>AI</a></nav><div id='assist' class='x'>Ask</div></body></html>"


def test_checker_accepts_matching_selectors_in_gzipped_pages(tmp_path):
    manifest, pages = write(tmp_path, [entry(ai=["div#assist"])], {"page-one.html.gz": PAGE})
    problems, stats = check_manifest.check(manifest, pages, None, REALWEB / "widgets")
    assert problems == [] and stats["checked_pages"] == 1


@pytest.mark.parametrize("items, expected", [
    ([entry(ai=["div.not-there"])], "matches 0 elements"),
    ([entry(), entry()], "duplicate id"),
    ([{k: v for k, v in entry().items() if k != "site"}], "missing field 'site'"),
    ([entry(ai=["div[["])], "does not parse"),
    ([entry(insert="no-such-widget", ai=["#x"], tags=["inserted-widget"])], "widget file missing"),
    ([entry(insert="tidio", ai=["#tidio-chat"], tags=[])], "tag 'inserted-widget' missing"),
    ([entry(id="Bad_Id")], "bad id"),
])
def test_checker_reports_label_mistakes(tmp_path, items, expected):
    manifest, pages = write(tmp_path, items, {"page-one.html": PAGE, "Bad_Id.html": PAGE})
    problems, _ = check_manifest.check(manifest, pages, None, REALWEB / "widgets")
    assert any(expected in p for p in problems), problems
    assert check_manifest.main(["--manifest", str(manifest), "--pages", str(pages)]) == 1


def test_checker_appends_the_widget_and_flags_ambiguous_inserts(tmp_path):
    ok = entry(insert="tidio", ai=["#tidio-chat"], tags=["inserted-widget"])
    ambiguous = entry(id="page-two", insert="tidio", ai=["div.x"], tags=["inserted-widget"])
    manifest, pages = write(tmp_path, [ok, ambiguous], {"page-one.html": PAGE, "page-two.html": PAGE})
    problems, _ = check_manifest.check(manifest, pages, None, REALWEB / "widgets")
    assert not any(p.startswith("page-one:") for p in problems), problems
    assert any(p.startswith("page-two:") and "already matches the page" in p for p in problems)
    assert any(p.startswith("page-two:") and "matches nothing in widget" in p for p in problems)


def test_checker_reports_pages_it_cannot_find(tmp_path):
    manifest, pages = write(tmp_path, [entry()], {})
    problems, stats = check_manifest.check(manifest, pages, None, REALWEB / "widgets")
    assert stats["missing_pages"] == 1 and any("raw page not found" in p for p in problems)


def test_checker_takes_pages_that_already_carry_their_widget(tmp_path):
    widget = (REALWEB / "widgets" / "tidio.html").read_text(encoding="utf-8")
    page = PAGE.replace("</body>", widget + "</body>")
    manifest, pages = write(tmp_path, [entry(insert="tidio", ai=["#tidio-chat"], tags=["inserted-widget"])],
                            {"page-one.html": page})
    problems, _ = check_manifest.check(manifest, pages, None, REALWEB / "widgets", inserted=True)
    assert problems == []
    problems, _ = check_manifest.check(manifest, pages, None, REALWEB / "widgets")
    assert any("already matches the page" in p for p in problems)
