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
 *   query strings and fragments ........ cut from every URL-ish attribute
 *   scripts, styles, event handlers .... dropped (code, not widget markup)
 *   long text .......................... cut to a short prefix per text node
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
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'ping', 'xlink:href', 'longdesc', 'manifest']);
  const DROP_ATTRS = new Set(['value', 'nonce', 'integrity', 'srcdoc', 'srcset', 'imagesrcset', 'data-value', 'data-initial-value', 'defaultvalue']);
  const URLISH = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|\.\.?\/|\?|#)/i;

  // Keep scheme, host and path; never the query or fragment, which carry
  // search terms, session ids and tokens. Opaque schemes keep only the scheme.
  function cleanUrl(value) {
    const v = String(value == null ? '' : value).trim();
    if (!v) return '';
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
    if (scheme && !/^(https?|wss?|ftp|chrome-extension|moz-extension)$/i.test(scheme[1])) {
      return scheme[1].toLowerCase() + ':';
    }
    const cut = v.search(/[?#]/);
    return cut === -1 ? v : v.slice(0, cut);
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

  function cleanAttributes(el, limits) {
    // Snapshot the names first: removing while iterating a live NamedNodeMap skips entries.
    const names = [];
    for (let i = 0; i < el.attributes.length; i++) names.push(el.attributes[i].name);
    for (const name of names) {
      const lower = name.toLowerCase();
      const value = el.getAttribute(name);
      if (lower.startsWith('on') || DROP_ATTRS.has(lower)) {
        el.removeAttribute(name);
      } else if (URL_ATTRS.has(lower) || (lower.startsWith('data-') && URLISH.test(value) && /[?#]/.test(value))) {
        el.setAttribute(name, cleanUrl(value));
      } else if (value.length > (lower === 'd' ? limits.maxAttr * 3 : limits.maxAttr)) {
        el.setAttribute(name, value.slice(0, lower === 'd' ? limits.maxAttr * 3 : limits.maxAttr));
      }
    }
    if (el.tagName === 'OPTION') el.removeAttribute('selected');
    if (el.tagName === 'INPUT') el.removeAttribute('checked');
  }

  function cleanText(text, limits) {
    const t = text.replace(/\s+/g, ' ');
    return t.length > limits.maxText ? t.slice(0, limits.maxText) + '…' : t;
  }

  // Clone `node` into `doc` with at most budget.left nodes; returns null for
  // what must not be sent at all. The original is read through dom.* (it may
  // be a clobbered form); the shallow copy has no children, so it cannot be.
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
    const copy = dom.cloneShallow(node);
    cleanAttributes(copy, limits);
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
    const doc = dom.get(el, 'ownerDocument');
    const budget = { left: limits.maxNodes };
    const copy = cloneBounded(el, doc, budget, limits, limits.withShadow !== false);
    if (!copy) return '';
    return truncateHtml(copy.outerHTML, limits.maxLength);
  }

  return { LIMITS, cleanUrl, snippetHtml, truncateHtml, isEditable };
});
