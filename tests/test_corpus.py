"""The committed corpus meets the issue's bar and the contract's format."""
import collections
import json
import re

from model.data import KINDS, site_of
from tests.conftest import ROOT

FILES = sorted((ROOT / "training_data").glob("*.jsonl"))


def load():
    out = []
    for f in FILES:
        for line in f.read_text(encoding="utf-8").splitlines():
            out.append(json.loads(line))
    return out


def test_corpus_size_variety_and_languages():
    ex = load()
    pos = [e for e in ex if e["label"] == 1]
    neg = [e for e in ex if e["label"] == 0]
    assert len(ex) >= 2500 and len(pos) >= 800 and len(neg) >= 1500
    assert len({site_of(e["url"]) for e in ex}) >= 150
    assert len({e.get("lang") for e in ex}) >= 5
    kinds = collections.Counter(e["kind"] for e in pos)
    assert set(kinds) == set(KINDS), kinds


def test_every_example_is_well_formed():
    for e in load():
        assert isinstance(e["html"], str) and e["html"].strip()
        assert e["label"] in (0, 1)
        assert e["source"].strip()
        assert e["url"].startswith("https://") and "?" not in e["url"]
        if e["label"] == 1:
            assert e["kind"] in KINDS
        else:
            assert e["kind"] not in KINDS


def test_no_two_examples_differ_only_in_whitespace():
    keys = [re.sub(r"\s+", "", e["html"]) for e in load()]
    dupes = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert not dupes, dupes[:3]
