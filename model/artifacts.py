"""Versioned model artifacts: <model_dir>/<version>/{model.joblib,metadata.json},
and <model_dir>/current naming the served version.

A joblib file is a pickle: loading it runs code. So we load only from the
model directory we were given, and only after the file's sha256 matches the
one recorded in metadata.json when we wrote it.
"""
import datetime as dt
import hashlib
import json
import os
import pathlib
import platform
import tempfile

import joblib

MODEL_FILE = "model.joblib"
META_FILE = "metadata.json"
CURRENT = "current"
DEFAULT_DIR = pathlib.Path(__file__).resolve().parent / "artifacts"


class ArtifactError(Exception):
    """An artifact that is missing, unreadable or fails its checksum."""


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def library_versions():
    import lxml.etree
    import numpy
    import scipy
    import sklearn
    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": numpy.__version__, "scipy": scipy.__version__,
            "joblib": joblib.__version__, "lxml": ".".join(map(str, lxml.etree.LXML_VERSION))}


def next_version(model_dir, today=None):
    today = today or dt.datetime.now(dt.timezone.utc).date()
    stem = today.strftime("%Y.%m.%d")
    taken = {p.name for p in pathlib.Path(model_dir).glob(f"{stem}-*")}
    n = 1
    while f"{stem}-{n}" in taken:
        n += 1
    return f"{stem}-{n}"


def _atomic_write(path, data):
    path = pathlib.Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a server may run as another user
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def save(pipeline, meta, model_dir, version=None):
    """Write a new version directory; returns (version, metadata)."""
    model_dir = pathlib.Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    version = version or next_version(model_dir)
    vdir = model_dir / version
    vdir.mkdir()
    joblib.dump(pipeline, vdir / MODEL_FILE, compress=3)
    meta = dict(meta, version=version, sha256=sha256_of(vdir / MODEL_FILE),
                libraries=library_versions())
    _atomic_write(vdir / META_FILE, json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return version, meta


def current_version(model_dir):
    path = pathlib.Path(model_dir) / CURRENT
    try:
        version = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ArtifactError(f"{path}: no current model; train one with python -m model.train") from None
    if not version or "/" in version or version.startswith("."):
        raise ArtifactError(f"{path}: does not name a version")
    return version


def promote(model_dir, version):
    """Point `current` at version, atomically, after checking it loads."""
    read_metadata(model_dir, version)
    verify(model_dir, version)
    _atomic_write(pathlib.Path(model_dir) / CURRENT, version + "\n")


def read_metadata(model_dir, version):
    path = pathlib.Path(model_dir) / version / META_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArtifactError(f"{path}: missing") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise ArtifactError(f"{path}: unreadable ({exc})") from None


def verify(model_dir, version):
    meta = read_metadata(model_dir, version)
    path = pathlib.Path(model_dir) / version / MODEL_FILE
    if not path.exists():
        raise ArtifactError(f"{path}: missing")
    actual = sha256_of(path)
    if actual != meta.get("sha256"):
        raise ArtifactError(f"{path}: sha256 {actual[:12]}… does not match metadata "
                            f"({str(meta.get('sha256'))[:12]}…); refusing to load it")
    return meta


def load(model_dir, version=None):
    """(pipeline, metadata) of a version (default: current), checksum first."""
    version = version or current_version(model_dir)
    meta = verify(model_dir, version)
    try:
        pipeline = joblib.load(pathlib.Path(model_dir) / version / MODEL_FILE)
    except Exception as exc:  # a broken pickle can raise almost anything
        raise ArtifactError(f"{version}: cannot load model ({type(exc).__name__}: {exc})") from None
    return pipeline, meta


def versions(model_dir):
    return sorted(p.name for p in pathlib.Path(model_dir).iterdir()
                  if p.is_dir() and (p / META_FILE).exists())
