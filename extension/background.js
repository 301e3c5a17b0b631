/*
 * Background: the one router between content scripts, our pages and the
 * classifier service. Chromium runs it as a service worker (importScripts
 * below), Firefox as background scripts listed in the manifest. Either may
 * be stopped at any moment, so what must outlive it — per-tab hides, the
 * server's status, learned rules, the verdict cache — lives in storage.
 *
 *   content ── HELLO/SCORE/REPORT/LEARN ──┐
 *                                         ├─► handlers (switch on type) ─► client ─► /v1/score, /v1/feedback
 *   popup, options (our pages only) ──────┘                               store (lib/verdicts.js): verdicts,
 *                                                                          overrides, rules ─► registerContentScripts
 *   content ◄── CONFIG/RULES (pushed on every settings or rule change)
 *
 * A content script says HELLO once per document; later changes are pushed
 * to it. SCORE requests from a tab's frames are batched (short debounce)
 * into one request; verdicts the store holds for this site answer without
 * the network.
 */
if (typeof importScripts === 'function') {
  importScripts('lib/messages.js', 'lib/settings.js', 'lib/dom.js', 'lib/sanitize.js', 'lib/snippet.js',
    'lib/selectors.js', 'lib/filters.js', 'lib/labels.js', 'lib/style.js', 'lib/client.js', 'lib/verdicts.js');
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

  // ---- server client and the verdict store -------------------------------------

  let serverWasOk = null;

  const client = NF.client.createClient({
    fetch: (...a) => fetch(...a),
    getSettings,
    onStatus: (s) => {
      session.set({ server: s }).catch(() => {});
      if (s.ok && s.modelVersion) store.noteModel(s.modelVersion).catch(() => {}); // a new model: old verdicts go
      if (s.ok && serverWasOk !== true) deliver([]).catch(() => {}); // back: send what waited
      serverWasOk = s.ok;
    },
  });
  const store = NF.verdicts.createStore(api);
  const originOf = NF.settings.originOf;

  // ---- pushed to content scripts ---------------------------------------------------
  // Every settings or rule change, whoever wrote it, goes to every frame of
  // every tab; a frame keeps what concerns its own origin.

  // msg: an object, or tab -> object (what differs per tab).
  async function broadcast(msg) {
    let tabs = [];
    try { tabs = await api.tabs.query({}); } catch (e) { return; }
    for (const tab of tabs) {
      if (typeof tab.id !== 'number' || tab.id < 0) continue;
      api.tabs.sendMessage(tab.id, typeof msg === 'function' ? msg(tab) : msg).catch(() => {});
    }
  }

  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes.settings) {
      settingsCache = null;
      getSettings().then((s) => broadcast((tab) => ({
        type: T.CONFIG, settings: forContent(s), serverPage: NF.settings.isServerPage(s, tab.url || ''),
      }))).catch(() => {});
      refreshSheets(null).catch(() => {});
    }
    for (const [k, change] of Object.entries(changes)) {
      if (!k.startsWith(NF.verdicts.PREFIX)) continue;
      const origin = k.slice(NF.verdicts.PREFIX.length);
      const rules = Array.isArray(change.newValue) ? change.newValue : [];
      broadcast({ type: T.RULES, origin, rules: rules.map(ruleForContent) });
      refreshSheets(origin).catch(() => {});
    }
  });

  const ruleForContent = (r) => ({ selector: r.selector, kind: r.kind, source: r.source });
  // What a content script needs of the settings: never the server URL or token.
  const forContent = (s) => ({
    mode: s.mode, threshold: s.threshold, kinds: s.kinds, disabledSites: s.disabledSites, pausedUntil: s.pausedUntil,
  });

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
  api.tabs.onRemoved.addListener((tabId) => {
    session.get(null).then((all) => session.remove([tabKey(tabId)]
      .concat(Object.keys(all).filter((k) => k.startsWith('sheet:' + tabId + ':'))))).catch(() => {});
  });

  // ---- scoring -------------------------------------------------------------------

  const batches = new Map(); // tabId -> {timer, jobs: [{snippets, resolve, frameId, url}]}

  // Only what the store does not hold goes to the network, one request per tab.
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
      all.push({ id: j + ':' + s.id, html: s.html, context: s.context, url: job.url });
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
      job.resolve({ ok: res.ok, error: res.error || '', results, modelVersion: res.modelVersion || '' });
    });
  }

  // The user's word holds for the markup on this site whatever the layout:
  // its key leaves the context out.
  const userKey = (site, html, url) => NF.snippet.key(site, { html, context: null, url: 'user:' + url });

  /**
   * A frame's snippets -> verdicts. The site is the tab's origin (the page
   * the user is on); the key covers everything the model sees. A snippet
   * with `rule` re-checks the element behind that learned rule: its markup
   * now with the layout recorded when the rule was learned (a hidden
   * element has none); no longer flagged, a model-learned rule is dropped.
   */
  async function scoreFrame(sender, snippets) {
    const tabId = sender.tab.id;
    const frameId = sender.frameId || 0;
    const site = originOf(sender.tab.url || sender.url);
    const origin = originOf(sender.url);
    const url = NF.sanitize.cleanUrl(sender.url || '');
    if (!site || !origin) return { ok: true, results: [] };
    const rules = new Map((await store.rules(origin)).map((r) => [r.selector, r]));
    const results = [];
    const misses = [];
    const snips = [];
    for (const s of snippets) {
      if (!s || typeof s.html !== 'string' || s.id === undefined) continue;
      const rule = s.rule ? rules.get(String(s.rule)) : null;
      if (s.rule && (!rule || site !== origin)) continue; // re-checked only where it was learned
      const context = rule ? rule.context : (s.context && typeof s.context === 'object' ? s.context : null);
      snips.push({ id: String(s.id), html: s.html, context, url, rule });
    }
    await Promise.all(snips.map(async (snip) => {
      [snip.key, snip.ukey] = await Promise.all([NF.snippet.key(site, snip), userKey(site, snip.html, url)]);
    }));
    // A model's verdict holds while that model is served. A page answered
    // from the store would never meet the server, so when it was last heard
    // over REVALIDATE_MS ago, ask /healthz (it carries nothing of the page)
    // which model it serves first: a promotion or roll-back reaches the next
    // page load, and the rules are re-checked by the new model.
    const st = client.status();
    if (Date.now() - st.checkedAt > NF.client.REVALIDATE_MS && !(st.retryAt && Date.now() < st.retryAt) &&
        (await Promise.all(snips.map((x) => store.lookup(x.key)))).some((v) => v && !v.user)) {
      const heard = await client.health();
      if (heard.ok && heard.modelVersion) await store.noteModel(heard.modelVersion);
    }
    for (const snip of snips) {
      const user = await store.lookup(snip.ukey);
      const v = user || await store.lookup(snip.key);
      if (v) results.push(answer(snip, user ? snip.ukey : snip.key, v, true));
      else misses.push(snip);
    }
    let res = { ok: true, error: '' };
    if (misses.length) {
      res = await enqueueScore(tabId, frameId, url, misses);
      const byId = new Map(misses.map((m) => [m.id, m]));
      const pairs = [];
      for (const r of res.results) {
        const snip = byId.get(r.id);
        if (!snip) continue;
        const v = { score: r.score, ai: r.ai, kind: r.kind, reasons: r.reasons, ctx: snip.context };
        pairs.push([snip.key, v]);
        results.push(answer(snip, snip.key, Object.assign({ v: res.modelVersion }, v), false));
      }
      if (pairs.length) await store.putModel(pairs, res.modelVersion);
    }
    for (const r of results) {
      const rule = r.rule && rules.get(r.rule);
      if (!rule) continue;
      if (r.ai) await store.confirm(origin, rule.selector, r.v);
      // Only the model's own rules: yours and imported ones stay until you drop them.
      else if (rule.source === 'model') { await store.forget(origin, rule.selector); r.ruleDropped = true; }
    }
    return { ok: res.ok, error: res.error || '', results };
  }

  function answer(snip, key, v, cached) {
    return {
      id: snip.id, key, cached, score: v.score, ai: !!v.ai, kind: v.kind || null, reasons: v.reasons || [],
      user: !!v.user, v: v.v || '', rule: snip.rule ? snip.rule.selector : undefined,
    };
  }

  /**
   * A rule, from a verdict this site's store holds for the element (never
   * one scored for another site), in a first-party frame. The user's own
   * hide comes through userHide() instead.
   */
  async function learnFromVerdict(sender, selector, key) {
    const site = originOf(sender.tab.url || '');
    const origin = originOf(sender.url);
    if (!site || site !== origin) return { ok: false, error: 'rules are learned in first-party frames only' };
    if (NF.snippet.siteOfKey(key) !== site) return { ok: false, error: 'no verdict for this site' };
    const v = await store.lookup(key);
    if (!v || !NF.settings.wants(await getSettings(), v)) return { ok: false, error: 'no verdict for this site flags it' };
    return store.learn(origin, selector, { kind: v.kind, source: v.user ? 'user' : 'model', model: v.v, context: v.ctx });
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
  // A batch the server refuses (one example over a cap, say) is sent again
  // one example at a time, so that a single bad example neither blocks the
  // queue forever nor takes the good ones down with it: only what the server
  // refuses on its own is dropped.
  const QUEUE_MAX = 1000;
  let feedbackChain = Promise.resolve();
  async function sendEach(all) {
    let stored = 0;
    const refused = [];
    for (let i = 0; i < all.length; i++) {
      const res = await client.feedback([all[i]]);
      if (res.ok) stored += res.stored || 0;
      else if (res.refused) refused.push(res.error);
      else return { res, rest: all.slice(i) };
    }
    return { res: { ok: !refused.length, stored, refused, error: refused[0] }, rest: [] };
  }
  function deliver(examples) {
    const run = async () => {
      const queued = (await api.storage.local.get('feedbackQueue')).feedbackQueue || [];
      let all = queued.concat(examples);
      if (!all.length) return { ok: true, stored: 0 };
      let res = await client.feedback(all);
      if (res.ok) all = [];
      else if (res.refused) ({ res, rest: all } = await sendEach(all));
      await api.storage.local.set({ feedbackQueue: all.slice(-QUEUE_MAX) });
      return res;
    };
    const next = feedbackChain.then(run, run);
    feedbackChain = next.catch(() => {});
    return next;
  }

  // The user's word on an element of the tab whose page is `site`.
  async function sendFeedback(site, item, label, how) {
    const ex = NF.labels.example(item, label, how);
    await rememberLabels([ex]);
    const url = NF.sanitize.cleanUrl(item.url || '');
    if (site) await store.setUser(await userKey(site, String(item.html || ''), url), !!label, ex.kind, item.context);
    return deliver([ex]);
  }

  // The user hid `item` (context menu, "this is AI"): a rule for its origin
  // when its selector is specific enough.
  async function userHide(item, kind) {
    const origin = originOf(item.url || '');
    if (!item.selector || !origin) return { ok: false, error: 'no selector' };
    return store.learn(origin, item.selector, {
      kind: kind || null, source: 'user', model: client.status().modelVersion, context: item.context || null,
    });
  }

  function toTab(tabId, frameId, msg) {
    return api.tabs.sendMessage(tabId, msg, { frameId: frameId || 0 }).catch((e) => ({ ok: false, error: String(e && e.message) }));
  }

  // ---- content script messages ------------------------------------------------------

  async function onContent(msg, sender) {
    const tabId = sender.tab.id;
    const frameId = sender.frameId || 0;
    switch (msg.type) {
      case C.HELLO: { // once per document
        cssDone.delete(tabId + ':' + frameId); // a new document in this frame
        const s = await getSettings();
        const host = NF.settings.siteOf(sender.url);
        const origin = originOf(sender.url);
        if (frameId === 0) {
          await updateTab(tabId, (t) => { t.url = NF.sanitize.cleanUrl(sender.url || ''); t.host = host; t.frames = {}; });
        }
        const rules = origin ? await store.rules(origin) : [];
        const userSheet = origin ? await setSheet(tabId, frameId, origin, host, true) : false;
        return {
          settings: forContent(s), host, origin, learned: rules.map(ruleForContent), frameId, userSheet,
          // Inactive in every frame of a tab showing the server's own pages.
          serverPage: NF.settings.isServerPage(s, (sender.tab && sender.tab.url) || sender.url),
        };
      }
      case C.SCORE: {
        if (!Array.isArray(msg.snippets) || !msg.snippets.length) return { ok: true, results: [] };
        return scoreFrame(sender, msg.snippets.slice(0, 1000));
      }
      case C.REPORT: {
        const items = Array.isArray(msg.items) ? msg.items.slice(0, 500) : [];
        await updateTab(tabId, (t) => { t.frames[frameId] = items; });
        if (items.length) await ensureUserCss(tabId, frameId);
        return { ok: true };
      }
      case C.LEARN: { // {rules: [{selector, key}]}: one message per scored batch
        if (!Array.isArray(msg.rules)) return { ok: false, error: 'no rules', results: [] };
        const results = [];
        for (const r of msg.rules.slice(0, 60)) {
          results.push(await learnFromVerdict(sender, String((r && r.selector) || ''), String((r && r.key) || '')));
        }
        return { ok: results.every((x) => x.ok), results };
      }
      case C.TOO_BROAD: { // a rule of this origin matched more elements than a rule may
        const origin = originOf(sender.url);
        if (origin && msg.selector) await store.forget(origin, String(msg.selector));
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
      await api.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: ['content.css'], origin: 'USER' });
    } catch (e) { /* restricted page */ }
  }

  // ---- learned rules as a user stylesheet ------------------------------------------------
  // The hold needs a <style> in the page to beat first paint; once the
  // content script says HELLO, the frame's learned rules move to a
  // user-origin stylesheet, which is not in the page's DOM: the page cannot
  // read which of its elements the user hides. What was inserted where is
  // kept in session storage, to be replaced when rules or settings change.

  const sheetKey = (tabId, frameId) => 'sheet:' + tabId + ':' + frameId;
  let sheetChain = Promise.resolve();
  function sheetSerial(fn) {
    const next = sheetChain.then(fn, fn);
    sheetChain = next.catch(() => {});
    return next;
  }

  /** Puts the frame's rules in its user sheet; resolves to false where that cannot be done. */
  function setSheet(tabId, frameId, origin, host, newDocument) {
    return sheetSerial(async () => {
      const scripting = api.scripting;
      if (!scripting || !scripting.insertCSS || !scripting.removeCSS) return false;
      const key = sheetKey(tabId, frameId);
      const old = newDocument ? null : (await session.get(key))[key];
      const s = await getSettings();
      const css = NF.settings.isActive(s, host)
        ? NF.style.learnedCss((await store.rules(origin)).map((r) => r.selector), s.mode) : '';
      if (old && old.css === css) return true;
      const target = { tabId, frameIds: [frameId] };
      try {
        if (old && old.css) await scripting.removeCSS({ target, css: old.css, origin: 'USER' });
        if (css) await scripting.insertCSS({ target, css, origin: 'USER' });
        await session.set({ [key]: { origin, host, css } });
        return true;
      } catch (e) { // the frame is gone or navigated
        await session.remove(key);
        return false;
      }
    });
  }

  async function refreshSheets(origin) {
    const all = await session.get(null);
    for (const [k, v] of Object.entries(all)) {
      if (!k.startsWith('sheet:') || (origin && v.origin !== origin)) continue;
      const [, tabId, frameId] = k.split(':');
      await setSheet(Number(tabId), Number(frameId), v.origin, v.host, false);
    }
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
    const site = originOf(t.url);
    switch (msg.action) {
      case 'show':
        return toTab(tabId, frameId, { type: T.UNDO, id: item.id });
      case 'hide':
        return toTab(tabId, frameId, { type: T.REHIDE, id: item.id });
      case 'not-ai': {
        const shown = await toTab(tabId, frameId, { type: T.UNDO, id: item.id });
        if (item.selector) await store.forget(originOf(item.url || ''), item.selector);
        const fb = await sendFeedback(site, item, 0, 'not AI');
        return { ok: !!(shown && shown.ok), feedback: fb };
      }
      case 'is-ai': {
        const fb = await sendFeedback(site, item, 1, 'this is AI');
        if (item.state === 'shown') await toTab(tabId, frameId, { type: T.REHIDE, id: item.id });
        await userHide(item, item.kind);
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
        return { text: NF.filters.exportFilters(byHost(await store.allRules())) };
      case U.IMPORT_FILTERS: {
        // The options page vetted the list already; what is stored runs as
        // CSS on every visit, so it is vetted again here (measured on the
        // probe page too where this background has a DOM: Firefox). A filter
        // names a host, not an origin: it goes to https://host and http://host.
        const { rules, refused } = NF.filters.vetRules(msg.rules, { probe: NF.filters.defaultProbe() });
        const scoped = rules.flatMap((r) => ['https://', 'http://'].map((scheme) => (
          { origin: scheme + NF.settings.normalizeHost(r.host), selector: String(r.selector) })));
        const added = await store.importRules(scoped, 'import');
        return { added: new Set(added.map((r) => NF.settings.siteOf(r.origin) + '##' + r.selector)).size, refused };
      }
      case U.LIST_RULES:
        return { rules: await store.allRules(), model: client.status().modelVersion, now: Date.now() };
      case U.FORGET_RULE:
        return { ok: await store.forget(String(msg.origin || ''), String(msg.selector || '')) };
      case U.EXPORT_LABELS:
        return { text: NF.labels.toJsonl((await api.storage.local.get('labels')).labels || []) };
      case U.CLEAR_LEARNED:
        await store.clearRules();
        return { ok: true };
      default:
        return { ok: false, error: 'unknown message' };
    }
  }

  // Filter lists name hosts: the rules of every origin of a host, together, once each.
  function byHost(rulesByOrigin) {
    const out = {};
    for (const [origin, rules] of Object.entries(rulesByOrigin)) {
      const host = NF.settings.siteOf(origin);
      if (!host) continue;
      const have = new Set((out[host] || []).map((r) => r.selector));
      out[host] = (out[host] || []).concat(rules.filter((r) => !have.has(r.selector) && have.add(r.selector)));
    }
    return out;
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
    await userHide(item, null);
    const feedback = await sendFeedback(originOf(tab.url || item.url || ''), item, 1, 'hidden from the context menu');
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
  api.runtime.onInstalled.addListener(() => { createMenu(); store.migrate().catch(() => {}); });
  api.runtime.onStartup.addListener(() => { createMenu(); store.sync().catch(() => {}); });

  // Back to a fresh install's state, keeping nothing: for the browser tests
  // and for debugging from the worker's console.
  async function reset(settings) {
    await api.storage.local.clear();
    await session.clear();
    settingsCache = null;
    serverWasOk = null;
    client.reset();
    store.reset();
    cssDone.clear();
    await store.sync();
    if (settings) await saveSettings(settings);
    return getSettings();
  }

  NF.bg = { client, store, getSettings, saveSettings, onContextMenu, getTab, reset };
})();
