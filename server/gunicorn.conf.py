"""Production serving: gunicorn -c server/gunicorn.conf.py 'server:create_app()'

Settings come from NOFOOBAR_* variables (see server/__init__.py). Bind stays
on loopback unless NOFOOBAR_BIND is set; binding elsewhere needs NOFOOBAR_TOKEN.
"""
import ipaddress
import os

bind = os.environ.get("NOFOOBAR_BIND", "127.0.0.1:8765")
workers = int(os.environ.get("NOFOOBAR_WORKERS", "2"))
threads = int(os.environ.get("NOFOOBAR_THREADS", "1"))  # scoring is CPU-bound: more threads only queue
worker_class = "gthread"
timeout = 30
graceful_timeout = 10
preload_app = False  # each worker loads and reloads the model on its own
accesslog = "-"
limit_request_line = 8190


def _is_loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def on_starting(server):
    host = bind.rsplit(":", 1)[0]
    if not _is_loopback(host) and not os.environ.get("NOFOOBAR_TOKEN"):
        raise SystemExit(f"refusing to bind {bind} without NOFOOBAR_TOKEN")
