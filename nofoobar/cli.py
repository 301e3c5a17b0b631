"""nofoobar SUBCOMMAND [options]: the installed command ([project.scripts]).

Each subcommand is the matching `python -m` module, which keeps working:

    serve     gunicorn with server/gunicorn.conf.py (python -m server is the
              single-process server the tests drive)
    train     python -m model.train
    evaluate  python -m model.evaluate
    promote   python -m model.promote
    feedback  python -m model.feedback

Every command reads NOFOOBAR_MODEL_DIR and NOFOOBAR_DATA_DIR, and its
--model / --data-dir options win over them. Exit status: 0 success, 2 bad
input or a model that will not load, 3 trained but not promoted (train).
"""
import argparse
import os
import pathlib
import sys

COMMANDS = {
    "serve": (None, "serve the model with gunicorn on 127.0.0.1:8765"),
    "train": ("model.train", "train a new version and promote it if the guard lets it"),
    "evaluate": ("model.evaluate", "score a labelled JSONL file with a saved model"),
    "promote": ("model.promote", "make a saved version current, or --list them"),
    "feedback": ("model.feedback", "export or count stored feedback"),
}


def _parser():
    parser = argparse.ArgumentParser(
        prog="nofoobar", description="Find and hide forced AI widgets: the classifier service.",
        epilog="Run 'nofoobar COMMAND --help' for a command's options. Exit status: 0 ok, "
               "2 bad input or an unloadable model, 3 trained but not promoted.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    return parser


def serve_parser():
    parser = argparse.ArgumentParser(prog="nofoobar serve", description=COMMANDS["serve"][1])
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; "
                        "anything else needs NOFOOBAR_TOKEN)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--model", help="model directory (default NOFOOBAR_MODEL_DIR or model/artifacts)")
    parser.add_argument("--data-dir", help="data directory (default NOFOOBAR_DATA_DIR or var/)")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default NOFOOBAR_WORKERS or 2)")
    return parser


def serve_command(argv):
    """(argv, env) of the gunicorn run `nofoobar serve argv` execs."""
    args = serve_parser().parse_args(argv)
    env = dict(os.environ)
    host = f"[{args.host}]" if ":" in args.host else args.host
    env["NOFOOBAR_BIND"] = f"{host}:{args.port}"
    if args.model:
        env["NOFOOBAR_MODEL_DIR"] = str(pathlib.Path(args.model).resolve())
    if args.data_dir:
        env["NOFOOBAR_DATA_DIR"] = str(pathlib.Path(args.data_dir).resolve())
    if args.workers:
        env["NOFOOBAR_WORKERS"] = str(args.workers)
    import server
    conf = pathlib.Path(server.__file__).resolve().parent / "gunicorn.conf.py"
    return [sys.executable, "-m", "gunicorn", "-c", str(conf), "server:create_app()"], env


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] not in COMMANDS:
        _parser().parse_args(argv)  # prints usage or help, and exits
        return 2
    name, rest = argv[0], argv[1:]
    if name == "serve":
        cmd, env = serve_command(rest)
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(sys.executable, cmd, env)
    import importlib
    return importlib.import_module(COMMANDS[name][0]).main(rest)
