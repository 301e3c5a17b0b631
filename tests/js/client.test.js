'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib } = require('./helpers.js');

const { createClient, BACKOFF_MS, REVALIDATE_MS } = lib('client');

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

function memoryStorage() {
  const data = {};
  return { data, get: async (k) => data[k], set: async (k, v) => { data[k] = v; } };
}

const scoreAll = (model) => (url, body) => ({
  status: 200,
  json: {
    model_version: model || 'm1', threshold: 0.5,
    results: body.snippets.map((s) => ({ id: s.id, score: 0.9, ai: true, kind: 'ai_chat_launcher', reasons: ['r'] })),
  },
});

const settings = { serverUrl: 'http://127.0.0.1:8765', token: '' };

test('scores misses, answers repeats from the cache without the network', async () => {
  const srv = fakeServer(scoreAll());
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings, storage: memoryStorage() });
  const snippets = [{ id: 'a', hash: 'h1', html: '<b>x</b>', context: {} }];
  const first = await c.score('https://x.example/', snippets);
  assert.equal(first.ok, true);
  assert.equal(first.results[0].cached, false);
  assert.equal(srv.calls.length, 1);
  assert.equal(srv.calls[0].url, 'http://127.0.0.1:8765/v1/score');
  const again = await c.score('https://x.example/', [{ id: 'b', hash: 'h1', html: '<b>x</b>', context: {} }]);
  assert.equal(again.results[0].id, 'b');
  assert.equal(again.results[0].cached, true);
  assert.equal(srv.calls.length, 1, 'no second request');
});

test('an unreachable server: an error, a back-off, no request while it lasts', async () => {
  let now = 1000;
  const srv = fakeServer(() => new TypeError('Failed to fetch'));
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings, now: () => now });
  const res = await c.score('u', [{ id: 'a', hash: 'h', html: 'x', context: {} }]);
  assert.equal(res.ok, false);
  assert.match(res.error, /unreachable/);
  assert.deepEqual(res.results, []);
  await c.score('u', [{ id: 'a', hash: 'h', html: 'x', context: {} }]);
  assert.equal(srv.calls.length, 1, 'backing off');
  now += BACKOFF_MS[0] + 1;
  await c.score('u', [{ id: 'a', hash: 'h', html: 'x', context: {} }]);
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

test('the user\'s verdict overrides the model\'s and survives a new model', async () => {
  let version = 'm1';
  const srv = fakeServer((url, body) => scoreAll(version)(url, body));
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings });
  await c.score('u', [{ id: 'a', hash: 'h1', html: 'x', context: {} }, { id: 'b', hash: 'h2', html: 'y', context: {} }]);
  await c.setUserVerdict('h1', false);
  version = 'm2';
  await c.score('u', [{ id: 'c', hash: 'h3', html: 'z', context: {} }]); // new model seen
  const res = await c.score('u', [{ id: 'a', hash: 'h1', html: 'x', context: {} }, { id: 'b', hash: 'h2', html: 'y', context: {} }]);
  const a = res.results.find((r) => r.id === 'a');
  assert.equal(a.ai, false);
  assert.equal(a.cached, true);
  const b = res.results.find((r) => r.id === 'b');
  assert.equal(b.cached, false, 'the old model\'s verdict was dropped');
});

test('big batches are split to stay under the server\'s snippet limit', async () => {
  const srv = fakeServer(scoreAll());
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings });
  const many = Array.from({ length: 1200 }, (_, i) => ({ id: String(i), hash: 'h' + i, html: 'x' + i, context: {} }));
  const res = await c.score('u', many);
  assert.equal(res.results.length, 1200);
  assert.ok(srv.calls.every((call) => call.body.snippets.length <= 1000));
  assert.ok(srv.calls.length >= 2);
});

test('the cache is persisted for the next worker', async () => {
  const storage = memoryStorage();
  const srv = fakeServer(scoreAll());
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings, storage });
  await c.score('u', [{ id: 'a', hash: 'h1', html: 'x', context: {} }]);
  await new Promise((r) => setTimeout(r, 400));
  assert.ok(storage.data.verdicts && storage.data.verdicts.h1);
  const c2 = createClient({ fetch: srv.fetch, getSettings: async () => settings, storage });
  const res = await c2.score('u', [{ id: 'a', hash: 'h1', html: 'x', context: {} }]);
  assert.equal(res.results[0].cached, true);
  const paths = srv.calls.map((call) => new URL(call.url).pathname);
  assert.deepEqual(paths, ['/v1/score', '/healthz'], 'the new worker only asks which model is served');
});

test('a cached verdict holds while its model is served: a promotion or roll-back reaches the next page', async () => {
  let now = 1000;
  let version = 'm1';
  const srv = fakeServer((url, body) => (url.endsWith('/healthz')
    ? { status: 200, json: { status: 'ok', model_version: version } }
    : scoreAll(version)(url, body)));
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings, now: () => now });
  const page = [{ id: 'a', hash: 'h1', html: 'x', context: {} }];
  await c.score('u', page);
  await c.setUserVerdict('h2', false);
  const scores = () => srv.calls.filter((call) => call.url.endsWith('/v1/score')).length;

  now += REVALIDATE_MS / 2;
  assert.equal((await c.score('u', page)).results[0].cached, true);
  assert.equal(srv.calls.length, 1, 'heard from the server lately: no request at all');

  version = 'm2'; // promoted on the server
  now += REVALIDATE_MS;
  let res = await c.score('u', page);
  assert.equal(res.results[0].cached, false, 'the old model\'s verdict is not used');
  assert.equal(res.results[0].v, 'm2');
  assert.equal(scores(), 2);
  assert.equal(c.status().modelVersion, 'm2');

  now += REVALIDATE_MS + 1; // the same model still: the cache answers after the check
  res = await c.score('u', page);
  assert.equal(res.results[0].cached, true);
  assert.equal(scores(), 2);

  version = 'm1'; // rolled back; the popup's health check hears it first
  await c.health();
  res = await c.score('u', [...page, { id: 'b', hash: 'h2', html: 'y', context: {} }]);
  assert.equal(res.results.find((r) => r.id === 'a').v, 'm1');
  assert.equal(res.results.find((r) => r.id === 'b').ai, false, 'the user\'s word survives every model');
  assert.equal(res.results.find((r) => r.id === 'b').cached, true);
});

test('a server that cannot be reached leaves cached verdicts in force', async () => {
  let now = 1000;
  let up = true;
  const srv = fakeServer((url, body) => (up ? scoreAll('m1')(url, body) : new TypeError('Failed to fetch')));
  const c = createClient({ fetch: srv.fetch, getSettings: async () => settings, now: () => now });
  await c.score('u', [{ id: 'a', hash: 'h1', html: 'x', context: {} }]);
  up = false;
  now += REVALIDATE_MS + 1;
  const res = await c.score('u', [{ id: 'a', hash: 'h1', html: 'x', context: {} }]);
  assert.equal(res.ok, true);
  assert.equal(res.results[0].cached, true);
  assert.equal(res.results[0].ai, true);
});
