'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib, page } = require('./helpers.js');

const sanitize = lib('sanitize');

const SECRETS = [
  'SECRET-VALUE-ATTR', 'SECRET-TYPED', 'SECRET-PW', 'SECRET-HIDDEN', 'SECRET-TEXTAREA', 'SECRET-DRAFT',
  'SECRET-TEXTBOX', 'SECRET-QUERY', 'SECRET-FRAGMENT', 'SECRET-SCRIPT', 'SECRET-HANDLER',
  'SECRET-SRCDOC', 'SECRET-DATA-URL', 'SECRET-SHADOW-INPUT', 'SECRET-NONCE',
];

function widget() {
  return page(`
    <div id="w" class="ai-assistant" aria-label="AI assistant" onclick="steal('SECRET-HANDLER')">
      <form action="/ask?user=SECRET-QUERY#SECRET-FRAGMENT">
        <input name="q" value="SECRET-VALUE-ATTR" placeholder="Ask AI anything">
        <input id="typed" name="t">
        <input type="password" name="pw" value="SECRET-PW">
        <input type="PASSWORD" id="pw2">
        <input type="hidden" name="csrf" value="SECRET-HIDDEN">
        <textarea>SECRET-TEXTAREA</textarea>
        <div contenteditable="true">SECRET-DRAFT</div>
        <div contenteditable="">SECRET-DRAFT</div>
        <div role="textbox">SECRET-TEXTBOX</div>
        <select><option>a</option><option selected>premium</option></select>
        <a href="https://example.com/help?token=SECRET-QUERY#SECRET-FRAGMENT">Help</a>
        <iframe srcdoc="<p>SECRET-SRCDOC</p>" src="/frame?x=SECRET-QUERY"></iframe>
        <span data-url="https://api.example.com/x?k=SECRET-DATA-URL">x</span>
        <script nonce="SECRET-NONCE">var token = "SECRET-SCRIPT";</script>
        <style>.x{background:url(SECRET-SCRIPT)}</style>
        <button type="submit">✨ Ask AI</button>
      </form>
      <x-inner id="inner"></x-inner>
    </div>`);
}

test('input values, passwords, hidden inputs, drafts, URLs with secrets never appear', () => {
  const { document, $ } = widget();
  $('#typed').value = 'SECRET-TYPED';
  $('#pw2').value = 'SECRET-PW';
  $('#inner').attachShadow({ mode: 'open' }).innerHTML = '<input value="SECRET-SHADOW-INPUT" aria-label="Ask">';
  const html = sanitize.snippetHtml(document.getElementById('w'));
  for (const s of SECRETS) assert.ok(!html.includes(s), s + ' leaked: ' + html);
  // ...while what identifies the widget is kept.
  assert.match(html, /aria-label="AI assistant"/);
  assert.match(html, /placeholder="Ask AI anything"/);
  assert.match(html, /✨ Ask AI/);
  assert.match(html, /href="https:\/\/example.com\/help"/);
  assert.match(html, /action="\/ask"/);
  assert.ok(!/type="password"/i.test(html), 'password fields are dropped whole');
  assert.ok(!/type="hidden"/.test(html), 'hidden inputs are dropped whole');
  assert.match(html, /<textarea><\/textarea>/);
  assert.ok(!/selected/.test(html), 'which option the user chose stays home');
  assert.match(html, /contenteditable="true"><\/div>/);
});

test('the live page is not modified', () => {
  const { document, $ } = widget();
  const before = document.body.innerHTML;
  sanitize.snippetHtml($('#w'));
  assert.equal(document.body.innerHTML, before);
});

test('open shadow roots are serialised as declarative shadow DOM', () => {
  const { document } = page('<ai-chat id="h" class="launcher"></ai-chat>');
  const h = document.getElementById('h');
  h.attachShadow({ mode: 'open' }).innerHTML = '<button aria-label="Ask AI">✨</button>';
  const html = sanitize.snippetHtml(h);
  assert.equal(html, '<ai-chat id="h" class="launcher"><template shadowrootmode="open"><button aria-label="Ask AI">✨</button></template></ai-chat>');
});

