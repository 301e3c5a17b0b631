/*
 * Registered at document_start only for the hosts of origins with learned
 * selectors (see lib/verdicts.js for why). Order of events on a repeat visit:
 *
 *   1. at once: <style>html{opacity:0!important}</style>   nothing paints
 *      (opacity, not visibility: a descendant can undo an ancestor's
 *      visibility:hidden, it cannot undo its opacity)
 *   2. storage answers: the learned stylesheet (lib/style.js applyStored)
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
    if (!NF.settings.originOf(location.href)) return;
    hold = document.createElement('style');
    hold.textContent = NF.style.HOLD_CSS;
    document.documentElement.appendChild(hold);
    const timer = setTimeout(lift, HOLD_MAX_MS);
    NF.style.applyStored(api, NF, document, location.href).catch(() => {}).finally(() => {
      clearTimeout(timer);
      lift();
    });
  } catch (e) {
    lift();
  }
})();
