"""Firefox ESR: the Node tests in tests/firefox/ drive Debian's firefox-esr
with the unpacked extension through puppeteer-core (WebDriver BiDi), against
the same stack as the Chromium tests (`python -m testkit stack`: the real
server process, the recording proxy, the page server). Run here so that
`make test` (pytest) runs them; their own output is the failure message."""
import os
import pathlib
import re
import shutil
import subprocess
import sys

import pytest

from testkit import FIREFOX, ROOT

pytestmark = pytest.mark.e2e


def test_firefox_esr_suite():
    if not pathlib.Path(FIREFOX).exists():
        pytest.fail(f"Firefox ESR not found at {FIREFOX}: install Debian's firefox-esr package "
                    "(`make test` does) or set NOFOOBAR_FIREFOX")
    node = shutil.which("node")
    assert node, "node is needed for the Firefox tests"
    if not (ROOT / "node_modules" / "puppeteer-core").is_dir():
        pytest.fail("puppeteer-core is not installed: run `make node_modules/.installed`")
    env = dict(os.environ, NOFOOBAR_PYTHON=sys.executable, NOFOOBAR_FIREFOX=str(FIREFOX))
    proc = subprocess.run([node, "--test", "--test-reporter=spec", "tests/firefox/"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-8000:] + proc.stderr[-4000:]
    assert re.search(r"\bpass [1-9]", proc.stdout) and re.search(r"\bfail 0\b", proc.stdout), proc.stdout[-4000:]
