"""python -m bench [--quick] [--only NAME ...] [--out DIR]

Measures nofoobar on this machine and prints one table, each figure beside
its target and its baseline from the same run; writes latest.json and
latest.md (default: bench/results/). Benchmarks, not tests: nothing here
fails a build; a missed target is printed as MISSED.
"""
import argparse
import datetime as dt
import importlib
import os
import pathlib
import sys
import time
import traceback

from bench import report
from bench.common import ROOT, load_corpus, loadavg, log, machine

# name -> module, in the order they run (load before the browser sections:
# it leaves the server worker at its largest).
SECTIONS = {
    "model": "bench.model_speed",
    "server": "bench.server_latency",
    "cold": "bench.cold_start",
    "quality": "bench.quality",
    "load": "bench.load",
    "extension": "bench.extension",
    "realweb": "bench.realweb",  # only when the page cache exists (python -m realweb fetch)
}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions and a 10 s load test (figures are noisier)")
    parser.add_argument("--only", action="append", choices=list(SECTIONS), metavar="NAME",
                        help=f"run only this section (repeatable): {', '.join(SECTIONS)}")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "bench" / "results",
                        help="where latest.json and latest.md go (default bench/results/)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    from model import artifacts
    ctx = {"quick": args.quick, "corpus": load_corpus(), "machine": machine(), "shared": {}, "out": args.out}
    cores = ctx["machine"]["cores"] or 1
    if (ctx["machine"]["load_average"] or 0) > cores:
        log(f"warning: load average {ctx['machine']['load_average']} on {cores} cores: other work "
            "is sharing the CPU, and every timing below will be slower than this machine can do")
    try:
        model_version = artifacts.current_version(artifacts.DEFAULT_DIR)
    except artifacts.ArtifactError:
        model_version = None

    names = [n for n in SECTIONS if not args.only or n in args.only]
    figures, rows, errors = {}, [], {}
    for name in names:
        t = time.monotonic()
        try:
            mod = importlib.import_module(SECTIONS[name])
            figures[name], section_rows = mod.run(ctx)
            rows.extend(section_rows)
        except Exception as exc:  # one broken section must not hide the others' figures
            traceback.print_exc()
            errors[name] = f"{type(exc).__name__}: {exc}"
            rows.append(report.row(name, f"{name}: section failed", None, shown="error",
                                   note=errors[name]))
        log(f"{name}: {time.monotonic() - t:.1f} s")

    result = {
        "finished_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "duration_s": round(time.monotonic() - started, 1),
        "quick": args.quick, "only": args.only, "machine": ctx["machine"],
        "model_version": model_version, "sections": figures, "rows": rows, "errors": errors,
        "load_average_end": loadavg(),
        "contended": False,
        "bench_env": {"OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS")},
    }
    cores = ctx["machine"]["cores"] or 1
    # at the start only: by the end the load test's own clients have raised it
    result["contended"] = (ctx["machine"]["load_average"] or 0) > cores
    report.write(args.out, result)
    m = ctx["machine"]
    print(f"\nnofoobar benchmarks on {m['cpu']} ({m['cores']} cores, {m['memory_gib']} GiB), "
          f"Python {m['python']}, model {model_version}; load average {m['load_average']} at the "
          f"start, {result['load_average_end']} at the end\n")
    print(report.table_text(rows))
    extra = report.notes(rows)
    if extra:
        print("\nnotes:")
        for n in extra:
            print(f"  - {n}")
    if result["contended"]:
        print("\nwarning: other work shared the CPU during this run (load average above "
              f"{cores}): the timings are slower than this machine can do")
    met = sum(r["met"] is True for r in rows)
    missed = [r["figure"] for r in rows if r["met"] is False]
    print(f"\n{met} targets met, {len(missed)} missed; {result['duration_s']:.0f} s; "
          f"wrote {args.out / 'latest.json'} and {args.out / 'latest.md'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
