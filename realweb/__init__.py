"""The real-web harness: real saved pages (manifest.jsonl, cached by
`python -m realweb fetch`) loaded in a real Chromium with the unpacked
extension against the real server; see README.md ("Real-web harness") and
`python -m realweb --help`."""
import hashlib
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "realweb" / "manifest.jsonl"
WIDGETS = ROOT / "realweb" / "widgets"
RESULTS = ROOT / "bench" / "results"


def cache_dir():
    """The page cache: var/realweb/, or NOFOOBAR_REALWEB_CACHE."""
    return pathlib.Path(os.environ.get("NOFOOBAR_REALWEB_CACHE") or ROOT / "var" / "realweb")


def split_of(site):
    """'train' or 'test' for a site, stable across runs and machines (about
    60/40). The one place the split is decided: the candidates file carries
    it, training takes only 'train' sites, the report scores 'test' sites
    apart, so no site is both trained on and scored."""
    digest = hashlib.sha256(("nofoobar-realweb:" + (site or "")).encode("utf-8")).digest()
    return "train" if digest[0] < 154 else "test"  # 154/256 ≈ 0.60
