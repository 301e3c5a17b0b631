/*
 * Options: server, mode, threshold, kinds, off-sites, pause, filter list
 * export/import, label export. Settings are normalised by the background;
 * imported filters are parsed here, where a real CSS parser (querySelector)
 * can validate each selector, and only valid rules are sent on.
 */
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const NF = globalThis.nofoobar;
  const U = NF.messages.FROM_UI;
  const $ = (id) => document.getElementById(id);
  const send = (msg) => api.runtime.sendMessage(msg);

  function status(id, text, bad) {
    $(id).textContent = text;
    $(id).classList.toggle('bad', !!bad);
  }

  function buildKinds() {
    for (const kind of NF.messages.KINDS) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'kind-' + kind;
      box.dataset.kind = kind;
      label.append(box, ' ' + kind.replace(/^ai_/, 'AI ').replace(/_/g, ' '));
      $('kinds').appendChild(label);
    }
  }

  function fill(s) {
    $('server-url').value = s.serverUrl;
    $('token').value = s.token;
    $(s.mode === 'label' ? 'mode-label' : 'mode-hide').checked = true;
    $('threshold').value = s.threshold === null ? '' : String(s.threshold);
    for (const box of document.querySelectorAll('#kinds input')) box.checked = s.kinds[box.dataset.kind] !== false;
    $('disabled-sites').value = s.disabledSites.join('\n');
    const paused = s.pausedUntil && Date.now() < s.pausedUntil;
    status('pause-status', paused ? 'Paused until ' + new Date(s.pausedUntil).toLocaleString() : 'Active');
  }

  function read() {
    const kinds = {};
    for (const box of document.querySelectorAll('#kinds input')) kinds[box.dataset.kind] = box.checked;
    return {
      serverUrl: $('server-url').value,
      token: $('token').value,
      mode: $('mode-label').checked ? 'label' : 'hide',
      threshold: $('threshold').value,
      kinds,
      disabledSites: $('disabled-sites').value.split(/[\s,]+/).filter(Boolean),
    };
  }

  function isValidSelector(sel) {
    try {
      document.createDocumentFragment().querySelector(sel);
      return true;
    } catch (e) {
      return false;
    }
  }

  function offerDownload(linkId, text, type) {
    const a = $(linkId);
    if (a.href) URL.revokeObjectURL(a.href);
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.hidden = false;
  }

  // Firefox grants MV3 host permissions only when the user agrees; without
  // them no content script runs and nothing is ever hidden.
  const ALL_SITES = { origins: ['<all_urls>'] };
  async function checkAccess() {
    const granted = await api.permissions.contains(ALL_SITES);
    $('access').hidden = granted;
  }

  async function main() {
    buildKinds();
    $('grant-access').addEventListener('click', async () => {
      await api.permissions.request(ALL_SITES);
      checkAccess();
    });
    checkAccess().catch(() => {});
    fill(await send({ type: U.GET_SETTINGS }));

    $('settings-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const saved = await send({ type: U.SAVE_SETTINGS, settings: read() });
      fill(saved);
      status('save-status', 'Saved.');
    });

    $('check-server').addEventListener('click', async () => {
      status('server-status', 'Checking…');
      const s = await send({ type: U.CHECK_SERVER });
      status('server-status', s.ok ? 'OK, model ' + s.modelVersion : s.error, !s.ok);
    });

    $('pause').addEventListener('click', async () => fill(await send({ type: U.PAUSE, minutes: 60 })));
    $('resume').addEventListener('click', async () => fill(await send({ type: U.PAUSE, minutes: 0 })));

    $('export-filters').addEventListener('click', async () => {
      const { text } = await send({ type: U.EXPORT_FILTERS });
      $('filters').value = text;
      offerDownload('download-filters', text, 'text/plain');
      const n = text.split('\n').filter((l) => l.includes('##')).length;
      status('filters-status', n + ' rules exported.');
    });

    $('import-filters').addEventListener('click', async () => {
      const parsed = NF.filters.parseFilters($('filters').value, { isValidSelector });
      const { added } = await send({ type: U.IMPORT_FILTERS, rules: parsed.rules });
      const skipped = parsed.skipped.length
        ? ' Skipped ' + parsed.skipped.length + ': ' + parsed.skipped.slice(0, 3).map((s) => 'line ' + s.line + ' (' + s.reason + ')').join('; ')
        : '';
      status('filters-status', 'Imported ' + added + ' new rules.' + skipped);
    });

    $('clear-learned').addEventListener('click', async () => {
      await send({ type: U.CLEAR_LEARNED });
      status('filters-status', 'All learned rules forgotten.');
    });

    $('export-labels').addEventListener('click', async () => {
      const { text } = await send({ type: U.EXPORT_LABELS });
      $('labels').value = text;
      offerDownload('download-labels', text, 'application/x-ndjson');
      status('labels-status', (text ? text.trim().split('\n').length : 0) + ' labels.');
    });

    document.body.dataset.ready = 'true';
  }

  main().catch((e) => status('save-status', 'Error: ' + e.message, true));
})();
