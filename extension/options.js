/*
 * Options: server (and a link to its review page), mode, threshold, kinds,
 * off-sites, pause, filter list export/import, label export. Settings are
 * normalised by the background. An imported list (pasted or from a file)
 * is parsed and vetted here, where a real CSS parser and the probe page
 * (lib/filters.js) can measure each selector, and shown per host before
 * anything is stored; the background vets it again.
 */
(function () {
  'use strict';
  const api = globalThis.browser || globalThis.chrome;
  const NF = globalThis.nofoobar;
  const U = NF.messages.FROM_UI;
  const t = NF.i18n.t;
  const $ = (id) => document.getElementById(id);
  const send = (msg) => api.runtime.sendMessage(msg);
  const MAX_FILE_BYTES = 1024 * 1024;

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
      label.append(box, ' ' + t('kind_' + kind, undefined, kind.replace(/^ai_/, 'AI ').replace(/_/g, ' ')));
      $('kinds').appendChild(label);
    }
  }

  // The server serves its review page (labels, models, training) at `/`.
  function showReviewLink(serverUrl) {
    const link = $('review-link');
    let url = null;
    try {
      url = new URL('/', serverUrl);
    } catch (e) { /* not a URL (yet) */ }
    const ok = !!url && (url.protocol === 'http:' || url.protocol === 'https:');
    link.hidden = !ok;
    if (ok) link.href = url.href;
    else link.removeAttribute('href');
  }

  function fill(s) {
    $('server-url').value = s.serverUrl;
    showReviewLink(s.serverUrl);
    $('token').value = s.token;
    $(s.mode === 'label' ? 'mode-label' : 'mode-hide').checked = true;
    $('threshold').value = s.threshold === null ? '' : String(s.threshold);
    for (const box of document.querySelectorAll('#kinds input')) box.checked = s.kinds[box.dataset.kind] !== false;
    $('disabled-sites').value = s.disabledSites.join('\n');
    const paused = s.pausedUntil && Date.now() < s.pausedUntil;
    status('pause-status', paused ? t('paused_until', [new Date(s.pausedUntil).toLocaleString()]) : t('active'));
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

  // ---- import: parse, vet, preview per host, then store ------------------------

  let pending = null; // the rules the preview shows, until imported or cancelled

  function li(text, code) {
    const item = document.createElement('li');
    if (code) {
      const c = document.createElement('code');
      c.textContent = code;
      item.append(c);
      if (text) item.append(' ' + text);
    } else item.textContent = text;
    return item;
  }

  function showPreview(text) {
    const parsed = NF.filters.parseFilters(text, { isValidSelector, probe: NF.filters.defaultProbe() });
    const vetted = NF.filters.vetRules(parsed.rules, { probe: NF.filters.defaultProbe() });
    const refused = parsed.skipped.map((s) => ({ where: t('line_n', [String(s.line)]), text: s.text, reason: s.reason }))
      .concat(vetted.refused.map((r) => ({ where: r.host, text: r.selector, reason: r.reason })));
    pending = vetted.rules;
    const groups = NF.filters.preview(pending);
    $('import-summary').textContent = t('options_preview_summary',
      [String(pending.length), String(groups.length), String(refused.length)]);
    const hosts = $('import-hosts');
    hosts.replaceChildren(...groups.map((g) => {
      const box = document.createElement('details');
      box.className = 'host';
      box.dataset.host = g.host;
      const sum = document.createElement('summary');
      sum.textContent = t('options_preview_host', [g.host, String(g.selectors.length)]);
      const list = document.createElement('ul');
      list.append(...g.selectors.map((sel) => li('', sel)));
      box.append(sum, list);
      return box;
    }));
    $('import-refused-box').hidden = !refused.length;
    $('import-refused-summary').textContent = t('options_preview_refused', [String(refused.length)]);
    $('import-refused').replaceChildren(...refused.map((r) => li(r.where + ': ' + r.reason, r.text)));
    $('confirm-import').disabled = !pending.length;
    $('import-preview').hidden = false;
    status('filters-status', '');
  }

  async function confirmImport() {
    if (!pending) return;
    const rules = pending;
    pending = null;
    $('import-preview').hidden = true;
    const res = await send({ type: U.IMPORT_FILTERS, rules });
    const refused = (res.refused || []).length;
    status('filters-status', t('options_imported', [String(res.added)]) +
      (refused ? ' ' + t('options_refused_by_background', [String(refused)]) : ''));
  }

  async function importFile(file) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      status('filters-status', t('options_file_too_big', [String(Math.round(MAX_FILE_BYTES / 1024))]), true);
      return;
    }
    $('filters').value = await file.text();
    showPreview($('filters').value);
  }

  // Firefox grants MV3 host permissions only when the user agrees; without
  // them no content script runs and nothing is ever hidden.
  const ALL_SITES = { origins: ['<all_urls>'] };
  async function checkAccess() {
    const granted = await api.permissions.contains(ALL_SITES);
    $('access').hidden = granted;
  }

  async function main() {
    NF.i18n.localize(document);
    buildKinds();
    $('grant-access').addEventListener('click', async () => {
      await api.permissions.request(ALL_SITES);
      checkAccess();
    });
    checkAccess().catch(() => {});
    fill(await send({ type: U.GET_SETTINGS }));

    $('server-url').addEventListener('input', () => showReviewLink($('server-url').value));
    $('settings-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const saved = await send({ type: U.SAVE_SETTINGS, settings: read() });
      fill(saved);
      status('save-status', t('options_saved'));
    });

    $('check-server').addEventListener('click', async () => {
      status('server-status', t('checking'));
      const s = await send({ type: U.CHECK_SERVER });
      status('server-status', s.ok ? t('options_server_ok', [String(s.modelVersion)]) : s.error, !s.ok);
    });

    $('pause').addEventListener('click', async () => fill(await send({ type: U.PAUSE, minutes: 60 })));
    $('resume').addEventListener('click', async () => fill(await send({ type: U.PAUSE, minutes: 0 })));

    $('export-filters').addEventListener('click', async () => {
      const { text } = await send({ type: U.EXPORT_FILTERS });
      $('filters').value = text;
      offerDownload('download-filters', text, 'text/plain');
      const n = text.split('\n').filter((l) => l.includes('##')).length;
      status('filters-status', t('options_exported', [String(n)]));
    });

    $('import-filters').addEventListener('click', () => showPreview($('filters').value));
    $('filters-file').addEventListener('change', (e) => {
      importFile(e.target.files[0]).catch((err) => status('filters-status', err.message, true));
      e.target.value = ''; // the same file chosen again is a new import
    });
    $('confirm-import').addEventListener('click', () => {
      confirmImport().catch((err) => status('filters-status', err.message, true));
    });
    $('cancel-import').addEventListener('click', () => {
      pending = null;
      $('import-preview').hidden = true;
    });

    $('clear-learned').addEventListener('click', () => { $('confirm-forget').hidden = false; });
    $('confirm-forget-no').addEventListener('click', () => { $('confirm-forget').hidden = true; });
    $('confirm-forget-yes').addEventListener('click', async () => {
      $('confirm-forget').hidden = true;
      await send({ type: U.CLEAR_LEARNED });
      status('filters-status', t('options_forgotten'));
    });

    $('export-labels').addEventListener('click', async () => {
      const { text } = await send({ type: U.EXPORT_LABELS });
      $('labels').value = text;
      offerDownload('download-labels', text, 'application/x-ndjson');
      status('labels-status', t('options_labels_count', [String(text ? text.trim().split('\n').length : 0)]));
    });

    document.body.dataset.ready = 'true';
  }

  main().catch((e) => status('save-status', t('error', [e.message]), true));
})();
