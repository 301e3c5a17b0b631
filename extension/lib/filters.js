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
 *
 * An imported list is someone else's code running as CSS on every visit,
 * so each selector is vetted before it is stored (selectorProblem):
 *  - by shape, without a DOM (the Chromium background is a service worker
 *    and has none): the element a selector hides must be named by an id, a
 *    class, an attribute value or a custom element's tag, outside any
 *    :is()/:not()/:where()/:has(); `:is(html)`, `:not(head)`, `div`, `*`,
 *    `[role]` and `:root` name nothing;
 *  - against a probe page where a DOM exists (the options page, Firefox's
 *    background, the unit tests): a selector that matches html, head, body,
 *    main or an element holding main, or more than a few elements of a
 *    typical page, is refused. :has() is measured like everything else.
 * The options page vets while it parses (and previews per host); the
 * background vets again what it is sent and caps how many rules one import
 * may add.
 */
(function (root, factory) {
  'use strict';
  // In node, dependencies come from require(); in the extension, from
  // scripts loaded before this one.
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./selectors.js') : root.nofoobar.selectors);
  root.nofoobar = Object.assign(root.nofoobar || {}, { filters: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (selectors) {
  'use strict';

  const LIMITS = {
    maxRules: 500, // per import: a list that long is not a list of AI widgets on named sites
    maxSelector: 400,
    maxProbeMatches: 3, // elements of the probe page one selector may match
  };

  // The probe: a typical page, with the wrappers, landmarks and generic
  // class names real sites use, so that broad selectors show themselves.
  const PROBE_HTML = '<!doctype html><html lang="en" class="js no-touch" data-theme="light" dir="ltr">' +
    '<head><meta charset="utf-8"><title>Probe</title><link rel="stylesheet" href="/s.css"><style></style>' +
    '<script></script></head>' +
    '<body class="page home" id="top" data-page="home">' +
    '<div id="app" class="app"><div id="root" class="root wrapper site"><div id="__next" class="layout container">' +
    '<header id="header" class="header site-header" role="banner"><div class="container row">' +
    '<a class="logo brand" href="/">Site</a>' +
    '<nav id="nav" class="nav menu navbar" role="navigation" aria-label="Main"><ul class="menu-list list">' +
    '<li class="menu-item item"><a class="nav-link link" href="/a">A</a></li>' +
    '<li class="menu-item item"><a class="nav-link link" href="/b">B</a></li>' +
    '<li class="menu-item item"><a class="nav-link link" href="/c">C</a></li>' +
    '<li class="menu-item item"><a class="nav-link link" href="/d">D</a></li></ul></nav>' +
    '<form class="search form" role="search"><input class="input" type="search" name="q" aria-label="Search">' +
    '<button class="btn button" type="submit">Search</button></form>' +
    '<button class="btn button icon" type="button" aria-label="Menu"><svg class="icon"><path d="M0 0"></path></svg></button>' +
    '</div></header>' +
    '<div id="page" class="page-content wrapper"><div id="content" class="content row">' +
    '<main id="main" class="main col" role="main"><article class="post entry article card">' +
    '<h1 class="title entry-title">Title</h1><p class="meta text">By someone</p>' +
    '<figure class="figure media"><img class="img image" src="data:," alt=""><figcaption class="caption">A</figcaption></figure>' +
    '<div class="entry-content text body-text"><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><p>Five.</p>' +
    '<h2 class="heading">More</h2><ul class="list"><li class="item">x</li><li class="item">y</li><li class="item">z</li></ul>' +
    '<blockquote class="quote">q</blockquote><pre class="code"><code>c</code></pre>' +
    '<table class="table"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></div>' +
    '<div class="share buttons"><a class="btn button share-link" href="/s1">S</a><a class="btn button share-link" href="/s2">T</a></div>' +
    '</article>' +
    '<section class="section comments"><h2 class="heading">Comments</h2>' +
    '<div class="comment card"><p class="text">c1</p></div><div class="comment card"><p class="text">c2</p></div>' +
    '<div class="comment card"><p class="text">c3</p></div><div class="comment card"><p class="text">c4</p></div></section>' +
    '</main>' +
    '<aside id="sidebar" class="sidebar col widget-area" role="complementary">' +
    '<div class="widget card"><h3 class="widget-title">W</h3><p class="text">w</p></div>' +
    '<div class="widget card"><h3 class="widget-title">V</h3><p class="text">v</p></div>' +
    '<div class="widget card"><h3 class="widget-title">U</h3><p class="text">u</p></div>' +
    '<div class="widget card"><h3 class="widget-title">T</h3><p class="text">t</p></div></aside>' +
    '</div></div>' +
    '<footer id="footer" class="footer site-footer" role="contentinfo"><div class="container row">' +
    '<p class="copyright text">c</p><a class="link" href="/privacy">Privacy</a><a class="link" href="/terms">Terms</a>' +
    '<a class="link" href="/contact">Contact</a><a class="link" href="/about">About</a></div></footer>' +
    '</div></div></div></body></html>';

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
   * selector passes the syntax check. `probe` (makeProbe) measures each
   * selector on the probe page; without it, only its shape is judged.
   * Returns { rules: [{host, selector}], skipped: [{line, text, reason}] }.
   */
  function parseFilters(text, options) {
    const valid = (options && options.isValidSelector) || (() => true);
    const probe = options && options.probe;
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
      if (/[{}]/.test(selector)) return skip(skipped, n, line, 'unsafe selector');
      if (!valid(selector)) return skip(skipped, n, line, 'invalid CSS selector');
      const problem = selectorProblem(selector, probe);
      if (problem) return skip(skipped, n, line, problem);
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

  // ---- vetting a selector ---------------------------------------------------

  /** Split at top-level occurrences of the characters in `seps`, outside
   * (), [] and quotes. Returns [{text, sep}] with the separator before each. */
  function splitTop(sel, seps) {
    const out = [];
    let depth = 0;
    let bracket = 0;
    let quote = '';
    let cur = '';
    let sep = '';
    for (let i = 0; i < sel.length; i++) {
      const ch = sel[i];
      if (quote) {
        cur += ch;
        if (ch === '\\') cur += sel[++i] || '';
        else if (ch === quote) quote = '';
        continue;
      }
      if (ch === '\\') { cur += ch + (sel[++i] || ''); continue; }
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (ch === '[') bracket++;
      else if (ch === ']') bracket--;
      if (!depth && !bracket && seps.includes(ch)) {
        out.push({ text: cur, sep });
        cur = '';
        sep = ch;
        continue;
      }
      cur += ch;
    }
    out.push({ text: cur, sep });
    return out;
  }

  /** The compound a complex selector hides: the part after its last combinator. */
  function subjectOf(complex) {
    const parts = splitTop(complex.trim(), ' >+~\t\n').map((p) => p.text.trim()).filter(Boolean);
    return parts[parts.length - 1] || '';
  }

  // The subject with everything inside (...) removed and [...] reduced to
  // whether it tests a value: what names the element at the top level.
  function topLevel(compound) {
    let out = '';
    let depth = 0;
    for (let i = 0; i < compound.length; i++) {
      const ch = compound[i];
      if (ch === '\\') { if (!depth) out += ch + (compound[i + 1] || ''); i++; continue; }
      if (ch === '(') { depth++; continue; }
      if (ch === ')') { depth--; continue; }
      if (depth) continue;
      if (ch === '[') {
        const end = splitTop(compound.slice(i + 1), ']')[0].text;
        out += /^[^=]*[~|^$*]?=\s*\S/.test(end) ? '[=]' : '[]';
        i += end.length + 1;
        continue;
      }
      out += ch;
    }
    return out;
  }

  const PAGE_TAG = /(?:^|[\s>+~,(])(?:html|head|body|main)(?=$|[\s>+~,.#[:)])/i;

  /** Why this selector must not be a hiding rule, judged by its shape
   * alone; null when its shape is fine. */
  function shapeProblem(sel) {
    const s = String(sel || '').trim();
    if (!s) return 'empty selector';
    if (s.length > LIMITS.maxSelector) return 'selector too long';
    if (/[{}@;]|<\/?style/i.test(s)) return 'unsafe selector';
    if (!selectors.isSafe(s)) return 'selector names the page itself (html, head, body or main)';
    for (const { text } of splitTop(s, ',')) {
      const complex = text.trim();
      if (!complex) return 'empty part in a selector list';
      if (/:root\b|:scope\b|:host\b/i.test(complex)) return 'selector names the page root';
      const subject = subjectOf(complex);
      if (PAGE_TAG.test(' ' + subject)) return 'selector can match html, head, body or main';
      // The hidden element itself must be named or typed (not `*`, not
      // only :not()/:is()), and something in the selector must name it or
      // its surroundings: `.chat > div` and `div:has(> .ai-badge)` pass,
      // `div`, `.panel :not(.x)` and `:is(.x)` do not.
      const top = topLevel(subject);
      if (!/^[a-z]/i.test(top) && !hasName(top)) return 'not specific: the hidden element needs an id, class, attribute value or custom tag';
      const anchored = splitTop(complex, ' >+~\t\n').some((p) => hasName(topLevel(p.text.trim()))) ||
        /:has\(/i.test(subject) && hasName(subject.slice(subject.search(/:has\(/i)));
      if (!anchored) return 'not specific: the hidden element needs an id, class, attribute value or custom tag';
    }
    return null;
  }

  function hasName(compound) {
    return /[#.]/.test(compound.replace(/\\./g, '').replace(/\[=\]/g, '')) || compound.includes('[=]') ||
      /=\s*\S/.test(compound) || /^[a-z][a-z0-9]*-[a-z0-9-]*/i.test(compound);
  }

  /** A probe document for `selectorProblem`, from a parser
   * (`(html) => Document`, e.g. DOMParser's parseFromString). */
  function makeProbe(parse) {
    const doc = parse(PROBE_HTML);
    const main = doc.querySelector('main');
    const holders = new Set([doc.documentElement, doc.head, doc.body]);
    for (let el = main; el; el = el.parentElement) holders.add(el);
    return { doc, holders, size: doc.getElementsByTagName('*').length };
  }

  /** Why this selector must not be a hiding rule; null when it may be one.
   * With a probe (makeProbe) it is also measured on the probe page. */
  function selectorProblem(sel, probe) {
    const shape = shapeProblem(sel);
    if (shape || !probe) return shape;
    let hits;
    try {
      hits = probe.doc.querySelectorAll(sel);
    } catch (e) {
      return 'invalid CSS selector';
    }
    for (const el of hits) {
      if (probe.holders.has(el)) return 'selector matches ' + el.localName + (el.id ? '#' + el.id : '') + ', which holds the page';
    }
    if (hits.length > LIMITS.maxProbeMatches) return 'selector matches too much of a typical page (' + hits.length + ' of ' + probe.size + ' elements)';
    return null;
  }

  let shared;
  /** The probe built with this realm's DOMParser, once; null where there is
   * no DOM (a service worker), and then only shapes are judged. */
  function defaultProbe() {
    if (shared === undefined) {
      shared = typeof DOMParser === 'function'
        ? makeProbe((html) => new DOMParser().parseFromString(html, 'text/html')) : null;
    }
    return shared;
  }

  /**
   * Vet parsed rules again (the background does, whatever the options page
   * did): bad hosts and selectors are refused with a reason, and no more
   * than `limits.maxRules` pass. Returns { rules, refused: [{host, selector, reason}] }.
   */
  function vetRules(rules, options) {
    const probe = options && options.probe;
    const ok = [];
    const refused = [];
    for (const r of Array.isArray(rules) ? rules : []) {
      const host = r && typeof r.host === 'string' ? r.host.trim().toLowerCase() : '';
      const selector = r && typeof r.selector === 'string' ? r.selector.trim() : '';
      let reason = !HOST.test(host) ? 'unsupported site pattern ' + host.slice(0, 100) : selectorProblem(selector, probe);
      if (!reason && ok.length >= LIMITS.maxRules) reason = 'more than ' + LIMITS.maxRules + ' rules in one import';
      if (reason) refused.push({ host, selector: selector.slice(0, 200), reason });
      else ok.push({ host, selector });
    }
    return { rules: ok, refused };
  }

  /** Rules per host for the preview before an import: [{host, selectors}], sorted. */
  function preview(rules) {
    const by = groupByHost(rules);
    return Object.keys(by).sort().map((host) => ({ host, selectors: by[host] }));
  }

  /** { rules } -> { host: [selectors] } */
  function groupByHost(rules) {
    const out = {};
    for (const r of rules) (out[r.host] = out[r.host] || []).push(r.selector);
    return out;
  }

  return { exportFilters, parseFilters, groupByHost, vetRules, selectorProblem, makeProbe, defaultProbe, preview, LIMITS, PROBE_HTML };
}));
