//# allFunctionsCalledOnLoad
/*
 * A snippet: what the model sees of one element, built, sanitised and
 * keyed in one place.
 *
 *   build(el, win) ... content script: {html (lib/sanitize.js), context
 *                      (where it floats, lib/candidates.js contextOf)}
 *   key(site, s) ..... background: the verdict key, "<site> <sha-256>" over
 *                      everything the model reads (html, context, url), so a
 *                      verdict is reused only for the same input on the same
 *                      site (a copy of one site's widget on another page,
 *                      enlarged or moved, is a different input there, and
 *                      another site's verdict is never consulted at all).
 *
 * Line 1 is V8's compile hint: every function here is compiled as the file
 * loads, in one pass (extension/README.md: what it costs the page).
 */
(function (root, factory) {
  'use strict';
  const inNode = typeof module === 'object' && module.exports;
  // Resolved when used: the background loads sanitize.js but not candidates.js.
  const need = (name) => (inNode ? require('./' + name + '.js') : root.nofoobar[name]);
  const mod = factory(need);
  root.nofoobar = Object.assign(root.nofoobar || {}, { snippet: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (need) {
  'use strict';

  /** {html, context} of `el`; reads the page (layout), writes nothing. */
  function build(el, win) {
    return { html: need('sanitize').snippetHtml(el), context: need('candidates').contextOf(el, win) };
  }

  /** The model's whole input as one string, fields in a fixed order. */
  function canonical(s) {
    const c = s.context && typeof s.context === 'object' ? s.context : null;
    const ctx = c ? [c.position, c.rect, c.viewport, c.zIndex, c.frameSrc, c.shadowHost,
      c.landmarks, c.inList, c.inHeading, c.inText, c.similarSiblings, c.pageCandidates] : null; // where it sits is read too
    return JSON.stringify([String(s.html || ''), ctx, String(s.url || '')]);
  }

  async function sha256(text) {
    const bytes = new TextEncoder().encode(text);
    const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
    let hex = '';
    for (const b of digest) hex += b.toString(16).padStart(2, '0');
    return hex;
  }

  /** "<site> <sha-256 hex>": `site` is the page's origin, s = {html, context, url}. */
  async function key(site, s) {
    return String(site) + ' ' + (await sha256(canonical(s)));
  }

  const siteOfKey = (k) => String(k).split(' ')[0];

  return { build, key, canonical, siteOfKey };
}));
