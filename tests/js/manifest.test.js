'use strict';
// The manifest, the service worker's importScripts and the registered
// hold script must agree on which files exist and in which order they load:
// a missing or misordered file only shows up as a silent failure in a browser.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { lib } = require('./helpers.js');

const EXT = path.resolve(__dirname, '../../extension');
const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));

function deps(file) {
  const src = fs.readFileSync(path.join(EXT, file), 'utf8');
  return [...src.matchAll(/require\('\.\/([\w-]+)\.js'\)/g)].map((m) => 'lib/' + m[1] + '.js');
}

function assertOrdered(files, where) {
  for (const f of files) assert.ok(fs.existsSync(path.join(EXT, f)), `${where}: ${f} does not exist`);
  files.forEach((f, i) => {
    if (!f.startsWith('lib/')) return;
    for (const d of deps(f)) {
      const j = files.indexOf(d);
      assert.ok(j !== -1 && j < i, `${where}: ${f} needs ${d} loaded before it`);
    }
  });
}

test('one manifest for Chromium and Firefox', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.background.service_worker, 'background.js');
  assert.equal(manifest.background.scripts.at(-1), 'background.js');
  assert.ok(manifest.browser_specific_settings.gecko.id);
  for (const p of ['storage', 'scripting', 'contextMenus']) assert.ok(manifest.permissions.includes(p), p);
});

test('background: Firefox scripts and Chromium importScripts list the same files, in order', () => {
  const src = fs.readFileSync(path.join(EXT, 'background.js'), 'utf8');
  const imported = [...src.match(/importScripts\(([^)]*)\)/)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  assert.deepEqual(imported, manifest.background.scripts.slice(0, -1));
  assertOrdered(manifest.background.scripts, 'background');
});

test('content scripts load their libraries first', () => {
  const [start, idle] = manifest.content_scripts;
  assert.equal(start.run_at, 'document_start');
  assert.equal(idle.run_at, 'document_idle');
  assertOrdered(start.js, 'document_start');
  // document_idle scripts run in the same world after the start ones.
  assertOrdered(start.js.concat(idle.js), 'document_idle');
  for (const css of start.css) assert.ok(fs.existsSync(path.join(EXT, css)));
});

test('the registered zero-flash script loads its libraries first', () => {
  assertOrdered(lib('verdicts').HOLD_FILES, 'hold');
});

test('pages load their scripts', () => {
  for (const page of ['popup.html', 'options.html']) {
    const html = fs.readFileSync(path.join(EXT, page), 'utf8');
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    assertOrdered(scripts, page);
  }
});
