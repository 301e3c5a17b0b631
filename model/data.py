"""Labelled examples from JSONL files and the feedback store.

An example is a dict with at least `html` and `label` (0/1); `url`, `kind`,
`context` and `source` are optional. Training targets are the example's
kind for a positive and pipeline.KEEP for a negative; groups are the page's
site, so cross-validation measures "sites it never saw".
"""
import hashlib
import json
import pathlib
import re
from urllib.parse import urlsplit

from model.pipeline import DEFAULT_KIND, KEEP

KINDS = (
    "ai_chat_launcher", "ai_chat_panel", "ai_compose_button", "ai_sidebar",
    "ai_summary_block", "ai_search_widget", "ai_upsell", "ai_onboarding",
)
_WS = re.compile(r"\s+")


class DataError(ValueError):
    """A labelled file or example that cannot be used; says where."""


def snippet_key(html):
    """Identity of a snippet for de-duplication: whitespace does not count."""
    return hashlib.sha256(_WS.sub("", html).encode("utf-8", "replace")).hexdigest()


def site_of(url):
    host = (urlsplit(url or "").hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


# What counts as blank in an example's html: JSON Schema's (ECMA-262's)
# whitespace, so that the API document (server/openapi.py, pattern
# NOT_BLANK) and this check agree; Python's own str.strip() also strips
# control characters such as U+001E, which the document allows.
BLANK = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
        "\u2028\u2029\u202f\u205f\u3000\ufeff"
NOT_BLANK = "[^" + "".join(f"\\u{ord(c):04x}" for c in BLANK) + "]"


def check_example(ex, where="example"):
    """Raise DataError unless ex is a usable labelled example."""
    if not isinstance(ex, dict):
        raise DataError(f"{where}: expected a JSON object")
    if not isinstance(ex.get("html"), str) or not ex["html"].strip(BLANK):
        raise DataError(f"{where}: 'html' must be a non-empty string")
    if ex.get("label") not in (0, 1) or isinstance(ex.get("label"), bool):
        raise DataError(f"{where}: 'label' must be 0 or 1")
    kind = ex.get("kind")
    if kind is not None and not isinstance(kind, str):
        raise DataError(f"{where}: 'kind' must be a string")
    for key in ("url", "source"):
        if ex.get(key) is not None and not isinstance(ex[key], str):
            raise DataError(f"{where}: '{key}' must be a string")
    if ex.get("context") is not None:
        if not isinstance(ex["context"], dict):
            raise DataError(f"{where}: 'context' must be an object")
        problem = context_problem(ex["context"])
        if problem:
            raise DataError(f"{where}: context.{problem[1]}")
    return ex


# The place fields of a context (where the element sits in its page), as the
# extension's lib/context.js sends them. Optional; when present they must have
# these types, so that a hostile or broken client cannot feed the model or the
# training data something else under a known name.
MAX_LANDMARKS = 16
MAX_LANDMARK_CHARS = 32
MAX_SIBLINGS = 100_000
MAX_PAGE_CANDIDATES = 100_000


def context_problem(ctx):
    """None, or (http status, message) for the first bad place field of ctx."""
    landmarks = ctx.get("landmarks")
    if landmarks is not None:
        if not isinstance(landmarks, list) or not all(isinstance(m, str) for m in landmarks):
            return 400, "landmarks must be a list of strings"
        if len(landmarks) > MAX_LANDMARKS or any(len(m) > MAX_LANDMARK_CHARS for m in landmarks):
            return 422, f"landmarks holds at most {MAX_LANDMARKS} names of at most {MAX_LANDMARK_CHARS} characters"
    for key in ("inList", "inHeading", "inText"):
        if ctx.get(key) is not None and not isinstance(ctx[key], bool):
            return 400, f"{key} must be true or false"
    for key, most in (("similarSiblings", MAX_SIBLINGS), ("pageCandidates", MAX_PAGE_CANDIDATES)):
        n = ctx.get(key)
        if n is None:
            continue
        # 3.0 is an integer in JSON too
        if isinstance(n, bool) or not isinstance(n, (int, float)) or not float(n).is_integer():
            return 400, f"{key} must be an integer"
        if not 0 <= n <= most:
            return 422, f"{key} must be between 0 and {most}"
    return None


def read_jsonl(path):
    path = pathlib.Path(path)
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                ex = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{n}: not JSON ({exc.msg})") from None
            out.append(check_example(ex, f"{path}:{n}"))
    return out


def load_paths(paths):
    """Examples from JSONL files and directories of them, in a stable order."""
    out = []
    for p in paths:
        p = pathlib.Path(p)
        if p.is_dir():
            files = sorted(p.glob("*.jsonl"))
            if not files:
                raise DataError(f"{p}: no .jsonl files")
        elif p.exists():
            files = [p]
        else:
            raise DataError(f"{p}: no such file or directory")
        for f in files:
            out.extend(read_jsonl(f))
    return out


def merge(base, overrides):
    """base + overrides, where an override replaces any example with the same
    snippet (user feedback wins over the shipped corpus)."""
    over_keys = {snippet_key(ex["html"]) for ex in overrides}
    kept = [ex for ex in base if snippet_key(ex["html"]) not in over_keys]
    return kept + list(overrides)


def target(ex):
    if ex["label"] == 0:
        return KEEP
    kind = ex.get("kind")
    return kind if kind in KINDS else DEFAULT_KIND


def arrays(examples):
    """(snippets, targets, labels, groups) for training."""
    snippets = [{"html": ex["html"], "url": ex.get("url"), "context": ex.get("context")}
                for ex in examples]
    targets = [target(ex) for ex in examples]
    labels = [ex["label"] for ex in examples]
    # a real-web candidate names its manifest site (news.example.com and
    # example.com are one site there); others are grouped by their URL's host
    groups = [ex.get("site") or site_of(ex.get("url")) or f"nourl-{snippet_key(ex['html'])[:8]}"
              for ex in examples]
    return snippets, targets, labels, groups


def seed_groups(examples):
    """What each example's corpus seed mirrors (its `source`: a product's
    widget design), else its seed id, else its site. Every augmented variant
    of a seed carries the seed's source, and several seeds may mirror one
    design, so cross-validation grouped by these never scores a seed (or a
    design) it trained on in any variant."""
    return [ex.get("source") or ex.get("seed") or site_of(ex.get("url")) or snippet_key(ex["html"])[:8]
            for ex in examples]


def data_hash(examples):
    h = hashlib.sha256()
    for ex in examples:
        h.update(json.dumps([ex["html"], ex["label"], ex.get("url"), ex.get("kind"),
                             ex.get("context")], sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()
