/*
 * The user's own labels, in the training-data format of the contract, so
 * that they can be exported as JSONL and fed to `python -m model.train`.
 */
(function (root, factory) {
  'use strict';
  // In node, dependencies come from require(); in the extension, from
  // scripts loaded before this one.
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./sanitize.js') : root.nofoobar.sanitize);
  root.nofoobar = Object.assign(root.nofoobar || {}, { labels: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (sanitize) {
  'use strict';

  const SOURCE = 'nofoobar extension: user label';

  /**
   * The contract's kind for a positive the model did not name (a right-click
   * hide): a rough guess from where it sits and what it says, so the example
   * still lands in a sensible class; the model is not trained on this guess
   * alone, the html goes with it.
   */
  function guessKind(item) {
    const ctx = item.context || {};
    const html = String(item.html || '');
    const rect = Array.isArray(ctx.rect) ? ctx.rect : [0, 0, 0, 0];
    if (ctx.position === 'fixed' || ctx.position === 'sticky') {
      return rect[2] * rect[3] > 200 * 200 || /<iframe/i.test(html) ? 'ai_chat_panel' : 'ai_chat_launcher';
    }
    if (/summar|overview/i.test(html)) return 'ai_summary_block';
    if (/\b(?:try|upgrade|free|premium|pro|plan)\b/i.test(html)) return 'ai_upsell';
    if (/\b(?:new|meet|introducing)\b/i.test(html)) return 'ai_onboarding';
    if (/\b(?:search|ask)\b/i.test(html)) return 'ai_search_widget';
    return 'ai_compose_button';
  }

  /** A labelled example; `how` says which button made it. */
  function example(item, label, how) {
    const ex = {
      html: String(item.html || ''),
      url: sanitize.cleanUrl(item.url || ''),
      label: label ? 1 : 0,
      kind: label ? (item.kind || guessKind(item)) : (item.keepKind || 'other'),
      source: SOURCE + (how ? ' (' + how + ')' : ''),
    };
    if (item.context && typeof item.context === 'object') ex.context = item.context;
    return ex;
  }

  function toJsonl(examples) {
    return (examples || []).map((e) => JSON.stringify({
      html: e.html, url: e.url, label: e.label, kind: e.kind, source: e.source,
      ...(e.context ? { context: e.context } : {}),
    })).join('\n') + ((examples || []).length ? '\n' : '');
  }

  return { SOURCE, example, guessKind, toJsonl };
}));
