"""One snippet (html, optional url and context) -> a dict of named features.

Pure and shared by training and serving. The HTML is parsed once with lxml
(the parser BeautifulSoup would drive; calling it directly costs a fraction)
and walked once, iteratively, so hostile markup cannot exhaust the stack.

Feature names are `field:token`; the field says where a token was seen,
because "ai" in an aria-label means something else than "ai" in a paragraph.
"""
import re
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

# Work per snippet is bounded: bytes parsed, elements walked, words kept.
MAX_HTML_CHARS = 32_768
MAX_ELEMENTS = 400
MAX_TEXT_WORDS = 60
MAX_ATTR_CHARS = 300

_LATIN = "A-Za-z\u00c0-\u024f"
_TOKEN = re.compile(rf"[{_LATIN}]+|\d+|[^\W\d_{_LATIN}]+")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z\u00df-\u00ff\u0100-\u024f]+|[A-Z\u00c0-\u00de]+|[^\W\d_]+")
# Class names minted by CSS-in-JS and bundlers: meaningless across sites.
_HASHED = re.compile(
    r"^(?:css|sc|jsx|emotion|styled|svelte|astro|tw)-(?=[a-zA-Z0-9]*[0-9A-Z])[a-zA-Z0-9]{4,}$"
    r"|^_?[a-z]{0,3}[0-9][a-z0-9]{3,}$"
    r"|^_[a-zA-Z0-9_-]{5,}$"
    r"|^[a-zA-Z]{1,2}[0-9a-f]{5,}$"
    r"|^[a-z0-9]*[0-9][a-z0-9]*[A-Z][a-zA-Z0-9]*$"
    r"|^[a-zA-Z0-9]{6,}_[a-zA-Z0-9]{5,}$",
)
_WORD_RUN = re.compile(r"\S+")

# Words that name a generative-AI feature, in the languages the corpus holds.
# A cue only says "an AI word is here"; the model learns where it matters.
AI_TERMS = frozenset("""
ai ki ia genai gpt chatgpt llm copilot gemini bard claude grok rufus agentforce rovo
freddy lyro duckai assistant assistants assistent assistente asistente asystent
assistentin chatbot chatbots bot sparkle sparkles
""".split())
AI_SCRIPT_TERMS = ("人工知能", "生成", "アシスタント", "助手", "智能", "인공지능", "어시스턴트", "ИИ")
SPARKLES = ("✨", "🪄", "🤖", "✦", "✧", "⭐")

_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "article", "legend"))
_FORM_TAGS = frozenset(("input", "select", "textarea", "option"))
_TEXT_SKIP = frozenset(("script", "style", "template", "noscript", "svg", "path"))
_LABEL_ATTRS = ("aria-label", "title", "alt", "placeholder", "aria-description",
                "aria-roledescription", "data-tooltip", "data-title", "tooltip", "label")
_SRC_ATTRS = ("src", "data-src", "href", "action")
_PARSER = etree.HTMLParser(recover=True, no_network=True, remove_comments=True,
                           remove_pis=True, huge_tree=False, default_doctype=False)


def clean(html):
    """A str lxml accepts: NULs removed, lone surrogates replaced, size capped."""
    if not isinstance(html, str):
        html = str(html)
    html = html[:MAX_HTML_CHARS].replace("\x00", "")
    return html.encode("utf-8", "replace").decode("utf-8")


def tokens(text):
    """Lowercase word tokens, split on case changes, punctuation and scripts."""
    out = []
    for run in _TOKEN.findall(text):
        if run.isdigit():
            continue
        parts = _CAMEL.findall(run) if run.isascii() else [run]
        out.extend(p.lower() for p in parts if p)
    return out


def is_hashed(name):
    return bool(_HASHED.match(name))


def _has_ai_term(words, raw=""):
    return any(w in AI_TERMS for w in words) or any(t in raw for t in AI_SCRIPT_TERMS)


def _url_tokens(url):
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return [], []
    host = (parts.hostname or "").lower()
    host_toks = [t for t in tokens(host.replace(".", " ")) if t not in ("www", "com", "net", "org", "io")]
    path_toks = tokens(parts.path)[:8]
    return host_toks, path_toks


def _parse(html):
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div", parser=_PARSER)
    except (etree.ParserError, ValueError):
        root = None
    return root


class _Acc:
    """Feature accumulator: binary features plus a few counts."""
    __slots__ = ("f",)

    def __init__(self):
        self.f = {}

    def add(self, field, toks):
        for t in toks:
            self.f[f"{field}:{t}"] = 1.0

    def flag(self, name):
        self.f[name] = 1.0


