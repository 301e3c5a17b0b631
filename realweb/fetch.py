"""`python -m realweb fetch`: the manifest's pages into the cache
(var/realweb/raw/<id>.html), from a local git snapshot of each repository
or, for a user with the network, from raw.githubusercontent.com. Then each
page is cleaned (realweb.clean) into var/realweb/clean/<id>.html.

A local snapshot is a git directory named after the repository,
`<mirror>/<owner>+<name>` or one level below it (the layout of
/work/.mirror); the page is `git --git-dir=D show <commit>:<path>`."""
import gzip
import io
import os
import pathlib
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

DEFAULT_MIRRORS = [pathlib.Path("/work/.mirror")]
RAW_URL = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"
MAX_BYTES = 20 * 1024 * 1024


def log(msg):
    print(f"[realweb] {msg}", file=sys.stderr, flush=True)


def mirror_roots(given=None):
    if given:
        return [pathlib.Path(p) for p in given]
    env = os.environ.get("NOFOOBAR_REALWEB_MIRROR")
    if env:
        return [pathlib.Path(p) for p in env.split(os.pathsep) if p]
    return [p for p in DEFAULT_MIRRORS if p.is_dir()]


def _is_git_dir(d):
    return (d / "HEAD").is_file() and (d / "objects").is_dir()


def find_git_dir(repo, roots):
    """The git directory of `repo` ("owner/name") under one of `roots`, or None."""
    name = repo.replace("/", "+")
    for root in roots:
        for pattern in (name, name + ".git", name + "/*", name + "/*/*"):
            for d in sorted(root.glob(pattern)):
                if d.is_dir() and _is_git_dir(d):
                    return d
            # a non-bare clone: the git directory is its .git
            for d in sorted(root.glob(pattern + "/.git")):
                if _is_git_dir(d):
                    return d
    return None


class Unavailable(Exception):
    """This page cannot be had from here; the message says why."""


def _unpack(body, where):
    """The page itself: some benchmarks store their pages gzipped
    (`*.html.gz`); the cache and the checker need the HTML."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            page = fh.read(MAX_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise Unavailable(f"{where}: a broken gzip file ({exc})") from None
    if len(page) > MAX_BYTES:
        raise Unavailable(f"{where}: larger than {MAX_BYTES // 2**20} MiB unpacked")
    return page


def from_git(git_dir, commit, path):
    r = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"],
                       capture_output=True, timeout=60)
    if r.returncode != 0:
        why = r.stderr.decode("utf-8", "replace").strip().splitlines()
        raise Unavailable(f"not in the snapshot {git_dir}: {why[-1] if why else 'git show failed'}")
    return _unpack(r.stdout, f"{git_dir}:{path}")


def from_web(repo, commit, path, timeout=30):
    url = RAW_URL.format(repo=repo, commit=commit, path=urllib.parse.quote(path))
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            body = r.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise Unavailable(f"{url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise ConnectionError(f"{url}: {getattr(exc, 'reason', exc)}") from None
    if len(body) > MAX_BYTES:
        raise Unavailable(f"{url}: larger than {MAX_BYTES // 2**20} MiB")
    return _unpack(body, url)


def _check_body(body):
    if body.startswith(b"version https://git-lfs"):
        raise Unavailable("stored as a Git LFS pointer, not the page itself")
    if not body.strip():
        raise Unavailable("empty file")
    return body


def fetch(entries, cache, mirrors=None, download=True, force=False, widgets_dir=None):
    """Brings each entry's page into cache/raw/. Returns {id: reason} for the
    pages it could not get (each also printed)."""
    from realweb import clean

    raw_dir = cache / "raw"
    raw_dir.mkdir(parents=True, exist_ok=True)
    roots = mirror_roots(mirrors)
    git_dirs, missing, network = {}, {}, download
    total = len(entries)
    for n, e in enumerate(entries, 1):
        target = raw_dir / f"{e['id']}.html"
        where = f"{n}/{total} {e['id']}"
        if target.exists() and not force:
            log(f"{where}: cached")
            continue
        if e["repo"] not in git_dirs:
            git_dirs[e["repo"]] = find_git_dir(e["repo"], roots)
        reasons = []
        body = None
        if git_dirs[e["repo"]]:
            try:
                body = _check_body(from_git(git_dirs[e["repo"]], e["commit"], e["path"]))
                source = "snapshot"
            except (Unavailable, subprocess.TimeoutExpired) as exc:
                reasons.append(str(exc))
        else:
            reasons.append(f"no local snapshot of {e['repo']}")
        if body is None and network:
            try:
                body = _check_body(from_web(e["repo"], e["commit"], e["path"]))
                source = "download"
            except Unavailable as exc:
                reasons.append(str(exc))
            except ConnectionError as exc:
                # no network: say so once, then stop trying for the rest
                reasons.append(f"download failed ({exc}); not downloading the rest")
                network = False
        elif body is None:
            reasons.append("downloads are off")
        if body is None:
            missing[e["id"]] = "; ".join(reasons)
            log(f"{where}: NOT FETCHED ({e['repo']}@{e['commit'][:10]}:{e['path']}): {missing[e['id']]}")
            continue
        tmp = target.with_suffix(".part")
        tmp.write_bytes(body)
        tmp.replace(target)
        log(f"{where}: {source}, {len(body) / 1024:.0f} kB")
    cleaned = clean.clean_cache(entries, cache, widgets_dir)
    log(f"{total - len(missing)} of {total} pages in {raw_dir}; {cleaned} cleaned into {cache / 'clean'}")
    return missing
