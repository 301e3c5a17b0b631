"""python -m realweb {fetch,run,check,split,compare} [options]

  fetch   the manifest's pages into the cache (var/realweb/raw/), from local
          git snapshots or by download, then cleaned (var/realweb/clean/)
  run     the cached pages through the real server and the extension in
          Chromium; writes bench/results/realweb.{md,json} and
          var/realweb/candidates.jsonl, prints the summary table
  check   the manifest's fields, and its AI selectors against the cached
          pages (or git snapshots): each must match, as the harness loads it
  split   which sites train and which score (realweb/split.json)
  compare two runs' results (realweb.json or report.json) on the eval-split
          pages both ran: figures side by side, the paired difference with
          its 95 % interval, per tag before -> after

Exit status: 0 done; 1 nothing to run (no cache: the message says how to
get one), pages could not be fetched, or check found problems; 2 bad
arguments, manifest or results files."""
import argparse
import pathlib
import signal
import sys

from realweb import MANIFEST, RESULTS, WIDGETS, cache_dir
from realweb.manifest import ManifestError, load


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m realweb", description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[2:]))
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--manifest", type=pathlib.Path, default=MANIFEST,
                        help="the manifest (default realweb/manifest.jsonl)")
    common.add_argument("--cache", type=pathlib.Path, default=None,
                        help="the page cache (default var/realweb/, or NOFOOBAR_REALWEB_CACHE)")
    common.add_argument("--widgets", type=pathlib.Path, default=WIDGETS,
                        help="where `insert` widget files are (default realweb/widgets/)")
    sub = parser.add_subparsers(dest="command", required=True)
    f = sub.add_parser("fetch", parents=[common], help="bring the manifest's pages into the cache")
    f.add_argument("--mirror", action="append", metavar="DIR",
                   help="a directory of git snapshots named owner+name (repeatable; default "
                        "NOFOOBAR_REALWEB_MIRROR or /work/.mirror)")
    f.add_argument("--offline", action="store_true", help="never download from GitHub")
    f.add_argument("--force", action="store_true", help="fetch pages that are cached already")
    r = sub.add_parser("run", parents=[common], help="run the cached pages through the extension and server")
    r.add_argument("--model", type=pathlib.Path, default=None,
                   help="a model directory (default: the shipped model)")
    r.add_argument("--version", metavar="V",
                   help="serve this saved version of the model directory instead of its current one "
                        "(to measure a model before promoting it; current is not moved)")
    r.add_argument("--out", type=pathlib.Path, default=RESULTS,
                   help="where realweb.md and realweb.json go (default bench/results/)")
    r.add_argument("--limit", type=int, default=None, help="only the first N cached pages")
    r.add_argument("--page", action="append", metavar="ID", help="only this page (repeatable)")
    r.add_argument("--record", action="store_true",
                   help="write the eval-split figures into the model's metadata (metrics.realweb); "
                        "only for a run of every eval-split page")
    r.add_argument("--split", choices=("train", "eval"),
                   help="only the pages of this half of the sites (realweb/split.py)")
    c = sub.add_parser("check", parents=[common], help="check the manifest's labels against the pages")
    c.add_argument("--mirror", action="append", metavar="DIR",
                   help="also look for pages in these git snapshots (repeatable)")
    c.add_argument("--cleaned", action="store_true",
                   help="check the cleaned copies (var/realweb/clean/), which carry their widget")
    sp = sub.add_parser("split", parents=[common], help="which sites train and which score (realweb/split.json)")
    sp.add_argument("--write", action="store_true",
                    help="record the halves of sites split.json does not name yet (assigned sites never move)")
    cmp = sub.add_parser("compare", help="two runs side by side, paired by site")
    cmp.add_argument("before", type=pathlib.Path, help="the first run's results (realweb.json or report.json)")
    cmp.add_argument("after", type=pathlib.Path, help="the second run's results, on the same pages")
    cmp.add_argument("--out", type=pathlib.Path, default=None, help="also write the report (markdown) here")
    args = parser.parse_args(argv)
    if args.command == "compare":
        from realweb import compare
        try:
            md = compare.markdown(compare.compare(compare.load(args.before), compare.load(args.after)))
            if args.out:
                args.out.write_text(md + "\n", encoding="utf-8")
        except compare.CompareError as exc:
            print(f"realweb: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"realweb: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(md)
        return 0
    if args.command == "split":
        from realweb import split
        try:
            entries = load(args.manifest, args.widgets)
        except (OSError, ManifestError) as exc:
            print(f"realweb: {exc}", file=sys.stderr)
            return 2
        known = split.assigned()
        halves = split.assign(entries, known)
        new = [site for site in halves if site not in known]
        if args.write and new:
            split.write(entries)
        counts = {h: sum(1 for v in halves.values() if v == h) for h in (split.TRAIN, split.EVAL)}
        print(f"{len(halves)} sites: {counts[split.TRAIN]} train, {counts[split.EVAL]} eval; "
              f"{len(new)} not in {split.ASSIGNED.name}" + (" (now recorded)" if args.write and new else
                                                          " (record them with --write)" if new else ""))
        return 0
    if args.command == "check":
        from realweb import check
        if not args.manifest.is_file():
            print(f"realweb: no manifest at {args.manifest}", file=sys.stderr)
            return 2
        problems, stats = check.check(args.manifest, args.widgets, args.cache or cache_dir(), args.mirror,
                                      args.cleaned)
        for problem in problems:
            print(problem)
        print(f"{stats['entries']} entries, {stats['checked_pages']} pages checked, "
              f"{stats['missing_pages']} pages not found, {len(problems)} problems")
        return 1 if problems else 0

    try:
        entries = load(args.manifest, args.widgets)
    except (OSError, ManifestError) as exc:
        print(f"realweb: {exc}", file=sys.stderr)
        return 2
    if getattr(args, "page", None):
        unknown = set(args.page) - {e["id"] for e in entries}
        if unknown:
            print(f"realweb: not in {args.manifest}: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
    if getattr(args, "split", None):
        from realweb import split
        halves = split.assign(entries)
        args.page = [e["id"] for e in entries if halves[e["site"]] == args.split
                     and (not args.page or e["id"] in args.page)]
        if not args.page:
            print(f"realweb: no page of {args.manifest} is on a {args.split}-split site", file=sys.stderr)
            return 2
    cache = args.cache or cache_dir()
    if args.command == "fetch":
        from realweb import fetch
        missing = fetch.fetch(entries, cache, args.mirror, download=not args.offline, force=args.force,
                              widgets_dir=args.widgets)
        return 1 if missing else 0

    from model import artifacts
    from realweb import run
    # stopped with SIGTERM: unwind, so that the server and the browser stop too
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        result, md, n = run.run(entries, cache, args.out, model_dir=args.model, manifest_name=_name(args.manifest),
                           widgets_dir=args.widgets, limit=args.limit, only=args.page, version=args.version)
    except run.NoCache as exc:
        print(f"realweb: {exc}", file=sys.stderr)
        return 1
    except artifacts.ArtifactError as exc:  # --version names no loadable saved version
        print(f"realweb: --version: {exc}", file=sys.stderr)
        return 2
    print(md)
    if args.record:
        from realweb import record, split
        ev = result["summary"]["eval"]["all"]
        halves = split.assign(entries)
        want = sum(1 for e in entries if halves[e["site"]] == "eval")
        if ev["pages"] < want:
            print(f"realweb: not recorded in the model: {ev['pages']} of the {want} eval-split pages ran",
                  file=sys.stderr)
            return 1
        model_dir = args.model or artifacts.DEFAULT_DIR  # the run served its current or --version
        version = record.record(model_dir, result, split.manifest_hash(args.manifest))
        print(f"recorded the eval-split figures in {model_dir / version / artifacts.META_FILE} (metrics.realweb)")
    print(f"\nwrote {args.out / 'realweb.md'} and realweb.json (figures only, for the repository); "
          f"{cache / 'report.md'} and report.json (with the pages' text and markup, never committed); "
          f"{n} labelled candidates to {cache / 'candidates.jsonl'}")
    return 0


def _name(path):
    try:
        return str(path.resolve().relative_to(pathlib.Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
