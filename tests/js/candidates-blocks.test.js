'use strict';
// Candidate discovery for AI UI that no cue word in its own attributes
// announces: blocks titled by an AI label, AI-mode tabs, chat kits.
// All markup here is written by the project.
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib, page, setRect } = require('./helpers.js');

const candidates = lib('candidates');

const ids = (els) => els.map((e) => e.id || e.tagName.toLowerCase());

// A results column: result titles around the block under test.
const results = (block) => `<main><div id="results">
  <div class="r"><h3><a href="/1">First result</a></h3><p>Snippet one.</p></div>
  ${block}
  <div class="r"><h3><a href="/2">Second result</a></h3><p>Snippet two.</p></div>
  <div class="r"><h3><a href="/3">Third result</a></h3><p>Snippet three.</p></div></div></main>`;

const overview = (id, label, more) => `
  <div id="${id}" class="Xq1 k9"><div class="wB7">
    <div role="heading" aria-level="2"><svg viewBox="0 0 24 24"><path d="M12 2l2 7z"></path></svg> ${label}</div>
    <div class="b0d"><span>A short generated answer drawn from the sources below.</span></div>
    <ul class="src"><li><a href="https://example.org/a">example.org</a></li><li><a href="https://example.net/b">example.net</a></li></ul>
    <div role="button" tabindex="0">${more}</div></div></div>`;

test('a heading whose whole text is an AI label sends the block it titles, in every language', () => {
  for (const [label, more] of [['AI Overview', 'Show more'], ['Übersicht mit KI', 'Mehr anzeigen'],
    ['Vista creada con IA', 'Mostrar más'], ['AI 요약', '더보기'], ['✨ Summarized by AI', 'More']]) {
    const { window, document } = page(results(overview('ov', label, more)));
    assert.deepEqual(ids(candidates.find(document, window)), ['ov'], label);
  }
});

test('an h2 label titles its section; the section stops at the next heading of its rank', () => {
  const { window, document } = page(`<main>
    <section id="answer"><h2>KI-Zusammenfassung</h2><h3>Kurz gesagt</h3><p>Zwei Sätze.</p></section>
    <section id="news"><h2>Nachrichten</h2><p>Heute.</p></section>
    <div id="flat"><h2>Copilot</h2><p>Antwort.</p><h2>Weitere Ergebnisse</h2><p>Liste.</p></div></main>`);
  // #flat holds a second h2: the label titles nothing narrower than itself there.
  assert.deepEqual(ids(candidates.find(document, window)), ['answer']);
});

test('a headline or section heading that mentions AI is not a label: nothing is sent', () => {
  const { window, document } = page(`<main><article>
    <h1>AI Overview: what Google's new answers mean for publishers</h1>
    <section><h2>Copilot, one year on</h2><p>${'Reporting on assistants. '.repeat(10)}</p></section>
    <section><h2>Why AI Mode worries news sites</h2><p>Text.</p></section></article>
    <div class="teaser"><h3>Microsoft's Copilot gets a new voice</h3><p>Teaser.</p></div></main>`);
  assert.deepEqual(candidates.find(document, window), []);
});

test('a titled block never grows into a landmark or most of the page', () => {
  const { window, document } = page(`<article id="art"><h2>AI Overview</h2><p>Body.</p></article>
    <div id="wide"><div id="inner"><h2>AI Mode</h2><p>Answer.</p></div><p>The rest of the page.</p></div>`);
  setRect(document.getElementById('wide'), 0, 0, 1280, 4000); // far over 60 % of the page
  setRect(document.getElementById('inner'), 0, 0, 600, 400);
  // (jsdom's page height is 0: the limit is 60 % of the viewport's area then.)
  assert.deepEqual(ids(candidates.find(document, window)), ['inner']);
});

test('AI-mode tabs in a navigation bar are sent; a menu\'s "AI" topic link is sent as a link, for the model to keep', () => {
  const { window, document } = page(`
    <div role="navigation"><div role="list">
      <div role="listitem"><a id="all" href="/search?q=x">All</a></div>
      <div role="listitem" id="mode"><a href="/search?q=x&udm=50"><span>AI Mode</span></a></div>
      <div role="listitem"><a href="/search?q=x&tbm=isch">Images</a></div></div></div>
    <div role="tablist"><a role="tab" id="ki" href="/s?m=ki">KI-Modus</a><a role="tab" id="cp" href="/s?m=c">Copilot</a>
      <a role="tab" href="/s?m=n">News</a></div>
    <nav><ul><li id="topic"><a href="/tag/ai">AI</a></li><li><a href="/tech">Tech</a></li></ul></nav>`);
  const found = candidates.find(document, window);
  assert.deepEqual(ids(found).sort(), ['cp', 'ki', 'mode', 'topic']);
  // The topic link goes with the place that tells the model it is a menu item.
  const topic = candidates.contextOf(document.getElementById('topic'), window);
  assert.deepEqual([topic.landmarks, topic.inList, topic.similarSiblings], [['nav'], true, 1]);
});

const assistant = `
  <div id="kit" class="chat-window">
    <div class="chat-messages">
      <div class="msg-row user"><div class="bubble">How do I reset my password?</div></div>
      <div class="msg-row bot"><div class="bubble">Open Settings, then Security.</div></div>
    </div>
    <form class="chat-input"><textarea placeholder="Type a message"></textarea>
      <button type="button" aria-label="Send"><svg></svg></button></form>
  </div>`;