test('size limits: long text is cut, the snippet is bounded, no tag is cut in half', () => {
  const long = 'word '.repeat(2000);
  const { document } = page(`<div id="w"><p>${long}</p>${'<span class="x">y</span>'.repeat(3000)}</div>`);
  const html = sanitize.snippetHtml(document.getElementById('w'));
  assert.ok(html.length <= sanitize.LIMITS.maxLength);
  assert.ok(!html.includes('word '.repeat(100)));
  assert.ok(html.includes('…'));
  assert.ok(html.lastIndexOf('<') < html.lastIndexOf('>'), 'ends outside a tag');
  const small = sanitize.snippetHtml(document.getElementById('w'), { maxLength: 200 });
  assert.ok(small.length <= 200);
});

test('a huge subtree costs a bounded clone', () => {
  const { document } = page(`<div id="w">${'<i>x</i>'.repeat(20000)}</div>`);
  const html = sanitize.snippetHtml(document.getElementById('w'), { maxLength: 1e9 });
  const tags = (html.match(/<i>/g) || []).length;
  assert.ok(tags < sanitize.LIMITS.maxNodes, `${tags} nodes cloned`);
});

test('cleanUrl keeps scheme, host and path only', () => {
  assert.equal(sanitize.cleanUrl('https://a.example/p/q?x=1#frag'), 'https://a.example/p/q');
  assert.equal(sanitize.cleanUrl('/path?q=secret'), '/path');
  assert.equal(sanitize.cleanUrl('#only-fragment'), '');
  assert.equal(sanitize.cleanUrl('javascript:alert(document.cookie)'), 'javascript:');
  assert.equal(sanitize.cleanUrl('data:text/html,<b>secret</b>'), 'data:');
  assert.equal(sanitize.cleanUrl('mailto:ada@example.com?subject=x'), 'mailto:');
  assert.equal(sanitize.cleanUrl(''), '');
});

test('a clobbered form serialises without throwing and without its values', () => {
  const { document } = page(`<form id="f" aria-label="AI helper"><input name="id" value="SECRET-A">
    <input name="attributes" value="SECRET-B"><input name="cloneNode"><input name="firstChild">
    <input name="nodeType"><input name="tagName"><input name="getAttribute"></form>`);
  const html = sanitize.snippetHtml(document.forms[0]);
  assert.match(html, /^<form id="f" aria-label="AI helper">/);
  assert.ok(!html.includes('SECRET'));
});

// Each value that reached the server from one candidate in issue 12, point 3.
test('allow-list: private values in kept attributes, text, styles and URLs are masked or cut', () => {
  const { document } = page(`
    <div id="w" class="ai-helper" data-user="jane.doe@example.com" data-csrf="a8F3kD92hsQ0xLmP4tZ7"
         aria-label="Ask AI, signed in as jane.doe@example.com" title="see https://x.example/p?sig=SECRET-TITLE-Q"
         style="background-image:url(https://cdn.example/bg.png?token=SECRET-STYLE-TOKEN)" tabindex="0" nonsense="SECRET-NONSENSE">
      <img alt="Photo of alt.person@example.com" data-src="img/a.png?X-Amz-Signature=SECRET-SIG" src="https://user:SECRET-PASS@cdn.example/a.png">
      <a href="/account;jsessionid=SECRET-JSESSION">Account 4111 1111 1111 1111</a>
      <a href="/reset/9f8e7d6c5b4a39281726354443322110">Reset</a>
      <p>Mail text.person@example.com for help</p>
    </div>`);
  const html = sanitize.snippetHtml(document.getElementById('w'));
  for (const s of ['jane.doe@example.com', 'a8F3kD92hsQ0xLmP4tZ7', 'SECRET-TITLE-Q', 'SECRET-STYLE-TOKEN',
    'SECRET-NONSENSE', 'SECRET-SIG', 'SECRET-PASS', 'SECRET-JSESSION', '4111', '9f8e7d6c5b4a39281726354443322110',
    'alt.person@example.com', 'text.person@example.com']) {
    assert.ok(!html.includes(s), s + ' leaked: ' + html);
  }
  assert.match(html, /class="ai-helper"/);
  assert.match(html, /aria-label="Ask AI, signed in as \[email\]"/);
  assert.match(html, /href="\/account"/);
  assert.match(html, /data-src="img\/a.png"/);
  assert.match(html, /href="\/reset\/\[token\]"/);
});

