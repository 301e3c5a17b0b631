/*
 * Message type names: the one list shared by the background router, the
 * content scripts, the popup and the options page, so that a renamed type
 * fails loudly everywhere instead of silently dropping messages.
 *
 * Loaded as a classic script in the extension (sets globalThis.nofoobar)
 * and with require() from node unit tests.
 */
(function (root, factory) {
  'use strict';
  const mod = factory();
  root.nofoobar = Object.assign(root.nofoobar || {}, { messages: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function () {
  'use strict';

  // content script -> background
  const FROM_CONTENT = {
    HELLO: 'content:hello', // once per document: settings, this origin's learned selectors
    SCORE: 'content:score', // a batch of snippets to score
    REPORT: 'content:report', // this frame's hidden/labelled elements, for popup and badge
    LEARN: 'content:learn', // selectors of elements a verdict for this site hid: {rules: [{selector, key}]}
    TOO_BROAD: 'content:too-broad', // a learned selector matched more elements than a rule may
  };

  // background -> content script
  const TO_CONTENT = {
    UNDO: 'bg:undo', // show one element again
    REHIDE: 'bg:rehide', // hide it again ("this is AI" after a show)
    CONTEXT_HIDE: 'bg:context-hide', // the right-clicked element
    CONFIG: 'bg:config', // settings changed (pushed; no HELLO again)
    RULES: 'bg:rules', // an origin's learned rules changed (pushed)
  };

  // our own pages (popup, options) -> background
  const FROM_UI = {
    POPUP_STATE: 'ui:popup-state',
    ITEM_ACTION: 'ui:item-action', // show / not-ai / is-ai on one element
    SET_SITE: 'ui:set-site',
    PAUSE: 'ui:pause',
    CHECK_SERVER: 'ui:check-server',
    GET_SETTINGS: 'ui:get-settings',
    SAVE_SETTINGS: 'ui:save-settings',
    EXPORT_FILTERS: 'ui:export-filters',
    IMPORT_FILTERS: 'ui:import-filters',
    EXPORT_LABELS: 'ui:export-labels',
    CLEAR_LEARNED: 'ui:clear-learned',
    LIST_RULES: 'ui:list-rules', // learned rules with their age and model version
    FORGET_RULE: 'ui:forget-rule', // one learned rule, from the options page
  };

  // The kinds of AI bloat from the contract; one switch each on the options page.
  const KINDS = [
    'ai_chat_launcher',
    'ai_chat_panel',
    'ai_compose_button',
    'ai_sidebar',
    'ai_summary_block',
    'ai_search_widget',
    'ai_upsell',
    'ai_onboarding',
  ];

  return Object.freeze({
    FROM_CONTENT: Object.freeze(FROM_CONTENT),
    TO_CONTENT: Object.freeze(TO_CONTENT),
    FROM_UI: Object.freeze(FROM_UI),
    KINDS: Object.freeze(KINDS),
  });
}));
