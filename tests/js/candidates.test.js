'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib, page, setRect } = require('./helpers.js');

const candidates = lib('candidates');

const ids = (els) => els.map((e) => e.id || e.tagName.toLowerCase());

test('hasCue: AI words in attributes and camelCase, not inside other words', () => {
  for (const yes of ['Ask AI', 'ai-launcher', 'AskAI', 'aiChatButton', 'AIAssistant', 'open_copilot',
    'Help me write', 'chat-bot', 'Summarize this', '✨', 'intercom-launcher', 'Chat with GPT']) {
    assert.ok(candidates.hasCue(yes), yes);
  }
  for (const no of ['thai-food', 'detail', 'email', 'main-container', 'train', 'bottom', 'maintain', 'Add to cart', '']) {
    assert.ok(!candidates.hasCue(no), no);
  }
});

test('a fixed launcher is sent as its outermost container, not as its children', () => {
  const { window, document } = page(`
    <div id="chat-root"><div id="launcher-wrap" style="position:fixed;right:20px;bottom:20px">
      <button id="launcher" aria-label="Ask our AI assistant"><span>✨</span></button>
    </div></div>
    <p>Some text</p>`);
  const found = candidates.find(document, window);
  assert.deepEqual(ids(found), ['chat-root']);
});

test('a sparkle button in an editor toolbar is sent alone, not the toolbar or editor', () => {
  const { window, document } = page(`
    <div id="editor"><div id="toolbar" role="toolbar">
      <button aria-label="Bold">B</button><button aria-label="Italic">I</button>
      <button id="hmw" class="compose-assist" aria-label="Help me write">✨ Help me write</button>
    </div><div contenteditable="true">Dear team,</div></div>`);
  assert.deepEqual(ids(candidates.find(document, window)), ['hmw']);
});

test('iframes and custom elements with open shadow roots are candidates', () => {
  const { window, document } = page(`
    <iframe id="chat-frame" src="https://widget.vendor.com/chat?key=1"></iframe>
    <x-widget id="host"></x-widget><x-plain id="plain"></x-plain>`);
  const host = document.getElementById('host');
  host.attachShadow({ mode: 'open' }).innerHTML = '<button aria-label="Ask AI">Ask</button>';
  const found = ids(candidates.find(document, window));
  assert.ok(found.includes('chat-frame'));
  assert.ok(found.includes('host'), 'shadow content maps to its host');
  assert.ok(!found.includes('plain'), 'a custom element with nothing suspect is not sent');
});

test('an article about AI yields no candidates; a topic tag in prose is not a widget', () => {
  const { window, document } = page(`
    <header><nav><a href="/">Home</a><a href="/tech">Tech</a></nav></header>
    <main><article>
      <h1>Why AI assistants are everywhere</h1>
      <p>Critics argue that <a href="/topics/ai">AI</a> is pushed into every product.</p>
      <p>Generative AI and large language models ... ${'lorem ipsum '.repeat(50)}</p>
      <p><span class="tag">AI</span></p>
    </article></main>`);
  assert.deepEqual(candidates.find(document, window), []);
});

test('an added subtree is scanned on its own, the root included', () => {
  const { window, document } = page('<p>page</p>');
  const added = document.createElement('div');
  added.id = 'late';
  added.innerHTML = '<button aria-label="Chat with our AI agent">Chat</button>';
  document.body.appendChild(added);
  assert.deepEqual(ids(candidates.find(added, window)), ['late']);
});

test('elements already decided (data-nofoobar) are not sent again', () => {
  const { window, document } = page('<button id="b" data-nofoobar="hidden" aria-label="Ask AI">x</button>');
  assert.deepEqual(candidates.find(document, window), []);
});

test('a clobbered form is read safely', () => {
  const { window, document } = page(`
    <form id="f" class="ai-assistant" aria-label="AI assistant">
      <input name="id"><input name="getAttribute"><input name="tagName"><input name="attributes">
      <input name="querySelectorAll"><input name="firstChild"><input name="parentElement">
      <button aria-label="Ask AI">Ask</button>
    </form>`);
  const found = candidates.find(document, window);
  assert.equal(found.length, 1);
  assert.equal(found[0], document.forms[0]);
  assert.equal(candidates.blockReason(found[0], window), '');
});

