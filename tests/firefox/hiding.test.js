'use strict';
// The core promise in real Firefox ESR: the unpacked extension, the real
// server process behind the recording proxy, project-written pages from the
// local page server. A chat launcher is hidden; an article about AI is not;
// the popup gives the reasons; a repeat visit hides a known widget from the
// first frame; a page cannot choose what right-click hides.
// Run from tests/e2e/test_e2e_firefox.py (so `make test` runs it), or alone:
// `node --test tests/firefox/`.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startStack, launchFirefox } = require('../../testkit/firefox.js');

// Two cores shared with other jobs: waits are generous, and nothing here
// measures time.
const WAIT = 60000;
let stack;
let ff;

before(async () => {
  stack = await startStack();
  ff = await launchFirefox(stack.proxy);
});

after(async () => {
  if (ff) await ff.close();
  if (stack) await stack.stop();
});

const scoreRequests = async () => (await stack.requests()).filter((r) => r.path.startsWith('/v1/score'));

/** Whether the element is marked and whether the user can see it. */
function look(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    return { marked: el.getAttribute('data-nofoobar'), visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) };
  }, selector);
}

test('a chat launcher is hidden', async () => {
  const page = await ff.browser.newPage();
  try {
    await page.goto(stack.pages + '/launcher.html');
    // The page adds its launcher two seconds after load, as chat vendors do.
    await page.waitForSelector('#intercom-container[data-nofoobar="hidden"]', { timeout: WAIT });
    assert.deepEqual(await look(page, '#intercom-container'), { marked: 'hidden', visible: false });
    assert.equal((await look(page, 'main h1')).visible, true, 'the help centre itself stays visible');
  } finally {
    await page.close();
  }
});

test('on a news page about AI, the chat launcher is hidden and the article is not', async () => {
  const page = await ff.browser.newPage();
  try {
    await page.goto(stack.pages + '/ai-news-launcher.html');
    // The launcher arrives after load; once it is hidden, the article
    // (there from the start) was scored too and its verdicts applied.
    await page.waitForSelector('#helpbot-root [data-nofoobar="hidden"], #helpbot-root[data-nofoobar="hidden"]', { timeout: WAIT });
    assert.equal((await look(page, '#helpbot-root button')).visible, false);
    const marked = await page.evaluate(() => Array.from(document.querySelectorAll('[data-nofoobar]'))
      .filter((e) => !e.closest('#helpbot-root')).map((e) => e.outerHTML.slice(0, 120)));
    assert.deepEqual(marked, []);
    for (const sel of ['#story', '#headline', '#ai-helpdesk', '#lede', 'a.topic', 'a[href="/series/ai-at-work"]']) {
      assert.deepEqual(await look(page, sel), { marked: null, visible: true }, sel);
    }
    const sent = (await scoreRequests()).map((r) => r.body).join('\n');
    assert.match(sent, /helpbot-launcher/, 'the launcher went to the real server');
  } finally {
    await page.close();
  }
});

test('our pages open and talk to the background', async () => {
  const settings = await ff.message({ type: 'ui:get-settings' });
  assert.equal(settings.serverUrl, stack.proxy, 'the settings written into the profile reached the background');
});

/** The tab showing `url`, asked from one of our pages (tabs API). */
async function tabIdOf(url) {
  const page = await ff.page();
  try {
    return await page.evaluate(async (u) => {
      const tabs = await browser.tabs.query({});
      const tab = tabs.find((t) => t.url === u);
      return tab ? tab.id : null;
    }, url);
  } finally {
    await page.close();
  }
}

test('the popup lists the hidden launcher with the reasons the server gave', async () => {
  const page = await ff.browser.newPage();
  try {
    await page.goto(stack.pages + '/launcher.html');
    await page.waitForSelector('#intercom-container[data-nofoobar="hidden"]', { timeout: WAIT });
    const tab = await tabIdOf(page.url());
    assert.ok(tab, 'the launcher page has a tab');
    const popup = await ff.page('popup.html?tab=' + tab);
    try {
      await popup.waitForSelector('li.item', { timeout: WAIT });
      const item = await popup.evaluate(() => {
        const li = document.querySelector('li.item');
        return {
          kind: li.querySelector('.kind').textContent,
          reasons: Array.from(li.querySelectorAll('.reasons li')).map((r) => r.textContent),
          count: document.getElementById('count').textContent,
        };
      });
      assert.equal(item.count, '1');
      assert.match(item.kind.toLowerCase(), /chat launcher/);
      assert.ok(item.reasons.length >= 1 && item.reasons.every((r) => r.trim()), JSON.stringify(item.reasons));
    } finally {
      await popup.close();
    }
  } finally {
    await page.close();
  }
});

