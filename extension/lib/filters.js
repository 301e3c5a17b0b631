/*
 * Cosmetic filter lists in the syntax uBlock Origin and AdGuard read:
 *
 *   ! comment
 *   example.com##.ai-launcher
 *   a.com,b.com##div[aria-label="Ask AI"]
 *
 * Export writes one line per site and selector; import keeps what we can
 * apply as plain CSS on named sites and says why it skips the rest
 * (exceptions, scriptlets, procedural and HTML filters, generic rules,
 * network rules), so a list from elsewhere never half-applies silently.
 */
(function (root, factory) {
  'use strict';
  // In node, dependencies come from require(); in the extension, from
  // scripts loaded before this one.
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./selectors.js') : root.nofoobar.selectors);
  root.nofoobar = Object.assign(root.nofoobar || {}, { filters: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, function (selectors) {
  'use strict';

  const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\d{1,3}(?:\.\d{1,3}){3}$/;
  const PROCEDURAL = /:(?:has-text|upward|remove|remove-attr|remove-class|style|matches-css(?:-before|-after)?|matches-attr|matches-path|matches-prop|matches-media|min-text-length|watch-attr|xpath|others|contains|-abp-[a-z-]+|if|if-not|nth-ancestor|properties)\(/i;

  /**
   * `sites`: { host: [selector | {selector}] } -> filter list text.
   * Sites and selectors are sorted so two exports of the same rules diff clean.
   */
  function exportFilters(sites, options) {
    const opts = options || {};
    const lines = [
      '! Title: nofoobar — learned AI-bloat rules',
      '! Description: element-hiding rules for AI widgets, learned by the nofoobar extension',
      '! Exported: ' + (opts.date || new Date().toISOString()),
    ];
    for (const host of Object.keys(sites || {}).sort()) {
      const sels = (sites[host] || []).map((r) => (typeof r === 'string' ? r : r && r.selector)).filter(Boolean);
      for (const sel of [...new Set(sels)].sort()) lines.push(host + '##' + sel);
    }
    return lines.join('\n') + '\n';
  }

  function skip(skipped, lineNo, line, reason) {
    skipped.push({ line: lineNo, text: line.slice(0, 200), reason });
  }

  /**
   * Parse a filter list. `isValidSelector(sel)` checks a selector against the
   * real CSS parser (querySelector in a try); without it, any non-empty
   * selector passes the syntax check.
   * Returns { rules: [{host, selector}], skipped: [{line, text, reason}] }.
   */
  function parseFilters(text, options) {
    const valid = (options && options.isValidSelector) || (() => true);
    const rules = [];
    const skipped = [];
    const seen = new Set();
    String(text || '').split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      const n = i + 1;
      if (!line || line.startsWith('!') || (line.startsWith('[') && line.endsWith(']'))) return;
      const hash = line.indexOf('#');
      if (hash === -1) return skip(skipped, n, line, 'not a cosmetic filter');
      const domains = line.slice(0, hash);
      const rest = line.slice(hash);
      if (rest.startsWith('#@')) return skip(skipped, n, line, 'exception rules are not supported');
      if (/^#[$%?]/.test(rest) || /^#@?[$%?]#/.test(rest)) return skip(skipped, n, line, 'extended CSS, CSS injection or scriptlet');
      if (!rest.startsWith('##')) return skip(skipped, n, line, 'not a cosmetic filter');
      const selector = rest.slice(2).trim();
      if (/^\+js\(/.test(selector)) return skip(skipped, n, line, 'scriptlets are not supported');
      if (selector.startsWith('^')) return skip(skipped, n, line, 'HTML filters are not supported');
      if (!selector) return skip(skipped, n, line, 'empty selector');
      if (PROCEDURAL.test(selector)) return skip(skipped, n, line, 'procedural filters are not supported');
      if (/[{}]/.test(selector) || !selectors.isSafe(selector)) return skip(skipped, n, line, 'unsafe selector');
      if (!valid(selector)) return skip(skipped, n, line, 'invalid CSS selector');
      const hosts = domains.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
      const positive = hosts.filter((h) => !h.startsWith('~'));
      if (!positive.length) return skip(skipped, n, line, 'generic rules (no site) are not supported');
      for (const host of positive) {
        if (!HOST.test(host)) { skip(skipped, n, line, 'unsupported site pattern ' + host); continue; }
        const key = host + '##' + selector;
        if (seen.has(key)) continue;
        seen.add(key);
        rules.push({ host, selector });
      }
    });
    return { rules, skipped };
  }

  /** { rules } -> { host: [selectors] } */
  function groupByHost(rules) {
    const out = {};
    for (const r of rules) (out[r.host] = out[r.host] || []).push(r.selector);
    return out;
  }

  return { exportFilters, parseFilters, groupByHost };
});
