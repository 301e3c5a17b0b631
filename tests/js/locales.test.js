'use strict';
// Every message the extension shows comes from _locales/<lang>/messages.json:
// each locale has every key English has (and no others), with the same
// substitutions, and every key the manifest, pages and scripts use exists.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { lib } = require('./helpers.js');

const EXT = path.resolve(__dirname, '../../extension');
const LOCALES = path.join(EXT, '_locales');
const read = (f) => fs.readFileSync(path.join(EXT, f), 'utf8');
const messages = (lang) => JSON.parse(fs.readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));
const subs = (text) => [...new Set(text.match(/\$\d/g) || [])].sort();

test('English, German, French and Spanish are there, and English is the default', () => {
  const langs = fs.readdirSync(LOCALES).sort();
  for (const l of ['de', 'en', 'es', 'fr']) assert.ok(langs.includes(l), l);
  assert.equal(JSON.parse(read('manifest.json')).default_locale, 'en');
});

test('every locale has every key, with a message and the same substitutions', () => {
  const en = messages('en');
  for (const lang of fs.readdirSync(LOCALES)) {
    const m = messages(lang);
    assert.deepEqual(Object.keys(m).sort(), Object.keys(en).sort(), lang + ': keys differ from English');
    for (const [key, { message }] of Object.entries(m)) {
      assert.equal(typeof message, 'string', `${lang}/${key}`);
      assert.ok(message.trim(), `${lang}/${key} is empty`);
      assert.deepEqual(subs(message), subs(en[key].message), `${lang}/${key}: substitutions differ`);
      assert.ok(/^[A-Za-z0-9_]+$/.test(key), `${key}: not a valid message name`);
    }
  }
});

test('every key the manifest, pages and scripts use exists in English', () => {
  const en = messages('en');
  const used = new Set();
  for (const m of read('manifest.json').matchAll(/__MSG_(\w+)__/g)) used.add(m[1]);
  for (const page of ['popup.html', 'options.html']) {
    for (const m of read(page).matchAll(/data-i18n(?:-[a-z-]+)?="(\w+)"/g)) used.add(m[1]);
  }
  for (const file of ['popup.js', 'options.js', 'options-rules.js', 'background.js']) {
    for (const m of read(file).matchAll(/\b(?:t|getMessage)\('(\w+)'\s*[,)]/g)) used.add(m[1]);
  }
  // Keys built at run time: kind_<kind>, state_<state>, source_<source>.
  for (const kind of lib('messages').KINDS) used.add('kind_' + kind);
  for (const s of ['hidden', 'labelled', 'shown']) used.add('state_' + s);
  for (const s of ['model', 'user', 'learned']) used.add('source_' + s);
  assert.ok(used.size > 60, 'the scan found the keys');
  const missing = [...used].filter((k) => !(k in en));
  assert.deepEqual(missing, []);
  const unused = Object.keys(en).filter((k) => !used.has(k));
  assert.deepEqual(unused, [], 'messages nobody shows');
});

test('i18n.localize puts the messages into a page, and falls back to the English in the HTML', () => {
  const { page } = require('./helpers.js');
  const { window, document } = page('<h1 data-i18n="options_title">nofoobar options</h1>' +
    '<input data-i18n-placeholder="options_threshold_placeholder" placeholder="server default">' +
    '<p data-i18n="nonexistent_key">kept</p>');
  const de = messages('de');
  const saved = globalThis.chrome;
  globalThis.chrome = { i18n: { getMessage: (k) => (de[k] ? de[k].message : k === '@@ui_locale' ? 'de' : '') } };
  try {
    lib('i18n').localize(document);
  } finally {
    globalThis.chrome = saved;
  }
  assert.equal(document.querySelector('h1').textContent, de.options_title.message);
  assert.equal(document.querySelector('input').placeholder, de.options_threshold_placeholder.message);
  assert.equal(document.querySelector('p').textContent, 'kept');
  assert.equal(document.documentElement.lang, 'de');
  void window;
});
