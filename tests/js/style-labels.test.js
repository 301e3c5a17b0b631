'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib, page } = require('./helpers.js');

const style = lib('style');
const labels = lib('labels');

test('learned CSS: one rule per selector, exempting what the user chose to see', () => {
  const css = style.learnedCss(['#a', 'div.b, span.c', 'bad{}', ''], 'hide');
  const rules = css.split('\n');
  assert.equal(rules.length, 2);
  assert.equal(rules[0], ':is(#a):not([data-nofoobar="shown"]):not(html,head,body,main){display:none!important}');
  assert.match(style.learnedCss(['#a'], 'label'), /outline/);
  assert.equal(style.learnedCss([], 'hide'), '');
});

test('learned CSS applies to the elements and not to shown ones', () => {
  const { document, window } = page('<div id="a">x</div><div id="b" class="w">y</div><div class="w" data-nofoobar="shown">z</div>');
  const el = document.createElement('style');
  el.textContent = style.learnedCss(['#a', '.w'], 'hide');
  document.head.appendChild(el);
  const shown = (sel) => window.getComputedStyle(document.querySelector(sel)).display !== 'none';
  assert.equal(shown('#a'), false);
  assert.equal(shown('#b'), false);
  assert.equal(shown('[data-nofoobar="shown"]'), true);
});

test('a learned rule never hides the page itself, whatever its selector', () => {
  const { document, window } = page('<main id="m"><p class="x">text</p></main>');
  document.body.className = 'x';
  const el = document.createElement('style');
  el.textContent = style.learnedCss([':is(html)', ':not(head)', '.x', 'main'], 'hide');
  document.head.appendChild(el);
  const display = (node) => window.getComputedStyle(node).display;
  assert.notEqual(display(document.documentElement), 'none');
  assert.notEqual(display(document.body), 'none');
  assert.notEqual(display(document.querySelector('main')), 'none');
  assert.equal(display(document.querySelector('p.x')), 'none', 'the rule still works below them');
});

test('labels export as JSONL in the training-data format', () => {
  const ex1 = labels.example({ html: '<button>✨</button>', url: 'https://a.example/p?q=secret#f', kind: 'ai_compose_button', context: { position: 'static' } }, 1, 'this is AI');
  const ex0 = labels.example({ html: '<div>help</div>', url: 'https://a.example/' }, 0, 'not AI');
  const lines = labels.toJsonl([ex1, ex0]).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines[0], {
    html: '<button>✨</button>', url: 'https://a.example/p', label: 1, kind: 'ai_compose_button',
    source: 'nofoobar extension: user label (this is AI)', context: { position: 'static' },
  });
  assert.equal(lines[1].label, 0);
  assert.equal(typeof lines[1].kind, 'string');
  assert.equal(labels.toJsonl([]), '');
});

test('one injector: the hold, the early script and the content script share one stylesheet element', () => {
  const { document, window } = page('<div id="a">x</div>');
  assert.equal(style.applyLearned(document, [], 'hide'), null, 'no rules, no element');
  assert.equal(document.getElementById(style.SHEET_ID), null);
  const first = style.applyLearned(document, [{ selector: '#a' }], 'hide');
  const again = style.applyLearned(document, [{ selector: '#a' }], 'hide');
  assert.equal(first, again);
  assert.equal(document.querySelectorAll('#' + style.SHEET_ID).length, 1);
  assert.equal(window.getComputedStyle(document.getElementById('a')).display, 'none');
  style.applyLearned(document, [], 'hide');
  assert.equal(window.getComputedStyle(document.getElementById('a')).display, 'block', 'rules gone: shown');
});
