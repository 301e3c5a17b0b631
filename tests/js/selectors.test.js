'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib, page } = require('./helpers.js');

const selectors = lib('selectors');

const HASHED = ['css-1x2y3z4', 'sc-bdVaJa', 'Button_root__3xYz1', '_3kXbR', 'jsx-2887382928', 'a1b2c3',
  'kXbRdE', 'x9k2m', 'emotion-14jr5', 'abc123def', 'md:hidden', 'w-[20px]', 'svelte-1q2w3e'];
const STABLE = ['ai-launcher', 'chat-fab', 'intercom-launcher', 'docsearch-ask-ai', 'AiButton',
  'help-me-write', 'btn', 'is-primary', 'launcher_button', 'h2'];

test('isHashed tells build-tool class names from readable ones', () => {
  for (const c of HASHED) assert.ok(selectors.isHashed(c), c + ' should look hashed');
  for (const c of STABLE) assert.ok(!selectors.isHashed(c), c + ' should look stable');
});

test('a stable id wins', () => {
  const { document } = page('<div id="chat-launcher" class="css-1x2y3z4">x</div>');
  assert.equal(selectors.derive(document.getElementById('chat-launcher')), '#chat-launcher');
});

test('never a hashed class alone: hashed classes are left out entirely', () => {
  const { document } = page(`
    <div id="app-shell"><div class="css-1x2y3z4 sc-bdVaJa">a</div><div class="css-9q8w7e6">b</div></div>
    <div class="css-1x2y3z4 sc-bdVaJa">elsewhere</div>`);
  const el = document.querySelector('#app-shell > div');
  const sel = selectors.derive(el);
  assert.ok(sel, 'anchored under a stable ancestor');
  for (const h of ['css-1x2y3z4', 'sc-bdVaJa']) assert.ok(!sel.includes(h), sel);
  assert.deepEqual(Array.from(document.querySelectorAll(sel)), [el]);
});

test('nothing stable anywhere: no selector rather than a fragile one', () => {
  const { document } = page('<div><div class="css-1x2y3z4"><span class="sc-bdVaJa">x</span></div></div>');
  assert.equal(selectors.derive(document.querySelector('span')), null);
});

test('only specific selectors: ids, custom element names, distinctive classes; never a bare role or attribute', () => {
  const { document } = page(`
    <button class="btn" aria-label="Help me write">✨</button><button class="btn" aria-label="Bold">B</button>
    <ai-helper-widget></ai-helper-widget>
    <div role="region" aria-label="Assistant">a</div>
    <button class="btn ask-ai-button">Ask</button>
    <iframe src="https://widget.vendor.com/frame/123?key=secret"></iframe>`);
  assert.equal(selectors.derive(document.querySelector('[aria-label="Help me write"]')), null);
  assert.equal(selectors.derive(document.querySelector('[role=region]')), null);
  assert.equal(selectors.derive(document.querySelector('iframe')), null);
  assert.equal(selectors.derive(document.querySelector('ai-helper-widget')), 'ai-helper-widget');
  assert.equal(selectors.derive(document.querySelector('.ask-ai-button')), 'button.btn.ask-ai-button');
  for (const broad of ['div[role="region"]', 'div', '[data-widget]', 'button[aria-label="Ask AI"]', 'div.button',
    '.p-4', 'div.css-1x2y3z', 'span:not(.ask-ai-button)', '#ok, div']) {
    assert.equal(selectors.isSpecific(broad), false, broad);
  }
  for (const ok of ['#ask-ai', 'ai-chat-widget', '.docsearch-ask-ai', '#root > div:nth-of-type(2)']) {
    assert.equal(selectors.isSpecific(ok), true, ok);
  }
});

test('the derived selector matches the element and few others', () => {
  const { document } = page(`
    <ul id="toolbar">${'<li><button class="tool">t</button></li>'.repeat(6)}
      <li><button class="tool ai-assist">✨</button></li></ul>`);
  const el = document.querySelector('.ai-assist');
  const sel = selectors.derive(el);
  const matched = Array.from(document.querySelectorAll(sel));
  assert.ok(matched.includes(el));
  assert.ok(matched.length <= 3, sel);
});

test('isSafe refuses selectors that could name the page itself', () => {
  for (const bad of ['html', 'body', 'main', '*', ':root', 'body > div', 'main.content', 'div, body', '']) {
    assert.ok(!selectors.isSafe(bad), bad);
  }
  for (const ok of ['#ai-launcher', 'div.ai-fab', 'button[aria-label="Ask AI"]', 'main-widget', '.body-text']) {
    assert.ok(selectors.isSafe(ok), ok);
  }
});

test('elements inside shadow roots get no document selector', () => {
  const { document } = page('<x-host></x-host>');
  const root = document.querySelector('x-host').attachShadow({ mode: 'open' });
  root.innerHTML = '<button id="inside">x</button>';
  assert.equal(selectors.derive(root.getElementById('inside')), null);
});

test('cssEscape matches CSS.escape on tricky identifiers', () => {
  assert.equal(selectors.cssEscape('a.b'), 'a\\.b');
  assert.equal(selectors.cssEscape('1abc'), '\\31 abc');
  assert.equal(selectors.cssEscape('-1x'), '-\\31 x');
  assert.equal(selectors.cssEscape('-'), '\\-');
  assert.equal(selectors.cssEscape('a b'), 'a\\ b');
});
