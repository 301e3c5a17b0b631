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
 */
(function (root, factory) {
  'use strict';
  const mod = factory();
  root.nofoobar = Object.assign(root.nofoobar || {}, { dom: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, function () {
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

  function get(node, prop) {
    if (node === null || node === undefined) return undefined;
    const d = descriptor(node, prop);
    if (!d) return undefined;
    return d.get ? d.get.call(node) : d.value;
  }

  function call(node, method, ...args) {
    const d = descriptor(node, method);
    if (!d || typeof d.value !== 'function') throw new TypeError('no method ' + method);
    return d.value.apply(node, args);
  }

  const nodeType = (n) => get(n, 'nodeType');
  const isElement = (n) => !!n && typeof n === 'object' && nodeType(n) === 1;
  const tag = (n) => String(get(n, 'tagName') || '').toUpperCase();
  const attr = (n, name) => call(n, 'getAttribute', name);
  const hasAttr = (n, name) => call(n, 'hasAttribute', name);
  const firstChild = (n) => get(n, 'firstChild');
  const nextSibling = (n) => get(n, 'nextSibling');
  const parentElement = (n) => get(n, 'parentElement');
  const parentNode = (n) => get(n, 'parentNode');
  const shadowRoot = (n) => (isElement(n) ? get(n, 'shadowRoot') || null : null);
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
});
