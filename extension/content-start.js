/*
 * document_start, every frame. The cheap early half of the content script:
 * bail on what is not an HTML page, then apply the site's learned selectors
 * as soon as storage answers — for sites whose flash-free registration
 * (hold.js, see lib/learned.js) is not in place yet. Where hold.js already
 * added the stylesheet, this does nothing. No messaging, no DOM walks.
 */
(function () {
  'use strict';
  try {
    const NF = globalThis.nofoobar;
    const api = globalThis.browser || globalThis.chrome;
    if (!NF || NF.startRan) return;
    NF.startRan = true;
    if (!(document instanceof HTMLDocument) || !/html/i.test(NF.dom.get(document, 'contentType') || '')) {
      NF.notHtml = true; // content.js reads this and stays out
      return;
    }
    const host = NF.settings.siteOf(location.href);
    if (!host) return;
    const key = 'learned:' + host;
    api.storage.local.get(['settings', key]).then((items) => {
      const rules = items[key];
      if (!Array.isArray(rules) || !rules.length) return;
      if (NF.dom.call(document, 'getElementById', 'nofoobar-learned')) return; // hold.js was first
      const settings = NF.settings.normalize(items.settings);
      if (!NF.settings.isActive(settings, host) || NF.settings.isServerPage(settings, location.href)) return;
      const style = NF.dom.call(document, 'createElement', 'style');
      style.id = 'nofoobar-learned';
      style.textContent = NF.style.learnedCss(rules.map((r) => r.selector), settings.mode);
      (NF.dom.get(document, 'head') || NF.dom.get(document, 'documentElement')).appendChild(style);
    }).catch(() => {});
  } catch (e) {
    // Never let our error become the page's problem.
  }
})();
