/*
 * Registered at document_start only for sites with learned selectors (see
 * lib/learned.js for why). Order of events on a repeat visit:
 *
 *   1. at once: <style>html{opacity:0!important}</style>   nothing paints
 *      (opacity, not visibility: a descendant can undo an ancestor's
 *      visibility:hidden, it cannot undo its opacity)
 *   2. storage answers: <style id=nofoobar-learned> with the site's rules
 *   3. the hold is lifted                                   first paint: widget already hidden
 *
 * A timeout lifts the hold regardless, so a slow storage read can never
 * leave a page blank.
 */
(function () {
  'use strict';
  const HOLD_MAX_MS = 300;
  let hold = null;
  const lift = () => {
    if (hold) { hold.remove(); hold = null; }
  };
  try {
    const NF = globalThis.nofoobar;
    const api = globalThis.browser || globalThis.chrome;
    if (!NF || !NF.style || NF.holdRan) return;
    NF.holdRan = true;
    if (!(document instanceof HTMLDocument) || !document.documentElement) return;
    const host = NF.settings.siteOf(location.href);
    if (!host) return;
    hold = document.createElement('style');
    hold.textContent = NF.style.HOLD_CSS;
    document.documentElement.appendChild(hold);
    const timer = setTimeout(lift, HOLD_MAX_MS);
    const key = 'learned:' + host;
    api.storage.local.get(['settings', key]).then((items) => {
      const rules = items[key];
      const settings = NF.settings.normalize(items.settings);
      if (!Array.isArray(rules) || !rules.length || !NF.settings.isActive(settings, host)) return;
      if (NF.settings.isServerPage(settings, location.href)) return;
      if (NF.dom.call(document, 'getElementById', 'nofoobar-learned')) return;
      const style = NF.dom.call(document, 'createElement', 'style');
      style.id = 'nofoobar-learned';
      style.textContent = NF.style.learnedCss(rules.map((r) => r.selector), settings.mode);
      NF.dom.get(document, 'documentElement').appendChild(style);
    }).catch(() => {}).finally(() => {
      clearTimeout(timer);
      lift();
    });
  } catch (e) {
    lift();
  }
})();
