/*
 * Background: the one router between content scripts, our pages and the
 * classifier service. Chromium runs it as a service worker (importScripts
 * below), Firefox as background scripts listed in the manifest. Either may
 * be stopped at any moment, so what must outlive it — per-tab hides, the
 * server's status, learned rules, the verdict cache — lives in storage.
 *
 *   content ── HELLO/SCORE/REPORT/LEARN ──┐
 *                                         ├─► handlers (switch on type) ─► client ─► /v1/score, /v1/feedback
 *   popup, options (our pages only) ──────┘                               learned ─► registerContentScripts
 *
 * SCORE requests from a tab's frames are batched (short debounce) into one
 * request; cached verdicts answer without the network.
 */
if (typeof importScripts === 'function') {
  importScripts('lib/messages.js', 'lib/settings.js', 'lib/dom.js', 'lib/sanitize.js', 'lib/selectors.js',
    'lib/filters.js', 'lib/labels.js', 'lib/style.js', 'lib/client.js', 'lib/learned.js');
}

(function () {
  'use strict';
  const NF = globalThis.nofoobar;
  const api = globalThis.browser || globalThis.chrome;
  const { FROM_CONTENT: C, TO_CONTENT: T, FROM_UI: U } = NF.messages;
  const BATCH_MS = 20;
  const MENU_ID = 'nofoobar-hide';
  const LABELS_MAX = 5000;
  const session = api.storage.session || api.storage.local; // session: per browser run

  // ---- settings -------------------------------------------------------------

  let settingsCache = null;
  async function getSettings() {
    if (!settingsCache) settingsCache = NF.settings.normalize((await api.storage.local.get('settings')).settings);
    return settingsCache;
  }
  async function saveSettings(patch) {
    const next = NF.settings.normalize(Object.assign({}, await getSettings(), patch));
    settingsCache = next;
    await api.storage.local.set({ settings: next });
    return next;
  }
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) settingsCache = null;
  });

  // ---- server client and learned rules ---------------------------------------

  let serverWasOk = null;

  const client = NF.client.createClient({
    fetch: (...a) => fetch(...a),
    getSettings,
    storage: {
      get: async (k) => (await api.storage.local.get(k))[k],
      set: (k, v) => api.storage.local.set({ [k]: v }),
    },
    onStatus: (s) => {
      session.set({ server: s }).catch(() => {});
      if (s.ok && serverWasOk !== true) deliver([]).catch(() => {}); // back: send what waited
      serverWasOk = s.ok;
    },
  });
  const learned = NF.learned.createLearned(api);

  // ---- per-tab state (what the popup lists, what the badge counts) ------------

  const tabKey = (tabId) => 'tab:' + tabId;
  async function getTab(tabId) {
    return (await session.get(tabKey(tabId)))[tabKey(tabId)] || { url: '', host: '', frames: {} };
  }
  let tabChain = Promise.resolve(); // read-modify-write of tab state, one at a time
  function updateTab(tabId, fn) {
    const next = tabChain.then(async () => {
      const t = await getTab(tabId);
      fn(t);
      await session.set({ [tabKey(tabId)]: t });
      await badge(tabId, t);
      return t;
    });
    tabChain = next.catch(() => {});
    return next;
  }
  function flatItems(t) {
    const out = [];
    for (const [frameId, items] of Object.entries(t.frames || {})) {
      for (const it of items) out.push(Object.assign({ frameId: Number(frameId) }, it));
    }
    return out;
  }
  async function badge(tabId, t) {
    const n = flatItems(t).filter((i) => i.state !== 'shown').length;
    try {
      await api.action.setBadgeBackgroundColor({ tabId, color: '#7b2cbf' });
      await api.action.setBadgeText({ tabId, text: n ? String(n) : '' });
    } catch (e) { /* tab closed */ }
  }
  api.tabs.onRemoved.addListener((tabId) => { session.remove(tabKey(tabId)).catch(() => {}); });

  // ---- scoring batches ---------------------------------------------------------

  const batches = new Map(); // tabId -> {timer, jobs: [{snippets, resolve, frameId, url}]}

  function enqueueScore(tabId, frameId, url, snippets) {
    return new Promise((resolve) => {
      let b = batches.get(tabId);
      if (!b) {
        b = { jobs: [], timer: setTimeout(() => flush(tabId), BATCH_MS) };
        batches.set(tabId, b);
      }
      b.jobs.push({ frameId, url, snippets, resolve });
    });
  }

  async function flush(tabId) {
    const b = batches.get(tabId);
    batches.delete(tabId);
    if (!b) return;
    const top = b.jobs.find((j) => j.frameId === 0) || b.jobs[0];
    const all = [];
    b.jobs.forEach((job, j) => job.snippets.forEach((s) => {
      // ids are per frame; make them unique per request and map back after.
      all.push({ id: j + ':' + s.id, hash: s.hash, html: s.html, context: s.context, url: job.url });
    }));
    let res;
    try {
      res = await client.score(top.url, all);
    } catch (e) {
      res = { ok: false, error: String(e && e.message), results: [] };
    }
    b.jobs.forEach((job, j) => {
      const prefix = j + ':';
      const results = res.results.filter((r) => String(r.id).startsWith(prefix))
        .map((r) => Object.assign({}, r, { id: String(r.id).slice(prefix.length) }));
      job.resolve({ ok: res.ok, error: res.error || '', results });
    });
  }

  // ---- feedback and the user's own labels ----------------------------------------

  async function rememberLabels(examples) {
    const cur = (await api.storage.local.get('labels')).labels || [];
    await api.storage.local.set({ labels: cur.concat(examples).slice(-LABELS_MAX) });
  }

  // Feedback the server did not take waits in storage and goes with the
  // next feedback, or as soon as the server answers again: a label is not
  // lost because the server was down when the user gave it. One delivery
  // at a time, so nothing is sent twice.
  const QUEUE_MAX = 1000;
  let feedbackChain = Promise.resolve();
  function deliver(examples) {
    const run = async () => {
      const queued = (await api.storage.local.get('feedbackQueue')).feedbackQueue || [];
      const all = queued.concat(examples);
      if (!all.length) return { ok: true, stored: 0 };
      const res = await client.feedback(all);
      await api.storage.local.set({ feedbackQueue: res.ok ? [] : all.slice(-QUEUE_MAX) });
      return res;
    };
    const next = feedbackChain.then(run, run);
    feedbackChain = next.catch(() => {});
    return next;
  }

  async function sendFeedback(item, label, how) {
    const ex = NF.labels.example(item, label, how);
    await rememberLabels([ex]);
    await client.setUserVerdict(item.hash, !!label, ex.kind);
    return deliver([ex]);
  }

  function toTab(tabId, frameId, msg) {
    return api.tabs.sendMessage(tabId, msg, { frameId: frameId || 0 }).catch((e) => ({ ok: false, error: String(e && e.message) }));
  }

  // ---- content script messages ------------------------------------------------------

  async function onContent(msg, sender) {
    const tabId = sender.tab.id;
    const frameId = sender.frameId || 0;
    switch (msg.type) {
      case C.HELLO: {
        cssDone.delete(tabId + ':' + frameId); // a new document in this frame
        const s = await getSettings();
        const host = NF.settings.siteOf(msg.url || sender.url);
        if (frameId === 0) {
          await updateTab(tabId, (t) => { t.url = NF.sanitize.cleanUrl(msg.url || ''); t.host = host; t.frames = {}; });
        }
        const rules = host ? await learned.get(host) : [];
        return {
          active: NF.settings.isActive(s, host), host, mode: s.mode, threshold: s.threshold, kinds: s.kinds,
          learned: rules.map((r) => ({ selector: r.selector, kind: r.kind, source: r.source })), frameId,
        };
      }
      case C.SCORE: {
        if (!Array.isArray(msg.snippets) || !msg.snippets.length) return { ok: true, results: [] };
        return enqueueScore(tabId, frameId, NF.sanitize.cleanUrl(msg.url || ''), msg.snippets.slice(0, 1000));
      }
      case C.REPORT: {
        const items = Array.isArray(msg.items) ? msg.items.slice(0, 500) : [];
        await updateTab(tabId, (t) => { t.frames[frameId] = items; });
        if (items.length) await ensureUserCss(tabId, frameId);
        return { ok: true };
      }
      case C.LEARN: {
        const host = NF.settings.siteOf(sender.url);
        if (host && msg.selector) await learned.add(host, String(msg.selector), { kind: msg.kind || null, source: 'model' });
        return { ok: true };
      }
      default:
        return { ok: false, error: 'unknown message' };
    }
  }

  // A user-origin stylesheet beats even a page's inline !important styles,
  // so a widget that fights back stays hidden. Once per frame document.
  const cssDone = new Set();
  async function ensureUserCss(tabId, frameId) {
    const key = tabId + ':' + frameId;
    if (cssDone.has(key) || !api.scripting || !api.scripting.insertCSS) return;
    cssDone.add(key);
    try {
      await api.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: NF.style.BASE_CSS, origin: 'USER' });
    } catch (e) { /* restricted page */ }
  }

  // ---- our pages' messages -------------------------------------------------------------

  async function findItem(tabId, frameId, id) {
    const t = await getTab(tabId);
    const items = (t.frames || {})[frameId] || [];
    return { t, item: items.find((i) => i.id === id) };
  }

  async function itemAction(msg) {
    const tabId = Number(msg.tabId);
    const frameId = Number(msg.frameId) || 0;
    const { t, item } = await findItem(tabId, frameId, msg.id);
    if (!item) return { ok: false, error: 'no such element on this tab' };
    const host = NF.settings.siteOf(item.url) || t.host;
    switch (msg.action) {
      case 'show':
        return toTab(tabId, frameId, { type: T.UNDO, id: item.id });
      case 'hide':
        return toTab(tabId, frameId, { type: T.REHIDE, id: item.id });
      case 'not-ai': {
        const shown = await toTab(tabId, frameId, { type: T.UNDO, id: item.id });
        if (item.selector) await learned.remove(host, item.selector);
        const fb = await sendFeedback(item, 0, 'not AI');
        return { ok: !!(shown && shown.ok), feedback: fb };
      }
      case 'is-ai': {
        const fb = await sendFeedback(item, 1, 'this is AI');
        if (item.state === 'shown') await toTab(tabId, frameId, { type: T.REHIDE, id: item.id });
        if (item.selector) await learned.add(host, item.selector, { kind: item.kind || null, source: 'user' });
        return { ok: true, feedback: fb };
      }
      default:
        return { ok: false, error: 'unknown action' };
    }
  }

  async function popupState(msg) {
    const tabId = Number(msg.tabId);
    const t = await getTab(tabId);
    const s = await getSettings();
    // Ask the server when the popup opens; later refreshes reuse the answer.
    const server = msg.checkServer || !client.status().checkedAt ? await client.health() : client.status();
    const host = t.host;
    const now = Date.now();
    return {
      tabId, url: t.url, host,
      siteEnabled: host ? !NF.settings.isSiteDisabled(s, host) : false,
      paused: !!(s.pausedUntil && now < s.pausedUntil), pausedUntil: s.pausedUntil,
      mode: s.mode, serverUrl: s.serverUrl, server,
      items: flatItems(t).map((i) => ({
        id: i.id, frameId: i.frameId, state: i.state, kind: i.kind, score: i.score, reasons: i.reasons,
        source: i.source, selector: i.selector, cached: i.cached,
      })),
    };
  }

  async function onUi(msg) {
    switch (msg.type) {
      case U.POPUP_STATE: return popupState(msg);
      case U.ITEM_ACTION: return itemAction(msg);
      case U.CHECK_SERVER: return client.health();
      case U.GET_SETTINGS: return getSettings();
      case U.SAVE_SETTINGS: return saveSettings(msg.settings || {});
      case U.SET_SITE: {
        const s = await getSettings();
        const host = NF.settings.normalizeHost(msg.host);
        const sites = s.disabledSites.filter((h) => h !== host);
        if (!msg.enabled && host) sites.push(host);
        return saveSettings({ disabledSites: sites });
      }
      case U.PAUSE:
        return saveSettings({ pausedUntil: msg.minutes > 0 ? Date.now() + msg.minutes * 60000 : 0 });
      case U.EXPORT_FILTERS:
        return { text: NF.filters.exportFilters(await learned.all()) };
      case U.IMPORT_FILTERS: {
        // The options page vetted the list already; what is stored runs as
        // CSS on every visit, so it is vetted again here (measured on the
        // probe page too where this background has a DOM: Firefox).
        const { rules, refused } = NF.filters.vetRules(msg.rules, { probe: NF.filters.defaultProbe() });
        return { added: await learned.importRules(rules, 'import'), refused };
      }
      case U.EXPORT_LABELS:
        return { text: NF.labels.toJsonl((await api.storage.local.get('labels')).labels || []) };
      case U.CLEAR_LEARNED:
        await learned.clear();
        return { ok: true };
      default:
        return { ok: false, error: 'unknown message' };
    }
  }

  const OUR_ORIGIN = api.runtime.getURL('');
  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (!msg || typeof msg.type !== 'string' || sender.id !== api.runtime.id) return false;
    let handler = null;
    if (msg.type.startsWith('content:') && sender.tab) handler = onContent;
    // UI messages only from our own pages, never from a content script.
    else if (msg.type.startsWith('ui:') && String(sender.url || '').startsWith(OUR_ORIGIN)) handler = onUi;
    if (!handler) return false;
    handler(msg, sender).then(sendResponse, (e) => sendResponse({ ok: false, error: String(e && e.message) }));
    return true; // answer asynchronously
  });

  // ---- context menu ----------------------------------------------------------------------

  async function onContextMenu(info, tab) {
    if (!tab || info.menuItemId !== MENU_ID) return { ok: false };
    const frameId = info.frameId || 0;
    const res = await toTab(tab.id, frameId, { type: T.CONTEXT_HIDE });
    if (!res || !res.ok || !res.item) return res;
    const item = res.item;
    const host = NF.settings.siteOf(item.url);
    if (item.selector && host) await learned.add(host, item.selector, { kind: null, source: 'user' });
    const feedback = await sendFeedback(item, 1, 'hidden from the context menu');
    return { ok: true, item, feedback };
  }

  function createMenu() {
    api.contextMenus.removeAll(() => {
      api.contextMenus.create({ id: MENU_ID, title: api.i18n.getMessage('menu_hide') || 'Hide as AI bloat', contexts: ['all'] }, () => {
        void (api.runtime.lastError); // already exists: fine
      });
    });
  }

  api.contextMenus.onClicked.addListener((info, tab) => { onContextMenu(info, tab).catch(() => {}); });
  api.runtime.onInstalled.addListener(() => { createMenu(); learned.sync().catch(() => {}); });
  api.runtime.onStartup.addListener(() => { createMenu(); learned.sync().catch(() => {}); });

  // Back to a fresh install's state, keeping nothing: for the browser tests
  // and for debugging from the worker's console.
  async function reset(settings) {
    await api.storage.local.clear();
    await session.clear();
    settingsCache = null;
    serverWasOk = null;
    client.reset();
    cssDone.clear();
    await learned.sync();
    if (settings) await saveSettings(settings);
    return getSettings();
  }

  NF.bg = { client, learned, getSettings, saveSettings, onContextMenu, getTab, reset };
})();
