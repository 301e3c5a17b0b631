"""The manifest: realweb/manifest.jsonl, one real saved page a line (the
format is in README.md, "Real-web harness"). Loaded and checked here, in one
place, for the harness (`load`: a bad line is an error that names the line,
never a skipped page) and for `python -m realweb check` (`read`: every
problem of every line, so a reviewer can fix a manifest in one pass)."""
import json
import re

ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COMMIT = re.compile(r"^[0-9a-f]{40}$")
REPO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")
WIDGET = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
LANG = re.compile(r"^[a-z]{2,3}$")
SITE = re.compile(r"^[^\s/:]+\.[^\s/:]+$")
FIELDS = {"id", "repo", "commit", "path", "url", "site", "lang", "ai", "insert", "tags", "note"}


class ManifestError(ValueError):
    pass


def problems(entry, widgets_dir=None):
    """What is wrong with one entry ([] when nothing): fields, formats, its
    widget file (when `widgets_dir` is given) and that its selectors parse."""
    if not isinstance(entry, dict):
        return ["not a JSON object"]
    out = []

    def need(cond, what):
        if not cond:
            out.append(what)

    need(isinstance(entry.get("id"), str) and ID.match(entry["id"]), "'id' must match [a-z0-9-]+")
    need(isinstance(entry.get("repo"), str) and REPO.match(entry["repo"]), "'repo' must be owner/name")
    need(isinstance(entry.get("commit"), str) and COMMIT.match(entry["commit"]), "'commit' must be 40 hex digits")
    path = entry.get("path")
    need(isinstance(path, str) and path and not path.startswith("/") and ".." not in path.split("/"),
         "'path' must be a relative path inside the repository")
    need(entry.get("url") is None or (isinstance(entry["url"], str) and re.match(r"^https?://[^/\s]+\S*$", entry["url"])),
         "'url' must be an http(s) URL or null")
    need(isinstance(entry.get("site"), str) and SITE.match(entry["site"]), "'site' must be a domain name")
    need(entry.get("lang") is None or (isinstance(entry["lang"], str) and LANG.match(entry["lang"])),
         "'lang' must be a two- or three-letter language code or null")
    ai = entry.get("ai")
    need(isinstance(ai, list) and all(isinstance(s, str) and s.strip() for s in ai),
         "'ai' must be a list of CSS selectors ([] for none)")
    tags = entry.get("tags", [])
    need(isinstance(tags, list) and all(isinstance(t, str) and t for t in tags), "'tags' must be a list of names")
    need(isinstance(entry.get("note", ""), str), "'note' must be text")
    unknown = set(entry) - FIELDS
    need(not unknown, f"unknown fields {sorted(unknown)}")
    insert = entry.get("insert")
    need(insert is None or (isinstance(insert, str) and WIDGET.match(insert)), "'insert' must be a widget name or null")
    if isinstance(insert, str) and WIDGET.match(insert):
        need(bool(ai), "a page with 'insert' lists the inserted widget's selector in 'ai'")
        need(isinstance(tags, list) and "inserted-widget" in tags, "a page with 'insert' is tagged 'inserted-widget'")
        need(widgets_dir is None or (widgets_dir / f"{insert}.html").is_file(),
             f"widget file {insert}.html is missing")
    if isinstance(ai, list) and not out:
        import soupsieve  # beautifulsoup4's CSS engine (the `bench` extra)
        for selector in ai:
            try:
                soupsieve.compile(selector)
            except Exception as exc:  # SelectorSyntaxError and friends
                out.append(f"selector {selector!r} does not parse: {exc}")
    return out


def read(path, widgets_dir=None):
    """(entries, problems): the good entries in file order, with defaults
    filled in, and one "file:line: problem" string per problem."""
    entries, found, seen = [], [], {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{path}:{n}"
            try:
                entry = json.loads(line)
            except ValueError as exc:
                found.append(f"{where}: not JSON ({exc})")
                continue
            if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                entry["url"] = entry["url"].strip()  # a stray space is not part of an address
            wrong = problems(entry, widgets_dir)
            if not wrong and entry["id"] in seen:
                wrong = [f"id {entry['id']!r} appears twice (first on line {seen[entry['id']]})"]
            if wrong:
                found += [f"{where}: {w}" for w in wrong]
                continue
            seen[entry["id"]] = n
            for key, default in (("url", None), ("lang", None), ("insert", None), ("tags", []), ("note", "")):
                entry.setdefault(key, default)
            entries.append(entry)
    return entries, found


def load(path, widgets_dir=None):
    """The entries of the manifest at `path`, in file order; ManifestError
    naming the first bad line."""
    entries, found = read(path, widgets_dir)
    if found:
        raise ManifestError(found[0] + (f" (and {len(found) - 1} more problems)" if len(found) > 1 else ""))
    return entries


def page_url(entry):
    """The URL the page is loaded at: its own, or one on its site."""
    return entry["url"] or f"https://{entry['site']}/realweb/{entry['id']}.html"
