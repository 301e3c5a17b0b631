"""Versioned model artifacts: <model_dir>/<version>/{model.joblib,weights.npz,
metadata.json}, and <model_dir>/current naming the served version.

A joblib file is a pickle: loading it runs code. The server therefore never
loads it: it serves weights.npz (model/weights.py), plain arrays read with
allow_pickle=False. model.joblib stays for training, evaluation reports and
anyone who wants the scikit-learn object; it is loaded only from the model
directory we were given, only after its sha256 matches metadata.json, and
only by the scikit-learn version line that made it.
"""
import datetime as dt
import hashlib
import json
import os
import pathlib
import platform
import re
import tempfile

import joblib

from model import weights as weights_mod

MODEL_FILE = "model.joblib"
META_FILE = "metadata.json"
CURRENT = "current"
WEIGHTS_FILE = weights_mod.WEIGHTS_FILE
DEFAULT_DIR = pathlib.Path(__file__).resolve().parent / "artifacts"


def model_dir_default():
    """The model directory every command uses unless told: NOFOOBAR_MODEL_DIR,
    else the bundled model/artifacts/ (the server reads the same variable)."""
    return pathlib.Path(os.environ.get("NOFOOBAR_MODEL_DIR") or DEFAULT_DIR)


class ArtifactError(Exception):
    """An artifact that is missing, unreadable or fails its checksum."""


_VERSION_NAME = re.compile(r"^[\w.-]+$", re.ASCII)


def version_dir(model_dir, version):
    """The directory of a version, after the one check every loading path
    makes: a plain name (letters, digits, _ . -, no leading dot) whose resolved
    path, symlinks followed, lies inside the model directory. `current` is a
    file anyone who can write the model directory controls; without this a
    name such as ../elsewhere would make us unpickle another directory's file."""
    if not isinstance(version, str) or not _VERSION_NAME.match(version) or version.startswith("."):
        raise ArtifactError(f"{str(version)[:80]!r} does not name a version "
                            "(letters, digits, '_', '.', '-'; no leading dot)")
    root = pathlib.Path(model_dir).resolve()
    path = (root / version).resolve()
    if path.parent != root:
        raise ArtifactError(f"{version!r} resolves to {path}, outside the model directory {root}; "
                            "refusing to load it")
    return path


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
        with os.fdopen(fd, "wb" if isinstance(data, bytes) else "w",
                      **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as fh:
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
    meta = write_weights(model_dir, version, pipeline, meta)
    return version, meta


def write_weights(model_dir, version, pipeline, meta):
    """weights.npz of a fitted pipeline, its sha256 into metadata.json (written
    last, so a version with metadata has both files). Returns the metadata."""
    vdir = version_dir(model_dir, version)
    blob = weights_mod.to_bytes(weights_mod.export_weights(pipeline))
    _atomic_write(vdir / WEIGHTS_FILE, blob)
    meta = dict(meta, weights_sha256=hashlib.sha256(blob).hexdigest(),
                weights_format=weights_mod.FORMAT)
    _atomic_write(vdir / META_FILE, json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return meta


def current_version(model_dir):
    path = pathlib.Path(model_dir) / CURRENT
    try:
        version = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ArtifactError(f"{path}: no current model; train one with python -m model.train") from None
    if not version:
        raise ArtifactError(f"{path}: does not name a version")
    try:
        version_dir(model_dir, version)
    except ArtifactError as exc:
        raise ArtifactError(f"{path}: {exc}") from None
    return version


def promote(model_dir, version):
    """Point `current` at version, atomically, after checking it loads as the
    server will load it."""
    version_dir(model_dir, version)
    verify(model_dir, version)
    load_weights(model_dir, version)
    _atomic_write(pathlib.Path(model_dir) / CURRENT, version + "\n")


def read_metadata(model_dir, version):
    path = version_dir(model_dir, version) / META_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArtifactError(f"{path}: missing") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise ArtifactError(f"{path}: unreadable ({exc})") from None


def verify(model_dir, version):
    meta = read_metadata(model_dir, version)
    path = version_dir(model_dir, version) / MODEL_FILE
    if not path.exists():
        raise ArtifactError(f"{path}: missing")
    actual = sha256_of(path)
    if actual != meta.get("sha256"):
        raise ArtifactError(f"{path}: sha256 {actual[:12]}… does not match metadata "
                            f"({str(meta.get('sha256'))[:12]}…); refusing to load it")
    return meta


def check_sklearn(meta, installed=None):
    """Refuse a pickle made by another scikit-learn release line: its
    estimators are not promised to load, or to predict the same, elsewhere."""
    import sklearn
    installed = installed or sklearn.__version__
    made = (meta.get("libraries") or {}).get("scikit-learn")
    if made is None or made.split(".")[:2] != installed.split(".")[:2]:
        raise ArtifactError(
            f"{meta.get('version')}: {MODEL_FILE} was made with scikit-learn {made or 'unknown'}, "
            f"this environment has {installed}; pickles do not carry across scikit-learn versions. "
            f"Install the locked versions (make, or pip install -r requirements.lock) or retrain. "
            f"(Serving does not need it: the server reads {WEIGHTS_FILE}.)")


def load(model_dir, version=None):
    """(pipeline, metadata) of a version (default: current), checksum and
    scikit-learn version first. Unpickles: for training and evaluation, never
    for serving."""
    version = version or current_version(model_dir)
    meta = verify(model_dir, version)
    check_sklearn(meta)
    try:
        pipeline = joblib.load(version_dir(model_dir, version) / MODEL_FILE)
    except Exception as exc:  # a broken pickle can raise almost anything
        raise ArtifactError(f"{version}: cannot load model ({type(exc).__name__}: {exc})") from None
    return pipeline, meta


def load_weights(model_dir, version=None):
    """(weights.LinearModel, metadata) of a version (default: current): the
    serving numbers, checksum first, read without unpickling."""
    version = version or current_version(model_dir)
    meta = read_metadata(model_dir, version)
    path = version_dir(model_dir, version) / WEIGHTS_FILE
    expected = meta.get("weights_sha256")
    if not expected:
        raise ArtifactError(f"{version}: metadata records no {WEIGHTS_FILE}; write it with "
                            f"python -m model.weights export --version {version}")
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        raise ArtifactError(f"{path}: missing") from None
    except OSError as exc:
        raise ArtifactError(f"{path}: unreadable ({exc})") from None
    actual = hashlib.sha256(blob).hexdigest()
    if actual != expected:
        raise ArtifactError(f"{path}: sha256 {actual[:12]}… does not match metadata "
                            f"({str(expected)[:12]}…); refusing to load it")
    try:
        model = weights_mod.LinearModel.from_arrays(weights_mod.from_bytes(blob))
    except Exception as exc:  # np.load and the shape checks raise several kinds
        raise ArtifactError(f"{version}: cannot load weights ({type(exc).__name__}: {exc})") from None
    return model, meta


def versions(model_dir):
    return sorted(p.name for p in pathlib.Path(model_dir).iterdir()
                  if p.is_dir() and (p / META_FILE).exists())
