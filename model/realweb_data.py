"""The real-web harness's candidates as labelled examples.

`python -m realweb run` writes every candidate the extension really sent on
the manifest's pages, labelled by the manifest, to
var/realweb/candidates.jsonl (never committed: it holds other people's
markup). Training takes the rows of the train-split sites, the promotion
guard and the harness's headline figures the rows of the eval-split sites:
realweb/split.py decides which is which, from the committed manifest, so no
site is both trained on and scored. A row of a site the manifest does not
name is used by neither.
"""
import pathlib

from model import data



def candidates_path():
    """Where `python -m realweb run` writes them: var/realweb/candidates.jsonl,
    or under NOFOOBAR_REALWEB_CACHE."""
    from realweb import cache_dir
    return cache_dir() / "candidates.jsonl"

# A positive's kind, from its page's manifest tags or its inserted widget's
# family (the manifest labels widgets, not kinds); none found: the data's
# default kind.
KIND_OF_TAG = (
    ("serp-ai-answer", "ai_search_widget"),
    ("news-ai-summary", "ai_summary_block"),
    ("ask-ai-docs", "ai_search_widget"),
    ("chat-launcher", "ai_chat_launcher"),
)
KIND_OF_WIDGET = (
    ("google-ai-overview", "ai_search_widget"),
    ("bing-copilot", "ai_search_widget"),
    ("naver-autosummary", "ai_summary_block"),
    ("kapa-ask-ai", "ai_search_widget"),
)


# Where a candidate sits (extension/lib/context.js) is learned from the
# harness's candidates as the extension sent it: the model scores real pages'
# candidates with their place, so it must learn the place from them too
# (trained without it, scored with it, the train-split sites' candidates
# lost a tenth of their average precision out of fold: 0.863 -> 0.769).
# Except where the harness puts a widget where no site would: it appends
# every inserted widget to the end of <body>, which is where chat launchers
# and floating "Ask AI" buttons live, but a search engine's AI answer or a
# news site's summary sits inside the page's content. Those pages'
# candidates are sent without their place, so that "outside every landmark"
# is not learned as a sign of an AI answer.
PLACE = ("landmarks", "inList", "inHeading", "inText", "similarSiblings")
IN_CONTENT_WIDGETS = ("google-ai-overview", "bing-copilot", "naver-autosummary")


def _unplaced(context):
    return None if context is None else {k: v for k, v in context.items() if k not in PLACE}


def _context(row, entry):
    context = row.get("context")
    if (entry.get("insert") or "").startswith(IN_CONTENT_WIDGETS):
        return _unplaced(context)
    return context


class RealwebError(data.DataError):
    """The candidates file cannot be used; says why."""


def kind_of(entry):
    """The kind of the AI widgets of a manifest entry, or None."""
    insert = entry.get("insert") or ""
    for prefix, kind in KIND_OF_WIDGET:
        if insert.startswith(prefix):
            return kind
    tags = set(entry.get("tags") or ())
    for tag, kind in KIND_OF_TAG:
        if tag in tags:
            return kind
    return "ai_chat_launcher" if insert else None


def manifest_info(manifest=None):
    """(entries by page id, {site: split}, the manifest's sha256)."""
    from realweb import MANIFEST, manifest as realweb_manifest, split
    path = manifest or MANIFEST
    try:
        entries = realweb_manifest.load(path)
    except (OSError, realweb_manifest.ManifestError) as exc:
        raise RealwebError(f"the real-web manifest cannot be read: {exc}") from None
    return {e["id"]: e for e in entries}, split.assign(entries), split.manifest_hash(path)


def load(path=None, manifest=None):
    """{"train": [...], "eval": [...], "unknown": n, "file", "manifest_sha256"}:
    the candidates file's rows as training examples, by their site's split.
    Raises RealwebError when the file is missing or unreadable."""
    path = pathlib.Path(path or candidates_path())
    if not path.exists():
        raise RealwebError(f"{path}: no real-web candidates; `python -m realweb fetch` then "
                           "`python -m realweb run` writes them")
    rows = data.read_jsonl(path)
    by_page, splits, digest = manifest_info(manifest)
    out = {"train": [], "eval": [], "unknown": 0, "file": str(path), "manifest_sha256": digest}
    for row in rows:
        entry = by_page.get(row.get("page"))
        if entry is None or entry["site"] not in splits:
            out["unknown"] += 1
            continue
        site = entry["site"]
        ex = {"html": row["html"], "label": row["label"], "url": row.get("url"), "context": _context(row, entry),
              "lang": row.get("lang"), "site": site, "page": entry["id"], "inserted": bool(entry.get("insert")),
              # the grouping key of the seed-source cross-validation: one site, one group
              "source": f"realweb:{site}"}
        if row["label"] == 1:
            ex["kind"] = kind_of(entry) or data.DEFAULT_KIND
        out[splits[site]].append(ex)
    return out