test('blockReason: never the root, main content, the focused input, or most of the page', () => {
  const { window, document, $ } = page(`
    <main id="m"><p>content</p></main>
    <div id="wrapper"><main><p>x</p></main></div>
    <div id="panel" aria-label="Ask AI"><input id="q"></div>
    <div id="overlay" aria-label="Meet our AI"></div>
    <div id="toggle"><label>Disable AI features <input type="checkbox"></label></div>
    <div id="ok" aria-label="Ask AI">✨</div>`);
  // Boxes first: lib/dom.js caches the prototype methods it has used.
  setRect($('#overlay'), 0, 0, 1280, 720);
  setRect($('#ok'), 1200, 650, 60, 60);
  assert.match(candidates.blockReason(document.documentElement, window), /root/);
  assert.match(candidates.blockReason(document.body, window), /root/);
  assert.match(candidates.blockReason($('#m'), window), /root|main/);
  assert.match(candidates.blockReason($('#wrapper'), window), /main content/);
  $('#q').focus();
  assert.match(candidates.blockReason($('#panel'), window), /focused input/);
  $('#q').blur();
  assert.equal(candidates.blockReason($('#panel'), window), '');
  assert.match(candidates.blockReason($('#overlay'), window), /most of the page/);
  assert.match(candidates.blockReason($('#toggle'), window), /opt-out/);
  assert.equal(candidates.blockReason($('#ok'), window), '');
});

test('contextOf describes the visible box of a zero-size wrapper', () => {
  const { window, document, $ } = page(`
    <div id="wrap"><div id="fab" style="position:fixed;z-index:2147483000">
      <iframe src="https://widget.example.com/frame?token=secret#x"></iframe></div></div>`);
  setRect($('#wrap'), 0, 0, 1280, 0);
  setRect($('#fab'), 1200, 650, 60, 60);
  const ctx = candidates.contextOf($('#wrap'), window);
  assert.deepEqual(ctx.rect, [1200, 650, 60, 60]);
  assert.equal(ctx.position, 'fixed');
  assert.equal(ctx.zIndex, 2147483000);
  assert.equal(ctx.frameSrc, 'https://widget.example.com/frame');
  assert.deepEqual(ctx.viewport, [1280, 720]);
  assert.equal(ctx.shadowHost, false);
});

test('widgetRoot does not climb into a landmark header', () => {
  const { window, document, $ } = page(`
    <header id="site" style="position:sticky;top:0"><a href="/">Home</a><a href="/a">A</a>
      <button id="ask" aria-label="Ask AI">Ask AI</button></header>`);
  assert.equal(candidates.widgetRoot($('#ask'), window).id, 'ask');
});

test('an AI icon is sent as the control it sits in, not alone', () => {
  const { window, document, $ } = page(`
    <nav><ul><li><a id="menu" href="/features/copilot"><svg id="icon" class="icon icon-sparkle"></svg>Copilot</a></li>
      <li><a href="/pricing">Pricing</a></li></ul></nav>
    <div class="toolbar"><button id="tool" type="button"><span><i id="glyph" class="ai-sparkle"></i></span></button></div>
    <p><img id="photo" class="sparkle" alt="" src="data:,"> A photo.</p>`);
  const menu = candidates.widgetRoot($('#icon'), window); // the link, or the list item holding only it
  assert.ok(menu.contains($('#menu')) && !menu.contains($('a[href="/pricing"]')), menu.outerHTML);
  assert.ok(candidates.widgetRoot($('#glyph'), window).contains($('#tool')));
  assert.equal(candidates.widgetRoot($('#photo'), window).id, 'photo'); // no control around it: itself
  const found = candidates.find(document.body, window).map((e) => e.id);
  assert.ok(!found.includes('icon') && !found.includes('glyph'), found.join(','));
});

test('the bundled vocabulary is model/vocabulary.json, unchanged (python -m model.vocabulary --write-extension)', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const json = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../model/vocabulary.json'), 'utf8'));
  assert.deepEqual(lib('vocabulary'), json);
});

