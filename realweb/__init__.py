"""The real-web harness: real saved pages (manifest.jsonl, cached by
`python -m realweb fetch`) loaded in a real Chromium with the unpacked
extension against the real server; see README.md ("Real-web harness") and
`python -m realweb --help`."""
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "realweb" / "manifest.jsonl"
WIDGETS = ROOT / "realweb" / "widgets"
RESULTS = ROOT / "bench" / "results"


def cache_dir():
    """The page cache: var/realweb/, or NOFOOBAR_REALWEB_CACHE."""
    return pathlib.Path(os.environ.get("NOFOOBAR_REALWEB_CACHE") or ROOT / "var" / "realweb")