test('masking keeps what names a widget: readable class names, plain questions, image paths', () => {
  for (const v of ['ai-chat-widget-v2-container', 'What is AI? Ask', '/static/images/logo-2024.png']) {
    assert.equal(sanitize.mask(v), v);
  }
});

test('a candidate inside a contenteditable region is a draft: nothing of it is sent', () => {
  const { document } = page('<div contenteditable="true"><p>SECRET-DRAFT <span id="w" class="ai-suggest">Ask AI</span></p></div>');
  assert.equal(sanitize.snippetHtml(document.getElementById('w')), '');
});

test('sanitising builds its copy in an inert document, never in the page', () => {
  // An element created in (or cloned within) the page's document starts
  // loading its src at once, attached or not: the copy must be made elsewhere.
  const { window, document } = page('<div id="w"><img src="/pixel.png?sig=1"></div>');
  let inPage = 0;
  const wrap = (proto, name) => {
    const orig = proto[name];
    proto[name] = function (...args) {
      const out = orig.apply(this, args);
      if (this === document || (out && out.ownerDocument === document)) inPage++;
      return out;
    };
  };
  wrap(window.Node.prototype, 'cloneNode');
  wrap(window.Document.prototype, 'createElement');
  wrap(window.Document.prototype, 'createElementNS');
  const html = sanitize.snippetHtml(document.getElementById('w'));
  assert.equal(inPage, 0);
  assert.match(html, /src="\/pixel.png"/);
});

test('personal names are masked where names sit; AI product names and UI words stay', () => {
  lib('candidates'); // the cue words the sanitiser checks before masking
  const names = ['Zenobia', 'Quarrington', 'Thaddeus', 'Wrenfield', 'Ottoline', 'Farquharson', 'Ignatius',
    'Perpetua', 'mirabelle_oakhurst', 'Anselm', 'Kowalczyk', 'Élodie', 'Brisebois', 'Lucía', 'Montalbán', 'Gerlinde'];
  const { document } = page(`
    <div id="w" class="ai-assistant" aria-label="AI assistant">
      <button class="account-menu" aria-label="Zenobia Quarrington"><img class="avatar" alt="Thaddeus Wrenfield" src="/a.png"><span>ZQ</span></button>
      <span class="greeting">Signed in as Ottoline Farquharson</span>
      <p title="Welcome back, Perpetua">Trip ideas curated by Ignatius Pemberton</p>
      <a href="/u/1">@mirabelle_oakhurst</a>
      <img alt="Anselm Kowalczyk's avatar" src="/b.png">
      <span>Connecté en tant que Élodie Brisebois</span> <span>Hola, Lucía Montalbán</span> <span>Angemeldet als Gerlinde</span>
      <img class="user-avatar" alt="Copilot" src="/c.png">
      <button class="account" aria-label="Open account menu">Account</button>
      <button aria-label="Ask Copilot">Chat with Gemini</button> <small>Powered by GPT</small> <span>Sorted by date</span>
    </div>`);
  const html = sanitize.snippetHtml(document.getElementById('w'));
  for (const n of names) assert.ok(!html.includes(n), `${n} leaked: ${html}`);
  assert.match(html, /Signed in as \[name\]/);
  assert.match(html, /\[name\]'s avatar/);
  for (const kept of ['alt="Copilot"', 'aria-label="Open account menu"', 'aria-label="Ask Copilot"', 'Chat with Gemini',
    'Powered by GPT', 'Sorted by date', 'aria-label="AI assistant"']) {
    assert.ok(html.includes(kept), `${kept} was masked: ${html}`);
  }
});
