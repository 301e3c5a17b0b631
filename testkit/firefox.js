'use strict';
// Firefox ESR with the unpacked extension, for the Node tests in
// tests/firefox/: puppeteer-core drives Debian's firefox-esr over WebDriver
// BiDi (no browser is downloaded), and `python -m testkit stack` runs the
// same server, recording proxy and page server as the Python tests use.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const ROOT = path.resolve(__dirname, '..');
const EXTENSION = path.join(ROOT, 'extension');
const FIREFOX = process.env.NOFOOBAR_FIREFOX || '/usr/bin/firefox-esr';
const PYTHON = process.env.NOFOOBAR_PYTHON || path.join(ROOT, '.venv', 'bin', 'python');
const ADDON_ID = 'nofoobar@nofoobar.dev'; // the manifest's gecko id
const UUID = '5e0f1b2a-7c3d-4e5f-8a9b-0c1d2e3f4a5b';

/** Start the Python stack; resolves to {server, proxy, pages, dataDir,
 * requests(), stop()}. `requests()` is what the recording proxy saw. */
function startStack() {
  const proc = spawn(PYTHON, ['-m', 'testkit', 'stack'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: proc.stdout });
    const waiting = []; // answers to `requests` come back in order, one line each
    let info = null;
    proc.once('exit', (code) => {
      if (!info) reject(new Error(`python -m testkit stack exited with ${code}`));
      for (const w of waiting.splice(0)) w.reject(new Error('the stack stopped'));
    });
    lines.on('line', (line) => {
      if (info) {
        const w = waiting.shift();
        if (w) w.resolve(JSON.parse(line));
        return;
      }
      info = JSON.parse(line);
      info.requests = () => new Promise((res, rej) => {
        waiting.push({ resolve: res, reject: rej });
        proc.stdin.write('requests\n');
      });
      info.stop = () => new Promise((done) => {
        if (proc.exitCode !== null) return done();
        proc.once('exit', done);
        proc.stdin.end(); // the stack stops when its standard input closes
      });
      resolve(info);
    });
  });
}

/** Firefox with the extension installed and pointed at `serverUrl` (set
 * through the options page's own message, before any page is visited). */
async function launchFirefox(serverUrl) {
  const puppeteer = require('puppeteer-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nofoobar-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    timeout: 120000, // a start on a busy machine can be slow; nothing here measures time
    // A fixed internal UUID, so the tests know the extension's page URLs.
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
  });
  await browser.installExtension(EXTENSION);
  const ff = new FirefoxExtension(browser, profile);
  await ff.message({ type: 'ui:save-settings', settings: { serverUrl } });
  return ff;
}

class FirefoxExtension {
  constructor(browser, profile) {
    this.browser = browser;
    this.profile = profile;
    this.base = `moz-extension://${UUID}/`;
  }

  url(p) { return this.base + p; }

  /** One of our own pages (options.html unless named), ready. Firefox
   * loads a moz-extension:// page opened over BiDi but never reports the
   * navigation as finished, so this waits for the page's own ready flag. */
  async page(p = 'options.html', timeout = 60000) {
    const page = await this.browser.newPage();
    page.goto(this.url(p), { timeout }).catch(() => {});
    const until = Date.now() + timeout;
    for (;;) {
      const ready = await page.evaluate(() => location.protocol === 'moz-extension:' &&
        !!document.body && document.body.dataset.ready === 'true').catch(() => false);
      if (ready) return page;
      if (Date.now() > until) throw new Error(`${p} did not become ready`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** A UI message to the background, sent from our options page. */
  async message(msg) {
    const page = await this.page();
    try {
      return await page.evaluate((m) => browser.runtime.sendMessage(m), msg);
    } finally {
      await page.close();
    }
  }

  async close() {
    await this.browser.close();
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}

module.exports = { ROOT, EXTENSION, FIREFOX, UUID, startStack, launchFirefox, FirefoxExtension };
