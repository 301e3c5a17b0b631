'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib, page } = require('./helpers.js');

const filters = lib('filters');
const { document } = page('');
const isValidSelector = (sel) => {
  try { document.createDocumentFragment().querySelector(sel); return true; } catch (e) { return false; }
};

const SITES = {
  'mail.example.com': [{ selector: 'button[aria-label="Help me write"]' }, { selector: '#ai-compose' }],
  'shop.example.net': ['#intercom-container', 'iframe[src^="https://widget.intercom.io/"]'],
  '127.0.0.1': ['.docsearch-ask-ai'],
};

test('export writes uBlock/AdGuard cosmetic filters, one per line, sorted', () => {
  const text = filters.exportFilters(SITES, { date: '2026-01-01T00:00:00Z' });
  const lines = text.trim().split('\n');
  assert.ok(lines[0].startsWith('! Title: nofoobar'));
  const rules = lines.filter((l) => !l.startsWith('!'));
  assert.deepEqual(rules, [
    '127.0.0.1##.docsearch-ask-ai',
    'mail.example.com###ai-compose',
    'mail.example.com##button[aria-label="Help me write"]',
    'shop.example.net###intercom-container',
    'shop.example.net##iframe[src^="https://widget.intercom.io/"]',
  ]);
});

test('export then import is the identity', () => {
  const parsed = filters.parseFilters(filters.exportFilters(SITES), { isValidSelector });
  assert.deepEqual(parsed.skipped, []);
  const back = filters.groupByHost(parsed.rules);
  const norm = (o) => Object.fromEntries(Object.entries(o).map(([h, r]) =>
    [h, r.map((x) => (typeof x === 'string' ? x : x.selector)).sort()]));
  assert.deepEqual(norm(back), norm(SITES));
});

test('import keeps what plain CSS can do and says why it skips the rest', () => {
  const list = [
    '[Adblock Plus 2.0]',
    '! a comment',
    'example.com##.ai-banner',
    'a.com,b.com,~c.com##div[data-testid="ai-summary"]',
    'example.com#@#.ai-banner',
    'example.com##+js(set-constant, foo, true)',
    'example.com##^script:has-text(ai)',
    'example.com##.x:has-text(Ask AI)',
    'example.com#?#.x:-abp-has(.y)',
    'example.com#$#.x { display: none; }',
    '##.generic-ai',
    '~only.negated.com##.x',
    '||ads.example.com^',
    'example.com##body',
    'example.com##div[',
    'example.com##.ai-banner',
    '*.wild.com##.x',
    '',
  ].join('\n');
  const { rules, skipped } = filters.parseFilters(list, { isValidSelector });
  assert.deepEqual(rules, [
    { host: 'example.com', selector: '.ai-banner' },
    { host: 'a.com', selector: 'div[data-testid="ai-summary"]' },
    { host: 'b.com', selector: 'div[data-testid="ai-summary"]' },
  ]);
  const reasons = skipped.map((s) => s.reason);
  for (const r of ['exception rules are not supported', 'scriptlets are not supported', 'HTML filters are not supported',
    'procedural filters are not supported', 'extended CSS, CSS injection or scriptlet',
    'generic rules (no site) are not supported', 'not a cosmetic filter',
    'selector names the page itself (html, head, body or main)', 'invalid CSS selector']) {
    assert.ok(reasons.includes(r), 'missing skip reason: ' + r + ' in ' + JSON.stringify(reasons));
  }
  assert.ok(reasons.some((r) => r.startsWith('unsupported site pattern')));
  assert.equal(skipped.find((s) => s.text.startsWith('example.com##div[')).line, 15);
});

test('imported selectors apply with querySelectorAll', () => {
  const { document: d } = page('<div data-testid="ai-summary">AI summary</div><p>text</p>');
  const { rules } = filters.parseFilters('b.com##div[data-testid="ai-summary"]', { isValidSelector });
  assert.equal(d.querySelectorAll(rules[0].selector).length, 1);
});

// ---- safe import (issue 12, attack 5) ------------------------------------------

const { JSDOM } = require('jsdom');
const probe = filters.makeProbe((html) => new JSDOM(html).window.document);

