'use strict';
// The core promise in real Firefox ESR: the unpacked extension, the real
// server process behind the recording proxy, project-written pages from the
// local page server. A chat launcher is hidden; an article about AI is not.
// Run from tests/e2e/test_e2e_firefox.py (so `make test` runs it), or alone:
// `node --test tests/firefox/`.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startStack, launchFirefox } = require('../../testkit/firefox.js');

// Two cores shared with other jobs: waits are generous, and nothing here
// measures time.
const WAIT = 30000;
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
