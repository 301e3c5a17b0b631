/*
 * A fast, non-cryptographic 64-bit-ish hash (two FNV-1a passes) for keying
 * cached verdicts by snippet: cheap enough to run on every snippet in the
 * content script, wide enough that two widgets do not share a verdict.
 */
(function (root, factory) {
  'use strict';
  const mod = factory();
  root.nofoobar = Object.assign(root.nofoobar || {}, { hash: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, function () {
  'use strict';

  function fnv1a(str, seed) {
    let h = seed >>> 0;
    for (let i = 0; i < str.length; i++) {
      h ^= str.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  function hash(str) {
    const s = String(str);
    const a = fnv1a(s, 0x811c9dc5).toString(16).padStart(8, '0');
    const b = fnv1a(s, 0x2f8a6b1d).toString(16).padStart(8, '0');
    return a + b;
  }

  return { hash };
});