// Each of these blanks a page or hides most of it; all passed the import
// checks before (the first three are the issue's).
const ATTACKS = [
  ':is(html)', ':not(head)', 'body:has(p)', ':has(p)', ':has(*)', ':where(body)', ':is(main, .x)',
  'div:has(p)', '*', ':root', ':root > *', 'html > *', '[lang="en"]', '[role="main"]', '[class]', '[id]',
  '.x, :is(html)', '.x,:not(.y)', ':not(.ai-banner)', '.ai-banner :not(.x)', '.ai-banner *',
  '#app', '#root', '#__next', '#page', '#content', '.content', '.wrapper', '.container', '#app > div',
  'div', 'p', 'a', 'section', ':is(div)', ':where(.ai)', 'a[href*="/"]', '.btn', '.card', '.item',
  'div:not(.x)', ':nth-child(n)', 'body', 'main', 'head',
];

test('import refuses every selector that can blank the page or hide much of it', () => {
  for (const sel of ATTACKS) {
    const reason = filters.selectorProblem(sel, probe);
    assert.ok(reason, 'accepted: ' + sel);
    const { rules, skipped } = filters.parseFilters('example.com##' + sel, { isValidSelector, probe });
    assert.deepEqual(rules, [], sel);
    assert.equal(skipped.length, 1, sel);
  }
});

test('without a DOM (the Chromium background) the shape check alone refuses the attacks on the page root', () => {
  for (const sel of [':is(html)', ':not(head)', ':has(p)', ':has(*)', 'body:has(p)', '*', ':root', 'html > *',
    '[role]', 'div', '.x, :is(html)', ':not(.ai-banner)', '.ai-banner *', ':where(.ai)', ':is(main, .x)']) {
    assert.ok(filters.selectorProblem(sel), 'accepted without a probe: ' + sel);
  }
});

test('specific selectors from real filter lists pass, :has() included when it is measured and narrow', () => {
  for (const sel of ['.ai-banner', '#ai-compose', 'button[aria-label="Help me write"]', 'ai-chat-launcher',
    'iframe[src^="https://widget.intercom.io/"]', 'div[data-testid="ai-summary"]', '.chat-panel > div',
    'div:has(> a[href*="copilot"])', '.search-results:has(.ai-overview)', '#intercom-container',
    '.ai-banner, .ai-sidebar', 'a.nav-link[href="/ai"]']) {
    assert.equal(filters.selectorProblem(sel, probe), null, sel);
    assert.equal(filters.selectorProblem(sel), null, sel + ' (shape only)');
  }
});

test('the probe measures :has() and refuses the ones that match the page wrappers', () => {
  assert.match(filters.selectorProblem('div:has(> .text)', probe), /matches too much/);
  assert.match(filters.selectorProblem('div:has(.title)', probe), /holds the page/);
  assert.equal(filters.selectorProblem('div:has(.title)'), null, 'its shape alone is fine: only the probe can tell');
});

test('the background vets again: bad hosts and selectors refused with reasons, the count capped', () => {
  const sent = [
    { host: 'example.com', selector: '.ai-banner' },
    { host: 'example.com', selector: ':is(html)' },
    { host: 'example.com', selector: ':not(head)' },
    { host: 'EVIL.example', selector: '.x' },
    { host: '*.example.com', selector: '.ai-banner' },
    { host: 'example.com/path', selector: '.ai-banner' },
    { host: 'example.com', selector: 42 },
    null,
  ];
  const { rules, refused } = filters.vetRules(sent);
  assert.deepEqual(rules, [{ host: 'example.com', selector: '.ai-banner' }, { host: 'evil.example', selector: '.x' }]);
  assert.equal(refused.length, 6);
  assert.ok(refused.every((r) => r.reason));

  const many = Array.from({ length: filters.LIMITS.maxRules + 25 }, (_, i) => ({ host: 'example.com', selector: '.ai-' + i }));
  const capped = filters.vetRules(many, { probe });
  assert.equal(capped.rules.length, filters.LIMITS.maxRules);
  assert.equal(capped.refused.length, 25);
  assert.match(capped.refused[0].reason, /more than \d+ rules/);
});

test('preview lists the rules per host, sorted', () => {
  const { rules } = filters.parseFilters('b.com##.ai-x\na.com##.ai-y\nb.com##.ai-z\nb.com##:is(html)', { isValidSelector, probe });
  assert.deepEqual(filters.preview(rules), [
    { host: 'a.com', selectors: ['.ai-y'] },
    { host: 'b.com', selectors: ['.ai-x', '.ai-z'] },
  ]);
});
