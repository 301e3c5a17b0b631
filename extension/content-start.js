/*
 * document_start, every frame. The cheap early half of the content script:
 * bail on what is not an HTML page, then apply the origin's learned
 * selectors as soon as storage answers — for origins whose flash-free
 * registration (hold.js, see lib/verdicts.js) is not in place yet. Where
 * hold.js already wrote the stylesheet, this writes the same text to the
 * same element. No messaging, no DOM walks.
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
    if (NF.holdRan) return; // the hold applies the same rules
    NF.style.applyStored(api, NF, document, location.href).catch(() => {});
  } catch (e) {
    // Never let our error become the page's problem.
  }
})();
