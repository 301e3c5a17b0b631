"""The one global: the served model, swapped whole when `current` changes.

Requests take a reference to a Scorer and use it to the end, so a reload
never hands anyone a half-loaded model. A new version is loaded and checked
beside the old one; if it fails, the old one keeps serving.
"""
import logging
import pathlib
import threading
import time

from model import artifacts
from model.scorer import Scorer

log = logging.getLogger("nofoobar.server")


class ModelHolder:
    def __init__(self, model_dir, check_interval=1.0):
        self.model_dir = pathlib.Path(model_dir)
        self.check_interval = check_interval
        self._reload_lock = threading.Lock()
        self._scorer = None
        self._checked_at = 0.0
        self._pointer_seen = None
        self.last_error = None

    def _pointer(self):
        try:
            return (self.model_dir / artifacts.CURRENT).read_text(encoding="utf-8").strip()
        except (OSError, ValueError):  # unreadable, or not text
            return None

    def load(self, version=None):
        """Load (version or current) and swap it in; raises ArtifactError and
        keeps the old model on failure. Returns the served Scorer."""
        with self._reload_lock:
            return self._load(version)

    def _load(self, version):
        try:
            # Scorer.load checks the name (artifacts.version_dir) before it
            # opens anything, on this path as on every other.
            scorer = Scorer.load(self.model_dir, version)
        except artifacts.ArtifactError:
            raise
        except Exception as exc:  # whatever a damaged file raises is a refusal, not a 500
            raise artifacts.ArtifactError(
                f"{version or 'current'}: cannot load model ({type(exc).__name__}: {exc})") from None
        old = self._scorer
        self._scorer = scorer  # one reference swap: readers see old or new, never half
        self.last_error = None
        if old is None or old.version != scorer.version:
            log.info("serving model %s", scorer.version)
        return scorer

    def get(self):
        """The current Scorer, picking up a newly promoted one at most once per
        check_interval."""
        now = time.monotonic()
        if self._scorer is None or now - self._checked_at >= self.check_interval:
            # One checker at a time, and it loads the very version it read, so
            # a slow load can never finish after a newer one and win.
            if self._reload_lock.acquire(blocking=self._scorer is None):
                try:
                    self._check(now)
                finally:
                    self._reload_lock.release()
        return self._scorer

    def _check(self, now):
        self._checked_at = now
        pointer = self._pointer()
        if pointer == self._pointer_seen and self._scorer is not None:
            return
        self._pointer_seen = pointer
        try:
            self._load(pointer)
        except artifacts.ArtifactError as exc:
            self.last_error = str(exc)
            log.error("not loading model: %s", exc)
            if self._scorer is None:
                raise
