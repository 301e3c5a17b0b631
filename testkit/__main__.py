"""python -m testkit stack [--pages DIR]

Starts the stack a browser test needs: `python -m server` with a copy of the
bundled model on a temporary data directory, the recording proxy in front of
it, and the page server for DIR (default tests/e2e/pages). Prints one JSON
line, {"server", "proxy", "pages", "dataDir"}, then runs until its standard
input closes or it gets SIGTERM, and stops everything. While it runs, a line
`requests` on its standard input answers with one JSON line: the requests
the proxy has seen so far (what left the browser for the classifier). The
Firefox tests (Node) start it this way, so both browsers meet the same
harness."""
import argparse
import json
import shutil
import signal
import sys
import tempfile
import threading
import pathlib

from testkit import PageServer, RecordingProxy, ServerProcess
from testkit.servers import ROOT


def stack(pages_dir):
    from model import artifacts
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="nofoobar-stack-"))
    shutil.copytree(artifacts.DEFAULT_DIR, tmp / "models")
    server = ServerProcess(tmp / "models", tmp / "var").start()
    proxy = RecordingProxy(server.url)
    pages = PageServer(pages_dir)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: done.set())

    def commands():
        for line in sys.stdin:
            if line.strip() == "requests":
                with proxy.lock:
                    print(json.dumps(proxy.requests), flush=True)
        done.set()

    threading.Thread(target=commands, daemon=True).start()
    print(json.dumps({"server": server.url, "proxy": proxy.url, "pages": f"http://127.0.0.1:{pages.port}",
                      "dataDir": str(server.data_dir)}), flush=True)
    try:
        done.wait()
    finally:
        pages.close()
        proxy.close()
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m testkit", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("stack", help="server, recording proxy and page server until stdin closes")
    p.add_argument("--pages", type=pathlib.Path, default=ROOT / "tests" / "e2e" / "pages")
    args = parser.parse_args(argv)
    stack(args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
