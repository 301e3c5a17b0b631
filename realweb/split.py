"""Which sites of the manifest train the model and which score it: the one
place the real-web split is decided.

Every site of the manifest is in "train" or "eval". Training takes real-web
candidates only from "train" sites (model/realweb_data.py); the harness's
headline figures and the promotion guard (model/guard.py) use "eval" sites
only; so no site is both trained on and scored.

The split is stratified: sites are put in strata by what their pages hold
(a wholly real AI widget; an inserted widget, by its family, so that the
search answers, the docs' "Ask AI" boxes and the chat launchers each fall on
both sides; no AI widget at all), and within a stratum, in the order of a
stable hash of the site's name, they go to train and eval in turn (the turn
carries over from one stratum to the next, so the halves differ by one site
at most). The hash makes it the same on every machine and every run.

A site never changes sides once assigned: `realweb/split.json` holds every
assigned site's half, and only sites it does not name are dealt in turn
(`python -m realweb split --write` adds them). Dealing all sites afresh
moved half of them when the manifest grew, so a model's eval sites had
been its training sites. A model's metadata still names the manifest's
hash: a grown manifest means retraining before its figures compare.
"""
import hashlib
import json
import pathlib
import re

from realweb import MANIFEST

ASSIGNED = pathlib.Path(__file__).resolve().parent / "split.json"

TRAIN, EVAL = "train", "eval"
SALT = "nofoobar-realweb-split:"
_LANG_SUFFIX = re.compile(r"-[a-z]{2}$")


def _key(site):
    return hashlib.sha256((SALT + site).encode("utf-8")).hexdigest()


def _family(widget):
    """kapa-ask-ai-de -> kapa-ask-ai: one family in every language."""
    return _LANG_SUFFIX.sub("", widget)


def stratum(pages):
    """The stratum of a site from its manifest entries."""
    if any(p["ai"] and not p.get("insert") for p in pages):
        return "real-ai"
    inserts = sorted(_family(p["insert"]) for p in pages if p.get("insert"))
    if inserts:
        return "inserted:" + inserts[0]
    return "no-ai"


def assigned(path=ASSIGNED):
    """{site: half} of the sites assigned so far (realweb/split.json)."""
    try:
        data = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {site: half for site, half in data["sites"].items() if half in (TRAIN, EVAL)}


def assign(entries, known=None):
    """{site: "train" | "eval"} for every site of `entries` (manifest entries).
    `known` ({site: half}, default realweb/split.json) keeps its sites' halves;
    the other sites are dealt in turn, stratum by stratum."""
    known = assigned() if known is None else known
    by_site = {}
    for e in entries:
        by_site.setdefault(e["site"], []).append(e)
    strata = {}
    out = {}
    for site, pages in by_site.items():
        if site in known:
            out[site] = known[site]
        else:
            strata.setdefault(stratum(pages), []).append(site)
    turn = 0
    for name in sorted(strata):
        for site in sorted(strata[name], key=_key):
            out[site] = TRAIN if turn % 2 == 0 else EVAL
            turn += 1
    return out


def write(entries, path=ASSIGNED):
    """Record every site's half (the known ones unchanged); returns how many
    sites were new."""
    known = assigned(path)
    halves = assign(entries, known)
    new = sum(1 for site in halves if site not in known)
    merged = dict(known, **halves)
    pathlib.Path(path).write_text(json.dumps({"sites": dict(sorted(merged.items()))}, indent=0) + "\n",
                                  encoding="utf-8")
    return new


def manifest_hash(path=MANIFEST):
    """sha256 of the manifest file: names the split a model was trained with."""
    return hashlib.sha256(open(path, "rb").read()).hexdigest()
