/*
 * Snippet sanitising: what of a page may leave the browser.
 *
 * A snippet is the outerHTML of a candidate widget, rebuilt from a bounded
 * clone so that a huge subtree costs no more than a small one, with
 * everything the user typed or the page keeps private taken out:
 *
 *   input values, textarea text ........ dropped (value attribute, text)
 *   password and hidden inputs ......... dropped (the whole element)
 *   contenteditable / role=textbox ..... children dropped (drafts)
 *   attributes the model does not read . dropped (allow-list)
 *   emails, digit runs, tokens ......... masked in every kept value and text
 *   url(...) in styles ................. dropped
 *   queries, fragments, ;params, user@ . cut from every URL-like value
 *   inside a contenteditable region .... the whole snippet is a draft: empty
 *   scripts, styles, event handlers .... dropped (code, not widget markup)
 *   long text .......................... cut to a short prefix per text node
 *
 * The copy is built in an inert document (createHTMLDocument: no browsing
 * context), so sanitising never makes the browser load anything.
 *
 * Open shadow roots are serialised as declarative shadow DOM
 * (<template shadowrootmode="open">) so the server sees what the user sees.
 */
(function (root, factory) {
  'use strict';
  // In node, dependencies come from require(); in the extension, from
  // scripts loaded before this one.
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./dom.js') : root.nofoobar.dom);
  root.nofoobar = Object.assign(root.nofoobar || {}, { sanitize: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, function (dom) {
  'use strict';

  const LIMITS = Object.freeze({ maxLength: 8000, maxNodes: 600, maxText: 200, maxAttr: 500 });

  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'OBJECT', 'EMBED', 'BASE']);
  // Allow-list: only what model/features.py reads is kept (class, id, role,
  // label-like attributes, aria-*/data-*, style, the URL attributes, a few
  // shape hints); every other attribute is dropped.
  const KEEP_ATTRS = new Set(['class', 'id', 'role', 'style', 'type', 'name', 'contenteditable',
    'aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription', 'data-tooltip',
    'data-title', 'tooltip', 'label', 'aria-checked', 'href', 'src', 'data-src', 'action', 'xlink:href']);
  const DROP_ATTRS = new Set(['value', 'data-value', 'data-initial-value', 'defaultvalue']);
  const URL_ATTRS = new Set(['href', 'src', 'data-src', 'action', 'xlink:href']);
  const URLISH = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|\.\.?\/|\?|#)/i;
  // Private values anywhere in kept text: e-mail addresses, long digit runs
  // (phone, card, account numbers), token-like strings (long runs mixing
  // letters and digits, hex, base64), and URLs' queries.
  const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;
  const DIGITS = /\d[\d\s-]{4,}\d/g;
  const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
  // No '-' or '.': readable names (ai-chat-widget-v2) are not tokens.
  const TOKENISH = /[A-Za-z0-9_+/=]{16,}/g;
  const URL_IN_TEXT = /(?:[a-z][a-z0-9+.-]*:\/\/|\/)[^\s"'<>]*[?;#][^\s"'<>]*/gi;
  // Relative URLs too: a query (?k=v), a ;param=v, wherever they sit.
  const QUERY = /(\S)[?;][^\s"'<>?;]*=[^\s"'<>]*/g;

  function isToken(t) {
    return (t.match(/\d/g) || []).length >= 2 && /[A-Za-z]/.test(t);
  }

  // Most values hold no '@', digit, '?', ';' or '#': one cheap test each
  // spares them the regular expressions (this runs on every kept value).
  function mask(value) {
    let v = String(value);
    if (/[?;#]/.test(v)) v = v.replace(URL_IN_TEXT, (u) => cleanUrl(u)).replace(QUERY, '$1');
    if (v.includes('@')) v = v.replace(EMAIL, '[email]');
    if (/\d/.test(v)) {
      v = v.replace(UUID, '[token]')
        .replace(TOKENISH, (t) => t.split('/').map((part) => (part.length >= 16 && isToken(part) ? '[token]' : part)).join('/'))
        .replace(DIGITS, '[number]');
    }
    return v;
  }

  // Keep scheme, host and path; never credentials, ";" path parameters, the
  // query or the fragment, which carry search terms, session ids and tokens.
  // Opaque schemes keep only the scheme.
  function cleanUrl(value) {
    let v = String(value == null ? '' : value).trim();
    if (!v) return '';
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
    if (scheme && !/^(https?|wss?|ftp|chrome-extension|moz-extension)$/i.test(scheme[1])) {
      return scheme[1].toLowerCase() + ':';
    }
    const cut = v.search(/[?#;]/);
    if (cut !== -1) v = v.slice(0, cut);
    return v.replace(/^((?:[a-z][a-z0-9+.-]*:)?\/\/)[^/@]*@/i, '$1');
  }

  function cleanStyle(value) {
    return String(value).replace(/url\s*\([^)]*\)?/gi, 'none');
  }

  function isSecretInput(el) {
    if (dom.tag(el) !== 'INPUT') return false;
    const type = String(dom.attr(el, 'type') || '').toLowerCase();
    return type === 'hidden' || type === 'password';
  }

  function isEditable(el) {
    const ce = dom.attr(el, 'contenteditable');
    if (ce !== null && String(ce).toLowerCase() !== 'false') return true;
    return String(dom.attr(el, 'role') || '').toLowerCase() === 'textbox';
  }

  // Inside a draft: the element or an ancestor (across shadow roots) is editable.
  function inDraft(el) {
    for (let a = el; a; a = dom.composedParent(a)) if (isEditable(a)) return true;
    return false;
  }

  function keptAttributes(el, limits) {
    const out = [];
    for (const name of dom.attributeNames(el)) {
      const lower = name.toLowerCase();
      if (DROP_ATTRS.has(lower)) continue;
      if (!KEEP_ATTRS.has(lower) && !lower.startsWith('aria-') && !lower.startsWith('data-')) continue;
      let value = String(dom.attr(el, name) || '');
      if (URL_ATTRS.has(lower) || (lower.startsWith('data-') && URLISH.test(value))) value = cleanUrl(value);
      else if (lower === 'style') value = cleanStyle(value);
      value = mask(value);
      if (value.length > limits.maxAttr) value = value.slice(0, limits.maxAttr);
      out.push([lower, value]);
    }
    return out;
  }

  function cleanText(text, limits) {
    const t = mask(text.replace(/\s+/g, ' '));
    return t.length > limits.maxText ? t.slice(0, limits.maxText) + '…' : t;
  }

  // A fresh copy of `node` in the inert document `doc` (no browsing
  // context: setting src there loads nothing), with kept attributes only.
  function shallowCopy(node, doc, limits) {
    const ns = dom.get(node, 'namespaceURI');
    const name = dom.get(node, 'localName') || dom.tag(node).toLowerCase();
    let copy;
    try {
      copy = ns && ns !== 'http://www.w3.org/1999/xhtml' ? doc.createElementNS(ns, name) : doc.createElement(name);
    } catch (e) {
      copy = doc.createElement('span');
    }
    for (const [k, v] of keptAttributes(node, limits)) {
      try { copy.setAttribute(k, v); } catch (e) { /* an unsettable name */ }
    }
    return copy;
  }

  // Clone `node` into `doc` with at most budget.left nodes; returns null for
  // what must not be sent at all. The original is read through dom.* (it may
  // be a clobbered form).
  function cloneBounded(node, doc, budget, limits, withShadow) {
    if (budget.left <= 0) return null;
    const type = dom.nodeType(node);
    if (type === 3) {
      budget.left--;
      return doc.createTextNode(cleanText(String(dom.get(node, 'data')), limits));
    }
    if (type !== 1) return null;
    const tag = dom.tag(node);
    if (SKIP_TAGS.has(tag) || isSecretInput(node)) return null;
    if (dom.attr(node, 'data-nofoobar-ui') !== null) return null; // our own label tags
    budget.left--;
    const copy = shallowCopy(node, doc, limits);
    if (tag === 'TEXTAREA' || isEditable(node)) return copy; // drafts stay home
    const shadow = withShadow ? dom.shadowRoot(node) : null;
    if (shadow) {
      const tpl = doc.createElement('template');
      tpl.setAttribute('shadowrootmode', 'open');
      for (let c = shadow.firstChild; c; c = c.nextSibling) {
        const cc = cloneBounded(c, doc, budget, limits, withShadow);
        if (cc) tpl.content.appendChild(cc);
      }
      copy.appendChild(tpl);
    }
    for (let c = dom.firstChild(node); c; c = dom.nextSibling(c)) {
      const cc = cloneBounded(c, doc, budget, limits, withShadow);
      if (cc) copy.appendChild(cc);
    }
    return copy;
  }

  let inert = null;
  function inertDoc(el) {
    if (!inert) {
      const d = dom.get(el, 'ownerDocument');
      inert = dom.get(d, 'implementation').createHTMLDocument('');
    }
    return inert;
  }

  function truncateHtml(html, maxLength) {
    if (html.length <= maxLength) return html;
    let cut = html.slice(0, maxLength);
    // Do not end inside a tag: a half attribute could be half a secret-free
    // value, but a dangling "<div cla" only confuses the parser.
    const lt = cut.lastIndexOf('<');
    if (lt > cut.lastIndexOf('>')) cut = cut.slice(0, lt);
    return cut;
  }

  /** Sanitised outerHTML of `el`. */
  function snippetHtml(el, options) {
    const limits = Object.assign({}, LIMITS, options || {});
    if (inDraft(el)) return ''; // a draft in an editor is the user's, whole
    const doc = inertDoc(el);
    const budget = { left: limits.maxNodes };
    const copy = cloneBounded(el, doc, budget, limits, limits.withShadow !== false);
    if (!copy) return '';
    return truncateHtml(copy.outerHTML, limits.maxLength);
  }

  return { LIMITS, cleanUrl, mask, snippetHtml, truncateHtml, isEditable };
});
