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
    'generic rules (no site) are not supported', 'not a cosmetic filter', 'unsafe selector', 'invalid CSS selector']) {
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
