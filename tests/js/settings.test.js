'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib } = require('./helpers.js');

const settings = lib('settings');
const { KINDS } = lib('messages');

test('defaults: local server, hide mode, every kind on', () => {
  const s = settings.normalize(undefined);
  assert.equal(s.serverUrl, 'http://127.0.0.1:8765');
  assert.equal(s.mode, 'hide');
  assert.equal(s.threshold, null);
  assert.deepEqual(Object.keys(s.kinds).sort(), [...KINDS].sort());
  assert.ok(Object.values(s.kinds).every(Boolean));
});

test('normalize cleans what the options page sends', () => {
  const s = settings.normalize({
    serverUrl: ' http://127.0.0.1:9000/ ', mode: 'label', threshold: '0.7',
    kinds: { ai_summary_block: false }, disabledSites: ['Example.COM', '*.news.org', 'example.com', ''],
    token: ' t ',
  });
  assert.equal(s.serverUrl, 'http://127.0.0.1:9000');
  assert.equal(s.mode, 'label');
  assert.equal(s.threshold, 0.7);
  assert.equal(s.kinds.ai_summary_block, false);
  assert.equal(s.kinds.ai_chat_launcher, true);
  assert.deepEqual(s.disabledSites, ['example.com', 'news.org']);
  assert.equal(s.token, 't');
  assert.equal(settings.normalize({ serverUrl: 'ftp://x', threshold: 7 }).serverUrl, 'http://127.0.0.1:8765');
  assert.equal(settings.normalize({ threshold: 7 }).threshold, null);
  assert.equal(settings.normalize({ threshold: '' }).threshold, null);
});

test('siteOf: hostname without port; only web pages', () => {
  assert.equal(settings.siteOf('https://Mail.Example.com:8443/x?y#z'), 'mail.example.com');
  assert.equal(settings.siteOf('http://127.0.0.1:5000/'), '127.0.0.1');
  assert.equal(settings.siteOf('file:///etc/passwd'), '');
  assert.equal(settings.siteOf('not a url'), '');
});

test('isActive: off-sites include subdomains; a pause ends by itself', () => {
  const s = settings.normalize({ disabledSites: ['example.com'], pausedUntil: 1000 });
  assert.equal(settings.isActive(s, 'www.example.com', 2000), false);
  assert.equal(settings.isActive(s, 'example.com', 2000), false);
  assert.equal(settings.isActive(s, 'notexample.com', 2000), true);
  assert.equal(settings.isActive(s, 'other.org', 500), false, 'paused');
  assert.equal(settings.isActive(s, '', 2000), false);
});

test('wants: server threshold by default, user threshold and kind switches override', () => {
  const base = settings.normalize({});
  assert.equal(settings.wants(base, { score: 0.9, ai: true, kind: 'ai_chat_launcher' }), true);
  assert.equal(settings.wants(base, { score: 0.4, ai: false, kind: null }), false);
  const strict = settings.normalize({ threshold: 0.95 });
  assert.equal(settings.wants(strict, { score: 0.9, ai: true, kind: 'ai_chat_launcher' }), false);
  const keepSummaries = settings.normalize({ kinds: { ai_summary_block: false } });
  assert.equal(settings.wants(keepSummaries, { score: 0.99, ai: true, kind: 'ai_summary_block' }), false);
  assert.equal(settings.wants(keepSummaries, { score: 0.99, ai: true, kind: 'ai_upsell' }), true);
});

test('isServerPage: the configured server\'s own pages (any loopback name), nothing else', () => {
  const { normalize, isServerPage } = settings;
  const s = normalize({ serverUrl: 'http://127.0.0.1:8765' });
  assert.equal(isServerPage(s, 'http://127.0.0.1:8765/'), true);
  assert.equal(isServerPage(s, 'http://localhost:8765/?label=1'), true);
  assert.equal(isServerPage(s, 'http://127.0.0.1:8766/'), false, 'another port is another site');
  assert.equal(isServerPage(s, 'https://127.0.0.1:8765/'), false);
  assert.equal(isServerPage(s, 'http://example.com:8765/'), false);
  assert.equal(isServerPage(s, 'about:srcdoc'), false);
  const remote = normalize({ serverUrl: 'https://nofoobar.example.net' });
  assert.equal(isServerPage(remote, 'https://nofoobar.example.net/signin'), true);
  assert.equal(isServerPage(remote, 'https://example.net/'), false);
});
