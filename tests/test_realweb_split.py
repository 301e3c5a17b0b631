"""The real-web split (realweb/split.py): one decision, by site, stable,
stratified; training, the guard and the harness's headline all follow it."""
import json

from model import guard, realweb_data
from realweb import MANIFEST, manifest, split

ENTRY = {"repo": "o/n", "commit": "a" * 40, "path": "p.html", "url": None, "lang": "en", "tags": [], "note": ""}


def _entry(i, site, ai=(), insert=None, tags=()):
    return dict(ENTRY, id=f"p-{i}", site=site, ai=list(ai), insert=insert, tags=list(tags))


def _sites(n, prefix, **kw):
    return [_entry(f"{prefix}{i}", f"{prefix}{i}.example", **kw) for i in range(n)]


def test_every_site_in_one_half_and_the_halves_even():
    entries = (_sites(41, "plain") + _sites(7, "real", ai=["#w"])
               + _sites(9, "chat", ai=["#c"], insert="intercom-messenger")
               + _sites(5, "kapa", ai=["#k"], insert="kapa-ask-ai-de"))
    entries.append(_entry("again", "plain0.example"))  # a second page of a site: the same half
    a = split.assign(entries)
    assert set(a.values()) == {"train", "eval"} and len(a) == 62
    halves = [sum(1 for v in a.values() if v == h) for h in ("train", "eval")]
    assert abs(halves[0] - halves[1]) <= 1
    for prefix, n in (("plain", 41), ("real", 7), ("chat", 9), ("kapa", 5)):  # stratified
        ev = sum(1 for i in range(n) if a[f"{prefix}{i}.example"] == "eval")
        assert n // 2 <= ev <= n // 2 + 1, prefix
    # stable: the same manifest in another order gives the same split
    assert split.assign(list(reversed(entries))) == a


def test_widget_families_count_as_one_stratum_in_every_language():
    assert split.stratum([_entry(1, "s", ai=["#k"], insert="kapa-ask-ai-de")]) == "inserted:kapa-ask-ai"
    assert split.stratum([_entry(1, "s", ai=["#k"], insert="kapa-ask-ai-de"), _entry(2, "s", ai=["#r"])]) == "real-ai"
    assert split.stratum([_entry(1, "s")]) == "no-ai"


def test_the_committed_manifest_has_ai_widgets_on_both_sides():
    entries = manifest.load(MANIFEST)
    a = split.assign(entries)
    for half in ("train", "eval"):
        pages = [e for e in entries if a[e["site"]] == half]
        assert sum(1 for e in pages if e["ai"] and not e["insert"]) >= 1, half
        assert sum(1 for e in pages if e["insert"]) >= 15, half
        assert 0.4 <= len(pages) / len(entries) <= 0.6, half


def _candidates(tmp_path, entries, rows):
    m = tmp_path / "manifest.jsonl"
    m.write_text("".join(json.dumps(e) + "\n" for e in entries))
    c = tmp_path / "candidates.jsonl"
    c.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return m, c


def test_training_takes_train_sites_and_the_guard_eval_sites(tmp_path, monkeypatch):
    entries = _sites(6, "s") + [_entry("w", "widget.example", ai=["#w"], insert="bing-copilot",
                                       tags=["inserted-widget"])]
    a = split.assign(entries)
    rows = [{"html": f"<a href='/x'>{e['site']}</a>", "label": 0, "url": f"https://www.{e['site']}/",
             "site": e["site"], "page": e["id"], "split": "whatever the file says", "context": {}}
            for e in entries]
    rows.append({"html": "<div id='w'>Copilot</div>", "label": 1, "url": "https://widget.example/",
                 "site": "widget.example", "page": "p-w",
                 "context": {"position": "fixed", "landmarks": [], "inList": False, "similarSiblings": 0}})
    rows.append({"html": "<p>a page not in the manifest</p>", "label": 0, "url": "https://x.example/",
                 "page": "gone"})
    m, c = _candidates(tmp_path, entries, rows)
    got = realweb_data.load(c, manifest=m)
    assert got["unknown"] == 1
    assert {ex["site"] for ex in got["train"]} == {s for s, h in a.items() if h == "train"}
    assert {ex["site"] for ex in got["eval"]} == {s for s, h in a.items() if h == "eval"}
    # grouped by site in either cross-validation: the site, not the page's host
    assert all(ex["source"] == "realweb:" + ex["site"] for ex in got["train"] + got["eval"])
    widget = [ex for ex in got["train"] + got["eval"] if ex["label"] == 1]
    assert widget[0]["kind"] == "ai_search_widget"
    # where the harness put it (appended to <body>) is not learned, the rest of its context is
    assert widget[0]["context"] == {"position": "fixed"}

    monkeypatch.setattr(realweb_data, "manifest_info", lambda manifest=None: _info(m))
    kept, problem = guard.load_realweb([c])
    assert problem is None
    assert {r["page"] for r in kept} == {ex["page"] for ex in got["eval"]}


