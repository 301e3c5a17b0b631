"""Training from the page: one `python -m model.train` subprocess at a time,
its progress read from its output, and when it ends what the new model would
change (the stored labels and evaluation rows whose verdict flips).

The state lives in files in the data directory, so every gunicorn worker
sees the same run: a lock file held (flock) by the thread watching the run,
and a JSON status file it rewrites as the output comes in.
"""
import fcntl
import json
import os
import pathlib
import re
import subprocess
import sys
import threading
import time

from model import artifacts, data
from model.feedback import FeedbackStore
from model.scorer import Scorer

STATUS_FILE = "review-train.json"
LOCK_FILE = "review-train.lock"
ROOT = pathlib.Path(__file__).resolve().parents[2]
_CV = re.compile(r"cross-validation:.*\|\s*(\d+)/(\d+)")
_SAVED = re.compile(r"^saved (\S+)")


class AlreadyTraining(Exception):
    pass


def command(cfg):
    """The training command: REVIEW_TRAIN_COMMAND (a list) if set, else
    model.train on the served directories; REVIEW_TRAIN_ARGS are added (e.g.
    a small --data and --folds 2 in tests). It never promotes: the page does."""
    base = cfg.get("REVIEW_TRAIN_COMMAND") or [sys.executable, "-m", "model.train"]
    return [*base, "--model", cfg["MODEL_DIR"], "--data-dir", cfg["DATA_DIR"], "--no-promote",
            *cfg.get("REVIEW_TRAIN_ARGS", [])]


def read_status(data_dir):
    try:
        return json.loads((pathlib.Path(data_dir) / STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"state": "idle"}


def _write_status(data_dir, status):
    path = pathlib.Path(data_dir) / STATUS_FILE
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(json.dumps(status), encoding="utf-8")
    os.replace(tmp, path)


def start(cfg):
    """Start a run, or raise AlreadyTraining. Returns the first status."""
    data_dir = pathlib.Path(cfg["DATA_DIR"])
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = open(data_dir / LOCK_FILE, "a+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        raise AlreadyTraining("already training") from None
    try:
        old = artifacts.current_version(cfg["MODEL_DIR"])
    except artifacts.ArtifactError:
        old = None
    status = {"state": "running", "phase": "starting", "started_at": time.time(),
              "folds": None, "output": "", "old_version": old, "new_version": None}
    _write_status(data_dir, status)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(command(cfg), cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    threading.Thread(target=_watch, args=(proc, lock, dict(cfg), status), daemon=True).start()
    return status


def _phase(line, status):
    m = _CV.search(line)
    if m:
        status["phase"] = "cross-validation"
        status["folds"] = [int(m.group(1)), int(m.group(2))]
    elif line.startswith("loaded "):
        status["phase"] = "cross-validation"
    elif line.startswith("confusion:") or line.startswith("threshold "):
        status["phase"] = "fit"
    m = _SAVED.match(line)
    if m:
        status["phase"] = "report"
        status["new_version"] = pathlib.Path(m.group(1)).name


def _watch(proc, lock, cfg, status):
    data_dir = cfg["DATA_DIR"]
    try:
        lines, buf, last = [], "", 0.0
        for chunk in iter(lambda: proc.stdout.read1(4096), b""):
            buf += chunk.decode("utf-8", "replace")
            *done, buf = re.split(r"[\r\n]", buf)
            for line in done:
                if not line.strip():
                    if lines and lines[-1] != "":
                        lines.append("")
                    continue
                _phase(line, status)
                if "cross-validation:" in line:  # a progress bar redraws: keep its latest
                    if lines and "cross-validation:" in lines[-1]:
                        lines[-1] = line
                        continue
                lines.append(line)
            if time.monotonic() - last > 0.3:
                status["output"] = "\n".join(lines[-200:])
                _write_status(data_dir, status)
                last = time.monotonic()
        code = proc.wait()
        status["output"] = "\n".join(lines[-200:] + ([buf] if buf.strip() else []))
        status["exit_code"] = code
        if code == 0 and status["new_version"]:
            status["phase"] = "comparing"
            _write_status(data_dir, status)
            status["flips"] = flips(cfg, status["old_version"], status["new_version"])
            status["state"] = "done"
        else:
            status["state"] = "failed"
        status["phase"] = "finished"
    except Exception as exc:  # the page must learn that the run broke, not wait forever
        status.update(state="failed", phase="finished", error=f"{type(exc).__name__}: {exc}")
    finally:
        status["finished_at"] = time.time()
        _write_status(data_dir, status)
        lock.close()


def evaluation_rows(cfg):
    """The labelled evaluation rows the page compares models on:
    REVIEW_EVAL_DATA (files), default the real-web candidates if fetched."""
    paths = cfg.get("REVIEW_EVAL_DATA")
    if paths is None:
        default = ROOT / "var" / "realweb" / "candidates.jsonl"
        paths = [default] if default.exists() else []
    return data.load_paths(paths) if paths else []


def flips(cfg, old_version, new_version):
    """Stored labels and evaluation rows whose verdict differs between the
    served model and the new one."""
    new = Scorer.load(cfg["MODEL_DIR"], new_version)
    old = Scorer.load(cfg["MODEL_DIR"], old_version) if old_version else None
    store = FeedbackStore.in_dir(cfg["DATA_DIR"])
    try:
        stored = store.rows()
    finally:
        store.close()
    out = {"labels": [], "evaluation": [], "evaluated": 0}
    for name, rows in (("labels", stored), ("evaluation", evaluation_rows(cfg))):
        if name == "evaluation":
            out["evaluated"] = len(rows)
        for row in rows:
            snippet = {"html": row["html"], "url": row.get("url"), "context": row.get("context")}
            after = new.score_one(snippet)
            before = old.score_one(snippet) if old else None
            if before is None or before["ai"] != after["ai"]:
                out[name].append({
                    "key": row.get("key") or data.snippet_key(row["html"]),
                    "html": row["html"][:300], "url": row.get("url"), "label": row["label"],
                    "before": before and before["score"], "after": after["score"],
                    "now_right": after["ai"] == bool(row["label"])})
    return out
