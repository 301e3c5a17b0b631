/*
 * The stylesheets nofoobar puts into pages. Hiding is done by CSS keyed on
 * our attribute (not by removing nodes or setting inline styles) so that a
 * framework re-render cannot bring a widget back and an undo is a single
 * attribute change. display:none leaves no gap in the layout.
 */
(function (root, factory) {
  'use strict';
  const mod = factory();
  root.nofoobar = Object.assign(root.nofoobar || {}, { style: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, function () {
  'use strict';

  const ATTR = 'data-nofoobar';
  const HOLD_CSS = 'html{opacity:0!important}';
  const LABEL_DECL = 'outline:2px dashed #b04cff!important;outline-offset:2px!important;';

  const BASE_CSS =
    '[' + ATTR + '="hidden"]{display:none!important}\n' +
    // The tag flows inline after the content: see content.css for why.
    '[' + ATTR + '="labelled"]{' + LABEL_DECL + '}\n' +
    '[' + ATTR + '="labelled"]::after{content:"AI";display:inline-block;margin-left:4px;vertical-align:middle;' +
    'font:bold 10px/14px system-ui,sans-serif;color:#fff;background:#b04cff;padding:0 4px;border-radius:3px;' +
    'pointer-events:none}\n';

  /**
   * CSS for a site's learned selectors. One rule per selector: an invalid
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

  return { ATTR, HOLD_CSS, BASE_CSS, learnedCss };
});