// Injected before the page's own scripts: samples the widget's visibility
// when it is inserted and at every animation frame.
const SAMPLER = `(() => {
  const SEL = '#ask-ai-docs';
  const rec = window.__flash = { frames: 0, visibleFrames: 0, insertVisible: null };
  const visible = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  new MutationObserver(() => {
    const el = document.querySelector(SEL);
    if (el && rec.insertVisible === null) rec.insertVisible = visible(el);
  }).observe(document, { childList: true, subtree: true });
  const tick = () => {
    const el = document.querySelector(SEL);
    if (el) { rec.frames++; if (visible(el)) rec.visibleFrames++; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function visit(name) {
  const page = await ff.browser.newPage();
  await page.evaluateOnNewDocument(SAMPLER);
  await page.goto(stack.pages + '/' + name);
  await page.waitForSelector('#ask-ai-docs[data-nofoobar="hidden"]', { timeout: WAIT });
  await page.waitForFunction(() => window.__flash && window.__flash.frames >= 30, { timeout: WAIT });
  return { page, flash: await page.evaluate(() => window.__flash) };
}

test('a repeat visit hides a known widget from the first frame', async () => {
  const first = await visit('docs.html');
  await first.page.close();
  // The learned rule is registered as a document_start script for the site.
  const page = await ff.page();
  try {
    const until = Date.now() + WAIT;
    for (;;) {
      const matches = await page.evaluate(async () => (await browser.scripting.getRegisteredContentScripts())
        .flatMap((s) => s.matches));
      if (matches.some((m) => m.includes('127.0.0.1'))) break;
      assert.ok(Date.now() < until, 'no flash-free registration for the site: ' + JSON.stringify(matches));
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await page.close();
  }
  const second = await visit('docs.html');
  try {
    assert.ok(first.flash.visibleFrames > 0, 'the first visit shows it: the sampler can see the widget');
    assert.equal(second.flash.insertVisible, false);
    assert.equal(second.flash.visibleFrames, 0);
    assert.equal(await second.page.evaluate(() => document.querySelector('.doc').checkVisibility()), true, 'the hold was lifted');
  } finally {
    await second.page.close();
  }
});

test("Firefox's background measures imported selectors on the probe page before storing them", async () => {
  // Rules the options page never vetted: the background checks them again,
  // and here (unlike Chromium's service worker) it has a DOM to measure with.
  const res = await ff.message({ type: 'ui:import-filters', rules: [
    { host: 'example.net', selector: ':is(html)' },
    { host: 'example.net', selector: '#app' }, // holds main on the probe page
    { host: 'example.net', selector: '.widget' }, // 4 elements of a typical page
    { host: 'example.net', selector: '#ai-upsell-slot' },
  ] });
  assert.equal(res.added, 1);
  assert.deepEqual(res.refused.map((r) => r.selector), [':is(html)', '#app', '.widget']);
});

test('a page that re-dispatches the right-click onto its Sign-in button does not choose what is hidden', async () => {
  const page = await ff.browser.newPage();
  try {
    await page.goto(stack.pages + '/contextmenu-hijack.html');
    const tab = await tabIdOf(page.url());
    // A real right-click (browser input: trusted) on the tips box; the page
    // answers it with a synthetic contextmenu event on Sign in.
    await page.click('#reading-tips', { button: 'right' });
    await page.keyboard.press('Escape'); // close the native menu
    // Then the menu item, as the background's click handler receives it.
    const ui = await ff.page();
    let res;
    try {
      res = await ui.evaluate(async (tabId) => {
        const bg = await browser.runtime.getBackgroundPage();
        return bg.nofoobar.bg.onContextMenu({ menuItemId: 'nofoobar-hide', frameId: 0 }, { id: tabId });
      }, tab);
    } finally {
      await ui.close();
    }
    assert.ok(res && res.ok, JSON.stringify(res));
    const state = await page.evaluate(() => ({
      signIn: [document.getElementById('sign-in').getAttribute('data-nofoobar'),
        document.getElementById('sign-in').checkVisibility()],
      hidden: Array.from(document.querySelectorAll('[data-nofoobar=hidden]')).map((e) => !!e.closest('#reading-tips')),
    }));
    assert.deepEqual(state.signIn, [null, true]);
    assert.ok(state.hidden.length && state.hidden.every(Boolean), JSON.stringify(state.hidden));
  } finally {
    await page.close();
  }
});
