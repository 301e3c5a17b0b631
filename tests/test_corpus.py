"""The committed corpus meets the issue's bar and the contract's format, and
its seeds are data a reviewer can read: label, kind and provenance on every
seed, every output traceable to its seed."""
import collections
import json
import re

import pytest

from corpus.augment import PLACEHOLDER, SeedError, check_seed, load_json, load_seeds, render
from model.data import KINDS, site_of
from tests.conftest import ROOT

FILES = sorted((ROOT / "training_data").glob("*.jsonl"))
LANGS = ("en", "de", "fr", "es", "pt", "it", "ja", "nl", "pl", "ko", "zh", "sv")


def load():
    out = []
    for f in FILES:
        for line in f.read_text(encoding="utf-8").splitlines():
            out.append(json.loads(line))
    return out


@pytest.fixture(scope="module")
def examples():
    return load()


@pytest.fixture(scope="module")
def seeds():
    return [s for family in load_seeds().values() for s in family]


def test_corpus_size_variety_and_languages(examples):
    pos = [e for e in examples if e["label"] == 1]
    neg = [e for e in examples if e["label"] == 0]
    assert len(examples) >= 5000 and len(pos) >= 1600 and len(neg) >= 3000
    assert len({site_of(e["url"]) for e in examples}) >= 500
    langs = collections.Counter(e["lang"] for e in examples)
    assert set(LANGS) <= set(langs), langs
    kinds = collections.Counter(e["kind"] for e in pos)
    assert set(kinds) == set(KINDS), kinds
    assert min(kinds.values()) >= 170, kinds
    # every AI kind is shown in more than English
    for kind in KINDS:
        assert len({e["lang"] for e in pos if e["kind"] == kind}) >= 5, kind


def test_every_example_is_well_formed(examples):
    for e in examples:
        assert isinstance(e["html"], str) and e["html"].strip()
        assert e["label"] in (0, 1)
        assert e["source"].strip()
        assert e["url"].startswith("https://") and "?" not in e["url"]
        assert not PLACEHOLDER.search(e["html"]), e["seed"]
        if e["label"] == 1:
            assert e["kind"] in KINDS
        else:
            assert e["kind"] not in KINDS


def test_no_two_examples_differ_only_in_whitespace(examples):
    keys = [re.sub(r"\s+", "", e["html"]) for e in examples]
    dupes = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert not dupes, dupes[:3]


def test_every_seed_has_provenance_and_a_consistent_label(seeds):
    ids = [s["id"] for s in seeds]
    assert len(ids) == len(set(ids))
    for s in seeds:
        check_seed(s)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s["checked"]), s["id"]
        assert len(s["mirrors"]) >= 10, s["id"]


def test_every_output_comes_from_a_seed_with_its_label(examples, seeds):
    by_id = {s["id"]: s for s in seeds}
    used = set()
    for e in examples:
        seed = by_id[e["seed"]]
        assert (e["label"], e["kind"], e["source"]) == (seed["label"], seed["kind"], seed["mirrors"])
        used.add(e["seed"])
    # a seed whose every output was a duplicate of another seed's is dead weight
    assert len(used) >= 0.97 * len(seeds)


def test_no_markup_carries_two_labels(seeds):
    """The same template cannot be AI bloat in one seed and content in another."""
    labels = collections.defaultdict(set)
    for s in seeds:
        labels[re.sub(r"\s+", "", s["html"])].add(s["label"])
    assert not [k for k, v in labels.items() if len(v) > 1]


def test_every_translation_a_seed_names_exists_in_its_languages(seeds):
    tt = load_json("translations.json")
    for s in seeds:
        langs = {p["lang"] for p in s["pages"]} if "pages" in s else set(s["langs"])
        for m in PLACEHOLDER.finditer(s["html"]):
            if m.group(1) == "t":
                assert langs <= set(tt[m.group(2)]), (s["id"], m.group(2), langs - set(tt[m.group(2)]))


def test_rendering_is_deterministic_and_fills_every_placeholder():
    tt = {"ask": {"en": "Ask AI", "de": "KI fragen"}}
    config = load_json("augment.json")
    seed = {"id": "t/1", "label": 1, "kind": "ai_search_widget", "mirrors": "a test seed here",
            "vendor": "generic", "checked": "2026-12-05", "langs": ["en", "de"],
            "html": '<button class="{{c:ask-ai}} {{h}}">{{t:ask}}</button>',
            "context": {"at": "corner-br", "size": [60, 40], "landmarks": ["main"]}}
    a, b = render(seed, tt, config), render(seed, tt, config)
    assert a == b and len(a) == 2
    assert "KI fragen" in a[1]["html"] and "Ask AI" in a[0]["html"]
    assert all(e["seed"] == "t/1" and not PLACEHOLDER.search(e["html"]) for e in a)
    ctx = a[0]["context"]
    x, y, w, h = ctx["rect"]
    assert ctx["position"] == "fixed" and (w, h) == (60, 40) and ctx["landmarks"] == ["main"]
    assert x + w < ctx["viewport"][0] and y + h < ctx["viewport"][1]
    with pytest.raises(SeedError, match="no translation"):
        render(dict(seed, langs=["fr"]), tt, config)
    with pytest.raises(SeedError, match="does not match label"):
        render(dict(seed, label=0), tt, config)
    with pytest.raises(SeedError, match="vendor or a site"):
        render(dict(seed, vendor=None), tt, config)


def test_a_class_name_is_obfuscated_the_same_way_throughout_an_example():
    config = dict(load_json("augment.json"))
    config["obfuscate"] = dict(config["obfuscate"], rate=1.0)
    seed = {"id": "t/2", "label": 0, "kind": "nav", "mirrors": "a test menu here", "vendor": "generic",
            "checked": "2026-12-05", "langs": ["en"], "nowrap": True,
            "html": '<ul><li class="{{c:item}}">a</li><li class="{{c:item}}">b</li></ul>'}
    html = render(seed, {}, config)[0]["html"]
    names = re.findall(r'class="([^"]+)"', html)
    assert len(names) == 2 and names[0] == names[1] != "item"
