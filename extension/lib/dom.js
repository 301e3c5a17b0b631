//# allFunctionsCalledOnLoad
/*
 * Clobber-proof DOM accessors.
 *
 * A <form> lets its named controls shadow its own properties, in every
 * world, content scripts included: with <input name="id"> form.id is that
 * input, with <input name="getAttribute"> form.getAttribute() throws. Real
 * pages have such forms, and widgets are often forms. So the walkers read
 * nodes through the getters and methods of the node's own prototype chain
 * (found via Object.getPrototypeOf, which a page cannot clobber), cached per
 * prototype. Works in any realm: page, iframe, jsdom.
 *
 * Only forms (and the document) have such named properties, so every other
 * node takes a fast path of plain property access: that keeps a walk over
 * a 10,000-element page cheap.
 *
 * Line 1 is V8's compile hint: every function here is compiled as the file
 * loads, in one pass (extension/README.md: what it costs the page).
 */
(function (root, factory) {
  'use strict';
  const mod = factory();
  root.nofoobar = Object.assign(root.nofoobar || {}, { dom: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function () {
  'use strict';

  const cache = new Map(); // "prop" -> Map(proto -> descriptor)

  function descriptor(node, prop) {
    const start = Object.getPrototypeOf(node);
    let byProto = cache.get(prop);
    if (!byProto) cache.set(prop, (byProto = new Map()));
    if (byProto.has(start)) return byProto.get(start);
    let found = null;
    for (let p = start; p; p = Object.getPrototypeOf(p)) {
      const d = Object.getOwnPropertyDescriptor(p, prop);
      if (d) { found = d; break; }
    }
    byProto.set(start, found);
    return found;
  }

  // Can plain property access on `node` be trusted? Not on a form or a
  // document; and if nodeType or tagName is not what it must be, something
  // has clobbered it.
  function plain(node) {
    if (node === null || node === undefined) return false;
    const type = node.nodeType;
    if (type === 1) {
      const t = node.tagName;
      return typeof t === 'string' && t !== 'FORM' && t !== 'form';
    }
    return type === 3 || type === 11 || type === 8;
  }

  function get(node, prop) {
    if (plain(node)) return node[prop];
    if (node === null || node === undefined) return undefined;
    const d = descriptor(node, prop);
    if (!d) return undefined;
    return d.get ? d.get.call(node) : d.value;
  }

  function call(node, method, ...args) {
    if (plain(node)) return node[method](...args);
    const d = descriptor(node, method);
    if (!d || typeof d.value !== 'function') throw new TypeError('no method ' + method);
    return d.value.apply(node, args);
  }

  // The accessors the walkers call for every element spell out their
  // property: node[prop] with a varying prop is a slow generic lookup.
  const nodeType = (n) => (plain(n) ? n.nodeType : get(n, 'nodeType'));
  const isElement = (n) => !!n && typeof n === 'object' && nodeType(n) === 1;
  const tag = (n) => String((plain(n) ? n.tagName : get(n, 'tagName')) || '').toUpperCase();
  const attr = (n, name) => (plain(n) ? n.getAttribute(name) : call(n, 'getAttribute', name));
  const hasAttr = (n, name) => (plain(n) ? n.hasAttribute(name) : call(n, 'hasAttribute', name));
  const firstChild = (n) => (plain(n) ? n.firstChild : get(n, 'firstChild'));
  const nextSibling = (n) => (plain(n) ? n.nextSibling : get(n, 'nextSibling'));
  const parentElement = (n) => (plain(n) ? n.parentElement : get(n, 'parentElement'));
  const parentNode = (n) => (plain(n) ? n.parentNode : get(n, 'parentNode'));
  const shadowRoot = (n) => (!isElement(n) ? null : (plain(n) ? n.shadowRoot : get(n, 'shadowRoot')) || null);
  const contains = (a, b) => call(a, 'contains', b);
  const cloneShallow = (n) => call(n, 'cloneNode', false);
  const rect = (n) => call(n, 'getBoundingClientRect');
  const matches = (n, sel) => call(n, 'matches', sel);

  function children(n) {
    const out = [];
    for (let c = firstChild(n); c; c = nextSibling(c)) if (isElement(c)) out.push(c);
    return out;
  }

  // The parent in the composed tree: a shadow root's host stands in for it.
  function composedParent(n) {
    const p = parentNode(n);
    if (p && nodeType(p) === 11 && p.host) return p.host;
    return p && nodeType(p) === 1 ? p : null;
  }

  function attributeNames(n) {
    const attrs = get(n, 'attributes');
    const out = [];
    if (!attrs) return out;
    for (let i = 0; i < attrs.length; i++) out.push(attrs[i].name);
    return out;
  }

  return {
    get, call, nodeType, isElement, tag, attr, hasAttr, firstChild, nextSibling,
    parentElement, parentNode, composedParent, shadowRoot, contains, cloneShallow,
    rect, matches, children, attributeNames,
  };
}));
