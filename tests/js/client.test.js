'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib } = require('./helpers.js');

const { createClient, BACKOFF_MS } = lib('client');

function fakeServer(handler) {
  const calls = [];
  const fetch = async (url, init) => {
    const body = init.body ? JSON.parse(init.body) : null;
    calls.push({ url, init, body });
    const out = await handler(url, body, init);
    if (out instanceof Error) throw out;
    return { ok: out.status < 400, status: out.status, json: async () => out.json };
  };
  return { fetch, calls };
}

const scoreAll = (model) => (url, body) => ({
  status: 200,
  json: {
    model_version: model || 'm1', threshold: 0.5,
    results: body.snippets.map((s) => ({ id: s.id, score: 0.9, ai: true, kind: 'ai_chat_launcher', reasons: ['r'] })),
  },
});

const settings = { serverUrl: 'http://127.0.0.1:8765', token: '' };

test('scores what it is given and says which model answered; it keeps no verdicts', async () => {
  const srv = fakeServer(scoreAll());
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings });
  const snippets = [{ id: 'a', html: '<b>x</b>', context: {} }];
  const first = await c.score('https://x.example/', snippets);
  assert.equal(first.ok, true);
  assert.equal(first.modelVersion, 'm1');
  assert.equal(first.results[0].cached, false);
  assert.equal(srv.calls[0].url, 'http://127.0.0.1:8765/v1/score');
  await c.score('https://x.example/', snippets);
  assert.equal(srv.calls.length, 2, 'the cache is the verdict store\'s, not the client\'s');
});

test('an unreachable server: an error, a back-off, no request while it lasts', async () => {
  let now = 1000;
  const srv = fakeServer(() => new TypeError('Failed to fetch'));
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings, now: () => now });
  const res = await c.score('u', [{ id: 'a', html: 'x', context: {} }]);
  assert.equal(res.ok, false);
  assert.match(res.error, /unreachable/);
  assert.deepEqual(res.results, []);
  await c.score('u', [{ id: 'a', html: 'x', context: {} }]);
  assert.equal(srv.calls.length, 1, 'backing off');
  now += BACKOFF_MS[0] + 1;
  await c.score('u', [{ id: 'a', html: 'x', context: {} }]);
  assert.equal(srv.calls.length, 2, 'retried after the back-off');
  assert.equal(c.status().ok, false);
});

test('HTTP errors carry the server message; the token is sent', async () => {
  const srv = fakeServer(() => ({ status: 401, json: { error: { code: 'unauthorized', message: 'token required' } } }));
  const c = createClient({ fetch: srv.fetch, getSettings: async () => ({ serverUrl: 'http://h', token: 'tok' }) });
  const res = await c.feedback([{ html: 'x', label: 1 }]);
  assert.equal(res.ok, false);
  assert.match(res.error, /token required/);
  assert.equal(srv.calls[0].init.headers.Authorization, 'Bearer tok');
});

test('feedback the server refuses (413/422) is told apart from a server that is down', async () => {
  const srv = fakeServer(() => ({ status: 413, json: { error: { code: 'too_large', message: 'examples[0].url is 3000 characters' } } }));
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings });
  const res = await c.feedback([{ html: 'x', label: 1, url: 'u'.repeat(3000) }]);
  assert.equal(res.ok, false);
  assert.equal(res.refused, true, 'a refusal: resending it will not help');
  assert.match(res.error, /3000 characters/);
  assert.equal(c.status().ok, true, 'the server answered: no back-off');
  const down = createClient({ fetch: fakeServer(() => ({ status: 503, json: {} })).fetch, getSettings: async () => settings });
  const res2 = await down.feedback([{ html: 'x', label: 1 }]);
  assert.equal(res2.refused, undefined, 'a 503 is kept and sent again later');
  assert.equal(down.status().ok, false);
});

test('big batches are split to stay under the server\'s snippet limit', async () => {
  const srv = fakeServer(scoreAll());
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings });
  const many = Array.from({ length: 1200 }, (_, i) => ({ id: String(i), html: 'x' + i, context: {} }));
  const res = await c.score('u', many);
  assert.equal(res.results.length, 1200);
  assert.ok(srv.calls.every((call) => call.body.snippets.length <= 1000));
  assert.ok(srv.calls.length >= 2);
});
