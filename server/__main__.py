"""python -m server [--host H] [--port P] [--model DIR] [--data-dir DIR]

One process (Werkzeug, threaded): what the tests drive and handy while
developing. To serve, use `nofoobar serve` (gunicorn), as `make serve` does.
"""
import argparse
import os
import sys

from model.artifacts import ArtifactError
from server.guard import is_loopback


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m server",
        description="Serve the nofoobar classifier in one process (to serve users: nofoobar serve).")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    parser.add_argument("--model", help="model directory (default model/artifacts, or NOFOOBAR_MODEL_DIR)")
    parser.add_argument("--data-dir", help="directory for the feedback database (default var/, or NOFOOBAR_DATA_DIR)")
    args = parser.parse_args(argv)

    overrides = {}
    if args.model:
        overrides["MODEL_DIR"] = args.model
    if args.data_dir:
        overrides["DATA_DIR"] = args.data_dir
    host = args.host
    if not is_loopback(host) and not os.environ.get("NOFOOBAR_TOKEN"):
        print(f"error: refusing to bind {host} without a token: set NOFOOBAR_TOKEN so that "
              "other machines must authenticate, or bind 127.0.0.1", file=sys.stderr)
        return 2

    from server import create_app
    try:
        app = create_app(overrides)
    except (ArtifactError, ValueError) as exc:  # no model, or a setting that makes no sense
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from werkzeug.serving import run_simple
    print(f"nofoobar serving on http://{host}:{args.port}", file=sys.stderr, flush=True)
    run_simple(host, args.port, app, threaded=True, use_reloader=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