def _words_feature(acc, field, text, bigrams=True):
    toks = tokens(text)
    acc.add(field, toks)
    if bigrams:
        acc.add(field + "2", (f"{a} {b}" for a, b in zip(toks, toks[1:])))
    acc.add(field + "p", (t[:5] for t in toks if len(t) > 6))
    return toks


def _bucket(n, edges):
    for i, edge in enumerate(edges):
        if n < edge:
            return i
    return len(edges)


_STYLE_POS = re.compile(r"position\s*:\s*(fixed|sticky)", re.I)
_STYLE_EDGE = re.compile(r"(?:^|;)\s*(bottom|right|left|top)\s*:", re.I)


def _style_features(acc, style):
    """Inline position hints, for snippets that come without a context."""
    pos = _STYLE_POS.search(style)
    if pos:
        acc.flag(f"style:{pos.group(1).lower()}")
        for edge in _STYLE_EDGE.findall(style):
            acc.flag(f"style:{edge.lower()}")


def _context_features(acc, ctx):
    if not isinstance(ctx, dict):
        return
    pos = ctx.get("position")
    if pos in ("fixed", "sticky"):
        acc.flag(f"ctx:{pos}")
    rect, vp = ctx.get("rect"), ctx.get("viewport")
    if (isinstance(rect, list) and len(rect) == 4 and isinstance(vp, list) and len(vp) == 2
            and all(isinstance(v, (int, float)) for v in rect + vp)):
        try:  # JSON integers have no size limit; floats only overflow to inf
            x, y, w, h, vw, vh = map(float, rect + vp)
        except OverflowError:
            vw = vh = 0.0
    else:
        vw = vh = 0.0
    if vw > 0 and vh > 0 and vw * vh > 0:  # a tiny viewport's area can underflow to 0
        area = (w * h) / (vw * vh)
        acc.flag(f"ctx:area{_bucket(area, (0.01, 0.05, 0.2, 0.5))}")
        if pos in ("fixed", "sticky") and area < 0.2:
            vert = "b" if y + h / 2 > vh * 0.6 else ("t" if y + h / 2 < vh * 0.4 else "m")
            horiz = "r" if x + w / 2 > vw * 0.6 else ("l" if x + w / 2 < vw * 0.4 else "c")
            acc.flag(f"ctx:corner={vert}{horiz}")
            if w <= 100 and h <= 100:
                acc.flag("ctx:small_floating")
    z = ctx.get("zIndex")
    if isinstance(z, (int, float)) and not isinstance(z, bool) and z >= 1000:
        acc.flag("ctx:z_high")
    frame = ctx.get("frameSrc")
    if isinstance(frame, str) and frame:
        acc.flag("ctx:frame")
        host, path = _url_tokens(frame)
        acc.add("src", host)
        acc.add("srcp", path)
    if ctx.get("shadowHost") is True:
        acc.flag("ctx:shadow")


