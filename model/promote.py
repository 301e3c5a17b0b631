"""Point `current` at a saved model version, to roll back or forward, or list
the saved versions with their cross-validated figures.

    python -m model.promote VERSION [--model DIR]
    python -m model.promote --list [--model DIR]

The version's served weights must load (checksums, no unpickling) before `current` moves, and
`current` is replaced atomically, so a running server either keeps its model
or picks up the named one within about a second.
"""
import argparse
import pathlib
import sys

from model import artifacts


def rows(model_dir):
    """One dict per saved version, oldest first: its metadata's figures, and
    whether its model file still matches its checksum."""
    try:
        current = artifacts.current_version(model_dir)
    except artifacts.ArtifactError:
        current = None
    out = []
    for version in artifacts.versions(model_dir):
        row = {"version": version, "current": version == current, "problem": None}
        try:
            meta = artifacts.verify(model_dir, version)
            artifacts.load_weights(model_dir, version)
        except artifacts.ArtifactError as exc:
            row["problem"] = str(exc)
            try:
                meta = artifacts.read_metadata(model_dir, version)
            except artifacts.ArtifactError:
                meta = {}
        cv = (meta.get("metrics") or {}).get("cv") or {}
        row.update(trained_at=meta.get("trained_at"), examples=meta.get("examples"),
                   threshold=meta.get("threshold"), precision=cv.get("precision"),
                   recall=cv.get("recall"), f1=cv.get("f1"))
        out.append(row)
    return out


def format_rows(table):
    def num(v, fmt):
        return format(v, fmt) if isinstance(v, (int, float)) else "–"

    lines = [f"  {'version':<16}{'trained at':<27}{'examples':>9}{'precision':>11}{'recall':>8}"
             f"{'f1':>7}{'threshold':>11}"]
    for r in table:
        lines.append(f"{'*' if r['current'] else ' '} {r['version']:<16}{r['trained_at'] or '–':<27}"
                     f"{num(r['examples'], 'd'):>9}{num(r['precision'], '.3f'):>11}"
                     f"{num(r['recall'], '.3f'):>8}{num(r['f1'], '.3f'):>7}"
                     f"{num(r['threshold'], '.4f'):>11}")
        if r["problem"]:
            lines.append(f"    BROKEN: {r['problem']}")
    lines.append("(* = current; precision, recall and f1 are cross-validated)")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m model.promote",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("version", nargs="?", help="the saved version to make current")
    parser.add_argument("--list", action="store_true", help="list the saved versions")
    parser.add_argument("--model", type=pathlib.Path, default=artifacts.model_dir_default(),
                        help="model directory (default: NOFOOBAR_MODEL_DIR or model/artifacts)")
    args = parser.parse_args(argv)
    if args.list == bool(args.version):
        parser.error("give either a VERSION to promote or --list")
    if not args.model.is_dir():
        print(f"error: {args.model}: no such model directory", file=sys.stderr)
        return 2
    if args.list:
        table = rows(args.model)
        if not table:
            print(f"no saved versions in {args.model}; train one with python -m model.train")
            return 0
        print(format_rows(table))
        return 0

    known = artifacts.versions(args.model)
    if args.version not in known:
        print(f"error: no version {args.version!r} in {args.model}; saved versions: "
              f"{', '.join(known) or 'none'} (see python -m model.promote --list)", file=sys.stderr)
        return 2
    try:
        old = artifacts.current_version(args.model)
    except artifacts.ArtifactError:
        old = None
    if old == args.version:
        print(f"{args.version} is already current")
        return 0
    try:
        # Load its weights as the server will (no unpickling): a file can
        # match its checksum and still not load; the server would refuse it.
        artifacts.load_weights(args.model, args.version)
        artifacts.promote(args.model, args.version)
    except artifacts.ArtifactError as exc:
        print(f"error: not promoted, current stays {old}: {exc}", file=sys.stderr)
        return 2
    print(f"promoted {args.version} to current" + (f" (was {old})" if old else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
