"""Every command-line entry point is documented in the README, and the
README's commands exist."""
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLIS = ["server", "model.train", "model.evaluate", "model.feedback", "model.promote", "corpus", "realweb"]


@pytest.mark.parametrize("module", CLIS)
def test_cli_is_documented_and_has_help(module):
    assert f"python -m {module}" in README, module
    r = subprocess.run([sys.executable, "-m", module, "--help"], cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "usage:" in r.stdout


def test_readme_make_targets_exist():
    makefile = (ROOT / "Makefile").read_text()
    for target in set(re.findall(r"make (\w+)", README)):
        assert re.search(rf"^{target}:", makefile, re.M), target


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_readme_quality_figures_are_the_bundled_models():
    from model import artifacts
    version = artifacts.current_version(artifacts.DEFAULT_DIR)
    meta = artifacts.read_metadata(artifacts.DEFAULT_DIR, version)
    cv = meta["metrics"]["cv"]
    section = README.split("## Model quality", 1)[1].split("\n## ", 1)[0]
    assert version in section
    for key in ("precision", "recall", "f1"):
        assert f"| {cv[key]:.3f} |" in section, key
    assert str(meta["threshold"]) in section