def test_a_real_candidates_place_is_learned_unless_the_harness_chose_it(tmp_path):
    """The harness appends inserted widgets to <body>: right for a chat
    launcher, wrong for a search engine's AI answer (model/realweb_data.py)."""
    place = {"position": "static", "landmarks": ["nav"], "inList": True, "similarSiblings": 7}
    entries = [_entry("c", "content.example"),
               _entry("l", "launcher.example", ai=["#l"], insert="intercom-messenger", tags=["inserted-widget"]),
               _entry("o", "overview.example", ai=["#o"], insert="google-ai-overview", tags=["inserted-widget"])]
    rows = [{"html": "<li><a href='/ai'>AI</a></li>", "label": 0, "site": "content.example", "page": "p-c",
             "context": dict(place)},
            {"html": "<div id='l'>Chat</div>", "label": 1, "site": "launcher.example", "page": "p-l",
             "context": {"position": "fixed", "landmarks": [], "inList": False, "similarSiblings": 0}},
            {"html": "<div id='o'>AI Overview</div>", "label": 1, "site": "overview.example", "page": "p-o",
             "context": {"position": "static", "landmarks": [], "inList": False, "similarSiblings": 0}}]
    m, c = _candidates(tmp_path, entries, rows)
    got = realweb_data.load(c, manifest=m)
    by_page = {ex["page"]: ex["context"] for ex in got["train"] + got["eval"]}
    assert by_page["p-c"] == place
    assert by_page["p-l"] == rows[1]["context"]
    assert by_page["p-o"] == {"position": "static"}


def _info(path):
    entries = manifest.load(path)
    return {e["id"]: e for e in entries}, split.assign(entries), split.manifest_hash(path)


def test_rows_of_ones_own_evaluation_set_count_whole(tmp_path):
    c = tmp_path / "mine.jsonl"
    c.write_text(json.dumps({"html": "<button>Ask AI</button>", "label": 1, "url": "https://a.example/"}) + "\n")
    rows, problem = guard.load_realweb([c])
    assert problem is None and len(rows) == 1


def test_no_candidates_file_says_how_to_get_one(tmp_path):
    try:
        realweb_data.load(tmp_path / "none.jsonl")
    except realweb_data.RealwebError as exc:
        assert "python -m realweb run" in str(exc)
    else:
        raise AssertionError("no error")


def _committed_pages():
    entries = manifest.load(MANIFEST)
    a = split.assign(entries)
    train_page = next(e for e in entries if a[e["site"]] == "train" and not e["ai"])
    eval_page = next(e for e in entries if a[e["site"]] == "eval" and not e["ai"])
    return train_page, eval_page


def test_train_takes_the_train_split_candidates_and_names_them(tmp_path):
    from model import artifacts, train
    from testkit import ROOT
    train_page, eval_page = _committed_pages()
    rows = []
    for page, n, label in ((train_page, 3, 1), (eval_page, 2, 0)):
        for i in range(n):  # project-written snippets under the pages' ids
            rows.append({"html": f"<p class='weather-{i}'>Sunny spells, light winds {i}</p>",
                         "label": label, "url": f"https://{page['site']}/p", "site": page["site"],
                         "page": page["id"], "context": {}})
    cands = tmp_path / "candidates.jsonl"
    cands.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "models"
    args = ["--data", str(ROOT / "tests" / "fixtures" / "tiny.jsonl"), "--model", str(out), "--no-feedback",
            "--quiet", "--folds", "2", "--no-promote"]
    assert train.main(args + ["--realweb", str(cands)]) == 0
    meta = artifacts.read_metadata(out, artifacts.versions(out)[-1])
    info = meta["realweb_training"]
    assert (info["examples"], info["eval_split_rows_left_out"], info["split"]) == (3, 2, "train")
    assert info["manifest_sha256"] == split.manifest_hash(MANIFEST)
    # the committed training report names them by page, never shows their markup
    report = (out / artifacts.versions(out)[-1] / "report" / "index.html").read_text()
    assert "Sunny spells" not in report and f"real-web candidate on page {train_page['id']}" in report
    # explicit --data without --realweb: the corpus alone
    assert train.main(args) == 0
    assert artifacts.read_metadata(out, artifacts.versions(out)[-1])["realweb_training"] is None


def test_train_with_a_missing_candidates_file_says_how_to_get_it(tmp_path, capsys):
    from model import train
    from testkit import ROOT
    code = train.main(["--data", str(ROOT / "tests" / "fixtures" / "tiny.jsonl"), "--model", str(tmp_path / "m"),
                       "--no-feedback", "--quiet", "--realweb", str(tmp_path / "none.jsonl")])
    assert code == 2
    assert "python -m realweb run" in capsys.readouterr().err


def test_an_assigned_site_never_changes_sides_when_sites_are_added(tmp_path):
    entries = _sites(20, "plain") + _sites(4, "real", ai=["#w"])
    path = tmp_path / "split.json"
    assert split.write(entries, path) == 24
    first = split.assigned(path)
    # Dealt afresh, two more sites would move about half of the others.
    grown = _sites(2, "aaa") + entries + _sites(3, "real-new", ai=["#w"])
    fresh = split.assign(grown, known={})
    assert sum(fresh[s] != h for s, h in first.items()) > 0
    kept = split.assign(grown, known=first)
    assert all(kept[s] == h for s, h in first.items())
    assert split.write(grown, path) == 5 and split.assigned(path) == kept


def test_the_committed_manifest_sites_are_all_recorded():
    entries = manifest.load(MANIFEST)
    missing = {e["site"] for e in entries} - set(split.assigned())
    assert not missing, f"run `python -m realweb split --write` for {sorted(missing)[:5]}"


def test_the_split_command_counts_the_sites_not_yet_recorded(tmp_path, capsys):
    from realweb.__main__ import main
    entries = manifest.load(MANIFEST)[:3] + _sites(2, "unrecorded")
    m = tmp_path / "manifest.jsonl"
    m.write_text("".join(json.dumps(e) + "\n" for e in entries))
    assert main(["split", "--manifest", str(m)]) == 0
    out = capsys.readouterr().out
    assert "2 not in split.json (record them with --write)" in out
