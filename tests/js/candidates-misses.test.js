'use strict';
// Candidate discovery for AI widgets that real pages showed and the walk
// did not send: a summary word inside a longer Korean word, icon-only
// launchers named only by their icon, a page-wide container that swallowed
// the "Ask AI" button inside it, prompt cards, and blocks that disclose
// AI in a caption or footer. All markup here is written by the project
// (it mirrors the shape of the pages, not their text).
const test = require('node:test');
const assert = require('node:assert/strict');
const { lib, page } = require('./helpers.js');

const candidates = lib('candidates');
const vocabulary = lib('vocabulary');

const ids = (els) => els.map((e) => e.id || e.tagName.toLowerCase());

test('a Korean, Japanese or Chinese summary word inside a longer word is a cue (candidate_script)', () => {
  for (const yes of ['요약보기', '자동요약', '記事を要約する', '内容摘要']) assert.ok(candidates.hasCue(yes), yes);
  const { window, document } = page(`<div class="util">
    <button id="share" type="button"><span class="ico">공유하기</span></button>
    <button id="synop" type="button" class="btn_util"><span class="ico">요약보기</span></button>
    <button id="font" type="button"><span class="ico">글씨크기</span></button></div>`);
  assert.deepEqual(ids(candidates.find(document, window)), ['synop']);
});

test('an icon-only button or link is named by its icon\'s <use> reference and by chat words in its names', () => {
  const { window, document } = page(`
    <div id="portal"><button data-qa="launcher" class="msgBtn_x7Yq2 liveChatButton"><svg class="icon"><use href="#ChatIcon"></use></svg></button><p>x</p></div>
    <div class="bar"><button id="spark" type="button"><svg><use href="/sprite.svg#icon-sparkle"></use></svg></button><p>x</p></div>
    <div class="bar"><a id="talk" href="/support"><svg><use xlink:href="#webchat"></use></svg></a><p>x</p></div>
    <div class="bar"><button id="close" type="button"><svg><use href="#close"></use></svg></button>
      <a id="tw" href="https://social.example/share"><svg><use href="#twitter"></use></svg></a>
      <a id="pic" href="/p/1"><img src="/p/1.jpg" alt=""></a><p>x</p></div>`);
  assert.deepEqual(ids(candidates.find(document, window)).sort(), ['button', 'spark', 'talk'].sort());
  // the first is the portal's launcher: sent as the button, its portal holds text too
  assert.equal(candidates.find(document, window).find((e) => e.tagName === 'BUTTON' && !e.id).className,
    'msgBtn_x7Yq2 liveChatButton');
});

test('a button with text that names a chat, or with an icon alone and no telling name, is not sent', () => {
  const { window, document } = page(`<div>
    <button class="liveChat">Live chat</button><a href="/contact">Chat with our team</a>
    <button type="button" class="nav-next"><svg><use href="#arrow-right"></use></svg></button><p>x</p></div>`);
  assert.deepEqual(ids(candidates.find(document, window)), []);
});

test('the icon buttons of a chat box (send, emoji, close) are the chat\'s own, not launchers', () => {
  const { window, document } = page(`<div class="site-chat-widget"><div class="site-chat-widget__body"><ul class="msgs"></ul>
    <input type="text"><button class="btn site-chat-widget__smileys"><i class="fa fa-smile"></i></button>
    <button class="btn site-chat-widget__send"><i class="fa fa-chevron-right"></i></button></div></div>
    <div class="IssueView_chatBox__x1"><button class="IssueView_chatBoxCloseButton__x2" aria-label="Close chat"><svg><path d="M1 1"></path></svg></button><p>Notes</p></div>`);
  assert.deepEqual(ids(candidates.find(document, window)), []);
});

test('a page-wide container named like an assistant does not stand for the "Ask AI" button inside it', () => {
  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/docs/${i}">Topic ${i}</a></li>`).join('');
  const { window, document } = page(`<div id="app" class="DocsAssistantContainer">
    <div id="sidebar"><div id="top"><input type="search" placeholder="Find anything">
      <button id="ask" class="x1 x2 x9"><svg><path d="M1 1"></path></svg><div>Ask AI</div></button></div>
      <ul>${links}</ul><ul><li><a id="skip" class="page-assistant-item" href="#main">Skip to content</a></li></ul>
      <iframe id="video" src="https://video.example/embed/1"></iframe></div><main><p>Docs text.</p></main></div>`);
  const found = ids(candidates.find(document, window));
  assert.ok(found.includes('ask'), found.join());
  // inside it, only what says AI in its own words stands alone: not an item
  // of a list named like the container, nor a video frame
  assert.ok(!found.includes('skip') && !found.includes('video'), found.join());
  // a small container named so still stands for its own button
  const small = page(`<div id="w" class="assistant-widget"><button id="b">Ask AI</button><p>Hi</p></div><p>text</p>`);
  assert.deepEqual(ids(candidates.find(small.document, small.window)), ['w']);
});

test('prompt cards in a list named for prompts, beside a composer, make an assistant', () => {
  const { window, document } = page(`<div id="helper"><div class="home-page">
    <h2>Your helper</h2>
    <form class="prompt-input" action="/start"><textarea name="q"></textarea><button type="submit">Go</button></form>
    <div class="prompts"><div class="card-prompt"><div class="text">Plan a wedding for 100 guests.</div></div>
      <div class="card-prompt"><div class="text">Which tent do I need?</div></div></div></div></div>
    <p>Other content.</p>`);
  assert.deepEqual(ids(candidates.find(document, window)), ['helper']);
});

test('a title or footer line that discloses AI sends the block it belongs to, as it is', () => {
  const { window, document } = page(`<div id="reviews"><div class="wrap"><div class="wrap2">
    <div id="box" data-feature-tags=""><span class="row"><svg><path d="M1 1"></path></svg>
      <span class="text-title-small">Buyer highlights, summarized by AI</span></span>
      <div class="tags"><span>Beautiful</span><span>Well packaged</span></div></div></div></div>
    <div class="review"><p>Lovely, thank you.</p></div></div>
    <section id="features" class="collapse-section"><div class="head"><h2>Key item features</h2></div>
      <div class="body"><ul><li>Strong motor</li><li>Large jug</li></ul>
      <div class="foot"><button type="button">View all item details</button>
        <div class="meta"><div class="gray lh-title">Generated by AI</div></div></div></div></section>
    <section id="plain"><h2>Specifications</h2><p>Weight 2 kg</p></section>`);
  assert.deepEqual(ids(candidates.find(document, window)).sort(), ['box', 'features']);
});

test('a headline or title that only mentions AI-generated things discloses nothing', () => {
  const { window, document } = page(`<div class="teaser"><h3 class="card-title">How AI-generated images fool us</h3>
    <p>Text.</p></div><div class="teaser"><span class="title">Generated by AI? Our test of ten tools</span><p>Text.</p></div>`);
  assert.deepEqual(ids(candidates.find(document, window)), []);
});

test('a disclosure whose block was found narrower already adds no second candidate', () => {
  const { window, document } = page(`<section id="sec"><div class="head"><h2>Reviews summary</h2></div>
    <div id="sum" class="ph3"><div data-testid="bulleted-summary"><ul><li>Pros: quiet</li></ul>
      <div class="gray lh-title">Generated by AI</div></div></div></section><p>Other content.</p>`);
  assert.deepEqual(ids(candidates.find(document, window)), ['sum']);
});

test('the disclosures and the script candidate words are the vocabulary\'s', () => {
  assert.ok(vocabulary.disclosures.en.includes('generated by ai'));
  assert.ok(vocabulary.candidate_script.ko.includes('요약'));
});
