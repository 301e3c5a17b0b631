/*
 * Our pages' words, from _locales/<lang>/messages.json through the
 * browser's i18n API (which picks the user's language, English otherwise).
 * The HTML keeps the English text as written, so a page read without the
 * API (or a missing key) still says something sensible; `localize` swaps
 * in the translation from each element's data-i18n* attribute.
 */
(function (root, factory) {
  'use strict';
  const mod = factory(root);
  root.nofoobar = Object.assign(root.nofoobar || {}, { i18n: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (root) {
  'use strict';

  const ATTRS = ['placeholder', 'title', 'aria-label'];

  /** The message `key` with `subs` ($1, $2 …) filled in; `fallback` (or the
   * key) when there is none. */
  function t(key, subs, fallback) {
    const api = root.browser || root.chrome;
    let m = '';
    try {
      m = api && api.i18n ? api.i18n.getMessage(key, subs) : '';
    } catch (e) { /* no such key: fall back */ }
    return m || fallback || key;
  }

  /** Translate every [data-i18n] text and [data-i18n-<attr>] attribute. */
  function localize(doc) {
    for (const el of doc.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n, undefined, el.textContent);
    for (const attr of ATTRS) {
      for (const el of doc.querySelectorAll('[data-i18n-' + attr + ']')) {
        el.setAttribute(attr, t(el.getAttribute('data-i18n-' + attr), undefined, el.getAttribute(attr) || ''));
      }
    }
    const lang = t('@@ui_locale', undefined, '');
    if (lang) doc.documentElement.lang = lang.replace('_', '-');
  }

  return { t, localize, ATTRS };
}));
