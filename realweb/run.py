"""`python -m realweb run`: every cached page of the manifest through the
real server and the real extension in Chromium; the figures, the worst
cases and the labelled candidates written out (realweb.report)."""
import datetime as dt
import sys
import time

from model import artifacts
from realweb import browse, clean, report, score, split
from realweb.manifest import page_url


class NoCache(Exception):
    """Nothing of the manifest is cached: the message says how to get it."""


def cached_entries(entries, cache):
    """(entries whose page is cached, ids that are not)."""
    have = [e for e in entries if (cache / "raw" / f"{e['id']}.html").exists()]
    return have, [e["id"] for e in entries if e not in have]


def run(entries, cache, out_dir, model_dir=None, manifest_name="manifest.jsonl", widgets_dir=None,
        limit=None, only=None, progress=True, version=None):
    """Runs the cached pages of `entries` (only the ids in `only`, or the
    first `limit`) with `model_dir`'s current model, or its saved `version`;
    returns (result, detailed markdown, candidates written). A `version`
    that is not saved there or would not load raises ArtifactError before
    anything starts."""
    if version:
        browse.check_saved(model_dir or artifacts.DEFAULT_DIR, version)
    have, missing = cached_entries([e for e in entries if not only or e["id"] in only], cache)
    if not have:
        raise NoCache(f"no page of {manifest_name} is in the cache {cache}. Get them with\n"
                      f"    python -m realweb fetch{'' if manifest_name.endswith('realweb/manifest.jsonl') else ' --manifest ' + manifest_name}\n"
                      "(from local git snapshots of the repositories, or downloaded from GitHub).")
    if limit:
        have = have[:limit]
    clean.clean_cache(have, cache, widgets_dir)
    unclean = [e["id"] for e in have if not (cache / "clean" / f"{e['id']}.html").exists()]
    have = [e for e in have if e["id"] not in unclean]
    missing += unclean
    splits = split.assign(entries)  # of the whole manifest, whatever part of it runs
    started = time.monotonic()
    pages = []
    with browse.Browser(model_dir, version) as b:
        for n, e in enumerate(have, 1):
            html = (cache / "clean" / f"{e['id']}.html").read_text(encoding="utf-8")
            seen = b.load(page_url(e), html, e["ai"])
            page = score.page_result(e, seen, splits[e["site"]])
            pages.append(page)
            if progress:
                print(f"[realweb] {n}/{len(have)} {e['id']}: {page['hidden']} hidden, "
                      f"{page['false_hides']} false, {page['widgets_hidden']}/{page['widgets']} widgets, "
                      f"{len(page['candidates'])} candidates" + (f"; {page['error']}" if page.get("error") else ""),
                      file=sys.stderr, flush=True)
        model = b.health
    result = {
        "manifest": manifest_name,
        "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "duration_s": round(time.monotonic() - started, 1),
        "model": {k: model.get(k) for k in ("version", "sha256", "threshold", "trained_at")},
        "not_cached": missing,
        "split": {"eval_sites": sum(1 for v in splits.values() if v == split.EVAL),
                  "train_sites": sum(1 for v in splits.values() if v == split.TRAIN)},
        "summary": score.summary(pages),
        "worst": score.worst(pages),
        "pages": pages,
    }
    md = report.write(out_dir, cache, result)
    n = report.write_candidates(cache / "candidates.jsonl", pages, {e["id"] for e in entries})
    return result, md, n
