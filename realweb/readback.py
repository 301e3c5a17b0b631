"""Reading a page back after the extension is done with it: what it hid,
which AI widgets (the manifest's selectors) stayed visible, and for each
candidate the extension sent, whether it lies inside an AI widget.

A sent snippet is matched to its element by the extension's own sanitiser
(lib/sanitize.js), loaded into the page's main world: the elements whose
sanitised opening tag is the snippet's (the sanitiser masks ids and cuts
URLs, so the page's own attributes cannot be compared) are serialised the
way the extension serialised them, and the one that gives the same markup
is the snippet's element. (The page cannot be marked beforehand: a mark would be part of
every snippet the model scores.)"""
from testkit import EXTENSION

LIBS = ("lib/dom.js", "lib/sanitize.js")
HIDDEN = ("hidden", "labelled")

READ_JS = r"""({ai, snippets, hiddenValues}) => {
  const NF = globalThis.nofoobar;
  const ATTR = 'data-nofoobar';
  const strip = (h) => h.replace(/ data-nofoobar="[^"]*"/g, '');
  const parent = (n) => n.parentElement || (n.parentNode && n.parentNode.host) || null;
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); }
  };
  walk(document);
  const isHidden = (el) => hiddenValues.includes(el.getAttribute(ATTR));
  const hiddenAt = (el) => { for (let a = el; a; a = parent(a)) if (isHidden(a)) return a; return null; };
  const describe = (el) => {
    let d = el.localName;
    if (el.id) d += '#' + el.id;
    const cls = (el.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean).slice(0, 4);
    if (cls.length) d += '.' + cls.join('.');
    return d;
  };
  const shown = (el) => {
    const queue = [el];
    for (let n = 0; queue.length && n < 200; n++) {
      const e = queue.shift();
      const r = e.getBoundingClientRect();
      if (r.width * r.height >= 4 && e.checkVisibility({visibilityProperty: true, opacityProperty: true})) return true;
      queue.push(...e.children);
      if (e.shadowRoot) queue.push(...e.shadowRoot.children);
    }
    return false;
  };
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 100);

  // AI widgets: the outermost elements the selectors match
  const matched = new Map();
  const badSelectors = [];
  const emptySelectors = [];
  ai.forEach((sel, i) => {
    let found;
    try { found = Array.from(document.querySelectorAll(sel)); } catch (e) { badSelectors.push(sel); return; }
    if (!found.length) emptySelectors.push(sel);
    for (const el of found) if (!matched.has(el)) matched.set(el, sel);
  });
  const ownText = (el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
  // An element that holds nothing but a widget (a wrapper with one child,
  // down to it) shows exactly the widget: sent or hidden, it is the widget.
  const wrapsAi = (el) => {
    for (let e = el, n = 0; e && n < 8; n++) {
      if (matched.has(e)) return true;
      if (e.children.length !== 1 || ownText(e)) return false;
      e = e.children[0];
    }
    return false;
  };
  const insideAi = (el) => {
    for (let a = el; a; a = parent(a)) if (matched.has(a)) return true;
    return wrapsAi(el);
  };
  const widgets = [];
  for (const [el, sel] of matched) {
    let outer = true;
    for (let a = parent(el); a; a = parent(a)) if (matched.has(a)) { outer = false; break; }
    if (!outer) continue;
    const hidden = !!hiddenAt(el);
    const partly = !hidden && Array.from(el.querySelectorAll('[' + ATTR + ']')).some(isHidden);
    // one the page never shows (display:none, transparent, a 1-pixel boot
    // frame) the user cannot see either: listed, not counted
    widgets.push({selector: sel, element: describe(el), text: text(el), hidden, partly,
                  rendered: hidden || partly || shown(el)});
  }

  const hidden = all.filter(isHidden).map((el) => ({
    element: describe(el), text: text(el), inAi: insideAi(el),
    containsAi: Array.from(matched.keys()).some((w) => el !== w && el.contains(w)),
    html: strip(el.outerHTML).slice(0, 400),
  }));

  // sent snippets -> their elements, by the sanitised opening tag (the
  // sanitiser rewrites attributes: masked ids, cut URLs), then the whole
  const opening = (h) => {  // up to the first '>' outside a quoted value
    let quoted = false;
    for (let i = 0; i < h.length; i++) {
      if (h[i] === '"') quoted = !quoted;
      else if (h[i] === '>' && !quoted) return h.slice(0, i + 1);
    }
    return h;
  };
  const tagOf = (h) => (/^<([a-zA-Z][^\s/>]*)/.exec(h) || [])[1];
  const wanted = new Set(snippets.map((h) => (tagOf(h) || '').toLowerCase()));
  const sanitized = (el, options) => {
    try { return strip(NF.sanitize.snippetHtml(el, options)); } catch (e) { return ''; }
  };
  const byOpening = new Map();
  for (const el of all) {
    if (!wanted.has(el.localName)) continue;
    const k = opening(sanitized(el, {maxNodes: 1}));
    if (!byOpening.has(k)) byOpening.set(k, []);
    byOpening.get(k).push(el);
  }
  const whole = new Map();
  const serial = (el) => {
    if (!whole.has(el)) whole.set(el, sanitized(el));
    return whole.get(el);
  };
  const candidates = snippets.map((html) => {
    const want = strip(html);
    const same = byOpening.get(opening(want)) || [];
    let els = same.filter((el) => serial(el) === want);
    const exact = els.length > 0;
    if (!exact && same.length === 1) els = same; // changed since it was sent (e.g. a late child)
    const inAi = els.filter(insideAi).length;
    return {matches: els.length, exact, inAi, hidden: els.filter((el) => !!hiddenAt(el)).length,
            element: els.length ? describe(els[0]) : null};
  });
  return {widgets, hidden, candidates, badSelectors, emptySelectors, elements: all.length};
}"""


def libs_source():
    return "\n;\n".join((EXTENSION / p).read_text(encoding="utf-8") for p in LIBS) + "\n;0"


def read_page(page, ai_selectors, sent, libs):
    """What the page shows now. `sent`: (snippet, result) pairs from the
    recording proxy. Returns the page's raw observations."""
    page.evaluate(libs)
    seen = page.evaluate(READ_JS, {"ai": ai_selectors, "snippets": [s.get("html") or "" for s, _ in sent],
                                   "hiddenValues": list(HIDDEN)})
    candidates = []
    for (snippet, result), where in zip(sent, seen["candidates"]):
        if where["matches"] == 0:
            label = None  # not found in the top document (a frame's, or gone)
        else:
            label = 1 if where["inAi"] * 2 > where["matches"] else 0
        candidates.append({
            "html": snippet.get("html") or "", "context": snippet.get("context"),
            "score": result.get("score") if result else None, "ai": bool(result and result.get("ai")),
            "kind": result.get("kind") if result else None, "label": label,
            "ambiguous": 0 < where["inAi"] < where["matches"], "element": where.get("element"),
            "exact": bool(where.get("exact")),
            "hidden": where.get("hidden", 0) > 0,
        })
    return {"widgets": seen["widgets"], "hidden": seen["hidden"], "candidates": candidates,
            "bad_selectors": seen["badSelectors"], "empty_selectors": seen["emptySelectors"],
            "elements": seen["elements"]}
