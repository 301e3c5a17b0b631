"""Check the real-web manifest: fields, ids, widget files and that every AI selector matches.

    python realweb/check_manifest.py [--manifest realweb/manifest.jsonl]
                                     [--pages DIR] [--mirror DIR] [--widgets realweb/widgets]

Raw pages are looked up, per entry, in one of two places:
  --pages DIR    a directory of raw pages named after the entry id: <id>.html, <id>.htm,
                 <id>.html.gz, or <id>/raw.html[.gz] (the harness's cache, for example)
  --mirror DIR   local git snapshots, one per repository, at DIR/<owner>+<name>/repo or
                 DIR/<owner>+<name> (a bare git directory); the page is read with
                 `git show <commit>:<path>`
Without either, only the manifest itself and the widget files are checked.

For an entry with "insert", the widget file is appended to <body> before its selectors are
tried, as the harness does, and the checker also reports when a selector already matches
the page without the widget (the label would then be ambiguous). With --inserted the pages
already carry their widget (the harness's cleaned copies, var/realweb/clean/), so nothing
is appended and only the match counts are checked.

Exit status: 0 when no problem was found, 1 otherwise; every problem is printed on one line
as "<id>: <problem>". Selectors are evaluated with soupsieve (beautifulsoup4's CSS engine),
which supports the CSS level 4 selectors the harness's Chromium also supports.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup, UnicodeDammit

HERE = Path(__file__).resolve().parent
FIELDS = {"id": str, "repo": str, "commit": str, "path": str, "url": (str, type(None)), "site": str,
          "lang": str, "ai": list, "insert": (str, type(None)), "tags": list, "note": str}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REPO_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")
COMMIT_RE = re.compile(r"^[0-9a-f]{40}$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")
SITE_RE = re.compile(r"^[^\s/:]+\.[^\s/:]+$")
WIDGET_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def decode(raw: bytes) -> str:
    """Bytes of a saved page (gzipped or not, any declared encoding) as text."""
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return UnicodeDammit(raw, is_html=True).unicode_markup or raw.decode("utf-8", "replace")


def parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def read_from_pages(pages: Path, entry: dict) -> bytes | None:
    for name in (f"{entry['id']}.html", f"{entry['id']}.htm", f"{entry['id']}.html.gz",
                 f"{entry['id']}/raw.html", f"{entry['id']}/raw.html.gz"):
        if (pages / name).is_file():
            return (pages / name).read_bytes()
    return None


def read_from_mirror(mirror: Path, entry: dict) -> bytes | None:
    base = mirror / entry["repo"].replace("/", "+")
    for git_dir in (base / "repo", base):
        if (git_dir / "HEAD").is_file() or (git_dir / ".git").exists():
            done = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{entry['commit']}:{entry['path']}"],
                                  capture_output=True)
            return done.stdout if done.returncode == 0 else None
    return None


def check_entry_fields(entry: dict, widgets: Path) -> list[str]:
    problems = []
    for name, kind in FIELDS.items():
        if name not in entry:
            problems.append(f"missing field {name!r}")
        elif not isinstance(entry[name], kind):
            problems.append(f"field {name!r} has type {type(entry[name]).__name__}")
    extra = set(entry) - set(FIELDS)
    if extra:
        problems.append(f"unknown fields {sorted(extra)}")
    if problems:
        return problems
    checks = [(ID_RE, "id"), (REPO_RE, "repo"), (COMMIT_RE, "commit"), (LANG_RE, "lang"), (SITE_RE, "site")]
    problems += [f"bad {name}: {entry[name]!r}" for rx, name in checks if not rx.match(entry[name])]
    if entry["url"] is not None and not entry["url"].startswith(("http://", "https://")):
        problems.append(f"bad url: {entry['url']!r}")
    if not all(isinstance(s, str) and s.strip() for s in entry["ai"]):
        problems.append("ai must hold non-empty selector strings")
    if not all(isinstance(t, str) and t for t in entry["tags"]):
        problems.append("tags must be non-empty strings")
    if not entry["note"].strip():
        problems.append("empty note")
    if entry["insert"] is not None:
        if not WIDGET_RE.match(entry["insert"]):
            problems.append(f"bad insert name {entry['insert']!r}")
        elif not (widgets / f"{entry['insert']}.html").is_file():
            problems.append(f"insert widget file missing: {entry['insert']}.html")
        if not entry["ai"]:
            problems.append("insert given but ai is empty")
        if "inserted-widget" not in entry["tags"]:
            problems.append("insert given but tag 'inserted-widget' missing")
    for selector in entry["ai"]:
        try:
            parse("<p></p>").select(selector)
        except Exception as err:  # soupsieve raises SelectorSyntaxError and friends
            problems.append(f"selector {selector!r} does not parse: {err}")
    return problems


def with_widget(html: str, widget_html: str) -> str:
    """Append the widget to <body>, as the harness does."""
    soup = parse(html)
    body = soup.body or soup
    for node in list(parse(f"<body>{widget_html}</body>").body.contents):
        body.append(node)
    return str(soup)


def check_selectors(entry: dict, raw: bytes, widgets: Path, inserted: bool = False) -> list[str]:
    problems = []
    html = decode(raw)
    page = parse(html)
    if entry["insert"] and not inserted:
        widget_html = (widgets / f"{entry['insert']}.html").read_text(encoding="utf-8")
        for selector in entry["ai"]:
            if page.select(selector):
                problems.append(f"selector {selector!r} already matches the page without the widget")
            if not parse(widget_html).select(selector) and not parse(f"<body>{widget_html}</body>").select(selector):
                problems.append(f"selector {selector!r} matches nothing in widget {entry['insert']}")
        page = parse(with_widget(html, widget_html))
    for selector in entry["ai"]:
        try:
            count = len(page.select(selector))
        except Exception as err:
            problems.append(f"selector {selector!r} fails on the page: {err}")
            continue
        if count == 0:
            problems.append(f"selector {selector!r} matches 0 elements")
    return problems


def check(manifest: Path, pages: Path | None, mirror: Path | None, widgets: Path,
          inserted: bool = False) -> tuple[list[str], dict]:
    problems: list[str] = []
    seen: dict[str, int] = {}
    stats = {"entries": 0, "checked_pages": 0, "missing_pages": 0}
    for lineno, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"line {lineno}: not JSON: {err}")
            continue
        if not isinstance(entry, dict):
            problems.append(f"line {lineno}: not an object")
            continue
        stats["entries"] += 1
        ident = entry.get("id", f"line {lineno}")
        if ident in seen:
            problems.append(f"{ident}: duplicate id (lines {seen[ident]} and {lineno})")
        seen[ident] = lineno
        field_problems = check_entry_fields(entry, widgets)
        problems += [f"{ident}: {p}" for p in field_problems]
        if field_problems or (pages is None and mirror is None):
            continue
        raw = (read_from_pages(pages, entry) if pages else None) or (read_from_mirror(mirror, entry) if mirror else None)
        if raw is None:
            stats["missing_pages"] += 1
            problems.append(f"{ident}: raw page not found")
            continue
        stats["checked_pages"] += 1
        problems += [f"{ident}: {p}" for p in check_selectors(entry, raw, widgets, inserted)]
    return problems, stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--manifest", type=Path, default=HERE / "manifest.jsonl")
    parser.add_argument("--pages", type=Path, help="directory of raw pages named <id>.html[.gz]")
    parser.add_argument("--mirror", type=Path, help="directory of git snapshots <owner>+<name>[/repo]")
    parser.add_argument("--widgets", type=Path, default=HERE / "widgets")
    parser.add_argument("--inserted", action="store_true",
                        help="the pages already carry their inserted widget (cleaned copies)")
    args = parser.parse_args(argv)
    if not args.manifest.is_file():
        print(f"no manifest at {args.manifest}", file=sys.stderr)
        return 2
    problems, stats = check(args.manifest, args.pages, args.mirror, args.widgets, args.inserted)
    for problem in problems:
        print(problem)
    print(f"{stats['entries']} entries, {stats['checked_pages']} pages checked, "
          f"{stats['missing_pages']} pages not found, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