test('a chat kit with a composer, a send button and messages is sent as one assistant UI', () => {
  const { window, document } = page(`<main><p>Help centre.</p>${assistant}</main>`);
  assert.deepEqual(ids(candidates.find(document, window)), ['kit']);
});

test('a custom-element chat kit, a welcome screen with suggested prompts and a thinking chain are sent', () => {
  const { window, document } = page(`
    <x-conversation id="ce"><div class="thread"><div class="message">Hi</div></div>
      <x-sender><div contenteditable="true"></div><button class="send-btn"></button></x-sender></x-conversation>
    <div id="welcome" class="assistant-welcome"><h2>How can I help you today?</h2>
      <div class="prompt-suggestions"><button>Plan a trip</button><button>Explain a bill</button><button>Write a poem</button></div></div>
    <div id="think" class="chat-thread"><div class="message">Why is the sky blue?</div>
      <details class="reasoning-steps"><summary>Thought for 4 seconds</summary><ol><li>Scattering</li></ol></details>
      <div class="message">Because of Rayleigh scattering.</div></div>
    <chat-empty-state id="empty"><p class="greeting">How can I help?</p><ul class="starters">
      <li><div role="button" tabindex="0" class="starter-prompt">Plan a trip</div></li>
      <li><div role="button" tabindex="0" class="starter-prompt">Explain a bill</div></li></ul>
      <div class="composer"><textarea></textarea><button type="submit"></button></div></chat-empty-state>
    <div id="bing"><cib-serp id="serp" mode="conversation"><p>Copilot draws an answer from the pages below.</p>
      <button type="button">Continue in chat</button></cib-serp></div>`);
  assert.deepEqual(ids(candidates.find(document, window)).sort(), ['bing', 'ce', 'empty', 'think', 'welcome']);
});

test('a comment form, a contact form and a chat-named box without an assistant\'s parts are not sent', () => {
  const { window, document } = page(`<main><article><p>${'Text. '.repeat(20)}</p></article>
    <section id="comments" class="comments conversation">
      <ol class="comment-list"><li class="comment"><div class="message">Great post!</div><a href="#r">Reply</a></li></ol>
      <form class="comment-form"><textarea name="comment"></textarea><button type="submit">Post comment</button></form>
    </section>
    <form id="contact" class="contact-form"><input name="email"><textarea name="message" class="message"></textarea>
      <div class="form-message"></div><button type="submit">Send</button></form>
    <div id="chip-row" class="chat-like-tags"><button>Tech</button><span>News</span></div>
    <div class="group-chat-info"><p>Join our chat on Saturdays.</p></div></main>`);
  assert.deepEqual(candidates.find(document, window), []);
});

test('a chat kit inside an open shadow root is sent as its host; a late answer block is found in an added subtree', () => {
  const { window, document } = page('<main><div id="results"><div class="r"><h3>First result</h3></div>' +
    '<div class="r"><h3>Second result</h3></div></div></main>');
  const host = document.createElement('x-help');
  host.id = 'host';
  document.body.appendChild(host);
  host.attachShadow({ mode: 'open' }).innerHTML = assistant;
  assert.deepEqual(ids(candidates.find(document, window)), ['host']);
  // The engine streams its answer in after load, above the results (whose
  // titles rank lower than its label): the mutation's subtree is scanned alone.
  const late = document.createElement('div');
  late.innerHTML = overview('late-ov', 'AI Overview', 'Show more');
  document.getElementById('results').prepend(late);
  // (The wrapper it came in holds nothing else: it is the block, as for any widget.)
  assert.deepEqual(candidates.find(late, window), [late]);
  assert.ok(late.contains(document.getElementById('late-ov')));
});

test('the chat kit words are the vocabulary\'s (names.chat_kit): a word added there is found, one removed is not', () => {
  const path = require('node:path');
  const vocabPath = require.resolve(path.resolve(__dirname, '../../extension/lib/vocabulary.js'));
  const candPath = require.resolve(path.resolve(__dirname, '../../extension/lib/candidates.js'));
  const kit = (name) => `<main><p>Help.</p><div id="kit" class="${name}-panel">
    <div class="${name}-log"><div class="message">Hi</div><div class="message">Hello</div></div>
    <div class="${name}-input"><textarea></textarea><button type="submit"></button></div></div></main>`;
  const fresh = (edit) => {
    delete require.cache[candPath];
    delete require.cache[vocabPath];
    const vocabulary = require(vocabPath);
    const saved = JSON.parse(JSON.stringify(vocabulary.names.chat_kit));
    edit(vocabulary.names.chat_kit);
    try { return require(candPath); } finally {
      vocabulary.names.chat_kit = saved;
      delete require.cache[candPath];
    }
  };
  const found = (mod, name) => { const { window, document } = page(kit(name)); return ids(mod.find(document, window)); };
  assert.deepEqual(found(candidates, 'huddle'), []);
  assert.deepEqual(found(fresh((k) => k.parts.push('huddle')), 'huddle'), ['kit']);
  assert.deepEqual(found(candidates, 'sender'), ['kit']);
  assert.deepEqual(found(fresh((k) => { k.parts = k.parts.filter((w) => w !== 'sender'); }), 'sender'), []);
});
