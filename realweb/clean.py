"""Cleaning a saved page so that it renders offline and runs nothing of
its own (beautifulsoup4, the `bench` extra):

  encoding ............ detected (BOM, <meta charset>, HTTP-equiv, then
                        guessed); written back as UTF-8 with one <meta charset>
  <script>, <noscript>,
  <base>, refresh ..... removed: the page's own code and redirects
  on* attributes ...... removed (event handlers)
  stylesheets, icons,
  preloads, @import,
  url() in styles,
  srcset, media ....... removed: loads that only decorate
  img/iframe src ...... kept unless they could run code (javascript:, data:
                        documents): the extension sends them and the model
                        reads them (a vendor's widget host, an icon's name).
                        The harness resolves every host name to its own page
                        server, which answers 404, so they reach no network.
  insert .............. the project's widget file appended to <body>

Cleaning is deterministic: the same raw page gives the same clean page."""
import re
import sys

from bs4 import BeautifulSoup, Comment
from bs4.dammit import EntitySubstitution
from bs4.formatter import HTMLFormatter

VERSION = "1"  # bump when cleaning changes: the cache is cleaned again

KEEP_REL = {"canonical", "alternate", "author", "license", "next", "prev", "help", "bookmark", "me",
            "shortlink", "amphtml", "search", "tag", "nofollow", "noopener", "noreferrer", "external"}
DROP_ATTRS = {"srcset", "imagesrcset", "ping", "srcdoc", "background", "poster", "integrity", "nonce"}
MEDIA = {"video", "audio", "source", "track", "embed", "object", "picture"}
URL_IN_CSS = re.compile(r"url\(\s*(?![\s'\"]*(?:data:|#))[^)]*\)", re.IGNORECASE)
IMPORT_IN_CSS = re.compile(r"@import\s+[^;]+;?", re.IGNORECASE)
CODE_URL = re.compile(r"^\s*(?:javascript|vbscript|data\s*:\s*(?!image/))", re.IGNORECASE)


class _AsWritten(HTMLFormatter):
    """HTML5 output with the attributes in the page's own order (bs4 sorts
    them by default): the snippets the extension sends stay as on the site."""

    def __init__(self):
        super().__init__(entity_substitution=EntitySubstitution.substitute_xml, void_element_close_prefix=None,
                         empty_attributes_are_booleans=True)

    def attributes(self, tag):
        return list(tag.attrs.items()) if tag.attrs else []


def _css(text):
    return URL_IN_CSS.sub("none", IMPORT_IN_CSS.sub("", text))


def clean_html(raw, widget_html=None):
    """`raw` (bytes of a saved page) -> the cleaned page as str."""
    soup = BeautifulSoup(raw, "lxml")
    for tag in soup.find_all(["script", "noscript", "base"]):
        tag.decompose()
    for meta in soup.find_all("meta"):
        equiv = (meta.get("http-equiv") or "").lower()
        if meta.has_attr("charset") or equiv in ("content-type", "refresh", "content-security-policy",
                                                 "set-cookie"):
            meta.decompose()
    for link in soup.find_all("link"):
        rel = link.get("rel") or []
        rel = rel.split() if isinstance(rel, str) else rel
        if not rel or not {r.lower() for r in rel} <= KEEP_REL:
            link.decompose()
    for style in soup.find_all("style"):
        if style.string:
            style.string.replace_with(_css(style.string))
    if widget_html:
        _insert(soup, widget_html)
    for el in soup.find_all(True):
        name = el.name.lower()
        for attr in list(el.attrs):
            a = attr.lower()
            value = el.attrs[attr]
            text = " ".join(value) if isinstance(value, list) else str(value)
            if a.startswith("on") or a in DROP_ATTRS:
                del el.attrs[attr]
            elif a == "style":
                el.attrs[attr] = _css(text)
            elif name in MEDIA and a in ("src", "data"):
                del el.attrs[attr]
            elif name in ("image", "use", "feimage") and a in ("href", "xlink:href") and not text.startswith("#"):
                del el.attrs[attr]
            elif a in ("src", "href", "data", "action", "formaction", "xlink:href") and CODE_URL.match(text):
                del el.attrs[attr]
            elif name == "input" and a == "src":
                del el.attrs[attr]
    head = soup.head
    if head is None:
        head = soup.new_tag("head")
        (soup.html or soup).insert(0, head)
    head.insert(0, soup.new_tag("meta", attrs={"charset": "utf-8"}))
    return soup.decode(formatter=_AsWritten())


def _insert(soup, widget_html):
    body = soup.body
    if body is None:
        body = soup.new_tag("body")
        (soup.html or soup).append(body)
    fragment = BeautifulSoup(widget_html, "lxml")
    source = fragment.body or fragment
    body.append(Comment(" realweb: inserted widget (project-written) "))
    for node in list(source.contents):
        body.append(node.extract())


def clean_cache(entries, cache, widgets_dir=None, force=False):
    """Cleans every fetched page whose clean copy is missing or out of date
    (older than its raw page or widget file, or cleaned by another VERSION).
    Returns how many it cleaned."""
    from realweb import WIDGETS

    widgets_dir = widgets_dir or WIDGETS
    raw_dir, clean_dir = cache / "raw", cache / "clean"
    clean_dir.mkdir(parents=True, exist_ok=True)
    stamp = clean_dir / ".version"
    if not stamp.exists() or stamp.read_text().strip() != VERSION:
        force = True
    done = 0
    for e in entries:
        raw = raw_dir / f"{e['id']}.html"
        if not raw.exists():
            continue
        widget = widgets_dir / f"{e['insert']}.html" if e.get("insert") else None
        if widget is not None and not widget.exists():
            raise FileNotFoundError(f"{e['id']}: widget file {widget} not found")
        out = clean_dir / f"{e['id']}.html"
        newest = max(raw.stat().st_mtime, widget.stat().st_mtime if widget else 0)
        if out.exists() and not force and out.stat().st_mtime >= newest:
            continue
        try:
            html = clean_html(raw.read_bytes(), widget.read_text(encoding="utf-8") if widget else None)
        except Exception as exc:  # one page bs4 cannot read must not stop the others
            print(f"[realweb] {e['id']}: NOT CLEANED: {type(exc).__name__}: {exc}", file=sys.stderr)
            out.unlink(missing_ok=True)
            continue
        out.write_text(html, encoding="utf-8")
        done += 1
    stamp.write_text(VERSION)
    return done
