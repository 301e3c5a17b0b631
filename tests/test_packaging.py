"""What an install pulls and pins: runtime dependencies are what the service
imports, the lock files pin scikit-learn to the bundled model's, and make
(hence CI) installs from the lock."""
import ast
import pathlib
import re
import tomllib

import sklearn

from model import artifacts
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
RUNTIME_PACKAGES = ("model", "server", "corpus", "nofoobar")


def pinned(lock):
    out = {}
    for line in (ROOT / lock).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^\s;#]+)", line)
        if m:
            out[m.group(1).lower()] = m.group(2)
    return out


def imported_modules():
    names = set()
    for package in RUNTIME_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module.split(".")[0])
    return names


def test_runtime_dependencies_are_what_the_service_imports():
    deps = {re.split(r"[<>=\[ ]", d)[0].lower() for d in PYPROJECT["project"]["dependencies"]}
    assert not deps & {"matplotlib", "beautifulsoup4"}, deps
    imports = imported_modules()
    assert not imports & {"matplotlib", "bs4"}, "runtime code imports a bench-only package"
    import_names = {"scikit-learn": "sklearn"}
    for dep in deps - {"gunicorn"}:  # gunicorn is run, not imported
        assert import_names.get(dep, dep) in imports, f"{dep} is a dependency nothing imports"
    assert "beautifulsoup4" in " ".join(PYPROJECT["project"]["optional-dependencies"]["bench"])
    assert PYPROJECT["project"]["scripts"]["nofoobar"] == "nofoobar.cli:main"


def test_lock_files_pin_the_bundled_models_scikit_learn_and_make_installs_them():
    meta = artifacts.read_metadata(artifacts.DEFAULT_DIR, artifacts.current_version(artifacts.DEFAULT_DIR))
    runtime, dev = pinned("requirements.lock"), pinned("requirements-dev.lock")
    assert runtime["scikit-learn"] == dev["scikit-learn"] == meta["libraries"]["scikit-learn"]
    assert sklearn.__version__ == runtime["scikit-learn"], "this environment is not the locked one"
    assert "matplotlib" not in runtime and "beautifulsoup4" not in runtime
    assert "beautifulsoup4" in dev and "pytest" in dev
    assert all(runtime[name] == dev[name] for name in runtime if name in dev)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet -r requirements-dev.lock" in makefile
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
