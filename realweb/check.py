"""`python -m realweb check`: the manifest's labels against the pages.

Every entry's fields (realweb/manifest.py), and, for each page found in the
cache (var/realweb/raw/) or in a local git snapshot, that every AI selector
matches on the page as the harness loads it: with the entry's widget
appended to <body> when it has `insert` (and then the selector must not
match the page without it, else the label would be ambiguous). With
`--cleaned` the harness's cleaned copies (var/realweb/clean/), which carry
their widget already, are checked instead. Selectors run through soupsieve
(beautifulsoup4's CSS engine), which knows the CSS the harness's Chromium
knows. Every problem is printed as "<where>: <problem>"."""
from bs4 import BeautifulSoup

from realweb import clean, fetch, manifest


def _raw(entry, cache, roots, git_dirs):
    if cache is not None and (cache / "raw" / f"{entry['id']}.html").is_file():
        return (cache / "raw" / f"{entry['id']}.html").read_bytes()
    if entry["repo"] not in git_dirs:
        git_dirs[entry["repo"]] = fetch.find_git_dir(entry["repo"], roots) if roots else None
    if git_dirs[entry["repo"]]:
        try:
            return fetch.from_git(git_dirs[entry["repo"]], entry["commit"], entry["path"])
        except fetch.Unavailable:
            return None
    return None


def selector_problems(entry, page_bytes, widgets_dir, cleaned=False):
    """What is wrong with `entry`'s selectors on this page ([] when nothing)."""
    out = []
    page = BeautifulSoup(page_bytes, "lxml")
    if entry["insert"] and not cleaned:
        widget_html = (widgets_dir / f"{entry['insert']}.html").read_text(encoding="utf-8")
        widget = BeautifulSoup(widget_html, "lxml")
        for selector in entry["ai"]:
            if page.select(selector):
                out.append(f"selector {selector!r} already matches the page without the widget")
            if not widget.select(selector):
                out.append(f"selector {selector!r} matches nothing in widget {entry['insert']}")
        clean._insert(page, widget_html)
    out += [f"selector {s!r} matches 0 elements" for s in entry["ai"] if not page.select(s)]
    return out


def check(manifest_path, widgets_dir, cache=None, mirrors=None, cleaned=False):
    """(problems, stats) for the manifest at `manifest_path`; pages are looked
    for in `cache` (raw/ or, with `cleaned`, clean/) and then in the git
    snapshots under `mirrors` (a list of directories; none: no snapshots)."""
    entries, problems = manifest.read(manifest_path, widgets_dir)
    stats = {"entries": len(entries) + len(problems), "checked_pages": 0, "missing_pages": 0}
    roots = fetch.mirror_roots(mirrors) if mirrors else []
    git_dirs = {}
    for entry in entries:
        if cleaned:
            path = cache / "clean" / f"{entry['id']}.html" if cache is not None else None
            body = path.read_bytes() if path is not None and path.is_file() else None
        else:
            body = _raw(entry, cache, roots, git_dirs)
        if body is None:
            stats["missing_pages"] += 1
            problems.append(f"{entry['id']}: page not found")
            continue
        stats["checked_pages"] += 1
        problems += [f"{entry['id']}: {p}" for p in selector_problems(entry, body, widgets_dir, cleaned)]
    return problems, stats
