"""An acknowledged example is never lost: several clients post feedback to a
real server, the server is killed with SIGKILL mid-stream (twice, at
different moments), restarted on the same data directory, and every example
that was answered 201 is in the database, which passes its integrity check."""
import http.client
import random
import signal
import sqlite3
import threading
import time

import pytest

from model.feedback import DB_NAME
from testkit import ServerProcess

THREADS = 6
ROUNDS = 2

# A request the server fails (a 500 in a posting thread) fails the test: the
# threads' assertions would otherwise end as a mere warning. (It once caught
# a -shm file removed by one connection while another was opening.)
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")


def _post_until_dead(server, worker, round_, acked, lock, stop):
    n = 0
    while not stop.is_set():
        batch = [{"html": f'<div class="crash-r{round_}-w{worker}-n{n}-k{k}">Ask AI {n}</div>',
                  "label": (n + k) % 2, "url": "https://crash.example/"} for k in range(1 + n % 5)]
        n += 1
        try:
            status, body = server.request("POST", "/v1/feedback", {"examples": batch}, timeout=10)
        except (OSError, http.client.HTTPException, ValueError):
            return  # the server is gone; whatever was not answered 201 may be lost
        assert status == 201, f"{body}\n{server.output()[-4000:]}"
        assert body["stored"] == len(batch)
        with lock:
            acked.update(ex["html"] for ex in batch)


def test_acknowledged_feedback_survives_kill_9(server_factory):
    rng = random.Random(7)
    server = server_factory().start()
    data_dir, model_dir = server.data_dir, server.model_dir
    acked, lock = set(), threading.Lock()
    restarted = []
    try:
        for round_ in range(ROUNDS):
            stop = threading.Event()
            threads = [threading.Thread(target=_post_until_dead,
                                        args=(server, w, round_, acked, lock, stop)) for w in range(THREADS)]
            before = len(acked)
            for t in threads:
                t.start()
            target = before + rng.randint(100, 200)
            deadline = time.monotonic() + 30
            while len(acked) < target and time.monotonic() < deadline:
                time.sleep(0.005)
            assert len(acked) >= target, f"only {len(acked) - before} acknowledged:\n{server.output()}"
            server.proc.kill()  # SIGKILL, with requests in flight
            assert server.proc.wait(10) == -signal.SIGKILL
            stop.set()
            for t in threads:
                t.join(15)
                assert not t.is_alive()
            server.stop()
            # Restart on the same data directory; the next round posts to it.
            server = ServerProcess(model_dir, data_dir).start()
            restarted.append(server)

        status, body = server.request("POST", "/v1/feedback", {"examples": [
            {"html": "<b>after the crashes</b>", "label": 0}]})
        assert status == 201 and body["total"] >= len(acked) + 1
    finally:
        for s in restarted:
            s.stop()

    assert len(acked) >= 200
    db = sqlite3.connect(data_dir / DB_NAME)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT html FROM feedback")}
    finally:
        db.close()
    lost = acked - stored
    assert not lost, f"{len(lost)} of {len(acked)} acknowledged examples lost, e.g. {sorted(lost)[:3]}"