test('AI buttons in other languages are candidates; their everyday words are not', () => {
  const labels = ['KI-Assistent', "Demander à l'IA", 'Pregunta a la IA', 'Assistente IA', 'AI 요약', 'AI요약',
    'AIアシスタント', 'AIに質問', 'Frag die KI', 'Résumé IA', 'Asystent AI', 'Fråga Copilot', 'AI 어시스턴트'];
  for (const label of labels) assert.ok(candidates.hasCue(label), label);
  const { window, document } = page(labels.map((l, i) => `<button id="b${i}">${l}</button>`).join('') +
    '<button id="plain">Warenkorb</button><a id="media" href="/media">Médias</a>');
  const found = ids(candidates.find(document, window));
  assert.deepEqual(found, labels.map((l, i) => 'b' + i));
  for (const no of ['Kiosk', 'media', 'Asia', 'Iain', 'taxi', 'Nikita', "J'ai compris", 'Je n’ai pas de compte']) {
    assert.ok(!candidates.hasCue(no), no);
  }
});

test('class names that are not the word AI do not make a candidate', () => {
  const { window, document } = page(`
    <div id="atomic" class="Ai(c) Jc(c) D(f) Pos(a)" data-widget="x">Price</div>
    <div id="util" class="d-flex ai-center" data-component="row">Row</div>
    <div id="ad" class="div-gpt-ad-1234" data-widget="ad"></div>
    <div id="div-gpt-ad-1700000000000-0" data-widget="ad"></div>
    <div id="real" class="ai-launcher" data-widget="chat"></div>`);
  assert.deepEqual(ids(candidates.find(document, window)), ['real']);
});

test('opt-out controls are kept in other languages too', () => {
  const { window, document } = page(`
    <label id="de"><input type="checkbox"> KI-Funktionen deaktivieren</label>
    <label id="fr"><input type="checkbox"> Désactiver l'assistant IA</label>`);
  for (const id of ['de', 'fr']) {
    assert.equal(candidates.blockReason(document.getElementById(id), window), 'an AI opt-out control', id);
  }
});

test('contextOf says where the candidate sits: landmarks, list, heading, text, look-alike siblings', () => {
  const { window, document, $ } = page(`
    <header><nav><ul>
      <li class="item active"><a id="topic" class="link" href="/tag/ai">AI</a></li>
      <li class="item"><a class="link" href="/tech">Tech</a></li>
      <li class="item"><a class="link" href="/science">Science</a></li>
    </ul></nav></header>
    <main><article><h2><a id="head" href="/x">Copilot, one year on</a></h2>
      <p>Critics say <button id="inline">Ask AI</button> buttons are ${'everywhere and '.repeat(5)}</p>
    </article>
    <div role="dialog"><section role="search"><button id="ask">Ask AI</button></section></div></main>`);
  const nav = candidates.contextOf($('#topic'), window);
  assert.deepEqual(nav.landmarks, ['nav', 'header']);
  assert.equal(nav.inList, true);
  assert.equal(nav.inHeading, false);
  assert.equal(nav.similarSiblings, 2);
  const item = candidates.contextOf($('#topic').parentElement, window); // what widgetRoot sends
  assert.deepEqual([item.inList, item.similarSiblings], [true, 2]);
  const head = candidates.contextOf($('#head'), window);
  assert.deepEqual(head.landmarks, ['article', 'main']);
  assert.equal(head.inHeading, true);
  assert.equal(head.inText, false);
  assert.equal(candidates.contextOf($('#inline'), window).inText, true);
  const ask = candidates.contextOf($('#ask'), window);
  assert.deepEqual(ask.landmarks, ['search', 'dialog', 'main']);
  assert.deepEqual([ask.inList, ask.inHeading, ask.inText, ask.similarSiblings], [false, false, false, 0]);
  // Only booleans, landmark names and a count: nothing of the page's text.
  assert.ok(!JSON.stringify(nav).includes('AI'));
});

test('a page\'s candidate count is sent rounded down to 1, 2, 4, 8 or 16', () => {
  assert.deepEqual([0, 1, 2, 3, 4, 7, 8, 15, 16, 17, 2000, NaN].map(lib('context').pageCandidates),
    [0, 1, 2, 2, 4, 4, 8, 8, 16, 16, 16, 0]);
});

test('links are judged by their short text, whatever attributes they carry', () => {
  const { window, document } = page(`
    <div id="bar">
      <a href="/ask">Ask
         AI</a>
      <a href="/chat" class="nav-link">Chat with the assistant</a>
      <a href="/pricing">Pricing</a>
      <a href="/long">${'a long link text about many things '.repeat(4)} AI</a>
      <a href="/x" aria-label="Open Copilot"><svg></svg></a>
    </div>`);
  const found = candidates.find(document, window).map((e) => e.getAttribute('href'));
  assert.deepEqual(found.sort(), ['/ask', '/chat', '/x']);
});
