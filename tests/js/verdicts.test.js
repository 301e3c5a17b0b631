'use strict';
// The one verdict store (verdicts, the user's overrides, learned rules and
// their zero-flash registration), against a fake chrome.storage /
// chrome.scripting that behaves like the real ones.
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib } = require('./helpers.js');

const { createStore, SCRIPT_ID, HOLD_FILES, MAX_MODEL } = lib('verdicts');
const snippet = lib('snippet');

function fakeApi() {
  const data = {};
  const scripts = new Map();
  return {
    data,
    scripts,
    storage: {
      local: {
        get: async (keys) => {
          if (keys === null) return { ...data };
          const out = {};
          for (const k of [].concat(keys)) if (k in data) out[k] = data[k];
          return out;
        },
        set: async (obj) => { Object.assign(data, JSON.parse(JSON.stringify(obj))); },
        remove: async (keys) => { for (const k of [].concat(keys)) delete data[k]; },
      },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => scripts.has(id)).map((id) => scripts.get(id)),
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error('duplicate id');
          scripts.set(s.id, s);
        }
      },
      updateContentScripts: async (list) => { for (const s of list) scripts.set(s.id, { ...scripts.get(s.id), ...s }); },
      unregisterContentScripts: async ({ ids }) => { for (const id of ids) scripts.delete(id); },
    },
  };
}

const A = 'https://mail.example.com';

test('learning a rule registers the hold script for that origin\'s host, at document_start', async () => {
  const api = fakeApi();
  const store = createStore(api);
  assert.equal((await store.learn(A, '#ai-compose', { kind: 'ai_compose_button', model: 'm1' })).added, true);
  assert.equal((await store.learn(A, '#ai-compose')).added, false, 'no duplicates');
  await store.learn('http://127.0.0.1:8123', '.docsearch-ask-ai');
  const s = api.scripts.get(SCRIPT_ID);
  assert.deepEqual(s.matches.sort(), ['http://127.0.0.1/*', 'https://mail.example.com/*']);
  assert.equal(s.runAt, 'document_start');
  assert.equal(s.persistAcrossSessions, true);
  assert.deepEqual(s.js, HOLD_FILES);
  const [rule] = await store.rules(A);
  assert.equal(rule.selector, '#ai-compose');
  assert.equal(rule.model, 'm1');
  assert.ok(rule.added > 0 && rule.checked > 0);
});

test('rules are scoped by origin: scheme, host and port', async () => {
  const store = createStore(fakeApi());
  await store.learn('http://127.0.0.1:8001', '#cart-widget');
  assert.deepEqual(await store.rules('http://127.0.0.1:8002'), []);
  assert.deepEqual(await store.rules('https://127.0.0.1:8001'), []);
  assert.equal((await store.rules('http://127.0.0.1:8001')).length, 1);
  assert.equal((await store.learn('127.0.0.1', '#x')).ok, false, 'a bare host is no origin');
});

test('broad or unsafe selectors are never stored', async () => {
  const api = fakeApi();
  const store = createStore(api);
  for (const bad of ['body', 'html', 'main', '*', 'div[role="region"]', 'div', '[data-widget]', 'div.button']) {
    assert.equal((await store.learn('https://a.example', bad)).ok, false, bad);
  }
  assert.deepEqual(await store.allRules(), {});
  assert.equal(api.scripts.size, 0);
});

test('forgetting the last rule of the last origin unregisters', async () => {
  const api = fakeApi();
  const store = createStore(api);
  await store.learn('https://a.example', '#x');
  await store.learn('https://b.example', '#y');
  await store.forget('https://a.example', '#x');
  assert.deepEqual(api.scripts.get(SCRIPT_ID).matches, ['https://b.example/*']);
  await store.forget('https://b.example', '#y');
  assert.equal(api.scripts.size, 0);
  assert.deepEqual(api.data, {});
});

test('import merges (the page itself refused), clear forgets every rule', async () => {
  const api = fakeApi();
  const store = createStore(api);
  await store.learn('https://a.example', '#x');
  const added = await store.importRules([
    { origin: 'https://a.example', selector: '#x' }, { origin: 'https://a.example', selector: '.ask-ai' },
    { origin: 'https://c.example', selector: '#z' }, { origin: 'https://c.example', selector: 'body' },
  ]);
  assert.deepEqual(added, [{ origin: 'https://a.example', selector: '.ask-ai' }, { origin: 'https://c.example', selector: '#z' }]);
  assert.deepEqual(Object.keys(await store.allRules()).sort(), ['https://a.example', 'https://c.example']);
  await store.clearRules();
  assert.deepEqual(await store.allRules(), {});
  assert.equal(api.scripts.size, 0);
});

