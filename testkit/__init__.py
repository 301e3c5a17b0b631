"""The one harness of the tests and the benchmarks: free ports, real server
processes (`python -m server`, gunicorn, `nofoobar serve`, `flask run`), the static
page server, the recording proxy in front of the classifier, and Chromium with the unpacked
extension. (Firefox is driven from Node: `testkit/firefox.js`, which starts
this module's stack with `python -m testkit stack`.)"""
from testkit.browsers import CHROMIUM, EXTENSION, FIREFOX, extension_worker, launch_chromium
from testkit.net import free_port, own_address
from testkit.pages import PageServer, RecordingProxy
from testkit.servers import (ROOT, FlaskCli, Gunicorn, NofoobarServe, ServerProcess, children,
                              gunicorn_env, rss_mb)

__all__ = ["CHROMIUM", "EXTENSION", "FIREFOX", "ROOT", "FlaskCli", "Gunicorn", "NofoobarServe",
           "PageServer", "RecordingProxy",
           "ServerProcess", "children", "extension_worker", "free_port", "gunicorn_env",
           "launch_chromium", "own_address", "rss_mb"]