def extract(snippet):
    """Features of one snippet: {"html": str, "url"?: str, "context"?: dict}."""
    acc = _Acc()
    html = clean(snippet.get("html") or "")
    root = _parse(html)
    if len(html) >= MAX_HTML_CHARS:
        acc.flag("shape:truncated")

    text_words = []
    labels_raw = []
    n_el = n_p = n_a = n_head = n_form = n_svg = n_img = 0
    label_has_ai = class_has_ai = src_has_ai = text_sparkle = heading_has_ai = False
    if root is not None:
        walked = 0
        for el in root.iter():
            tag = el.tag
            if not isinstance(tag, str):
                continue
            walked += 1
            if walked > MAX_ELEMENTS:
                acc.flag("shape:many_elements")
                break
            tag = tag.lower()
            if walked > 1:  # the synthetic parent is not the page's
                n_el += 1
                acc.flag(f"tag:{tag}")
                if "-" in tag:
                    acc.flag("tag:custom")
                    acc.add("tagtok", tokens(tag))
            if tag == "p":
                n_p += 1
            elif tag == "a":
                n_a += 1
            elif tag in _HEADINGS or (tag != "article" and el.get("role") == "heading"):
                n_head += 1
                if n_head <= 3 and tag != "article":
                    # A block's own title ("AI Overview") names it better than its body.
                    head = (el.text_content() or "")[:MAX_ATTR_CHARS]
                    heading_has_ai |= _has_ai_term(_words_feature(acc, "head", head, bigrams=False), head)
            elif tag in _FORM_TAGS:
                n_form += 1
            elif tag == "svg":
                n_svg += 1
            elif tag == "img":
                n_img += 1
            attrib = el.attrib
            for name, value in attrib.items():
                name = name.lower()
                value = value[:MAX_ATTR_CHARS]
                if name == "class":
                    for c in value.split()[:12]:
                        if is_hashed(c):
                            acc.flag("cls:#hashed")
                        else:
                            toks = tokens(c)
                            acc.add("cls", toks)
                            class_has_ai |= _has_ai_term(toks)
                elif name == "id":
                    if is_hashed(value):
                        acc.flag("id:#hashed")
                    else:
                        toks = tokens(value)
                        acc.add("id", toks)
                        class_has_ai |= _has_ai_term(toks)
                elif name in _LABEL_ATTRS:
                    labels_raw.append(value)
                    toks = _words_feature(acc, "lbl", value)
                    label_has_ai |= _has_ai_term(toks, value)
                    if any(s in value for s in SPARKLES):
                        acc.flag("lbl:#sparkle")
                elif name == "role":
                    acc.add("role", tokens(value))
                elif name.startswith("data-") or name.startswith("aria-"):
                    name_toks = tokens(name)[1:]
                    acc.add("attr", name_toks)
                    class_has_ai |= _has_ai_term(name_toks)
                    if len(value) <= 40 and not value.startswith(("http", "/")):
                        vt = tokens(value)[:4]
                        acc.add("attrv", vt)
                        class_has_ai |= _has_ai_term(vt)
                elif name == "style":
                    _style_features(acc, value)
                elif value.startswith("#") and name.endswith("href"):
                    acc.add("icon", tokens(value)[:4])  # <use href="#icon-sparkle">
                elif name in _SRC_ATTRS:
                    host, path = _url_tokens(value)
                    field = "src" if tag in ("iframe", "script", "img", "embed", "object", "form") else "href"
                    acc.add(field, host)
                    acc.add(field + "p", path)
                    src_has_ai |= _has_ai_term(host + path)
                elif name == "name" and tag in ("iframe", "meta"):
                    acc.add("id", tokens(value))
                elif name in ("contenteditable",):
                    acc.flag("attr:contenteditable")
                elif name == "type" and tag in ("input", "button"):
                    acc.flag(f"type:{value.lower()[:12]}")
            if tag in _TEXT_SKIP or len(text_words) >= MAX_TEXT_WORDS:
                continue
            for chunk in (el.text, el.tail if walked > 1 else None):
                if chunk and len(text_words) < MAX_TEXT_WORDS:
                    if any(s in chunk for s in SPARKLES):
                        text_sparkle = True
                    text_words.extend(_WORD_RUN.findall(chunk)[:MAX_TEXT_WORDS - len(text_words)])

    text = " ".join(text_words)
    text_toks = _words_feature(acc, "txt", text)
    n_words = len(text_words)
    text_has_ai = _has_ai_term(text_toks, text)
    long_text = n_words >= 40 or n_p >= 2
    acc.flag(f"shape:words{_bucket(n_words, (1, 4, 12, 40))}")
    acc.flag(f"shape:elements{_bucket(n_el, (2, 6, 20, 80))}")
    if n_p:
        acc.flag(f"shape:paragraphs{_bucket(n_p, (2, 4))}")
    if n_a:
        acc.flag(f"shape:links{_bucket(n_a, (2, 5, 15))}")
    if n_head:
        acc.flag("shape:headings")
    if n_form:
        acc.flag("shape:form_fields")
    if n_svg:
        acc.flag("shape:svg_icon")
    if n_img:
        acc.flag("shape:image")
    if label_has_ai:
        acc.flag("cue:ai_in_label")
    if class_has_ai:
        acc.flag("cue:ai_in_names")
    if src_has_ai:
        acc.flag("cue:ai_in_src")
    if text_has_ai:
        acc.flag("cue:ai_in_long_text" if long_text else "cue:ai_in_short_text")
    if text_sparkle:
        acc.flag("cue:sparkle_text")
    if heading_has_ai:
        acc.flag("cue:ai_in_heading")
    if labels_raw and not text_words:
        acc.flag("shape:icon_only")

    _context_features(acc, snippet.get("context"))
    url = snippet.get("url")
    if isinstance(url, str) and url:
        host, _ = _url_tokens(url)
        if host:
            acc.flag(f"page:{host[0]}")
    return acc.f
