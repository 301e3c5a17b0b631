'use strict';
// The learned-rule store and its zero-flash registration, against a fake
// chrome.storage / chrome.scripting that behaves like the real ones.
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib } = require('./helpers.js');

const { createLearned, SCRIPT_ID, HOLD_FILES } = lib('learned');

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

test('learning a rule registers the hold script for that host, at document_start', async () => {
  const api = fakeApi();
  const learned = createLearned(api);
  assert.equal(await learned.add('mail.example.com', '#ai-compose', { kind: 'ai_compose_button' }), true);
  assert.equal(await learned.add('mail.example.com', '#ai-compose'), false, 'no duplicates');
  await learned.add('127.0.0.1', '.docsearch-ask-ai');
  const s = api.scripts.get(SCRIPT_ID);
  assert.deepEqual(s.matches.sort(), ['*://127.0.0.1/*', '*://mail.example.com/*']);
  assert.equal(s.runAt, 'document_start');
  assert.equal(s.persistAcrossSessions, true);
  assert.deepEqual(s.js, HOLD_FILES);
  assert.deepEqual((await learned.get('mail.example.com')).map((r) => r.selector), ['#ai-compose']);
});

test('unsafe selectors are never stored', async () => {
  const api = fakeApi();
  const learned = createLearned(api);
  for (const bad of ['body', 'html', 'main', '*']) assert.equal(await learned.add('a.example', bad), false);
  assert.deepEqual(await learned.all(), {});
  assert.equal(api.scripts.size, 0);
});

test('forgetting the last rule of the last site unregisters', async () => {
  const api = fakeApi();
  const learned = createLearned(api);
  await learned.add('a.example', '#x');
  await learned.add('b.example', '#y');
  await learned.remove('a.example', '#x');
  assert.deepEqual(api.scripts.get(SCRIPT_ID).matches, ['*://b.example/*']);
  await learned.remove('b.example', '#y');
  assert.equal(api.scripts.size, 0);
  assert.deepEqual(api.data, {});
});

test('import merges, clear forgets everything', async () => {
  const api = fakeApi();
  const learned = createLearned(api);
  await learned.add('a.example', '#x');
  const added = await learned.importRules([
    { host: 'a.example', selector: '#x' }, { host: 'a.example', selector: '.y' }, { host: 'c.example', selector: '#z' },
  ]);
  assert.equal(added, 2);
  assert.deepEqual(Object.keys(await learned.all()).sort(), ['a.example', 'c.example']);
  await learned.clear();
  assert.deepEqual(await learned.all(), {});
  assert.equal(api.scripts.size, 0);
});

test('concurrent adds do not lose rules', async () => {
  const api = fakeApi();
  const learned = createLearned(api);
  await Promise.all(['#a', '#b', '#c', '#d'].map((s) => learned.add('a.example', s)));
  assert.deepEqual((await learned.get('a.example')).map((r) => r.selector).sort(), ['#a', '#b', '#c', '#d']);
});

test('a new model forgets the rules an earlier model taught; the user\'s and imported rules stay', async () => {
  const api = fakeApi();
  const learned = createLearned(api);
  await learned.add('a.example', '#old-model', { source: 'model', v: 'm1' });
  await learned.add('a.example', '#mine', { source: 'user' });
  await learned.add('b.example', '#also-old', { source: 'model', v: 'm1' });
  await learned.importRules([{ host: 'c.example', selector: '#listed' }], 'import');
  assert.equal(await learned.forgetModelRules('m1'), 0, 'the same model: nothing goes');
  await learned.add('a.example', '#new-model', { source: 'model', v: 'm2' });
  assert.equal(await learned.forgetModelRules('m2'), 2);
  assert.deepEqual((await learned.get('a.example')).map((r) => r.selector), ['#mine', '#new-model']);
  assert.deepEqual(await learned.get('b.example'), []);
  assert.deepEqual(api.scripts.get(SCRIPT_ID).matches.sort(), ['*://a.example/*', '*://c.example/*']);
});
