"""The manifest: realweb/manifest.jsonl, one real saved page a line (the
format is in README.md, "Real-web harness"). Loaded and checked here, in one
place: a bad line is an error that names the line, never a skipped page."""
import json
import re

ID = re.compile(r"^[a-z0-9-]+$")
COMMIT = re.compile(r"^[0-9a-f]{40}$")
REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")
WIDGET = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class ManifestError(ValueError):
    pass


def _check(entry, where):
    def need(cond, what):
        if not cond:
            raise ManifestError(f"{where}: {what}")

    need(isinstance(entry, dict), "not a JSON object")
    need(isinstance(entry.get("id"), str) and ID.match(entry["id"]), "'id' must match [a-z0-9-]+")
    need(isinstance(entry.get("repo"), str) and REPO.match(entry["repo"]), "'repo' must be owner/name")
    need(isinstance(entry.get("commit"), str) and COMMIT.match(entry["commit"]), "'commit' must be 40 hex digits")
    path = entry.get("path")
    need(isinstance(path, str) and path and not path.startswith("/") and ".." not in path.split("/"),
         "'path' must be a relative path inside the repository")
    need(entry.get("url") is None or (isinstance(entry["url"], str) and re.match(r"^https?://[^/\s]+\S*$", entry["url"])),
         "'url' must be an http(s) URL or null")
    need(isinstance(entry.get("site"), str) and entry["site"].strip(), "'site' is required")
    ai = entry.get("ai")
    need(isinstance(ai, list) and all(isinstance(s, str) and s.strip() for s in ai),
         "'ai' must be a list of CSS selectors ([] for none)")
    insert = entry.get("insert")
    need(insert is None or (isinstance(insert, str) and WIDGET.match(insert)), "'insert' must be a widget name or null")
    need(insert is None or ai, "a page with 'insert' lists the inserted widget's selector in 'ai'")
    need(isinstance(entry.get("tags", []), list), "'tags' must be a list")


def load(path):
    """The entries of the manifest at `path`, in file order."""
    entries, seen = [], set()
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{path}:{n}"
            try:
                entry = json.loads(line)
            except ValueError as exc:
                raise ManifestError(f"{where}: not JSON ({exc})") from None
            if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                entry["url"] = entry["url"].strip()  # a stray space is not part of an address
            _check(entry, where)
            if entry["id"] in seen:
                raise ManifestError(f"{where}: id {entry['id']!r} appears twice")
            seen.add(entry["id"])
            entry.setdefault("url", None)
            entry.setdefault("lang", None)
            entry.setdefault("insert", None)
            entry.setdefault("tags", [])
            entries.append(entry)
    return entries


def page_url(entry):
    """The URL the page is loaded at: its own, or one on its site."""
    return entry["url"] or f"https://{entry['site']}/realweb/{entry['id']}.html"
