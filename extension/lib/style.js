/*
 * The one stylesheet injector. Hiding is done by CSS keyed on our attribute
 * (not by removing nodes or setting inline styles) so that a framework
 * re-render cannot bring a widget back and an undo is a single attribute
 * change. The base rules for that attribute live in content.css alone (the
 * manifest injects it; the background adds the same file with user origin).
 *
 * The learned-rule stylesheet is written here and only here, by the
 * document_start hold (hold.js), the early script (content-start.js) and the
 * content script (content.js) alike: whichever runs first creates it, the
 * others update the same element.
 */
(function (root, factory) {
  'use strict';
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./dom.js') : root.nofoobar.dom);
  root.nofoobar = Object.assign(root.nofoobar || {}, { style: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (dom) {
  'use strict';

  const ATTR = 'data-nofoobar';
  const SHEET_ID = 'nofoobar-learned';
  const HOLD_CSS = 'html{opacity:0!important}';
  const LABEL_DECL = 'outline:2px dashed #b04cff!important;outline-offset:2px!important;';
  const PREFIX = 'learned:'; // storage.local key of an origin's rules (lib/verdicts.js)

  /**
   * CSS for an origin's learned selectors. One rule per selector: an invalid
   * selector then drops only its own rule. An element the user chose to see
   * again carries data-nofoobar="shown" and is exempt; the page itself
   * (html, head, body, main) is exempt whatever a rule says, as a last
   * guard behind the checks on learning and import.
   */
  function learnedCss(selectors, mode) {
    const decl = mode === 'label' ? LABEL_DECL : 'display:none!important';
    return (selectors || [])
      .filter((s) => typeof s === 'string' && s && !/[{}]/.test(s))
      .map((s) => ':is(' + s + '):not([' + ATTR + '="shown"]):not(html,head,body,main){' + decl + '}')
      .join('\n');
  }

  /**
   * Writes `rules` ([{selector}]) as the learned stylesheet of `doc`. A
   * <style> in the page: the only way to have it before first paint (see
   * lib/verdicts.js). Nothing to write and no sheet yet: no element is added.
   * `rules` null removes the element: the background holds the rules in a
   * user stylesheet from then on (not in the DOM, so the page cannot read it).
   */
  function applyLearned(doc, rules, mode) {
    const css = learnedCss((rules || []).map((r) => r && r.selector), mode);
    let sheet = dom.call(doc, 'getElementById', SHEET_ID);
    if (rules === null) { // the rules moved to a user stylesheet the page cannot read
      if (sheet) sheet.remove();
      return null;
    }
    if (!sheet) {
      if (!css) return null;
      sheet = dom.call(doc, 'createElement', 'style');
      sheet.id = SHEET_ID;
      (dom.get(doc, 'head') || dom.get(doc, 'documentElement')).appendChild(sheet);
    }
    if (sheet.textContent !== css) sheet.textContent = css;
    return sheet;
  }

  /**
   * Reads this document's origin's rules and the settings from storage and
   * applies them; resolves to the rules applied ([] when none or inactive).
   * `NF` gives settings (settings.js).
   */
  async function applyStored(api, NF, doc, url) {
    const origin = NF.settings.originOf(url);
    if (!origin) return [];
    const key = PREFIX + origin;
    const items = await api.storage.local.get(['settings', key]);
    const rules = Array.isArray(items[key]) ? items[key] : [];
    const settings = NF.settings.normalize(items.settings);
    if (!rules.length || !NF.settings.isActive(settings, NF.settings.siteOf(url))) return [];
    if (NF.settings.isServerPage(settings, url)) return []; // the server's own pages are left alone
    applyLearned(doc, rules, settings.mode);
    return rules;
  }

  return { ATTR, SHEET_ID, HOLD_CSS, PREFIX, learnedCss, applyLearned, applyStored };
}));