test('concurrent learns do not lose rules', async () => {
  const store = createStore(fakeApi());
  await Promise.all(['#a', '#b', '#c', '#d'].map((s) => store.learn('https://a.example', s)));
  assert.deepEqual((await store.rules('https://a.example')).map((r) => r.selector).sort(), ['#a', '#b', '#c', '#d']);
});

test('verdict keys: the site and everything the model sees; another site never shares one', async () => {
  const s = { html: '<button class="cart">Cart</button>', context: { position: 'fixed', rect: [1, 2, 56, 56], viewport: [1280, 800] }, url: 'https://shop.example/' };
  const k = await snippet.key('https://shop.example', s);
  assert.match(k, /^https:\/\/shop\.example [0-9a-f]{64}$/);
  assert.equal(await snippet.key('https://shop.example', { ...s }), k);
  assert.notEqual(await snippet.key('https://evil.example', s), k);
  assert.notEqual(await snippet.key('https://shop.example', { ...s, context: { ...s.context, rect: [1, 2, 200, 180] } }), k);
  assert.notEqual(await snippet.key('https://shop.example', { ...s, url: 'https://shop.example/b' }), k);
  // The same markup in a menu is another input to the model (lib/context.js).
  assert.notEqual(await snippet.key('https://shop.example', { ...s, context: { ...s.context, landmarks: ['nav'] } }), k);
  assert.notEqual(await snippet.key('https://shop.example', { ...s, context: { ...s.context, similarSiblings: 9 } }), k);
  assert.notEqual(await snippet.key('https://shop.example', { ...s, context: { ...s.context, pageCandidates: 16 } }), k);
  assert.equal(snippet.siteOfKey(k), 'https://shop.example');
});

test('a new served model drops the model\'s verdicts; the user\'s own stay', async () => {
  const api = fakeApi();
  const store = createStore(api);
  await store.putModel([['s k1', { score: 0.9, ai: true }], ['s k2', { score: 0.9, ai: true }]], 'm1');
  await store.setUser('s k1', false);
  assert.equal((await store.lookup('s k2')).v, 'm1');
  await store.noteModel('m2');
  assert.equal(await store.lookup('s k2'), null);
  assert.equal((await store.lookup('s k1')).ai, false);
  // and what is stored is what the next worker reads
  const next = createStore(api);
  assert.equal((await next.lookup('s k1')).user, true);
  assert.equal(await next.lookup('s k2'), null);
});

test('flooding the store evicts old model verdicts, never the user\'s', async () => {
  const store = createStore(fakeApi());
  await store.setUser('a user', true, 'ai_chat_launcher');
  await store.putModel([['a honest', { score: 0.9, ai: true }]], 'm1');
  const flood = Array.from({ length: MAX_MODEL + 10 }, (_, i) => ['evil ' + i, { score: 0.9, ai: true }]);
  await store.putModel(flood, 'm1');
  await store.setUser('b user', false); // persists now
  assert.equal((await store.lookup('a user')).ai, true);
});

test('an update migrates the store from before origins: markup-only verdicts and broad rules go', async () => {
  const api = fakeApi();
  api.data.verdicts = { '0123456789abcdef': { score: 0.9, ai: true }, 'https://a.example k': { score: 0.9, ai: true } };
  api.data['learned:a.example'] = [{ selector: '#ask-ai', source: 'model' }, { selector: 'div[role="region"]', source: 'model' }];
  const store = createStore(api);
  await store.migrate();
  assert.equal(await store.lookup('0123456789abcdef'), null);
  assert.equal((await store.lookup('https://a.example k')).ai, true);
  assert.equal(api.data['learned:a.example'], undefined);
  assert.deepEqual((await store.rules('https://a.example')).map((r) => r.selector), ['#ask-ai']);
  assert.deepEqual(api.scripts.get(SCRIPT_ID).matches, ['https://a.example/*']);
});
